#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace juesuan::text {

struct DecodedText {
    QString text;
    QString encoding; // canonical ICU name of the charset used: "UTF-8", "UTF-16LE", "GB18030" …
};

// Decodes the bytes of a text report. A BOM decides first; then valid UTF-8 is
// taken as UTF-8 (fast path: most reports are); otherwise ICU's charset
// detector picks among UTF-16 and the Chinese charsets (GB18030 covers GBK and
// GB2312). `forcedEncoding` (any ICU converter name) overrides detection.
// Returns nullopt with `error` set for data that is not text (NUL-heavy binary,
// undecodable bytes) or for an unknown forced encoding.
std::optional<DecodedText> decodeText(const QByteArray &bytes, const QString &forcedEncoding,
                                      QString *error);

} // namespace juesuan::text
