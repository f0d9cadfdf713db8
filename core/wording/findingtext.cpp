#include "core/wording/findingtext.h"

#include "core/i18n/tr.h"
#include "core/wording/figuretext.h"

#include <QCoreApplication>

namespace juesuan::wording {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::wording"};

// Gives lupdate and the run time the same context for these free functions.
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckText)
};

// The lower-case word that opens a finding's line in a terminal, the way a
// compiler's diagnostics start ("error: …"); labels use severityLabel().
QString severityPrefix(check::Severity severity) {
    switch (severity) {
    case check::Severity::Error:
        return tr("error");
    case check::Severity::Warning:
        return tr("warning");
    case check::Severity::Info:
        break;
    }
    return tr("info");
}

} // namespace

QString severityLabel(check::Severity severity) {
    switch (severity) {
    case check::Severity::Error:
        return QCoreApplication::translate("Severity", "Error");
    case check::Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case check::Severity::Info:
        break;
    }
    return QCoreApplication::translate("Severity", "Info");
}

QString severityCount(check::Severity severity, int count) {
    switch (severity) {
    case check::Severity::Error:
        return QCoreApplication::translate("Severity", "%n error(s)", nullptr, count);
    case check::Severity::Warning:
        return QCoreApplication::translate("Severity", "%n warning(s)", nullptr, count);
    case check::Severity::Info:
        break;
    }
    return QCoreApplication::translate("Severity", "%n note(s)", nullptr, count);
}

QString familyLabel(const QString &family) {
    // The families of resources/core/relations*.json.
    static const QList<std::pair<QString, const char *>> labels{
        {QStringLiteral("totals"), QT_TRANSLATE_NOOP("CheckText", "Totals")},
        {QStringLiteral("sum"), QT_TRANSLATE_NOOP("CheckText", "Sum of parts")},
        {QStringLiteral("share"), QT_TRANSLATE_NOOP("CheckText", "Shares")},
        {QStringLiteral("growth"), QT_TRANSLATE_NOOP("CheckText", "Change against last year")},
        {QStringLiteral("budget"), QT_TRANSLATE_NOOP("CheckText", "Against the budget")},
        {QStringLiteral("functional"), QT_TRANSLATE_NOOP("CheckText", "Functional classes")},
        {QStringLiteral("partial_list"), QT_TRANSLATE_NOOP("CheckText", "Listed items vs total")},
        {QStringLiteral("three_public"),
         QT_TRANSLATE_NOOP("CheckText", "\"Three public\" expenses")},
        {QStringLiteral("procurement"), QT_TRANSLATE_NOOP("CheckText", "Procurement")},
        {QStringLiteral("assets"), QT_TRANSLATE_NOOP("CheckText", "State assets")},
        {QStringLiteral("performance"), QT_TRANSLATE_NOOP("CheckText", "Performance evaluation")},
        {QStringLiteral("stated_twice"), QT_TRANSLATE_NOOP("CheckText", "Stated twice")},
        {QStringLiteral("tables"), QT_TRANSLATE_NOOP("CheckText", "Final-account tables")},
        {QStringLiteral("wording"), QT_TRANSLATE_NOOP("CheckText", "Wording")},
        {QStringLiteral("cross_report"), QT_TRANSLATE_NOOP("CheckText", "Across reports")},
    };
    for (const auto &[id, label] : labels)
        if (id == family)
            return CheckText::tr(label);
    return family;
}

QString outcomeLabel(check::Outcome outcome) {
    switch (outcome) {
    case check::Outcome::Holds:
        return CheckText::tr("holds");
    case check::Outcome::RoundingTail:
        return CheckText::tr("holds within rounding");
    case check::Outcome::PrecisionOnly:
        return CheckText::tr("holds only at a coarser precision");
    case check::Outcome::Mismatch:
        return CheckText::tr("does not hold");
    case check::Outcome::ZeroBase:
        return CheckText::tr("rate stated against a zero base");
    case check::Outcome::SignOnly:
        return CheckText::tr("the worded direction is wrong");
    case check::Outcome::Wording:
        return CheckText::tr("the wording contradicts the numbers");
    case check::Outcome::LastDigit:
        return CheckText::tr("one unit apart in the last printed place");
    case check::Outcome::Truncated:
        return CheckText::tr("the rate is cut off, not rounded");
    case check::Outcome::Undetermined:
        break;
    }
    return CheckText::tr("not determined");
}

QString findingMessage(const check::Finding &finding) {
    const QString &message = finding.message(i18n::currentLanguage());
    if (!message.isEmpty())
        return message;
    // A catalogue without a text in this language still says something.
    return finding.messageZh.isEmpty() ? finding.messageEn : finding.messageZh;
}

QString findingStated(const check::Finding &finding) {
    return finding.stated ? quantityText(*finding.stated) : QString();
}

QString findingExpected(const check::Finding &finding) {
    if (!finding.expected)
        return {};
    QString text = quantityText(*finding.expected);
    if (finding.low && finding.high && !(*finding.low == *finding.high))
        text += QStringLiteral(" (%1 … %2)")
                    .arg(formatValue(*finding.low, {}), formatValue(*finding.high, {}));
    return text;
}

QString quoteAround(const QString &text, const model::Span &span, int radius) {
    if (!span.isValid() || span.begin > text.size())
        return {};
    const qsizetype begin = std::max<qsizetype>(0, span.begin - radius);
    const qsizetype end = std::min<qsizetype>(text.size(), span.end + radius);
    QString quote = text.mid(begin, end - begin);
    for (QChar &c : quote)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    quote = quote.simplified();
    if (begin > 0)
        quote.prepend(u'…');
    if (end < text.size())
        quote.append(u'…');
    return quote;
}

int lineAt(const QString &text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

QString findingToText(const check::Finding &finding, const QString &reportText) {
    QString result = severityPrefix(finding.severity) + u" [" + finding.relationId + u"] " +
                     finding.message(i18n::currentLanguage());
    const model::Span span = finding.primarySpan();
    if (span.isValid()) {
        //: %1 is a line number, %2 an excerpt of the report around the figure
        result += u"\n    " + tr("line %1: %2")
                                  .arg(lineAt(reportText, span.begin))
                                  .arg(quoteAround(reportText, span));
    }
    return result;
}

} // namespace juesuan::wording
