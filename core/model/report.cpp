#include "core/model/report.h"

#include <QVarLengthArray>
#include <algorithm>

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

QString kindLabel(ReportType type, ReportScope scope, bool isTemplate, i18n::Language language) {
    for (const KindLabel &kind : kindLabels) {
        if (kind.type != type || kind.scope != scope)
            continue;
        const QString label = i18n::translate(language, "ReportKind", kind.label);
        if (!isTemplate)
            return label;
        return i18n::translate(language, "ReportKind",
                               QT_TRANSLATE_NOOP("ReportKind", "%1 (blank template)"))
            .arg(label);
    }
    return {};
}

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

namespace {

// Whether two statements can be the same number: they differ by no more than
// their printed precisions allow (2,961.68 and 2,961.7 万元 can).
bool agree(const Figure &a, const Figure &b) {
    if (a.quantity.kind() != b.quantity.kind())
        return false;
    const Decimal x = a.quantity.valueIn(MoneyUnit::Yuan);
    const Decimal y = b.quantity.valueIn(MoneyUnit::Yuan);
    const Decimal difference = x < y ? y - x : x - y;
    return difference <= x.halfUnit() + y.halfUnit();
}

} // namespace

Statement statementOf(const Report &report, QStringView metric, Facet facet, QStringView subject) {
    QVarLengthArray<const Figure *, 8> statements;
    for (const Figure &figure : report.figures)
        if (figure.facet == facet && figure.metric == metric && figure.subject == subject)
            statements.append(&figure);
    if (statements.isEmpty())
        return {};
    const Figure *preferred = *std::min_element(
        statements.cbegin(), statements.cend(), [](const Figure *a, const Figure *b) {
            return originRank(a->origin) < originRank(b->origin);
        });
    const auto disagreeing = [&statements](const Figure *shown) -> const Figure * {
        for (const Figure *figure : statements)
            if (!agree(*figure, *shown))
                return figure;
        return nullptr;
    };
    if (!disagreeing(preferred))
        return {preferred, nullptr};
    const auto table = std::find_if(statements.cbegin(), statements.cend(),
                                    [](const Figure *f) { return f->origin == Origin::Table; });
    const Figure *shown = table != statements.cend() ? *table : preferred;
    return {shown, disagreeing(shown)};
}

QString reportKindLabel(const Report &report, i18n::Language language) {
    return kindLabel(report.type, report.scope, report.isTemplate, language);
}

QString reportTypeLabel(const Report &report, i18n::Language language) {
    const char *label = nullptr;
    switch (report.type) {
    case ReportType::FinalAccount:
        label = QT_TRANSLATE_NOOP("ReportKind", "Final");
        break;
    case ReportType::Budget:
        label = QT_TRANSLATE_NOOP("ReportKind", "Budget");
        break;
    case ReportType::Unknown:
        return {};
    }
    const QString type = i18n::translate(language, "ReportKind", label);
    if (!report.isTemplate)
        return type;
    return i18n::translate(language, "ReportKind", QT_TRANSLATE_NOOP("ReportKind", "%1 (template)"))
        .arg(type);
}

} // namespace juesuan::model
