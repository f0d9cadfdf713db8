#include "report.h"

namespace juesuan::model {

QString reportKindId(ReportKind kind) {
    switch (kind) {
    case ReportKind::Department:
        return QStringLiteral("department");
    case ReportKind::Unit:
        return QStringLiteral("unit");
    case ReportKind::Unknown:
        break;
    }
    return {};
}

const Figure *Report::find(QStringView metric, Facet facet, QStringView subject) const {
    for (const Figure &figure : figures)
        if (figure.facet == facet && figure.metric == metric && figure.subject == subject)
            return &figure;
    return nullptr;
}

QList<const Figure *> Report::findAll(QStringView metric, Facet facet) const {
    QList<const Figure *> result;
    for (const Figure &figure : figures)
        if (figure.facet == facet && figure.metric == metric)
            result.append(&figure);
    return result;
}

} // namespace juesuan::model
