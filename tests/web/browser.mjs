// SPDX-License-Identifier: MIT
// Drives cocomm.html in headless Chromium over the DevTools protocol
// (issue 17). No packages: a WebSocket client of its own (RFC 6455, the
// client side, over node:net), so that Debian's nodejs (18, which has no
// WebSocket) runs it. tests/web/browser.sh starts Chromium and runs this.
//
//   node browser.mjs --port PORT --page cocomm.html --out DIR --data examples/data
//
// It opens cocomm.html#demo and checks the example committee's findings
// exactly; reads examples/data/delegated-committee.csv through the file
// input and checks a decision with two conflicted GPs, without and with
// votes; checks a delegated proposal one second late (and one on time);
// checks the rule catalogue panel, the page at 200% zoom, printing, the
// saved HTML report and CSV; that the Content-Security-Policy is in force
// (a fetch is refused), that nothing threw, and that the browser made no
// request but for the file:// page itself and data:/blob: URLs. Prints
// "ok"/"FAIL" per check; exit 1 if any failed.
import net from 'node:net';
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const page = path.resolve(args.page), out = path.resolve(args.out), data = path.resolve(args.data);
let failed = 0, passed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log('ok   ' + name); } else { failed++; console.log('FAIL ' + name + (detail !== undefined ? ': ' + detail : '')); }
}
function same(name, got, want) {
  const g = JSON.stringify(got), w = JSON.stringify(want);
  check(name, g === w, '\n  got  ' + g + '\n  want ' + w);
}

// ---- a WebSocket client (text frames, no extensions) ----
function websocket(url) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(u.port), u.hostname);
    const key = crypto.randomBytes(16).toString('base64');
    let buf = Buffer.alloc(0), open = false, parts = [];
    const ws = { onmessage: null, onclose: null,
      send(text) {
        const payload = Buffer.from(text, 'utf8'), n = payload.length;
        const head = n < 126 ? Buffer.from([0x81, 0x80 | n])
          : n < 65536 ? Buffer.from([0x81, 0x80 | 126, n >> 8, n & 255])
          : Buffer.concat([Buffer.from([0x81, 0x80 | 127, 0, 0, 0, 0]), Buffer.from([n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255])]);
        const mask = crypto.randomBytes(4);
        for (let i = 0; i < n; i++) payload[i] ^= mask[i & 3];
        sock.write(Buffer.concat([head, mask, payload]));
      },
      close() { sock.end(); } };
    sock.on('connect', () => sock.write(`GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`));
    sock.on('error', reject);
    sock.on('close', () => ws.onclose && ws.onclose());
    sock.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (!open) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end).toString();
        const accept = crypto.createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
        if (!/^HTTP\/1\.1 101/.test(head) || !head.includes(accept)) return reject(new Error('handshake: ' + head));
        open = true;
        buf = buf.subarray(end + 4);
        resolve(ws);
      }
      for (;;) { // whole frames only
        if (buf.length < 2) return;
        const fin = buf[0] & 0x80, op = buf[0] & 15;
        let n = buf[1] & 127, at = 2;
        if (n === 126) { if (buf.length < 4) return; n = buf.readUInt16BE(2); at = 4; }
        else if (n === 127) { if (buf.length < 10) return; n = Number(buf.readBigUInt64BE(2)); at = 10; }
        if (buf.length < at + n) return;
        const payload = buf.subarray(at, at + n);
        buf = buf.subarray(at + n);
        if (op === 8) { sock.end(); return; }
        if (op === 9) continue; // ping: Chromium sends none to clients
        if (op === 1 || op === 0) {
          parts.push(Buffer.from(payload));
          if (fin) { const text = Buffer.concat(parts).toString('utf8'); parts = []; ws.onmessage && ws.onmessage(text); }
        }
      }
    });
  });
}

