#include "ui/report/findingsreportfile.h"

#include "core/about/versions.h"
#include "core/export/atomicfile.h"
#include "core/export/findingsreport.h"
#include "ui/charts/chartfont.h"
#include "ui/exportfolder.h"
#include "ui/severitystyle.h"
#include "ui/views/pdfpages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace juesuan::ui {
namespace {

// Gives lupdate and the run time the same context for these free functions.
struct ReportFileText {
    Q_DECLARE_TR_FUNCTIONS(FindingsReportFile)
};

constexpr double pictureDpi = 144;
constexpr double marginPoints = 54; // words above and below the figures

// The band of a finding's page that holds its figures, as an image with the
// figures boxed in the finding's colour; null when the finding has no place
// on a page or the page cannot be drawn.
QImage findingPicture(const PdfPages &pdf, const ingest::SourceDocument &source,
                      const check::Finding &finding) {
    const int page = ingest::pageAt(source, finding.primarySpan());
    if (page < 0 || page >= pdf.count())
        return {};
    QList<QRectF> boxes;
    for (const check::FindingFigure &figure : finding.figures)
        if (figure.index >= 0)
            boxes += ingest::wordBoxes(source, figure.span, page);
    if (boxes.isEmpty())
        return {};
    QRectF around = boxes.first();
    for (const QRectF &box : std::as_const(boxes))
        around |= box;
    const QSizeF size = pdf.pageSize(page);
    const double top = std::max(0.0, around.top() - marginPoints);
    const double bottom = std::min(size.height(), around.bottom() + marginPoints);
    const QImage rendered = pdf.render(page, pictureDpi);
    if (rendered.isNull())
        return {};
    const double scale = pictureDpi / 72.0;
    QImage band =
        rendered.copy(QRect(0, int(top * scale), rendered.width(), int((bottom - top) * scale)))
            .convertToFormat(QImage::Format_RGB32);
    QPainter painter(&band);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = severityColor(finding.severity);
    QColor fill = colour;
    fill.setAlpha(50);
    for (const QRectF &box : std::as_const(boxes)) {
        const QRectF area((box.x() - 1) * scale, (box.y() - top - 1) * scale,
                          (box.width() + 2) * scale, (box.height() + 2) * scale);
        painter.fillRect(area, fill);
        painter.setPen(QPen(colour, 2));
        painter.drawRect(area);
    }
    return band;
}

QByteArray pngBytes(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString writePdf(const QString &html, const QList<std::pair<QString, QImage>> &pictures,
                 const QString &path) {
    QTextDocument document;
    QFont font(cjkFontFamily());
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    for (const auto &[name, image] : pictures)
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    document.setHtml(html);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportErrorText(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Juesuan"));
        document.print(&writer);
    }
    if (!file.commit())
        return exportErrorText(path, file.errorString());
    return {};
}

} // namespace

bool isPdfReportPath(const QString &path) {
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

QString writeFindingsReport(const analysis::AnalysedReport &analysed, const QString &path,
                            check::Severity listed, const QDateTime &checkedAt) {
    if (!analysed.ok())
        return exportErrorText(path, analysed.error);
    const bool pdfOutput = isPdfReportPath(path);
    std::unique_ptr<PdfPages> pdf;
    if (analysed.source && !analysed.source->bytes.isEmpty()) {
        QString ignored; // without pictures the report is still whole
        pdf = PdfPages::open(analysed.source->bytes, &ignored);
    }
    QList<std::pair<QString, QImage>> pictures;
    exporting::FindingsReportOptions options;
    options.checkedAt = checkedAt;
    options.checkedWith = ReportFileText::tr("Juesuan %1").arg(about::applicationVersion());
    options.listed = listed;
    if (analysed.source)
        options.pageOf = [&analysed](const model::Span &span) {
            return ingest::pageAt(*analysed.source, span);
        };
    if (pdf)
        options.picture = [&](int index) -> QString {
            const QImage image =
                findingPicture(*pdf, *analysed.source, analysed.findings.at(index));
            if (image.isNull())
                return {};
            if (pdfOutput) {
                const QString name = QStringLiteral("finding-%1.png").arg(index);
                pictures.append({name, image});
                return name;
            }
            return QStringLiteral("data:image/png;base64,") +
                   QString::fromLatin1(pngBytes(image).toBase64());
        };
    const QString html = exporting::findingsReportHtml(analysed.report, analysed.findings, options);
    if (pdfOutput)
        return writePdf(html, pictures, path);
    QString error;
    if (!exporting::writeFileAtomically(path, html.toUtf8(), &error))
        return exportErrorText(path, error);
    return {};
}

} // namespace juesuan::ui
