#!/usr/bin/env python3
"""Writes the hand-made regression inputs of the readers' bounds into
tests/data/fuzz-regressions/<target>/ (each crashed or hung before its bound):

- docx/nested-tables.docx: tables nested 100 000 deep (the body's reader
  recursed once per level and overflowed the stack);
- docx/nested-textboxes.docx: text boxes nested as deep (the same);
- docx/huge-gridspan.docx: cells spanning two billion grid columns each (their
  sum overflowed an int, the grid would have been rows x 4e9 cells);
- docx/huge-list-start.docx: a lettered list starting at two billion (each
  label was 77 million letters long: 5 KB took more than 2 GB);
- pdf/grid-2000.pdf: a page ruled by 2000 x 2000 lines (finding its cells took
  minutes);
- xlsx/long-reference.xlsx, xlsx/long-row-number.xlsx, xlsx/huge-row-attribute.xlsx:
  a cell reference of 24 letters, one of 14 digits, rows counted on from
  r="2147483647" (each overflowed an int: undefined behaviour, reported by
  UBSan).

The archives' entries carry a fixed date, so that the files are the same on
every run.

Usage: tests/fuzz/scripts/make-bounds-inputs.py
"""
import importlib.util
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
OUT = os.path.join(ROOT, "tests", "data", "fuzz-regressions")


def entry(name):
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def docx(name, body, extra=None):
    source = zipfile.ZipFile(os.path.join(ROOT, "tests", "data", "formats", "report-lo.docx"))
    document = source.read("word/document.xml").decode()
    head = document[:document.index("<w:body>") + len("<w:body>")]
    tail = document[document.index("</w:body>"):]
    os.makedirs(os.path.join(OUT, "docx"), exist_ok=True)
    with zipfile.ZipFile(os.path.join(OUT, "docx", name), "w", zipfile.ZIP_DEFLATED) as out:
        for part in source.namelist():
            data = source.read(part)
            if part == "word/document.xml":
                data = (head + body + tail).encode()
            out.writestr(entry(part), data)
        for part, data in (extra or {}).items():
            out.writestr(entry(part), data.encode())


def grid_pdf(name, lines):
    spec = importlib.util.spec_from_file_location("seeds", os.path.join(HERE, "make-pdf-seeds.py"))
    seeds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(seeds)
    content = [b"0.1 w\n"]
    for i in range(lines):
        content.append(b"10 %.1f m %d %.1f l S\n" % (800 - 3.0 * i, 10 + 3 * lines, 800 - 3.0 * i))
        content.append(b"%.1f 800 m %.1f %d l S\n" % (10 + 3.0 * i, 10 + 3.0 * i, 800 - 3 * lines))
    page = b"".join(content) + seeds.text(60, 20, "合计 100.00")
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    with open(os.path.join(OUT, "pdf", name), "wb") as out:
        out.write(seeds.pdf([page]))


def xlsx(name, edit):
    source = zipfile.ZipFile(os.path.join(ROOT, "tests", "data", "formats", "summary-lo.xlsx"))
    sheet = "xl/worksheets/sheet1.xml"
    os.makedirs(os.path.join(OUT, "xlsx"), exist_ok=True)
    with zipfile.ZipFile(os.path.join(OUT, "xlsx", name), "w", zipfile.ZIP_DEFLATED) as out:
        for part in source.namelist():
            data = source.read(part)
            if part == sheet:
                data = edit(data.decode()).encode()
            out.writestr(entry(part), data)


def main():
    deep = 100000
    paragraph = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    docx("nested-tables.docx",
         "<w:tbl><w:tr><w:tc>" * deep + paragraph + "</w:tc></w:tr></w:tbl>" * deep)
    docx("nested-textboxes.docx",
         "<w:p><w:r><w:txbxContent>" * deep + paragraph + "</w:txbxContent></w:r></w:p>" * deep)
    wide = '<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr>%s</w:tc>'
    docx("huge-gridspan.docx", "<w:tbl><w:tr>" + wide % "<w:p><w:r><w:t>合计</w:t></w:r></w:p>" +
         wide % "<w:p/>" + "</w:tr><w:tr><w:tc><w:p><w:r><w:t>100.00</w:t></w:r></w:p></w:tc>"
         "</w:tr></w:tbl>")
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = ('<?xml version="1.0" encoding="UTF-8"?><w:numbering %s><w:abstractNum '
                 'w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/>'
                 '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % namespace)
    item = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            '<w:r><w:t>收入合计100.00万元</w:t></w:r></w:p>')
    docx("huge-list-start.docx", item * 20, {"word/numbering.xml": numbering})
    grid_pdf("grid-2000.pdf", 2000)
    xlsx("long-reference.xlsx", lambda x: x.replace('<c r="A1"', '<c r="%s1"' % ("A" * 24), 1))
    xlsx("long-row-number.xlsx", lambda x: x.replace('<c r="A1"', '<c r="A99999999999999"', 1))
    xlsx("huge-row-attribute.xlsx", lambda x: re.sub(
        r'<row r="\d+"', '<row r="2147483647"', x, count=1).replace(' r="A', ' x="A').replace(
        '<row r="2"', '<row').replace('<row r="3"', '<row'))


if __name__ == "__main__":
    main()
