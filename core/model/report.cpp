#include "report.h"

namespace juesuan::model {

QString reportTypeId(ReportType type) {
    switch (type) {
    case ReportType::FinalAccount:
        return QStringLiteral("final");
    case ReportType::Budget:
        return QStringLiteral("budget");
    case ReportType::Unknown:
        break;
    }
    return {};
}

QString reportScopeId(ReportScope scope) {
    switch (scope) {
    case ReportScope::Department:
        return QStringLiteral("department");
    case ReportScope::Unit:
        return QStringLiteral("unit");
    case ReportScope::Unknown:
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

} // namespace juesuan::model
