// SPDX-License-Identifier: MIT
// cocomm.html's script (issue 17): a thin client over libcocomm compiled to
// WebAssembly. It reads files as bytes, passes numbers and strings to the
// module's web_* functions (web/glue.c) and shows what comes back: every
// rule, finding, date and verdict is the library's. No network, no
// framework; nothing but what Chromium and Firefox both have.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  let wasm = null; // the module's exports
  const enc = new TextEncoder();
  const dec = new TextDecoder('utf-8');

  // ---- the module ----

  function bytes64(id) {
    const s = atob($(id).textContent.trim());
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return b;
  }

  // The WASI imports libc asks for: output goes to the console; nothing
  // else is offered (no files, no clock, no randomness are needed).
  function wasiImports() {
    const EBADF = 8, ESPIPE = 70, ENOSYS = 52;
    const lines = ['', '', ''];
    return {
      fd_write(fd, iovs, count, written) {
        const view = new DataView(wasm.memory.buffer);
        let n = 0;
        for (let i = 0; i < count; i++) {
          const p = view.getUint32(iovs + 8 * i, true), len = view.getUint32(iovs + 8 * i + 4, true);
          if (fd === 1 || fd === 2) lines[fd] += dec.decode(new Uint8Array(wasm.memory.buffer, p, len));
          n += len;
        }
        if (fd === 1 || fd === 2) {
          const parts = lines[fd].split('\n');
          lines[fd] = parts.pop();
          for (const l of parts) (fd === 2 ? console.warn : console.log)('libcocomm: ' + l);
        }
        view.setUint32(written, n, true);
        return fd === 1 || fd === 2 ? 0 : EBADF;
      },
      fd_close() { return 0; },
      fd_seek() { return ESPIPE; },
      proc_exit(code) { throw new Error('libcocomm exited with status ' + code); },
      environ_sizes_get(count, size) {
        const v = new DataView(wasm.memory.buffer);
        v.setUint32(count, 0, true); v.setUint32(size, 0, true);
        return 0;
      },
      environ_get() { return 0; },
      args_sizes_get(count, size) {
        const v = new DataView(wasm.memory.buffer);
        v.setUint32(count, 0, true); v.setUint32(size, 0, true);
        return 0;
      },
      args_get() { return 0; },
      clock_time_get() { return ENOSYS; },
      random_get() { return ENOSYS; },
    };
  }

  // A NUL-terminated string the module returned.
  function str(p) {
    if (!p) return '';
    const m = new Uint8Array(wasm.memory.buffer);
    let e = p;
    while (m[e]) e++;
    return dec.decode(m.subarray(p, e));
  }

  // Call fn(pointer, length) with bytes (or a string as UTF-8, NUL-terminated) in the module's memory.
  function withBytes(data, fn) {
    const b = typeof data === 'string' ? enc.encode(data + '\0') : data;
    const p = wasm.web_alloc(b.length);
    new Uint8Array(wasm.memory.buffer, p, b.length).set(b);
    try {
      return fn(p, typeof data === 'string' ? b.length - 1 : b.length);
    } finally {
      wasm.web_free(p);
    }
  }

  // ---- building the page ----

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function facts(pairs) {
    const dl = el('dl', { class: 'facts' });
    for (const [k, v] of pairs) {
      if (v === '' || v === null || v === undefined) continue;
      dl.append(el('dt', { text: k }), el('dd', {}, v));
    }
    return dl;
  }

  function yesNo(v, yes, no) {
    return el('span', { class: v ? 'ok-yes' : 'ok-no', text: v ? yes : no });
  }

  function problem(where, status, what) {
    const parts = [what + ': ' + str(wasm.web_error_message())];
    const line = wasm.web_error_line(), column = wasm.web_error_column(), t = str(wasm.web_error_text());
    if (line) parts.push('line ' + line + (column ? ', column ' + column : ''));
    if (t) parts.push('"' + t + '"');
    parts.push('(' + str(wasm.cocomm_status_str(status)) + ')');
    where.replaceChildren(el('p', { class: 'problem', role: 'alert', text: parts.join('; ') }));
  }

  // "member 3, Dr Aled Price (row 4 of the file)"
  function memberWords(i) {
    if (i < 0 || i >= wasm.web_roster_count()) return '';
    return (i + 1) + ', ' + str(wasm.web_member_str(i, 0)) + ' (row ' + wasm.web_member_int(i, 3) + ' of the file)';
  }

  // The findings of a set: a list, as the CLI's reports show them; also kept for the CSV.
  const saved = { committee: [], decision: [] };
  function findingsList(set, title, none, key) {
    const n = wasm.web_findings_count(set);
    const out = [el('h3', { text: title })];
    const rows = [];
    if (n === 0) {
      out.push(el('p', { text: none }));
    } else {
      const ol = el('ol', { class: 'findings' });
      for (let i = 0; i < n; i++) {
        const sev = str(wasm.web_finding_str(set, i, 1)), rule = str(wasm.web_finding_str(set, i, 2));
        const text = str(wasm.web_finding_str(set, i, 0)), statement = str(wasm.web_finding_str(set, i, 3));
        const source = str(wasm.web_finding_str(set, i, 4)), force = str(wasm.web_finding_str(set, i, 5));
        const who = memberWords(wasm.web_finding_int(set, i, 1));
        const li = el('li', { class: 'finding sev-' + sev, 'data-rule': rule, 'data-severity': sev },
          el('p', {}, el('span', { class: 'sev', text: sev.charAt(0).toUpperCase() + sev.slice(1) }),
            'rule ', el('code', { text: rule }), ': ', el('span', { class: 'message', text: text })),
          who ? el('p', { class: 'who', text: 'Member concerned: ' + who }) : null,
          el('p', { class: 'cite' }, 'Rule ' + rule + ' (' + force + '): ' + statement + ' ',
            el('span', { class: 'source' }, 'Source: ', el('cite', { text: source }))));
        ol.append(li);
        rows.push([title, sev, rule, text, who, source]);
      }
      out.push(ol);
    }
    if (key) saved[key].push(...rows);
    return out;
  }

  function kindValue() { return Number($('kind').value); }
  function quorumValue() {
    const q = $('quorum').value.trim();
    return q === '' ? -1 : Math.max(0, Math.min(1024, Math.floor(Number(q)) || 0));
  }

  // ---- 1. the committee ----

  let listName = '';
  function loadList(bytes, name) {
    listName = name;
    const st = withBytes(bytes, (p, n) => wasm.web_roster_load(p, n));
    saved.committee = [];
    if (st !== 0) {
      problem($('committee-out'), st, 'The list ' + name + ' could not be read');
      buildDecisionForm();
      return false;
    }
    buildDecisionForm();
    checkCommittee();
    return true;
  }

  function checkCommittee() {
    const out = $('committee-out');
    saved.committee = [];
    if (wasm.web_roster_count() === 0 && !listName) {
      out.replaceChildren(el('p', { text: 'Choose a committee list first.' }));
      return;
    }
    let st = wasm.web_committee_set(kindValue(), quorumValue());
    if (st === 0) st = wasm.web_committee_assess();
    if (st !== 0) {
      problem(out, st, 'The committee in ' + listName + ' could not be checked');
      return;
    }
    const n = wasm.web_roster_count();
    const voting = wasm.web_roster_voting();
    const f = wasm.web_findings_count(1);
    let errors = 0, warnings = 0;
    for (let i = 0; i < f; i++) {
      const s = wasm.web_finding_int(1, i, 0);
      errors += s === 1; warnings += s === 2;
    }
    const kind = str(wasm.cocomm_committee_kind_name(kindValue()));
    const parts = [el('h3', { text: 'Results for ' + listName }),
      el('p', { class: 'status', id: 'committee-summary',
        text: 'A ' + kind + ' committee of ' + n + ' members (' + voting + ' voting): ' + errors + ' error' +
          (errors === 1 ? '' : 's') + ', ' + warnings + ' warning' + (warnings === 1 ? '' : 's') + ', ' +
          (f - errors - warnings) + ' for information.' })];
    parts.push(...findingsList(1, 'Findings', 'No findings: the membership meets every rule checked.', 'committee'));
    parts.push(...findingsList(0, 'Notes on the file', 'No values were missing.', 'committee'));

    // How the file was read.
    const cols = wasm.web_roster_int(2), unused = wasm.web_roster_int(3);
    const colBody = el('tbody');
    const notRead = [];
    for (let k = 0; k < cols; k++) {
      const h = str(wasm.web_column_header(k)), as = str(wasm.web_column_kind(k));
      colBody.append(el('tr', {}, el('td', { class: 'num', text: String(k + 1) }), el('th', { scope: 'row', text: h }),
        el('td', { text: as === 'unused' ? 'not read' : as })));
      if (as === 'unused') notRead.push('"' + h + '"');
    }
    parts.push(el('h3', { text: 'How the file was read' }), facts([
      ['Encoding', str(wasm.web_roster_str(0))],
      ['Delimiter', str(wasm.web_roster_str(1))],
      ['Columns', String(cols)],
      ['Columns not read', unused ? unused + ': ' + notRead.join(', ') : 'none'],
    ]), el('div', { class: 'scroll' }, el('table', { id: 'columns' },
      el('caption', { text: 'The header row, column by column' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num', text: 'Column' }),
        el('th', { scope: 'col', text: 'Header' }), el('th', { scope: 'col', text: 'Read as' }))), colBody)));

    // The members.
    const body = el('tbody');
    for (let i = 0; i < n; i++) {
      body.append(el('tr', {}, el('td', { class: 'num', text: String(i + 1) }),
        el('td', { class: 'num', text: String(wasm.web_member_int(i, 3)) }),
        el('th', { scope: 'row', text: str(wasm.web_member_str(i, 0)) }),
        el('td', { text: str(wasm.web_member_str(i, 1)) }), el('td', { text: str(wasm.web_member_str(i, 2)) }),
        el('td', { text: wasm.web_member_int(i, 1) ? 'yes' : 'no' }), el('td', { text: str(wasm.web_member_str(i, 3)) })));
    }
    parts.push(el('h3', { text: 'Members' }), el('div', { class: 'scroll' }, el('table', { id: 'members' },
      el('caption', { text: 'The ' + n + ' members, numbered from 1 in the order the list gives them, with the row each is on in the file' }),
      el('thead', {}, el('tr', {}, ...['No.', 'Row', 'Name', 'Organisation', 'Category', 'Voting', 'Position']
        .map((h, j) => el('th', { scope: 'col', class: j < 2 ? 'num' : '', text: h })))), body)));
    const terms = str(wasm.web_terms_text());
    parts.push(el('h3', { text: 'Terms of reference applied' }), el('pre', { id: 'terms-applied', text: terms }));
    out.replaceChildren(...parts);
  }

  function readFile(file, then) {
    const r = new FileReader();
    r.onload = () => then(new Uint8Array(r.result), file.name);
    r.onerror = () => $('committee-out').replaceChildren(
      el('p', { class: 'problem', role: 'alert', text: 'The file ' + file.name + ' could not be opened.' }));
    r.readAsArrayBuffer(file);
  }

  // ---- 2. the decision ----

  const VOTES = [['0', 'no vote'], ['1', 'for'], ['2', 'against'], ['3', 'abstain']];
  function buildDecisionForm() {
    const n = wasm.web_roster_count();
    $('decision-none').hidden = n > 0;
    $('decision-out').replaceChildren();
    saved.decision = [];
    const chosen = $('chosen');
    chosen.replaceChildren(el('option', { value: '-1', text: 'no one' }));
    if (n === 0) {
      $('decision-table').replaceChildren();
      return;
    }
    const body = el('tbody');
    for (let i = 0; i < n; i++) {
      const name = str(wasm.web_member_str(i, 0));
      const what = str(wasm.web_member_str(i, 2)) + (wasm.web_member_int(i, 1) ? ', voting' : ', non-voting') +
        (str(wasm.web_member_str(i, 3)) ? ', ' + str(wasm.web_member_str(i, 3)) : '');
      const vote = el('select', { id: 'vote-' + i, 'aria-label': 'Vote of ' + name });
      for (const [v, t] of VOTES) vote.append(el('option', { value: v, text: t }));
      body.append(el('tr', {}, el('td', { class: 'num', text: String(i + 1) }),
        el('th', { scope: 'row', id: 'who-' + i }, name, el('span', { class: 'hint', text: what })),
        el('td', {}, el('input', { type: 'checkbox', id: 'present-' + i, checked: '', 'aria-labelledby': 'present-h who-' + i })),
        el('td', {}, el('input', { type: 'checkbox', id: 'conflicted-' + i, 'aria-labelledby': 'conflicted-h who-' + i })),
        el('td', {}, vote)));
      chosen.append(el('option', { value: String(i), text: (i + 1) + '. ' + name }));
    }
    $('decision-table').replaceChildren(el('table', { class: 'choose' },
      el('caption', { text: 'Who is at the meeting, who declared a conflict of interest on this item, and how each voted' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num', text: 'No.' }),
        el('th', { scope: 'col', text: 'Member' }), el('th', { scope: 'col', id: 'present-h', text: 'Present' }),
        el('th', { scope: 'col', id: 'conflicted-h', text: 'Declared a conflict' }),
        el('th', { scope: 'col', text: 'Vote (optional)' }))), body));
  }

  function namesWhere(flag) {
    const names = [];
    for (let i = 0; i < wasm.web_roster_count(); i++) if (wasm.web_result_role(i) & flag) names.push(str(wasm.web_member_str(i, 0)));
    return names.length ? names.join('; ') : 'none';
  }

  function checkDecision() {
    const out = $('decision-out');
    saved.decision = [];
    const n = wasm.web_roster_count();
    if (n === 0) {
      out.replaceChildren(el('p', { text: 'Choose a committee list first (step 1).' }));
      return;
    }
    let st = wasm.web_committee_set(kindValue(), quorumValue());
    if (st === 0) st = wasm.web_decision_reset();
    for (let i = 0; i < n && st === 0; i++)
      st = wasm.web_decision_member(i, $('present-' + i).checked ? 1 : 0, $('conflicted-' + i).checked ? 1 : 0,
        Number($('vote-' + i).value));
    if (st === 0) {
      wasm.web_decision_options(Number($('chosen').value), Number($('casting').value), $('award').checked ? 1 : 0);
      st = wasm.web_decision_assess();
    }
    if (st !== 0) {
      problem(out, st, 'The decision could not be checked');
      return;
    }
    const R = (k) => wasm.web_result_int(k);
    const WITHDRAWN = 8, MAY_PRESIDE = 2; // enum cocomm_item_role
    const presiding = R(2);
    const presides = presiding >= 0 ? str(wasm.web_member_str(presiding, 0)) + ', ' + str(wasm.web_result_str(1))
      : str(wasm.web_result_str(1));
    const votes = R(7) + R(8) + R(9) > 0 ? R(7) + ' for, ' + R(8) + ' against, ' + R(9) + ' abstained' : 'no vote recorded';
    const parts = [el('h3', { text: 'Results for the item' }),
      el('p', { class: 'status', id: 'decision-summary' }, yesNo(R(0), 'The item can be decided.', 'The item cannot be decided.')),
      facts([
        ['Withdraws (declared a conflict)', el('span', { id: 'withdraws', text: namesWhere(WITHDRAWN) })],
        ['Presides', el('span', { id: 'presides', text: presides })],
        ['May preside, or be chosen to', R(10) === 4 ? namesWhere(MAY_PRESIDE) : ''],
        ['Quorate', el('span', { id: 'quorate' }, yesNo(R(1), 'yes', 'no'), ' (' + R(14) + ' counted towards the quorum)')],
        ['Lay and executive majority', el('span', { id: 'majority' }, yesNo(R(15), 'yes', 'no'),
          ' (' + R(4) + ' lay or executive of ' + R(3) + ' voting members taking part)')],
        ['Votes', votes + ' (majority basis: ' + str(wasm.web_result_str(2)) + ')'],
        ['Outcome', el('span', { id: 'outcome', text: str(wasm.web_result_str(0)) })],
      ])];
    parts.push(...findingsList(2, 'Findings on the item', 'No findings on this item.', 'decision'));
    const entry = str(wasm.web_result_str(3));
    parts.push(el('h3', { text: 'Entry for the register of procurement decisions (I-3)' }),
      el('pre', { id: 'register', text: entry }));
    out.replaceChildren(...parts);
  }

  // ---- 3. the deadline ----

  function checkDeadline() {
    const out = $('deadline-out');
    const when = $('submitted').value.trim();
    let st = withBytes(when, (p, n) => wasm.web_instant_parse(p, n));
    if (st !== 0) {
      out.replaceChildren(el('p', { class: 'problem', role: 'alert',
        text: 'The date and time "' + when + '" could not be read: ' + str(wasm.cocomm_status_str(st)) }));
      return;
    }
    const model = Number($('model').value), key = $('edition').value;
    st = withBytes(key, (p) => wasm.web_judge(p, model));
    if (st !== 0) {
      out.replaceChildren(el('p', { class: 'problem', role: 'alert',
        text: 'It could not be judged: ' + str(wasm.cocomm_status_str(st)) }));
      return;
    }
    const J = (k) => str(wasm.web_judged_str(k)), I = (k) => wasm.web_judged_int(k);
    const onTime = I(0) === 1, verdict = I(2);
    const parts = [el('h3', { text: 'Results for ' + J(1) })];
    if (verdict !== 0) {
      parts.push(el('p', { class: 'status', id: 'deadline-verdict', text: 'Not judged: ' + J(16) + '.' }),
        facts([['Rule', J(6) ? J(6) + ': ' + J(7) : ''], ['Source', J(8)], ['Earlier cycle with no known close', J(17)]]));
    } else {
      parts.push(el('p', { class: 'status', id: 'deadline-verdict' },
        yesNo(onTime, 'On time.', 'Late by ' + J(4) + '.')),
      facts([
        ['Submitted', J(1) + ' (' + J(0) + ')'],
        ['Judged against', J(14) + (J(15) ? ': ' + J(15) : '')],
        ['Deadline', el('span', { id: 'deadline-when', text: J(3) + ' (' + J(2) + '), ' + J(5) + ': ' + J(18) })],
        ['Deadline source', J(19)],
        ['Rule applied', J(6) + ': ' + J(7)],
        ['Rule source', J(8)],
        ['If late', onTime ? '' : J(12)],
        ['Later deadline it meets', J(13)],
        ['Can take effect', el('span', { id: 'go-live', text: J(10) ? J(10) + ' (' + J(9) + '), financial year ' + J(11) : onTime ? 'not stated' : 'see "If late"' })],
        ['Earlier cycle with no known close', J(17)],
      ]));
    }
    // The timeline of the edition judged against (or the one chosen).
    const shown = (verdict === 0 && J(14)) || key;
    const deadlineId = J(5);
    const n = withBytes(shown, (p) => wasm.web_timeline(p, model));
    if (n > 0) {
      const body = el('tbody');
      for (let i = 0; i < n; i++) {
        const M = (k) => str(wasm.web_milestone_str(i, k));
        const judged = M(0) === deadlineId && wasm.web_milestone_submission(i) === 1 && verdict === 0;
        body.append(el('tr', judged ? { class: 'judged' } : {}, el('td', { text: M(2) }),
          el('td', {}, M(1), judged ? el('strong', { text: ' (the deadline judged against)' }) : null,
            M(5) ? el('span', { class: 'hint', text: M(5) }) : null),
          el('td', {}, el('code', { text: M(0) })), el('td', { text: M(3) + (M(6) ? ': by ' + M(6) : '') }),
          el('td', { class: 'cite', text: M(4) })));
      }
      parts.push(el('h3', { text: 'Timeline' }), el('div', { class: 'scroll' }, el('table', { id: 'timeline' },
        el('caption', { text: 'Edition ' + (shown || 'the default') + ': the milestones for ' + str(wasm.cocomm_model_name(model)) }),
        el('thead', {}, el('tr', {}, ...['When', 'What', 'Rule', 'Kind', 'Source'].map((h) => el('th', { scope: 'col', text: h })))),
        body)));
      lastTimeline = [shown, model];
    }
    out.replaceChildren(...parts);
  }
  let lastTimeline = null;

  // ---- what this checks: the rule catalogue ----

  function buildChecks() {
    const wanted = { 3: 'Committees', 4: 'Conflicts of interest', 6: 'The timeline' }; // enum cocomm_section
    const lists = {};
    const body = $('checks-body');
    body.append(el('p', { text: 'The checks this page runs cite these rules of the rulebook; each says where in the policy it comes from.' }));
    for (const s of Object.keys(wanted)) {
      lists[s] = el('ul');
    }
    const count = wasm.cocomm_rule_count();
    for (let i = 0; i < count; i++) {
      const s = wasm.web_rule_section(i);
      if (!lists[s]) continue;
      lists[s].append(el('li', {}, el('code', { text: str(wasm.web_rule_str(i, 0)) }), ' (' + str(wasm.web_rule_str(i, 4)) + '): ' +
        str(wasm.web_rule_str(i, 1)) + ' ', el('span', { class: 'cite', text: 'Source: ' + str(wasm.web_rule_str(i, 2)) })));
    }
    for (const s of Object.keys(wanted)) {
      if (!lists[s].childElementCount) continue;
      let name = '';
      for (let i = 0; i < count && !name; i++) if (wasm.web_rule_section(i) === Number(s)) name = str(wasm.web_rule_str(i, 3));
      body.append(el('h3', { text: name.charAt(0).toUpperCase() + name.slice(1) }), lists[s]);
    }
  }

  // ---- saving and printing ----

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    $('saved').textContent = 'Saved ' + name + ' (to your downloads).';
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function saveHtml() {
    const css = document.querySelector('style').textContent;
    const sections = [['committee', '1. Committee'], ['decision', '2. Decision'], ['deadline', '3. Deadline']];
    let body = '';
    for (const [id, title] of sections) {
      const html = $(id + '-out').innerHTML;
      if (html) body += '<section><h2>' + escapeHtml(title) + '</h2>\n' + html + '\n</section>\n';
    }
    const doc = '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n' +
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      '<title>Co-commissioning check</title>\n<style>\n' + css + '<\/style>\n</head>\n<body>\n<main>\n' +
      '<h1>Co-commissioning check</h1>\n' + (body || '<p>Nothing checked yet.</p>\n') +
      '</main>\n<footer><p class="cite">' + escapeHtml($('footer').textContent) + '</p></footer>\n</body>\n</html>\n';
    download('cocomm-report.html', 'text/html;charset=utf-8', doc);
  }

  function csvField(s) {
    s = String(s);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function saveCsv() {
    const rows = [['part', 'severity', 'rule', 'finding', 'member', 'source']];
    for (const r of saved.committee) rows.push(['committee: ' + r[0]].concat(r.slice(1)));
    for (const r of saved.decision) rows.push(['decision: ' + r[0]].concat(r.slice(1)));
    let text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
    if (lastTimeline) {
      download('cocomm-timeline.csv', 'text/csv;charset=utf-8', str(withBytes(lastTimeline[0], (p) => wasm.web_timeline_csv(p, lastTimeline[1]))));
    }
    if ($('register') && $('register').textContent) text += '\r\n' + 'register of procurement decisions (I-3)\r\n' + $('register').textContent;
    download('cocomm-findings.csv', 'text/csv;charset=utf-8', '\ufeff' + text);
  }

  // ---- wiring ----

  function start() {
    const kind = $('kind');
    for (let k = 1; k <= 4; k++) kind.append(el('option', { value: String(k), text: str(wasm.cocomm_committee_kind_name(k)) }));
    const model = $('model');
    for (const m of [3, 2]) model.append(el('option', { value: String(m), text: str(wasm.cocomm_model_name(m)) }));
    const edition = $('edition');
    const editions = wasm.cocomm_edition_count();
    for (let i = 0; i < editions; i++) {
      const key = str(wasm.web_edition_str(i, 0)), by = str(wasm.web_edition_str(i, 3));
      edition.append(el('option', { value: key, text: 'edition ' + key + ': ' + str(wasm.web_edition_str(i, 1)) + (by ? ' (superseded by ' + by + ')' : '') }));
    }
    edition.append(el('option', { value: '', text: 'the national cycle the date falls in' }));
    edition.value = '2014-11';
    buildChecks();
    $('engine').textContent = 'Checker: libcocomm ' + str(wasm.cocomm_version_string()) +
      ', running in this page (WebAssembly). Works offline.';
    $('footer').textContent = 'Made by libcocomm ' + str(wasm.cocomm_version_string()) +
      '. Every finding cites a rule of the rulebook (docs/rules.md) and the paragraph of the policy it comes from.';

    $('roster-file').addEventListener('change', (e) => {
      if (e.target.files.length) readFile(e.target.files[0], loadList);
    });
    const drop = $('drop');
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      if (e.dataTransfer.files.length) readFile(e.dataTransfer.files[0], loadList);
    });
    $('demo').addEventListener('click', () => loadList(bytes64('cocomm-demo'), 'the example list (faulty-committee.csv)'));
    $('terms-file').addEventListener('change', (e) => {
      if (!e.target.files.length) return;
      readFile(e.target.files[0], (bytes, name) => {
        const st = withBytes(bytes, (p, n) => wasm.web_terms_load(p, n));
        if (st !== 0) problem($('committee-out'), st, 'The terms of reference ' + name + ' could not be read');
        else if (wasm.web_roster_count() > 0) { buildDecisionForm(); checkCommittee(); }
      });
    });
    $('terms-clear').addEventListener('click', () => {
      wasm.web_terms_clear();
      $('terms-file').value = '';
      if (wasm.web_roster_count() > 0) { buildDecisionForm(); checkCommittee(); }
    });
    for (const id of ['kind', 'quorum'])
      $(id).addEventListener('change', () => { if (wasm.web_roster_count() > 0) checkCommittee(); });
    $('committee-form').addEventListener('submit', (e) => { e.preventDefault(); checkCommittee(); });
    $('decision-form').addEventListener('submit', (e) => { e.preventDefault(); checkDecision(); });
    $('deadline-form').addEventListener('submit', (e) => { e.preventDefault(); checkDeadline(); });
    $('print').addEventListener('click', () => window.print());
    $('save-html').addEventListener('click', saveHtml);
    $('save-csv').addEventListener('click', saveCsv);
    const showDemo = () => {
      if (location.hash === '#demo') {
        loadList(bytes64('cocomm-demo'), 'the example list (faulty-committee.csv)');
        checkDeadline();
      }
    };
    window.addEventListener('hashchange', showDemo);
    showDemo();
    document.documentElement.dataset.ready = 'yes';
  }

  WebAssembly.instantiate(bytes64('cocomm-wasm'), { wasi_snapshot_preview1: wasiImports() }).then((r) => {
    wasm = r.instance.exports;
    wasm._initialize();
    start();
  }).catch((e) => {
    $('engine').textContent = 'The checker could not start in this browser: ' + e;
    document.documentElement.dataset.ready = 'failed';
  });
})();
