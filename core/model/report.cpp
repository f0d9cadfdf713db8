#include "core/model/report.h"

namespace juesuan::model {
namespace {

struct KindLabel {
    ReportType type;
    ReportScope scope;
    const char *label;
};

constexpr KindLabel kindLabels[] = {
    {ReportType::FinalAccount, ReportScope::Department,
     QT_TRANSLATE_NOOP("ReportKind", "Department final accounts")},
    {ReportType::FinalAccount, ReportScope::Unit,
     QT_TRANSLATE_NOOP("ReportKind", "Unit final accounts")},
    {ReportType::FinalAccount, ReportScope::Unknown,
     QT_TRANSLATE_NOOP("ReportKind", "Final accounts")},
    {ReportType::Budget, ReportScope::Department,
     QT_TRANSLATE_NOOP("ReportKind", "Department budget")},
    {ReportType::Budget, ReportScope::Unit, QT_TRANSLATE_NOOP("ReportKind", "Unit budget")},
    {ReportType::Budget, ReportScope::Unknown, QT_TRANSLATE_NOOP("ReportKind", "Budget")},
    {ReportType::Unknown, ReportScope::Department, QT_TRANSLATE_NOOP("ReportKind", "Department")},
    {ReportType::Unknown, ReportScope::Unit, QT_TRANSLATE_NOOP("ReportKind", "Unit")},
};

} // namespace

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

QString reportKindLabel(const Report &report, i18n::Language language) {
    for (const KindLabel &kind : kindLabels) {
        if (kind.type != report.type || kind.scope != report.scope)
            continue;
        const QString label = i18n::translate(language, "ReportKind", kind.label);
        if (!report.isTemplate)
            return label;
        return i18n::translate(language, "ReportKind",
                               QT_TRANSLATE_NOOP("ReportKind", "%1 (blank template)"))
            .arg(label);
    }
    return {};
}

} // namespace juesuan::model
