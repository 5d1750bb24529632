#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The committee lists of the Excel corpus, as data.

Writes src/<list>.fods (LibreOffice flat ODS, one sheet per list, every
cell a text cell as typed) and MANIFEST.tsv (one row per corpus file: the
shape make-corpus.sh gives it, the member count, what a reader must make of
it).  Stdlib only; the output depends on nothing but this file.

    python3 sources.py          # from tests/excel/
"""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BLANK = None  # a blank row in the middle of a list

# ---------------------------------------------------------------------------
# The lists.  Each: headers, rows (BLANK for an empty row), pad = empty
# columns Excel carries after the last heading (LibreOffice writes them as
# trailing separators when one cell out there holds an empty string),
# tail = blank rows after the last member, and the outputs (encoding,
# delimiter, line end, expect).
# ---------------------------------------------------------------------------

LISTS = {}

LISTS["anytown-delegated"] = dict(
    title="Anytown CCG primary care commissioning committee (delegated)",
    headers=["Name", "Member type", "Voting (Y/N)", "Chair / Vice-chair", "Organisation", "Email", "Notes"],
    rows=[
        ["Siân O’Brien", "Lay member", "Y", "Chair", "Anytown CCG", "sian.obrien@nhs.net", "Lay member for governance"],
        ["Zoë Fairclough", "Lay member", "Y", "Vice chair", "Anytown CCG", "zoe.fairclough@nhs.net", "Lay member for PPI"],
        ["Graham Pollard", "Lay", "Y", "", "Anytown CCG", "", ""],
        ["Mark Dunmore", "Executive", "Y", "", "Anytown CCG", "mark.dunmore@nhs.net", "Accountable Officer"],
        ["Rachel Kenyon", "Executive", "Y", "", "Anytown CCG", "", "Chief Finance Officer"],
        ["Dr Amir Haddad", "GP member", "N", "", "Anytown CCG", "", "Non-voting to manage conflicts"],
        ["Dr Fiona Lister", "GP member", "N", "", "Anytown CCG", "", "Non-voting to manage conflicts"],
        ["Karen Doyle", "NHS England", "N", "", "NHS England (Lancashire area team)", "", "In attendance"],
        ["Tom Ashworth", "Healthwatch", "N", "", "Healthwatch Anytown", "", ""],
        ["Cllr Renée Dubois", "Health and Wellbeing Board", "N", "", "Anytown Borough Council", "", ""],
        ["Dr Neil Shah", "LMC", "N", "", "Anytown & District LMC", "", ""],
    ],
    outputs=[
        ("windows-1252", "comma", "crlf", "valid"),
        ("utf-8-bom", "comma", "crlf", "valid"),
        ("utf-16le", "tab", "crlf", "valid"),
        ("utf-16be", "tab", "crlf", "valid"),
        ("utf-8", "comma", "lf", "valid"),
    ],
)

LISTS["northshire-joint"] = dict(
    title="NHS England and Northshire CCG joint committee",
    headers=["Member name", "Category", "Vote", "Position", "Organization", "Term ends"],
    rows=[
        ["Ingrid Sørensen", "Lay member", "Yes", "Chair", "Northshire CCG", "31/03/2017"],
        ["Patrick Nwosu", "Lay member", "Yes", "Vice-Chair", "Northshire CCG", "31/03/2016"],
        ["Eleanor Whitby", "Lay member", "Yes", "", "Northshire CCG", "31/03/2016"],
        ["Jonathan Reeve", "Executive", "Yes", "", "Northshire CCG", ""],
        ["Dr Catrin Hughes", "GP", "Yes", "", "Northshire CCG", "30/09/2016"],
        ["Andrew Coates", "NHS England", "Yes", "", "NHS England", ""],
        ["Sarah Linley", "NHS England", "Yes", "", "NHS England", ""],
        ["Beatriz Gómez", "Healthwatch", "No", "", "Healthwatch Northshire", ""],
        ["Cllr Peter Haigh", "Health and Wellbeing Board", "No", "", "Northshire County Council", ""],
        ["Dr Omar Farouk", "LMC", "No", "", "Northshire LMC", ""],
    ],
    outputs=[
        ("utf-8", "semicolon", "lf", "valid"),
        ("windows-1252", "semicolon", "crlf", "valid"),
        ("utf-8", "tab", "lf", "valid"),
    ],
)

LISTS["westbury-quoting"] = dict(
    title="Westbury CCG primary care commissioning committee (delegated): quoting, blank rows, trailing columns",
    headers=["Full name", "Type", "Voting member", "Office", "Body", "Notes"],
    rows=[
        ["Hughes, David", "Lay", "TRUE", "Chair", "Westbury CCG", "Lay member for governance; audit chair"],
        ["Aoife Ní Bhriain", "Lay", "TRUE", "Vice chair", "Westbury CCG", ""],
        ["Claire Dunn", "Executive", "TRUE", "", "Westbury CCG", "Chief Officer\n(interim from 1 April)"],
        ["Martin Lowe", "Executive", "TRUE", "", "Westbury CCG", "Chief Finance Officer"],
        BLANK,
        ["Julie Ward", "Executive", "TRUE", "", "Westbury CCG", "Director of Nursing"],
        ['Dr Robert "Bob" Smith', "GP", "FALSE", "", "Westbury Health Centre, High St", ""],
        ["Dr Kwame Mensah", "GP", "FALSE", "", "Westbury CCG", 'Partner, "Market Street Surgery"\nLMC secretary until 2015'],
        BLANK,
        ["Lorraine Platt", "Healthwatch", "FALSE", "", "Healthwatch Westbury", ""],
        ["Cllr Derek Young", "Health and Wellbeing Board", "FALSE", "", "Westbury Council", ""],
    ],
    pad=3,
    tail=2,
    outputs=[
        ("utf-8-bom", "comma", "crlf", "valid"),
        ("utf-8", "semicolon", "lf", "valid"),
        ("utf-16le", "tab", "crlf", "valid"),
    ],
)

LISTS["eastvale-offices"] = dict(
    title="Eastvale CCG primary care commissioning committee (delegated): offices written in the category column",
    headers=["Name", "Category", "Voting", "Position", "Representing"],
    rows=[
        ["Margaret Okafor", "Lay member", "Y", "Chair", "Eastvale CCG"],
        ["Priya Raman", "Lay member", "Y", "Deputy chair", "Eastvale CCG"],
        ["Stephen Walsh", "Accountable Officer", "Y", "", "Eastvale CCG"],
        ["Joanne Fell", "Chief Finance Officer", "Y", "", "Eastvale CCG"],
        ["Gareth Price", "Director of Commissioning", "Y", "", "Eastvale CCG"],
        ["Ruth Ellison", "Director of Nursing", "Y", "", "Eastvale CCG"],
        ["Chloë Bowker", "Registered nurse", "Y", "", "Eastvale CCG"],
        ["Dr Michael Osei", "Secondary care doctor", "Y", "", "Eastvale Hospitals NHS Trust"],
        ["Dr Sunita Rao", "GP", "N", "", "Eastvale CCG"],
        ["Karen Doyle", "Area team", "N", "", "NHS England (Lancashire area team)"],
        ["Tom Briggs", "Healthwatch", "N", "", "Healthwatch Eastvale"],
        ["Cllr Janet Moss", "Health and Wellbeing Board", "N", "", "Eastvale Borough Council"],
        ["Dr Neil Shah", "LMC", "N", "", "Eastvale LMC"],
    ],
    outputs=[
        ("utf-8", "comma", "lf", "valid"),
        ("windows-1252", "comma", "crlf", "valid"),
        ("utf-8-bom", "semicolon", "crlf", "valid"),
    ],
)

LISTS["ridgeway-small"] = dict(
    title="Ridgeway CCG primary care commissioning committee (delegated): 1/0 votes, a column headed Chair",
    headers=["Name", "Type", "Vote", "Chair", "Body", "Email"],
    rows=[
        ["Owen Pritchard", "Lay", "1", "Chair", "Ridgeway CCG", "owen.pritchard@nhs.net"],
        ["Bethan Lloyd", "Lay", "1", "Vice-Chair", "Ridgeway CCG", ""],
        ["Dafydd Evans", "Chief Officer", "1", "", "Ridgeway CCG", "dafydd.evans@nhs.net"],
        ["Siôn Roberts", "Executive", "1", "", "Ridgeway CCG", ""],
        ["Dr Rhys Morgan", "Consultant", "1", "", "Ridgeway General Hospital", ""],
        ["Dr Eira Jenkins", "GP", "0", "", "Ridgeway CCG", ""],
        ["Huw Thomas", "NHS England", "0", "", "NHS England", ""],
        ["Carys Owen", "Healthwatch", "0", "", "Healthwatch Ridgeway", ""],
    ],
    outputs=[
        ("utf-8", "tab", "lf", "valid"),
        ("utf-8", "comma", "cr", "valid"),
        ("windows-1252", "comma", "cr", "valid"),
    ],
)

LISTS["lowfield-joint"] = dict(
    title="NHS England and Lowfield CCG joint committee: Voting/Non-voting, a name outside Windows-1252",
    headers=["Name", "Member type", "Voting", "Office", "Organisation", "Notes"],
    rows=[
        ["Deborah Ainsworth", "Lay member", "Voting", "Chair", "Lowfield CCG", ""],
        ["Łukasz Nowak", "Lay member", "Voting", "Vice chair", "Lowfield CCG", "Lay member for PPI"],
        ["Fiona Grant", "Executive", "Voting", "", "Lowfield CCG", "Chief Officer"],
        ["Dr Paul Kerr", "GP member", "Voting", "", "Lowfield CCG", "Clinical chair of the CCG"],
        ["Dr Amina Yusuf", "GP member", "Non-voting", "", "Lowfield CCG", ""],
        ["Richard Holt", "NHS England", "Voting", "", "NHS England", "Director of Commissioning Operations"],
        ["Alison Marsden", "Area team", "Non-voting", "", "NHS England (Lancashire area team)", ""],
        ["Gwen Tate", "Healthwatch", "Non-voting", "", "Healthwatch Lowfield", ""],
        ["Cllr Sam Ibbotson", "Health and Wellbeing Board", "Non-voting", "", "Lowfield Council", "Deputy: Cllr Zoë Hart"],
    ],
    outputs=[
        ("windows-1252", "comma", "crlf", "valid; LibreOffice wrote Łukasz Nowak as ?ukasz Nowak (Ł is not in Windows-1252)"),
        ("utf-8", "semicolon", "crlf", "valid"),
    ],
)

# --- one fault each --------------------------------------------------------

LISTS["fault-role-header"] = dict(
    title="A delegated committee whose position column is headed Role",
    headers=["Name", "Category", "Role", "Voting", "Organisation"],
    rows=[
        ["Helen Carter", "Lay member", "Chair", "Y", "Anytown CCG"],
        ["Rosemary D’Arcy", "Lay member", "Vice-chair", "Y", "Anytown CCG"],
        ["Peter Quinn", "Executive", "", "Y", "Anytown CCG"],
        ["Dr Joy Adebayo", "GP", "", "N", "Anytown CCG"],
        ["Lisa Marsh", "Healthwatch", "", "N", "Healthwatch Anytown"],
        ["Cllr Ian Booth", "Health and Wellbeing Board", "", "N", "Anytown Borough Council"],
    ],
    outputs=[
        ("utf-8-bom", "comma", "crlf", "refused: ambiguous header Role at column 3"),
        ("windows-1252", "semicolon", "crlf", "refused: ambiguous header Role at column 3"),
    ],
)

LISTS["fault-trustee"] = dict(
    title="A delegated committee with a member of an unknown category",
    headers=["Name", "Member type", "Voting (Y/N)", "Chair / Vice-chair", "Organisation", "Email"],
    rows=[
        ["Siân O’Brien", "Lay member", "Y", "Chair", "Anytown CCG", ""],
        ["Zoë Fairclough", "Lay member", "Y", "Vice-chair", "Anytown CCG", ""],
        ["Mark Dunmore", "Executive", "Y", "", "Anytown CCG", ""],
        ["Dr Amir Haddad", "GP member", "N", "", "Anytown CCG", ""],
        ["Brian Etherington", "Trustee", "N", "", "Anytown Community Trust", "b.etherington@example.org"],
        ["Tom Ashworth", "Healthwatch", "N", "", "Healthwatch Anytown", ""],
        ["Karen Doyle", "NHS England", "N", "", "NHS England", ""],
    ],
    outputs=[
        ("windows-1252", "comma", "crlf", "refused: unknown category Trustee (member 5, line 6, column 2)"),
    ],
)

LISTS["fault-maybe"] = dict(
    title="A delegated committee with a voting cell that is neither yes nor no",
    headers=["Full name", "Type", "Vote", "Position", "Body", "Notes"],
    rows=[
        ["Owen Pritchard", "Lay", "Yes", "Chair", "Ridgeway CCG", ""],
        ["Bethan Lloyd", "Lay", "Yes", "Vice chair", "Ridgeway CCG", ""],
        ["Dafydd Evans", "Executive", "Yes", "", "Ridgeway CCG", ""],
        ["Dr Eira Jenkins", "GP", "Maybe", "", "Ridgeway CCG", "To be confirmed at the next meeting"],
        ["Nia Roberts", "Executive", "Yes", "", "Ridgeway CCG", ""],
        ["Carys Owen", "Healthwatch", "No", "", "Healthwatch Ridgeway", ""],
    ],
    outputs=[
        ("utf-16le", "tab", "crlf", "refused: bad voting value Maybe (member 4, line 5, column 3)"),
    ],
)

LISTS["fault-no-name"] = dict(
    title="A committee list with no name column (names only inside email addresses)",
    headers=["Member type", "Vote", "Position", "Organisation", "Email"],
    rows=[
        ["Lay member", "Y", "Chair", "Northshire CCG", "ingrid.sorensen@nhs.net"],
        ["Lay member", "Y", "Vice-chair", "Northshire CCG", "patrick.nwosu@nhs.net"],
        ["Executive", "Y", "", "Northshire CCG", "jonathan.reeve@nhs.net"],
        ["GP", "Y", "", "Northshire CCG", "catrin.hughes@nhs.net"],
        ["NHS England", "Y", "", "NHS England", "andrew.coates@nhs.net"],
        ["Healthwatch", "N", "", "Healthwatch Northshire – observer", "info@healthwatchnorthshire.example"],
    ],
    outputs=[
        ("windows-1252", "semicolon", "crlf", "refused: no name column"),
    ],
)

LISTS["fault-gps-n"] = dict(
    title="A joint committee whose only clinical members, two GPs, are marked N",
    headers=["Name", "Category", "Voting (Y/N)", "Chair / Vice-chair", "Organisation", "Term ends"],
    rows=[
        ["Deborah O’Neill", "Lay member", "Y", "Chair", "Anytown CCG", "31/03/2017"],
        ["Graham Pollard", "Lay member", "Y", "Vice-chair", "Anytown CCG", "31/03/2017"],
        ["Mark Dunmore", "Executive", "Y", "", "Anytown CCG", ""],
        ["Rachel Kenyon", "Executive", "Y", "", "Anytown CCG", ""],
        ["Dr Amir Haddad", "GP", "N", "", "Anytown CCG", "30/09/2016"],
        ["Dr Fiona Lister", "GP", "N", "", "Anytown CCG", "30/09/2016"],
        ["Andrew Coates", "NHS England", "Y", "", "NHS England", ""],
        ["Tom Ashworth", "Healthwatch", "N", "", "Healthwatch Anytown", ""],
    ],
    outputs=[
        ("windows-1252", "comma", "crlf", "joint committee: warning C-5, no voting clinical member (both GPs N); no error"),
        ("utf-8", "comma", "lf", "joint committee: warning C-5, no voting clinical member (both GPs N); no error"),
    ],
)

# ---------------------------------------------------------------------------

SEP = {"comma": "44", "semicolon": "59", "tab": "9"}
CHARSET = {"utf-8": "76", "utf-8-bom": "76", "windows-1252": "1", "utf-16le": "65535", "utf-16be": "65535"}
SHORT = {"utf-8": "utf8", "utf-8-bom": "utf8bom", "windows-1252": "cp1252", "utf-16le": "utf16le", "utf-16be": "utf16be"}


def how_made(encoding, delimiter, line_end):
    """The recipe make-corpus.sh follows (it checks it says the same)."""
    steps = ["soffice --convert-to 'csv:Text - txt - csv (StarCalc):%s,34,%s,1,,0,false'" % (SEP[delimiter], CHARSET[encoding])]
    if line_end != "lf":
        steps.append("eol.py %s%s" % (line_end, " --utf16" if encoding.startswith("utf-16") else ""))
    if encoding == "utf-8-bom":
        steps.append("printf EF BB BF before")
    if encoding == "utf-16be":
        steps.append("iconv -f UTF-16 -t UTF-16BE, printf FE FF before")
    return "; ".join(steps)


def file_name(name, encoding, delimiter, line_end):
    ext = "txt" if encoding.startswith("utf-16") else "csv"
    return "%s.%s-%s-%s.%s" % (name, SHORT[encoding], delimiter, line_end, ext)


def cell(text):
    if text == "":
        return "<table:table-cell/>"
    paras = "".join("<text:p>%s</text:p>" % escape(p) for p in text.split("\n"))
    return '<table:table-cell office:value-type="string" calcext:value-type="string">%s</table:table-cell>' % paras


def fods(name, lst):
    width = len(lst["headers"])
    pad = lst.get("pad", 0)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
        ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
        "<!-- %s -->" % escape(lst["title"]),
        "<!-- Written by tests/excel/sources.py; edit that, not this. -->",
        "<office:body><office:spreadsheet>",
        '<table:table table:name="Members">',
    ]
    rows = [lst["headers"]] + lst["rows"]
    for i, row in enumerate(rows):
        if row is BLANK:
            out.append("<table:table-row><table:table-cell/></table:table-row>")
            continue
        assert len(row) == width, (name, row)
        cells = [cell(c) for c in row]
        if pad and i == 1:
            # An empty-string cell out past the last heading: the used area
            # grows by `pad` columns, so every row ends in pad separators.
            if pad > 1:
                cells.append('<table:table-cell table:number-columns-repeated="%d"/>' % (pad - 1))
            cells.append('<table:table-cell office:value-type="string" calcext:value-type="string"><text:p></text:p></table:table-cell>')
        out.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    tail = lst.get("tail", 0)
    if tail:
        if tail > 1:
            out.append('<table:table-row table:number-rows-repeated="%d"><table:table-cell/></table:table-row>' % (tail - 1))
        # the last trailing row holds an empty string so it is in the used area
        out.append('<table:table-row><table:table-cell office:value-type="string" calcext:value-type="string"><text:p></text:p></table:table-cell></table:table-row>')
    out += ["</table:table>", "</office:spreadsheet></office:body>", "</office:document>", ""]
    return "\n".join(out)


def main():
    os.makedirs(os.path.join(HERE, "src"), exist_ok=True)
    manifest = ["\t".join(["file", "source", "encoding", "delimiter", "line_end", "how_made", "members", "expect"])]
    for name, lst in LISTS.items():
        members = sum(1 for r in lst["rows"] if r is not BLANK)
        with open(os.path.join(HERE, "src", name + ".fods"), "w", encoding="utf-8", newline="\n") as f:
            f.write(fods(name, lst))
        for encoding, delimiter, line_end, expect in lst["outputs"]:
            manifest.append("\t".join([file_name(name, encoding, delimiter, line_end), "src/%s.fods" % name,
                                       encoding, delimiter, line_end, how_made(encoding, delimiter, line_end),
                                       str(members), expect]))
    with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")


if __name__ == "__main__":
    main()
