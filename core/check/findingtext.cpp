#include "findingtext.h"

#include "i18n/tr.h"

namespace juesuan::check {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::check"};

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        break;
    }
    return tr("info");
}

} // namespace

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

QString findingToText(const Finding &finding, const QString &reportText) {
    QString result = severityLabel(finding.severity) + u" [" + finding.relationId + u"] " +
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

} // namespace juesuan::check