// ---- the DevTools protocol ----
function getJson(port, p) {
  return new Promise((resolve, reject) => http.get({ host: '127.0.0.1', port, path: p }, (res) => {
    let body = '';
    res.on('data', (c) => body += c);
    res.on('end', () => { try { resolve(JSON.parse(body)); } catch (e) { reject(e); } });
  }).on('error', reject));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const targets = await getJson(args.port, '/json/list');
const target = targets.find((t) => t.type === 'page');
const ws = await websocket(target.webSocketDebuggerUrl);
let nextId = 1;
const pending = new Map(), listeners = [];
ws.onmessage = (text) => {
  const m = JSON.parse(text);
  if (m.id && pending.has(m.id)) {
    const { resolve, reject } = pending.get(m.id);
    pending.delete(m.id);
    if (m.error) reject(new Error(JSON.stringify(m.error))); else resolve(m.result);
  } else if (m.method) {
    for (const l of listeners) l(m.method, m.params);
  }
};
function send(method, params = {}) {
  const id = nextId++;
  ws.send(JSON.stringify({ id, method, params }));
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
async function js(expression) {
  const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error('evaluate: ' + JSON.stringify(r.exceptionDetails));
  return r.result.value;
}
async function until(what, expression, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    let v;
    try { v = await js(expression); } catch (e) { v = undefined; } // the document may not be there yet
    if (v) return v;
    if (Date.now() > end) { check(what, false, 'timed out waiting for ' + expression); return v; }
    await sleep(100);
  }
}

const requests = [], problems = [];
listeners.push((method, p) => {
  if (method === 'Network.requestWillBeSent') requests.push(p.request.url);
  if (method === 'Runtime.exceptionThrown') problems.push('exception: ' + JSON.stringify(p.exceptionDetails).slice(0, 400));
  if (method === 'Runtime.consoleAPICalled' && (p.type === 'error' || p.type === 'warning'))
    problems.push('console ' + p.type + ': ' + p.args.map((a) => a.value ?? a.description).join(' '));
  if (method === 'Log.entryAdded' && (p.entry.level === 'error' || p.entry.level === 'warning'))
    problems.push('log ' + p.entry.source + ': ' + p.entry.text);
});
await send('Network.enable');
await send('Page.enable');
await send('Runtime.enable');
await send('Log.enable');
await send('DOM.enable');
await send('Emulation.setDeviceMetricsOverride', { width: 1200, height: 900, deviceScaleFactor: 1, mobile: false });
try { await send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: out }); } catch (e) { /* older protocol */ }

// ---- the page itself: one file, nothing to fetch ----
const source = fs.readFileSync(page, 'utf8');
check('the page names no http(s) URL', !/https?:\/\//i.test(source));
check('the page has no src= or <link>', !/\ssrc\s*=|<link\b/i.test(source));
check('the page holds a Content-Security-Policy forbidding the network',
  /http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'/.test(source));

// ---- 1. the bundled example committee, from #demo ----
const url = 'file://' + page;
await send('Page.navigate', { url: url + '#demo' });
const ready = await until('the page starts', "document.documentElement.dataset.ready || ''");
check('the WebAssembly module started', ready === 'yes', ready + ' / ' + (await js("document.getElementById('engine').textContent")));
await until('the demo shows its findings', "!!document.querySelector('#committee-out ol.findings')");
same('engine line names the library', await js("document.getElementById('engine').textContent"),
  'Checker: libcocomm 2.0.0, running in this page (WebAssembly). Works offline.');
const findings = (sel) => js(`[...document.querySelectorAll('${sel} ol.findings')].slice(0, 1).flatMap(ol => [...ol.children].map(li =>
  [li.dataset.severity, li.dataset.rule, li.querySelector('.message').textContent,
   (li.querySelector('.who') || {}).textContent || '', li.querySelector('cite').textContent]))`);
same('the demo committee: summary', await js("document.getElementById('committee-summary').textContent"),
  'A delegated committee of 8 members (7 voting): 5 errors, 0 warnings, 2 for information.');
same('the demo committee: every finding, exactly', await findings('#committee-out'), [
  ['error', 'C-10', 'member 2 (Dr Bea Collins) is a second chair', 'Member concerned: 2, Dr Bea Collins (row 3 of the file)', '(structural)'],
  ['error', 'C-10', 'member 8 (Eric Foster) is listed twice', 'Member concerned: 8, Eric Foster (row 9 of the file)', '(structural)'],
  ['error', 'C-3', 'member 7 (Gwen Hall) is a Healthwatch observer and must not vote', 'Member concerned: 7, Gwen Hall (row 8 of the file)', '002 §4.3.2, §4.4.2, §6.2'],
  ['error', 'C-1', 'the chair, member 1 (Dr Alan Reeve), is clinical, not a lay member', 'Member concerned: 1, Dr Alan Reeve (row 2 of the file)', '002 §4.4.2, §6.2'],
  ['error', 'C-2', 'lay and executive members are 3 of 7 voting members: not a majority', '', '002 §4.4.2, §6.2'],
  ['information', 'C-13', "no quorum set: the committee's terms of reference must set one", '', '002 §4.3.2, §4.4.2; published CCG terms of reference'],
  ['information', 'C-4', 'no Health and Wellbeing Board representative: it has the right to join, not a duty', '', '002 §4.3.2, §4.4.2'],
]);
same('the demo committee: how the file was read', await js(`[...document.querySelectorAll('#committee-out dl.facts')][0].innerText`),
  'Encoding\nUTF-8\nDelimiter\ncomma\nColumns\n6\nColumns not read\n1: "Notes"');
same('the demo committee: the columns', await js(`[...document.querySelectorAll('#columns tbody tr')].map(r => r.innerText.replace(/\\t/g, '|'))`),
  ['1|Name|name', '2|Category|category', '3|Voting|voting', '4|Position|position', '5|Organisation|organisation', '6|Notes|not read']);
same('#demo also judges the default deadline', await js("document.getElementById('deadline-verdict').textContent"), 'Late by 1 second.');

const rules = await js("[...document.querySelectorAll('#checks-body li code')].map(c => c.textContent)");
check('"What this checks" lists the catalogue\'s committee, conflict and timeline rules',
  rules.length > 40 && rules.includes('C-1') && rules.includes('I-6') && rules.includes('T-30') && !rules.includes('M-1'), rules.join(' '));

await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }).then((r) =>
  fs.writeFileSync(path.join(out, 'cocomm-demo.png'), Buffer.from(r.data, 'base64')));
