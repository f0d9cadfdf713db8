#include "core/export/findingsreport.h"

#include "core/wording/findingtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <algorithm>

namespace juesuan::exporting {
namespace {

// Gives lupdate and the run time the same context for these free functions.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(FindingsReport)
};

// A severity's colour as CSS writes it ("#d62728").
QString severityColour(check::Severity severity) {
    return QStringLiteral("#%1").arg(check::severityRgb(severity), 6, 16, QLatin1Char('0'));
}

// How far the quoted words reach on each side of the figures.
constexpr qsizetype quoteRadius = 60;

// The words around a finding's figures on one line, every figure of the
// finding that stands in it highlighted; empty when it names no place.
QString excerptHtml(const QString &text, const check::Finding &finding) {
    const model::Span centre = finding.primarySpan();
    if (!centre.isValid() || centre.end > text.size())
        return {};
    const qsizetype begin = std::max<qsizetype>(0, centre.begin - quoteRadius);
    const qsizetype end = std::min<qsizetype>(text.size(), centre.end + quoteRadius);
    QList<model::Span> marks;
    for (const check::FindingFigure &figure : finding.figures)
        if (figure.index >= 0 && figure.span.isValid() && figure.span.begin >= begin &&
            figure.span.end <= end)
            marks.append(figure.span);
    std::sort(marks.begin(), marks.end(),
              [](const model::Span &a, const model::Span &b) { return a.begin < b.begin; });
    const auto plain = [&text](qsizetype from, qsizetype to) {
        QString part = text.mid(from, to - from);
        for (QChar &c : part)
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        return part.toHtmlEscaped();
    };
    QString html = begin > 0 ? QStringLiteral("…") : QString();
    qsizetype at = begin;
    for (const model::Span &mark : std::as_const(marks)) {
        if (mark.begin < at)
            continue; // overlapping statements: the first one is marked
        html += plain(at, mark.begin);
        html += u"<span style=\"background-color:#ffe08a; font-weight:bold\">" +
                plain(mark.begin, mark.end) + u"</span>";
        at = mark.end;
    }
    html += plain(at, end);
    if (end < text.size())
        html += u'…';
    return html;
}

// "第 3 页" for a paged source, "第 120 行" for a text.
QString placeText(const QString &text, const check::Finding &finding,
                  const FindingsReportOptions &options) {
    const model::Span span = finding.primarySpan();
    if (!span.isValid())
        return {};
    if (const int page = options.pageOf ? options.pageOf(span) : span.page; page >= 0)
        return ReportText::tr("page %1").arg(page + 1);
    return ReportText::tr("line %1").arg(wording::lineAt(text, span.begin));
}

QString identityHtml(const model::Report &report, const QDateTime &checkedAt,
                     const QString &checkedWith) {
    const auto row = [](const QString &label, const QString &value) -> QString {
        return u"<tr><td style=\"color:#555555; padding-right:12px\">" + label.toHtmlEscaped() +
               u"</td><td>" + value.toHtmlEscaped() + u"</td></tr>";
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(ReportText::tr("Unit"),
                report.unitName.isEmpty() ? ReportText::tr("not stated") : report.unitName);
    html += row(ReportText::tr("Year"),
                report.year > 0 ? QString::number(report.year) : ReportText::tr("not stated"));
    if (const QString kind = model::reportKindLabel(report); !kind.isEmpty())
        html += row(ReportText::tr("Kind"), kind);
    html += row(ReportText::tr("File"), QDir::toNativeSeparators(report.sourcePath));
    html += row(ReportText::tr("Checked"), checkedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!checkedWith.isEmpty())
        html += row(ReportText::tr("Checked with"), checkedWith);
    return html + u"</table>";
}

// Errors and warnings per family of relations, in the catalogue's words.
QString summaryHtml(const QList<check::Finding> &findings) {
    QString html =
        u"<p>" +
        ReportText::tr("%1, %2, %3.")
            .arg(wording::severityCount(check::Severity::Error,
                                        int(check::countOf(findings, check::Severity::Error))),
                 wording::severityCount(check::Severity::Warning,
                                        int(check::countOf(findings, check::Severity::Warning))),
                 wording::severityCount(check::Severity::Info,
                                        int(check::countOf(findings, check::Severity::Info))))
            .toHtmlEscaped() +
        u"</p>";
    QMap<QString, std::pair<int, int>> byFamily; // family label → errors, warnings
    for (const check::Finding &finding : findings) {
        if (finding.severity == check::Severity::Info)
            continue;
        auto &[errors, warnings] = byFamily[wording::familyLabel(finding.family)];
        ++(finding.severity == check::Severity::Error ? errors : warnings);
    }
    if (byFamily.isEmpty())
        return html;
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse:collapse; border-color:#bbbbbb\">");
    html += u"<tr style=\"background-color:#eef1f4\"><th align=\"left\">" +
            ReportText::tr("Kind of check").toHtmlEscaped() + u"</th><th>" +
            wording::severityLabel(check::Severity::Error).toHtmlEscaped() + u"</th><th>" +
            wording::severityLabel(check::Severity::Warning).toHtmlEscaped() + u"</th></tr>";
    for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it)
        html += u"<tr><td>" + it.key().toHtmlEscaped() + u"</td><td align=\"right\">" +
                QString::number(it->first) + u"</td><td align=\"right\">" +
                QString::number(it->second) + u"</td></tr>";
    return html + u"</table>";
}

QString findingHtml(const model::Report &report, const check::Finding &finding, int number,
                    const QString &picture, const FindingsReportOptions &options) {
    QString html = QStringLiteral("<h3>%1. <span style=\"color:%2\">%3</span></h3>")
                       .arg(number)
                       .arg(severityColour(finding.severity),
                            wording::severityLabel(finding.severity).toHtmlEscaped());
    html += u"<p>" + wording::findingMessage(finding).toHtmlEscaped() + u"</p>";
    if (const QString excerpt = excerptHtml(report.text, finding); !excerpt.isEmpty()) {
        html += u"<p style=\"color:#333333; margin-left:16px\">" + excerpt;
        if (const QString place = placeText(report.text, finding, options); !place.isEmpty())
            html += u" <span style=\"color:#777777\">(" + place.toHtmlEscaped() + u")</span>";
        html += u"</p>";
    }
    if (!picture.isEmpty())
        html += u"<p style=\"margin-left:16px\"><img src=\"" + picture.toHtmlEscaped() +
                u"\" width=\"560\"></p>";
    html += u"<p style=\"color:#888888; font-size:small\">" +
            ReportText::tr("Relation: %1").arg(finding.relationId).toHtmlEscaped() + u"</p>";
    return html;
}

} // namespace

