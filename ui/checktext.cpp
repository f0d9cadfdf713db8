#include "checktext.h"

#include "figuretext.h"

#include <QCoreApplication>

namespace juesuan::ui {
namespace {

// Gives lupdate and the run time the same context for these free functions.
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckText)
};

} // namespace

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

} // namespace juesuan::ui