check('screenshot saved', fs.statSync(path.join(out, 'cocomm-demo.png')).size > 50000);

// ---- 2. a decision: a committee list read through the file input ----
const doc = await send('DOM.getDocument', {});
const input = await send('DOM.querySelector', { nodeId: doc.root.nodeId, selector: '#roster-file' });
await send('DOM.setFileInputFiles', { nodeId: input.nodeId, files: [path.join(data, 'delegated-committee.csv')] });
await until('the chosen file is read', "(document.querySelector('#committee-out h3') || {}).textContent === 'Results for delegated-committee.csv'");
same('a file with a byte-order mark: its encoding', await js(`[...document.querySelectorAll('#committee-out dl.facts dd')][0].textContent`),
  'UTF-8 with BOM');
same('eleven members to tick', await js("document.querySelectorAll('#decision-table tbody tr').length"), 11);
await js(`document.getElementById('quorum').value = '4';
  document.getElementById('conflicted-5').click(); document.getElementById('conflicted-6').click();
  document.getElementById('decision-check').click(); true`);
await until('the decision is checked', "!!document.getElementById('outcome')");
const decision = () => js(`({ summary: document.getElementById('decision-summary').textContent,
  withdraws: document.getElementById('withdraws').textContent, presides: document.getElementById('presides').textContent,
  quorate: document.getElementById('quorate').textContent, majority: document.getElementById('majority').textContent,
  outcome: document.getElementById('outcome').textContent, register: document.getElementById('register').textContent })`);
same('two conflicted GPs: who withdraws, who presides, quorum, majority, outcome', await decision(), {
  summary: 'The item can be decided.', withdraws: "Dr Aled Price; Dr Sarah O'Brien", presides: 'Margaret Okafor, as the chair',
  quorate: 'yes (5 counted towards the quorum)', majority: 'yes (5 lay or executive of 5 voting members taking part)',
  outcome: 'undecided',
  register: `,,"Margaret Okafor; Hughes, David; Priya Raman; Stephen Walsh; Joanne Fell","Dr Aled Price: left the room; Dr Sarah O'Brien: left the room",undecided\r\n` });
const i6 = '002 §6 (applied; the quorum itself is set by the committee\'s own terms of reference)';
same('two conflicted GPs: the findings', await findings('#decision-out'), [
  ['information', 'I-6', 'member 6 (Dr Aled Price) declared a conflict and withdraws from the item', 'Member concerned: 6, Dr Aled Price (row 7 of the file)', i6],
  ['information', 'I-6', "member 7 (Dr Sarah O'Brien) declared a conflict and withdraws from the item", "Member concerned: 7, Dr Sarah O'Brien (row 8 of the file)", i6],
]);
// Votes: three for, one against, one abstaining; a withdrawn GP's vote is an error.
await js(`for (const [i, v] of [[0, 1], [1, 1], [2, 1], [3, 2], [4, 3], [5, 1]]) document.getElementById('vote-' + i).value = String(v);
  document.getElementById('decision-check').click(); true`);
await until('the vote is counted', "/for/.test(document.querySelector('#decision-out dl.facts').innerText)");
same('with votes: the outcome', await js("document.getElementById('outcome').textContent"), 'carried');
same('with votes: the tally', await js("[...document.querySelectorAll('#decision-out dl.facts dd')].find(d => / for, /.test(d.textContent)).textContent"),
  '3 for, 1 against, 1 abstained (majority basis: votes cast)');