QString findingsReportHtml(const model::Report &report, const QList<check::Finding> &findings,
                           const FindingsReportOptions &options) {
    const QString title =
        ReportText::tr("Findings: %1")
            .arg(report.unitName.isEmpty() ? QDir::toNativeSeparators(report.sourcePath)
                                           : report.unitName);
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title></head><body style=\"font-family:sans-serif\">\n")
            .arg(i18n::currentLanguage() == i18n::Language::English ? QStringLiteral("en")
                                                                    : QStringLiteral("zh-CN"),
                 title.toHtmlEscaped());
    html += u"<h1>" + title.toHtmlEscaped() + u"</h1>\n";
    html += identityHtml(report, options.checkedAt, options.checkedWith) + u'\n';
    html += u"<h2>" + ReportText::tr("Summary").toHtmlEscaped() + u"</h2>\n";
    html += summaryHtml(findings) + u'\n';
    html += u"<h2>" + ReportText::tr("Findings").toHtmlEscaped() + u"</h2>\n";
    int number = 0;
    for (int i = 0; i < findings.size(); ++i) {
        if (findings[i].severity < options.listed)
            continue;
        const QString picture = options.picture ? options.picture(i) : QString();
        html += findingHtml(report, findings[i], ++number, picture, options) + u'\n';
    }
    if (number == 0)
        html += u"<p>" +
                ReportText::tr("The checker found no error and no warning in this report.")
                    .toHtmlEscaped() +
                u"</p>\n";
    return html + u"</body></html>\n";
}

} // namespace juesuan::exporting
