#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace juesuan::text {

struct DecodedText {
    QString text;
    // The charset's standard (MIME, else IANA) name: "UTF-8", "UTF-16LE",
    // "GB18030", "Big5", "GBK" when forced …
    QString encoding;
    // Byte sequences that the charset could not decode, and NUL characters:
    // each is U+FFFD in `text`. A damaged report is still read; the reader
    // says how much was lost and where (damageWarning).
    qsizetype replaced = 0;
};

// One line for the user when `decoded` holds replaced sequences: how many, in
// which charset, and the lines of the first few; empty when it holds none.
QString damageWarning(const DecodedText &decoded);

// Decodes the bytes of a text report. A BOM decides first (UTF-8, UTF-16LE/BE,
// GB18030) and is not part of the text; then valid UTF-8 is taken as UTF-8
// (fast path: most reports are, and ICU's detector never runs on them); then
// BOM-less UTF-16 is recognised by its byte pattern; otherwise ICU's charset
// detector picks between GB18030 (which covers GBK and GB2312) and Big5.
// `forcedEncoding` (any ICU converter name or alias) overrides detection.
// Bytes that are overwhelmingly valid UTF-8 (many more correct multi-byte
// characters than invalid sequences) are UTF-8 with a few damaged bytes, not
// another charset: a byte flipped or cut in a copy must not lose the report.
// Returns nullopt with `error` set for data that is not text (more than one
// control character or undecodable byte in 50 characters) or for an unknown
// forced encoding.
std::optional<DecodedText> decodeText(const QByteArray &bytes, const QString &forcedEncoding,
                                      QString *error);

// Like decodeText without a forced charset, for a document that names its own
// (an HTML page's <meta charset>): a BOM and valid UTF-8 still come first,
// because a page saved from a browser keeps the declaration it was served
// with, which the server's HTTP header may have overridden; then the declared
// charset, when it is one a Chinese report comes in (GB2312 and GBK labels
// read as GB18030, as browsers do; Big5; UTF-8) and the bytes decode as text
// with it; then detection.
std::optional<DecodedText> decodeDeclaredText(const QByteArray &bytes,
                                              const QString &declaredEncoding, QString *error);

} // namespace juesuan::text