const voted = await findings('#decision-out');
check('with votes: the withdrawn GP who voted is an error citing I-6 or C-14',
  voted.some((f) => f[0] === 'error' && /Dr Aled Price/.test(f[2])), JSON.stringify(voted));

// ---- 3. a deadline one second late, and one on time ----
async function deadline(when) {
  await js(`document.getElementById('submitted').value = '${when}'; document.getElementById('model').value = '3';
    document.getElementById('edition').value = '2014-11'; document.getElementById('deadline-out').textContent = '';
    document.getElementById('deadline-check').click(); true`);
  await until('the deadline is judged', "!!document.getElementById('deadline-verdict')");
  return js(`({ verdict: document.getElementById('deadline-verdict').textContent,
    deadline: (document.getElementById('deadline-when') || {}).textContent, goLive: (document.getElementById('go-live') || {}).textContent,
    judged: (document.querySelector('#timeline tr.judged') || {}).innerText })`);
}
const late = await deadline('2015-01-09T12:00:01');
same('delegated, 2015-01-09 12:00:01: late by one second', late.verdict, 'Late by 1 second.');
check('the deadline: 12:00:00 GMT on Friday 9 January 2015, T-11',
  /^12:00:00 GMT on Friday 9 January 2015 \(2015-01-09T12:00:00\+00:00\), T-11: /.test(late.deadline), late.deadline);
check('the timeline marks the deadline judged against', /T-11/.test(late.judged || '') && /the deadline judged against/.test(late.judged || ''), late.judged);
const onTime = await deadline('2015-01-09T12:00');
same('delegated, 2015-01-09 12:00:00: on time', onTime.verdict, 'On time.');
same('on time: takes effect 1 April 2015', onTime.goLive, 'Wednesday 1 April 2015 (2015-04-01), financial year 2015/16');
const bst = await deadline('2015-06-02T00:30');
check('a BST date-time is read as UK summer time', /00:30:00 BST on Tuesday 2 June 2015|2015-06-02T00:30:00\+01:00/.test(
  await js("document.querySelector('#deadline-out h3').textContent")), await js("document.querySelector('#deadline-out h3').textContent"));
check('a late BST submission is judged', /^Late by /.test(bst.verdict), bst.verdict);
await deadline('2015-01-09T12:00:01');

// Each part on its own, for a person to look at.
for (const part of ['committee', 'decision', 'deadline']) {
  const r = await js(`(() => { const b = document.getElementById('${part}').getBoundingClientRect();
    return { x: 0, y: b.top + window.scrollY, width: document.documentElement.clientWidth, height: b.height, scale: 1 }; })()`);
  const shot = await send('Page.captureScreenshot', { format: 'png', clip: r, captureBeyondViewport: true });
  fs.writeFileSync(path.join(out, `cocomm-${part}.png`), Buffer.from(shot.data, 'base64'));
}

// ---- 200% zoom: a 600 CSS-pixel wide window, nothing wider than it ----
await send('Emulation.setDeviceMetricsOverride', { width: 600, height: 900, deviceScaleFactor: 2, mobile: false });
await sleep(300);
const wide = await js('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
check('at 200% zoom the page needs no sideways scrolling', wide[0] <= wide[1], wide.join(' > ') + ': ' + JSON.stringify(await js(`
  [...document.querySelectorAll('body *')].filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))`)));
await send('Page.captureScreenshot', { format: 'png' }).then((r) =>
  fs.writeFileSync(path.join(out, 'cocomm-zoom200.png'), Buffer.from(r.data, 'base64')));
await send('Emulation.setDeviceMetricsOverride', { width: 1200, height: 900, deviceScaleFactor: 1, mobile: false });

// Every control has a label.
const unlabelled = await js(`[...document.querySelectorAll('input, select, button')].filter(e =>
  !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') && !e.textContent.trim()).map(e => e.id)`);
same('every control has a label', unlabelled, []);

await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }).then((r) =>
  fs.writeFileSync(path.join(out, 'cocomm.png'), Buffer.from(r.data, 'base64')));
const pdf = await send('Page.printToPDF', { printBackground: false });
fs.writeFileSync(path.join(out, 'cocomm.pdf'), Buffer.from(pdf.data, 'base64'));
check('the results print (PDF)', Buffer.from(pdf.data, 'base64').subarray(0, 5).toString() === '%PDF-');

