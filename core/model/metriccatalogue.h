#pragma once

#include "core/model/quantity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace juesuan::model {

struct MetricInfo {
    QString id; // "income.total"
    QString zh; // 收入总计
    QString en; // Total income
    QuantityKind kind = QuantityKind::Money;
    QString group;           // chart/colour group ("income_sources")
    bool collection = false; // figures carry a subject (one per member)
    // The metric of the same group this one is a part of: 一般公共预算财政拨款收入
    // is a part of 财政拨款收入. A chart of the group shows one level of it.
    QString partOf;
    QStringList aliases; // other wordings of the label (chart categories, tables)

    // The label in `language`; the Chinese one when the catalogue gives no English.
    QString label(i18n::Language language = i18n::currentLanguage()) const;
};

// The metric catalogue (resources/core/metrics.json): the ids shared by the
// extractor, the checker, the comparator, JSON export and the charts.
class MetricCatalogue {
public:
    // The catalogue compiled into the core.
    static const MetricCatalogue &builtin();
    // Parses a catalogue document; on error returns an empty catalogue and sets `error`.
    static MetricCatalogue fromJson(const QByteArray &json, QString *error);

    const MetricInfo *find(QStringView id) const;
    // The metric whose Chinese label or alias is exactly `label` (after trimming).
    const MetricInfo *findByLabel(QStringView label) const;
    const QList<MetricInfo> &metrics() const { return m_metrics; }

private:
    QList<MetricInfo> m_metrics;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byLabel;
};

// The label of a metric of the built-in catalogue in `language`; the id
// itself when the catalogue does not know it.
QString metricLabel(QStringView metricId, i18n::Language language = i18n::currentLanguage());

} // namespace juesuan::model
