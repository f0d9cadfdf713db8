#pragma once

// Builds small reports by hand for the checker's unit tests: each figure gets
// its own span so findings can be matched to the figure they name.

#include "core/check/checker.h"
#include "core/model/metriccatalogue.h"
#include "core/model/report.h"

#include <QString>
#include <algorithm>
#include <catch2/catch.hpp>

namespace juesuan::testing {

struct FigureOptions {
    model::Facet facet = model::Facet::Value;
    QString subject;
    model::Direction direction = model::Direction::None;
    model::Origin origin = model::Origin::Narrative;
    QString wording;
    QString reason;
    model::MoneyUnit unit = model::MoneyUnit::WanYuan;
};

class ReportBuilder {
public:
    using Options = FigureOptions;

    // Adds a figure; the quantity kind follows the metric catalogue, except
    // that rate facets (share, completion, % changes) are percentages.
    ReportBuilder &add(const QString &metric, const QString &value, const Options &options = {}) {
        model::Figure figure;
        figure.metric = metric;
        figure.facet = options.facet;
        figure.subject = options.subject;
        figure.direction = options.direction;
        figure.origin = options.origin;
        figure.wording = options.wording;
        figure.reason = options.reason;
        const auto decimal = model::Decimal::parse(value);
        REQUIRE(decimal.has_value());
        figure.quantity = model::Quantity(kindOf(metric, options.facet), *decimal, options.unit);
        const qsizetype begin = m_report.text.size();
        m_report.text += value + u'\n';
        figure.span = {begin, begin + value.size(), -1};
        m_report.figures.append(figure);
        return *this;
    }
    ReportBuilder &add(const QString &metric, model::Facet facet, const QString &value,
                       const QString &subject = {}) {
        Options options;
        options.facet = facet;
        options.subject = subject;
        return add(metric, value, options);
    }
    const model::Report &report() const { return m_report; }
    const model::Figure &last() const { return m_report.figures.constLast(); }

private:
    static model::QuantityKind kindOf(const QString &metric, model::Facet facet) {
        switch (facet) {
        case model::Facet::Share:
        case model::Facet::Completion:
        case model::Facet::BudgetPercent:
        case model::Facet::PreviousPercent:
            return model::QuantityKind::Percent;
        default:
            break;
        }
        const model::MetricInfo *info = model::MetricCatalogue::builtin().find(metric);
        return info ? info->kind : model::QuantityKind::Money;
    }

    model::Report m_report;
};

inline QList<check::Finding> findingsOf(const check::CheckResult &result,
                                        const QString &relationId) {
    QList<check::Finding> matching;
    std::copy_if(result.findings.cbegin(), result.findings.cend(), std::back_inserter(matching),
                 [&](const check::Finding &f) { return f.relationId == relationId; });
    return matching;
}

} // namespace juesuan::testing
