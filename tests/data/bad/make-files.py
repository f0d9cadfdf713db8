#!/usr/bin/env python3
"""Writes the small hand-made files of the malformed-file suite into
tests/data/bad/ (the large ones and those derived from the samples are made
when the suite is assembled: assemble.sh). Each file is one way a report
arrives broken; EXPECTED.tsv says, by hand, what reading it must give.

- broken-xref.pdf: every offset in the cross-reference table is wrong (a PDF
  edited by a tool that did not rewrite it);
- no-xref.pdf: the table and the trailer are gone (a PDF cut by a download
  and "repaired" by appending %%EOF);
- broken-page.pdf: three pages, the second one's compressed content stream
  damaged in its middle;
- scanned.pdf: one page holding only an image (a scanned report);
- bomb.docx / bomb.xlsx: a 100 MB part that deflates to 100 KB;
- laughs.docx: XML entities that expand exponentially (billion laughs);
- xxe.xlsx: shared strings naming an external entity (/etc/passwd);
- damaged-unused-part.docx: a part nobody reads (docProps/app.xml) whose
  compressed bytes are corrupt; the document itself is fine;
- damaged-sheet.xlsx: two sheets, the second one's compressed bytes corrupt;
- gb18030-invalid.txt: a GB18030 report excerpt with three invalid sequences;
- utf8-one-ff.txt / utf8-one-nul.txt: the Wuhai sample with one 0xFF byte
  (one NUL byte) in the middle of a line.

The archives' entries carry a fixed date, so that the files are the same on
every run.

Usage: tests/data/bad/make-files.py
"""
import importlib.util
import os
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
DATA = os.path.join(ROOT, "tests", "data")


def load_pdf_seeds():
    path = os.path.join(ROOT, "tests", "fuzz", "scripts", "make-pdf-seeds.py")
    spec = importlib.util.spec_from_file_location("seeds", path)
    seeds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(seeds)
    return seeds


SEEDS = load_pdf_seeds()


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(data)


def entry(name):
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def rezip(source, name, replace=None):
    """A copy of the archive `source` with some parts replaced."""
    replace = replace or {}
    with zipfile.ZipFile(os.path.join(DATA, source)) as original, \
            zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as out:
        for part in original.namelist():
            out.writestr(entry(part), replace.get(part, original.read(part)))


def corrupt_entry(name, part):
    """Overwrites the middle of one entry's compressed bytes in the archive."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    data = bytearray(open(path, "rb").read())
    # The local header: 30 bytes, the name and the extra field, then the data.
    start = info.header_offset
    name_length = int.from_bytes(data[start + 26:start + 28], "little")
    extra_length = int.from_bytes(data[start + 28:start + 30], "little")
    begin = start + 30 + name_length + extra_length
    middle = begin + info.compress_size // 2
    for i in range(min(16, info.compress_size // 2)):
        data[middle + i] ^= 0x5A
    write(name, bytes(data))


def with_xref(pdf):
    """The PDF with its cross-reference table made anew for its objects (or
    made for the first time, for a PDF of objects alone)."""
    end = pdf.rfind(b"\nxref\n")
    body = pdf[:end + 1] if end >= 0 else pdf
    offsets = {}
    position = 0
    while True:
        found = body.find(b" 0 obj\n", position)
        if found < 0:
            break
        start = body.rfind(b"\n", 0, found) + 1
        offsets[int(body[start:found])] = start
        position = found + 1
    out = bytearray(body)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(offsets))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1, len(body))
    return bytes(out)


def narrative_pages():
    text = SEEDS.text
    return [
        text(60, 780, "一、收入支出决算总体情况说明", 12) +
        text(60, 755, "本年收入合计100.00万元,本年支出合计90.00万元。"),
        text(60, 780, "二、收入决算情况说明", 12) +
        text(60, 755, "本年收入合计100.00万元,其中:财政拨款收入60.00万元,占60.00%。"),
        text(60, 780, "三、支出决算情况说明", 12) +
        text(60, 755, "本年支出合计90.00万元,其中:基本支出35.00万元,占38.89%。"),
    ]


def pdfs():
    good = SEEDS.pdf(narrative_pages())
    xref = good.rindex(b"\nxref\n") + 1
    entries = good[xref:].split(b"\n")
    wrong = [e if not e.endswith(b" n ") else b"%010d 00000 n " % (int(e[:10]) + 100)
             for e in entries]
    write("broken-xref.pdf", good[:xref] + b"\n".join(wrong))
    write("no-xref.pdf", good[:xref] + b"%%EOF\n")
    # The second page's content stream, compressed, with eight bytes in its
    # middle overwritten; the table of objects is right for the damaged file.
    pages = narrative_pages()
    plain = b"<< /Length %d >>\nstream\n" % len(pages[1]) + pages[1] + b"endstream"
    packed = bytearray(zlib.compress(pages[1]))
    for i in range(len(packed) // 2, len(packed) // 2 + 8):
        packed[i] ^= 0x5A
    damaged = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + bytes(packed) +
               b"\nendstream")
    write("broken-page.pdf", with_xref(SEEDS.pdf(pages).replace(plain, damaged)))
    pixels = bytes([0x80]) * (32 * 32)
    image = (b"<< /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray"
             b" /BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels +
             b"\nendstream")
    content = b"q 400 0 0 400 100 300 cm /Im1 Do Q"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
               b" /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
               image,
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    write("scanned.pdf", with_xref(bytes(out)))


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&xxe;</t></si></sst>"""