// ---- saving: a Blob and a download link, no network ----
for (const f of ['cocomm-report.html', 'cocomm-findings.csv', 'cocomm-timeline.csv']) fs.rmSync(path.join(out, f), { force: true });
await js("document.getElementById('save-html').click(); document.getElementById('save-csv').click(); true");
for (let i = 0; i < 50 && !['cocomm-report.html', 'cocomm-findings.csv', 'cocomm-timeline.csv'].every((f) => fs.existsSync(path.join(out, f))); i++) await sleep(100);
if (fs.existsSync(path.join(out, 'cocomm-report.html'))) {
  const report = fs.readFileSync(path.join(out, 'cocomm-report.html'), 'utf8');
  check('the saved report holds the decision and the deadline, and no script',
    report.includes("Dr Sarah O'Brien") && report.includes('Late by 1 second.') && !/<script/i.test(report));
  const csv = fs.readFileSync(path.join(out, 'cocomm-findings.csv'), 'utf8');
  check('the saved CSV holds the findings', /decision: Findings on the item,information,I-6,/.test(csv), csv.slice(0, 300));
  check('the saved timeline CSV is the library\'s export', /T-11/.test(fs.readFileSync(path.join(out, 'cocomm-timeline.csv'), 'utf8')));
} else {
  check('downloads saved (Page.setDownloadBehavior)', false, 'no cocomm-report.html in ' + out);
}

// ---- files as Excel saves them, and terms of reference ----
async function setFile(selector, file) {
  const root = await send('DOM.getDocument', {});
  const node = await send('DOM.querySelector', { nodeId: root.root.nodeId, selector });
  await send('DOM.setFileInputFiles', { nodeId: node.nodeId, files: [file] });
}
async function readAs(name, bytes) {
  const file = path.join(out, name);
  fs.writeFileSync(file, bytes);
  await setFile('#roster-file', file);
  await until('the page reads ' + name, `(document.querySelector('#committee-out h3') || {}).textContent === 'Results for ${name}'`);
  return js(`({ read: [...document.querySelectorAll('#committee-out dl.facts dd')].map(d => d.textContent),
    names: [...document.querySelectorAll('#members tbody th')].map(t => t.textContent) })`);
}
const unicode = await readAs('unicode-text.txt', Buffer.concat([Buffer.from([0xff, 0xfe]),
  Buffer.from('Name\tMember type\tVoting\tPosition\tRoom\r\nMárta Nagy\tLay member\tYes\tChair\t2\r\nŁukasz Ó Sé\tGP\tYes\t\t3\r\n', 'utf16le')]));
same('Excel "Unicode Text": UTF-16LE, tab, one column not read, names intact', unicode,
  { read: ['UTF-16LE', 'tab', '5', '1: "Room"'], names: ['Márta Nagy', 'Łukasz Ó Sé'] });
const latin = await readAs('windows-1252.csv', Buffer.from('Name;Category;Voting\r\nZoë Ward;Lay member;Yes\r\nRené Côté;Executive;Yes\r\n', 'latin1'));
same('Excel "CSV" on a UK PC: Windows-1252, semicolon', latin,
  { read: ['Windows-1252', 'semicolon', '3', 'none'], names: ['Zoë Ward', 'René Côté'] });
await js("document.getElementById('quorum').value = ''; true");
await setFile('#terms-file', path.join(data, 'terms', 'form-a.terms'));
await until('the terms are applied', "/casting vote: yes/.test((document.getElementById('terms-applied') || {}).textContent)");
const applied = await js("document.getElementById('terms-applied').textContent");
check('a terms-of-reference file sets the quorum and the casting vote',
  /quorum: at least 3 voting members/.test(applied) && /casting vote: yes/.test(applied), applied);

// ---- nothing reached the network ----
const seen = requests.slice();
check('the browser requested the page itself', seen.some((u) => u.startsWith('file://')), JSON.stringify(seen));
const outside = seen.filter((u) => !/^(file|data|blob):/.test(u));
same('no request but file:, data: and blob: URLs', outside, []);
same('nothing threw, and no console or log error or warning', problems, []);
const blocked = await js(`new Promise((resolve) => {
  document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
  fetch('http://127.0.0.1:9/').catch(() => {});
  setTimeout(() => resolve('not blocked'), 5000);
})`);
check('the Content-Security-Policy refuses a fetch (connect-src)', /^connect-src|^default-src/.test(blocked), blocked);

ws.close();
console.log(`web-browser: ${passed} passed, ${failed} failed; screenshots in ${out}`);
process.exit(failed ? 1 : 0);
