#include "core/model/metriccatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace juesuan::model {
namespace {

std::optional<QuantityKind> kindFromId(const QString &id) {
    for (QuantityKind kind :
         {QuantityKind::Money, QuantityKind::Percent, QuantityKind::Count, QuantityKind::Score})
        if (kindId(kind) == id)
            return kind;
    return std::nullopt;
}

} // namespace

const MetricCatalogue &MetricCatalogue::builtin() {
    static const MetricCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/juesuan/core/metrics.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            qFatal("metric catalogue missing from resources");
        MetricCatalogue parsed = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qFatal("metric catalogue is invalid: %s", qPrintable(error));
        return parsed;
    }();
    return catalogue;
}

MetricCatalogue MetricCatalogue::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = parseError.errorString();
        return {};
    }
    MetricCatalogue catalogue;
    const QJsonArray metrics = document.object().value(u"metrics").toArray();
    for (const QJsonValue &value : metrics) {
        const QJsonObject object = value.toObject();
        MetricInfo info;
        info.id = object.value(u"id").toString();
        info.zh = object.value(u"zh").toString();
        info.en = object.value(u"en").toString();
        info.group = object.value(u"group").toString();
        info.collection = object.value(u"collection").toBool();
        info.partOf = object.value(u"partOf").toString();
        const auto kind = kindFromId(object.value(u"kind").toString());
        if (info.id.isEmpty() || !kind || catalogue.m_byId.contains(info.id)) {
            *error = QStringLiteral("metric %1: missing or duplicate id, or unknown kind")
                         .arg(catalogue.m_metrics.size() + 1);
            return {};
        }
        info.kind = *kind;
        for (const QJsonValue &alias : object.value(u"aliases").toArray())
            info.aliases.append(alias.toString());
        const qsizetype index = catalogue.m_metrics.size();
        catalogue.m_byId.insert(info.id, index);
        // A label names the first metric that uses it: narrative metrics come
        // first in the catalogue, table-specific ones after them.
        for (const QString &label : QStringList{info.zh} + info.aliases)
            if (!catalogue.m_byLabel.contains(label))
                catalogue.m_byLabel.insert(label, index);
        catalogue.m_metrics.append(std::move(info));
    }
    for (const MetricInfo &metric : std::as_const(catalogue.m_metrics)) {
        const MetricInfo *whole = metric.partOf.isEmpty() ? nullptr : catalogue.find(metric.partOf);
        if (!metric.partOf.isEmpty() && (!whole || whole->group != metric.group)) {
            *error = QStringLiteral("metric %1: partOf %2 is no metric of its group")
                         .arg(metric.id, metric.partOf);
            return {};
        }
    }
    return catalogue;
}

QString MetricInfo::label(i18n::Language language) const {
    return language == i18n::Language::Chinese || en.isEmpty() ? zh : en;
}

QString metricLabel(QStringView metricId, i18n::Language language) {
    if (const MetricInfo *metric = MetricCatalogue::builtin().find(metricId))
        return metric->label(language);
    return metricId.toString();
}

const MetricInfo *MetricCatalogue::find(QStringView id) const {
    const auto it = m_byId.constFind(id.toString());
    return it == m_byId.cend() ? nullptr : &m_metrics[*it];
}

const MetricInfo *MetricCatalogue::findByLabel(QStringView label) const {
    const auto it = m_byLabel.constFind(label.trimmed().toString());
    return it == m_byLabel.cend() ? nullptr : &m_metrics[*it];
}

} // namespace juesuan::model
