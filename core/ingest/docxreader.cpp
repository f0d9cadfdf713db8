#include "core/ingest/docxbody.h"
#include "core/ingest/docxcharts.h"
#include "core/ingest/docxnumbering.h"
#include "core/ingest/flowwriter.h"
#include "core/ingest/officereader.h"

#include <QCoreApplication>

namespace juesuan::ingest {
namespace {

// One line per series: the categories, then the values, tab-separated, the
// way a DOCX-to-text conversion lists a chart's data, so that the chart's
// numbers have a place in the text like every other figure.
void writeChart(const ChartCache &chart, SourceWriter &writer) {
    writer.endLine();
    if (!chart.title.isEmpty()) {
        writer.append(chart.title);
        writer.endLine();
    }
    for (const ChartCache::Series &series : chart.series) {
        QStringList cells = chart.categories;
        cells.append(series.values);
        writer.append(cells.join(u'\t'));
        writer.endLine();
    }
}

class DocxWriter {
public:
    DocxWriter(SourceDocument &document, ZipArchive &archive,
               const QHash<QString, QString> &relationships)
        : m_document(document)
        , m_flow(document)
        , m_archive(archive)
        , m_relationships(relationships) {}

    void write(const QList<DocxBlock> &blocks) {
        for (const DocxBlock &block : blocks) {
            if (const auto *paragraph = std::get_if<DocxParagraph>(&block)) {
                m_flow.paragraph(paragraph->label + paragraph->text);
                for (const QString &id : paragraph->chartIds)
                    writeChartPart(m_relationships.value(id));
            } else {
                m_flow.table(std::get<OfficeTable>(block));
            }
        }
        m_flow.writer().endLine();
    }

private:
    // A chart's data repeats what the text and the tables say; one that cannot
    // be read (damaged, or past a bound) is left out with a warning.
    void writeChartPart(const QString &part) {
        if (part.isEmpty() || !m_archive.contains(part))
            return; // a broken link: the picture is missing, not the report
        QString error;
        const auto bytes = m_archive.read(part, &error);
        const auto chart = bytes ? parseChartXml(*bytes, part, &error) : std::nullopt;
        if (!chart) {
            m_document.warnings.append(
                QCoreApplication::translate("Reader", "a chart was not read: %1").arg(error));
            return;
        }
        writeChart(*chart, m_flow.writer());
        m_document.charts.append(*chart);
    }

    SourceDocument &m_document;
    FlowWriter m_flow;
    ZipArchive &m_archive;
    const QHash<QString, QString> &m_relationships;
};

} // namespace

ReadResult readDocxSource(const QString &path, ZipArchive &archive, const ReadOptions &) {
    QString error;
    const auto body = archive.read(QStringLiteral("word/document.xml"), &error);
    const auto numberingXml = archive.readIfPresent(QStringLiteral("word/numbering.xml"), &error);
    const auto stylesXml = archive.readIfPresent(QStringLiteral("word/styles.xml"), &error);
    const auto relsXml =
        archive.readIfPresent(QStringLiteral("word/_rels/document.xml.rels"), &error);
    if (!body || !numberingXml || !stylesXml || !relsXml)
        return ReadResult::failure(error);

    DocxNumbering numbering;
    if (!numbering.load(*numberingXml, *stylesXml, &error))
        return ReadResult::failure(error);
    QList<DocxBlock> blocks;
    if (!parseDocxBody(*body, numbering, &blocks, &error))
        return ReadResult::failure(error);
    QHash<QString, QString> relationships;
    if (!relsXml->isEmpty()) {
        relationships = parseRelationships(*relsXml, QStringLiteral("word/"), &error);
        if (!error.isEmpty())
            return ReadResult::failure(error);
    }

    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("docx");
    DocxWriter(document, archive, relationships).write(blocks);
    if (document.text.trimmed().isEmpty())
        return ReadResult::failure(
            QCoreApplication::translate("Reader", "the DOCX document contains no text"));
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
