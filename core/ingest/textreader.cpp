#include "core/ingest/textreader.h"

#include "core/text/textdecoder.h"

namespace juesuan::ingest {

ReadResult readTextSource(const QString &path, const QByteArray &bytes,
                          const ReadOptions &options) {
    QString error;
    auto decoded = text::decodeText(bytes, options.encoding, &error);
    if (!decoded)
        return ReadResult::failure(error);
    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("text");
    document.encoding = decoded->encoding;
    if (const QString damage = text::damageWarning(*decoded); !damage.isEmpty())
        document.warnings.append(damage);
    document.text = std::move(decoded->text);
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
