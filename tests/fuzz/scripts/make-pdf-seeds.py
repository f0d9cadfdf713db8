#!/usr/bin/env python3
"""Writes the PDF seeds of the fuzz target fuzz_pdf (tests/fuzz/seeds/pdf/).

Real reports embed CJK fonts of 100 KB and more, which a fuzzer would spend
its mutations on. These seeds are a few kilobytes, uncompressed, and still
take the paths a report takes: Chinese text (a simple font whose ToUnicode
map gives its upper codes CJK characters), a table drawn with ruling lines,
a table without them, and a narrative over two pages.

Usage: tests/fuzz/scripts/make-pdf-seeds.py [OUTPUT_DIR]
"""
import os
import sys

# The CJK characters met so far, in order: character i has the code 0x80 + i.
CJK = []


def encode(text):
    """The string operand of Tj: ASCII as itself, CJK as its code >= 0x80."""
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x7F:
            out += ch.encode("ascii")
        else:
            if ch not in CJK:
                CJK.append(ch)
            out.append(0x80 + CJK.index(ch))
    return b"(" + bytes(out).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def to_unicode():
    lines = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
             b"/CMapName /Seed def 1 begincodespacerange <00> <FF> endcodespacerange",
             b"1 beginbfrange <20> <7E> <0020> endbfrange",
             b"%d beginbfchar" % len(CJK)]
    for i, ch in enumerate(CJK):
        lines.append(b"<%02X> <%04X>" % (0x80 + i, ord(ch)))
    lines += [b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"]
    return b"\n".join(lines)


def text(x, y, s, size=10):
    return b"BT /F1 %d Tf %d %d Td %s Tj ET\n" % (size, x, y, encode(s))


def ruled_table(x, y, rows, widths, height=18):
    """Cells with their ruling lines, the first row a header."""
    out = b"0.5 w\n"
    total = sum(widths)
    for r in range(len(rows) + 1):
        out += b"%d %d m %d %d l S\n" % (x, y - r * height, x + total, y - r * height)
    cx = x
    for w in widths + [0]:
        out += b"%d %d m %d %d l S\n" % (cx, y, cx, y - len(rows) * height)
        cx += w
    for r, row in enumerate(rows):
        cx = x
        for w, cell in zip(widths, row):
            out += text(cx + 3, y - (r + 1) * height + 5, cell, 9)
            cx += w
    return out


def aligned_table(x, y, rows, widths, height=16):
    out = b""
    for r, row in enumerate(rows):
        cx = x
        for w, cell in zip(widths, row):
            out += text(cx, y - r * height, cell, 9)
            cx += w
    return out


def pdf(pages):
    """A PDF of the given page content streams, with a correct xref."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 255"
               b" /Widths [" + b" ".join(b"600" if c < 0x7F else b"1000" for c in range(32, 256)) +
               b"] /ToUnicode 4 0 R >>", None]
    cmap = to_unicode()
    objects[3] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    kids = []
    for content in pages:
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects)))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "seeds", "pdf")
    os.makedirs(target, exist_ok=True)
    rows = [["项目", "本年收入", "本年支出"],
            ["合计", "100.00", "90.00"],
            ["财政拨款", "60.00", "55.00"],
            ["其中基本", "40.00", "35.00"]]
    seeds = {
        "ruled-table.pdf": [text(200, 780, "收入支出决算表", 14) + text(60, 755, "单位:万元") +
                            ruled_table(60, 740, rows, [150, 120, 120])],
        "aligned-table.pdf": [text(200, 780, "收入决算表", 14) + text(60, 755, "单位:万元") +
                              aligned_table(60, 730, rows, [150, 120, 120])],
        "narrative.pdf": [
            text(60, 780, "一、收入支出决算总体情况说明", 12) +
            text(60, 755, "本年收入合计100.00万元,与上年相比增加10.00万元,") +
            text(60, 740, "主要原因是人员经费增加。其中:财政拨款60.00万元,占60.00%。"),
            text(60, 780, "二、支出决算情况说明", 12) +
            text(60, 755, "本年支出合计90.00万元,其中:基本支出35.00万元,占38.89%;") +
            ruled_table(60, 720, rows[:2], [150, 120, 120])],
    }
    for name, pages in seeds.items():
        with open(os.path.join(target, name), "wb") as f:
            f.write(pdf(pages))


if __name__ == "__main__":
    main()
