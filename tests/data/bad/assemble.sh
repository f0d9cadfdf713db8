#!/usr/bin/env bash
# Assembles the malformed-file suite in OUTPUT_DIR: the small hand-made files
# beside this script (make-files.py wrote them), and the ones that are too
# large to keep in the repository or are cut from the test data, made here
# with coreutils alone so that a bare Debian runs it. EXPECTED.tsv says what
# reading each must give.
#
# Usage: tests/data/bad/assemble.sh OUTPUT_DIR
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$(dirname "$here")"
out="${1:?usage: assemble.sh OUTPUT_DIR}"
mkdir -p "$out"

cp "$here"/*.pdf "$here"/*.docx "$here"/*.xlsx "$here"/*.txt "$out"/
cp "$data/formats/encrypted.pdf" "$out/encrypted.pdf"
cp "$data/fuzz-regressions/docx/nested-tables.docx" "$out/deeply-nested.docx"

pdf="$data/samples/shanghai-putuo-caizhengju-2024-final.pdf"
text="$data/samples/wuhai-zonggonghui-2024-final.txt"
docx="$data/formats/report-lo.docx"
xlsx="$data/formats/summary-lo.xlsx"
size() { stat -c %s "$1"; }
# `yes` is stopped by the pipe closing (SIGPIPE), which is how it ends here.
lines() { yes "$1" || true; }

# Cut short at several points: in the header, halfway, just before the end.
head -c 16 "$pdf" >"$out/truncated-header.pdf"
head -c $(($(size "$pdf") / 2)) "$pdf" >"$out/truncated-half.pdf"
head -c $(($(size "$pdf") - 100)) "$pdf" >"$out/truncated-end.pdf"
head -c $(($(size "$docx") / 2)) "$docx" >"$out/truncated-half.docx"
head -c $(($(size "$xlsx") - 22)) "$xlsx" >"$out/truncated-directory.xlsx"
# The text cut in the middle of a three-byte character.
head -c 1001 "$text" >"$out/truncated-character.txt"
: >"$out/empty.txt"

# Named for another format, both ways.
cp "$pdf" "$out/pdf-named.txt"
cp "$pdf" "$out/pdf-named.docx"
cp "$text" "$out/text-named.pdf"
cp "$docx" "$out/docx-named.xlsx"
cp "$xlsx" "$out/xlsx-named.pdf"
# Compressed bytes of the PDF: binary data that calls itself text.
tail -c 300000 "$pdf" >"$out/binary-named.txt"

# 200 MB of a report's lines: past the size limit, refused before reading.
lines '本年收入合计 100.00 万元，本年支出合计 90.00 万元。' | head -c 200M >"$out/huge-200mb.txt"
# A 50 MB web page: one table of 700 000 rows, under the size limit.
{
    printf '<html><head><meta charset="utf-8"></head><body><table>\n'
    lines '<tr><td>一般公共预算财政拨款收入</td><td>1,234.56</td></tr>' | head -c 50M
    printf '</table></body></html>\n'
} >"$out/huge-50mb.html"

# A file name that is not UTF-8 (GBK bytes for 决算, as a Windows zip gives).
cp "$text" "$out/$(printf 'name-\xbe\xf6\xcb\xe3.txt')"
