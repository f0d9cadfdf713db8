#include "core/ingest/htmlreader.h"

#include "core/i18n/tr.h"
#include "core/ingest/flowwriter.h"
#include "core/ingest/htmlbody.h"
#include "core/ingest/htmlshape.h"
#include "core/ingest/htmltree.h"
#include "core/text/textdecoder.h"

namespace juesuan::ingest {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::ingest"};

// A page declares its charset in its head, near the top (HTML requires it in
// the first 1024 bytes; pages are not always so tidy).
constexpr qsizetype charsetWindow = 64 * 1024;

// The charset the page's markup declares, read by the same parser from the
// start of the raw bytes (whatever their charset, the markup is ASCII).
QString declaredCharset(const QByteArray &bytes) {
    const QByteArray head = bytes.left(charsetWindow);
    if (measureHtml(head, maxHtmlDepth).depth > maxHtmlDepth)
        return {};
    return HtmlTree(head).declaredCharset();
}

std::optional<QString> refusal(const HtmlShape &shape) {
    if (shape.depth > maxHtmlDepth)
        return tr("the web page nests its elements more than %1 deep").arg(maxHtmlDepth);
    if (shape.tags > maxHtmlTags)
        return tr("the web page has more than %1 tags, more than a report has").arg(maxHtmlTags);
    return std::nullopt;
}

} // namespace

ReadResult readHtmlSource(const QString &path, const QByteArray &bytes,
                          const ReadOptions &options) {
    QString error;
    const auto decoded = options.encoding.isEmpty()
                             ? text::decodeDeclaredText(bytes, declaredCharset(bytes), &error)
                             : text::decodeText(bytes, options.encoding, &error);
    if (!decoded)
        return ReadResult::failure(error);
    QByteArray utf8 = decoded->text.toUtf8();
    if (const auto reason = refusal(measureHtml(utf8, maxHtmlDepth)))
        return ReadResult::failure(*reason);

    QList<HtmlBlock> blocks;
    {
        const HtmlTree tree(std::move(utf8));
        if (!collectHtmlBlocks(tree, &blocks, &error))
            return ReadResult::failure(error);
    }

    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("html");
    document.encoding = decoded->encoding;
    // The lines it names are the page source's: the page's text has none.
    if (const QString damage = text::damageWarning(*decoded); !damage.isEmpty())
        document.warnings.append(damage);
    FlowWriter writer(document);
    for (const HtmlBlock &block : blocks) {
        if (const auto *paragraph = std::get_if<HtmlParagraph>(&block)) {
            writer.paragraph(paragraph->text, !paragraph->pageTitle);
        } else {
            const auto &table = std::get<HtmlTable>(block);
            writer.table(table.table, table.caption);
        }
    }
    writer.writer().endLine();
    if (document.text.trimmed().isEmpty())
        return ReadResult::failure(tr("the web page contains no text"));
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