def archives():
    bomb = b" " * (100 * 1024 * 1024)
    rezip("formats/report-lo.docx", "bomb.docx", {"word/document.xml": bomb})
    rezip("formats/summary-lo.xlsx", "bomb.xlsx", {"xl/worksheets/sheet1.xml": bomb})
    rezip("formats/report-lo.docx", "laughs.docx", {"word/document.xml": LAUGHS})
    rezip("formats/summary-lo.xlsx", "xxe.xlsx", {"xl/sharedStrings.xml": XXE})
    rezip("formats/report-lo.docx", "damaged-unused-part.docx")
    corrupt_entry("damaged-unused-part.docx", "docProps/app.xml")


def damaged_sheet():
    """summary-lo.xlsx with a copy of its sheet as a second sheet, corrupt."""
    source = os.path.join(DATA, "formats", "summary-lo.xlsx")
    with zipfile.ZipFile(source) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet2.xml"] = sheet
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>", b'<sheet name="Damaged" sheetId="99" r:id="rIdDamaged"/></sheets>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdDamaged" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    with zipfile.ZipFile(os.path.join(HERE, "damaged-sheet.xlsx"), "w") as out:
        for name, data in parts.items():
            out.writestr(entry(name), data)
    corrupt_entry("damaged-sheet.xlsx", "xl/worksheets/sheet2.xml")


def texts():
    excerpt = open(os.path.join(DATA, "encoding", "wuhai-excerpt.gb18030.txt"), "rb").read()
    # 0x81 0x20 and 0xFF are invalid in GB18030; a lead byte at the end has no trail.
    third = len(excerpt) // 3
    cut1 = excerpt.index(b"\n", third) + 1
    cut2 = excerpt.index(b"\n", 2 * third) + 1
    write("gb18030-invalid.txt",
          excerpt[:cut1] + b"\x81\x20" + excerpt[cut1:cut2] + b"\xff" + excerpt[cut2:] + b"\xb9")
    sample = open(os.path.join(DATA, "samples", "wuhai-zonggonghui-2024-final.txt"), "rb").read()
    middle = sample.index("。".encode(), len(sample) // 2) + 3
    write("utf8-one-ff.txt", sample[:middle] + b"\xff" + sample[middle:])
    write("utf8-one-nul.txt", sample[:middle] + b"\x00" + sample[middle:])


def main():
    pdfs()
    archives()
    damaged_sheet()
    texts()


if __name__ == "__main__":
    main()
