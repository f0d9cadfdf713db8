#pragma once

#include "core/model/report.h"

#include <QRegularExpressionMatch>

namespace juesuan::text {
class NormalizedText;
}

namespace juesuan::extract {

// Creates figures from numbers found in the normalised text: parses the
// exact quantity and maps the span back to original offsets.
class FigureMaker {
public:
    FigureMaker(const text::NormalizedText &text, model::Report &report)
        : m_text(text)
        , m_report(report) {}

    // From capture group `group` of a match made on a view starting at
    // normalised offset `base` (its unit, if any, is in group "<group>__unit").
    // Returns the appended figure (valid until the next append), or nullptr
    // when the capture is not a number.
    model::Figure *fromCapture(const QRegularExpressionMatch &match, const QString &group,
                               qsizetype base, model::QuantityKind kind, const QString &metric,
                               model::Facet facet, const QString &subject, const QString &section);

    // From a number at normalised [begin, end); `unit` is its money unit text.
    model::Figure *add(model::QuantityKind kind, QStringView number, QStringView unit,
                       qsizetype begin, qsizetype end, const QString &metric, model::Facet facet,
                       const QString &subject, const QString &section,
                       model::Origin origin = model::Origin::Narrative);

private:
    const text::NormalizedText &m_text;
    model::Report &m_report;
};

} // namespace juesuan::extract
