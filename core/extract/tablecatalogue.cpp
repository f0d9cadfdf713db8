#include "core/extract/tablecatalogue.h"

#include "core/extract/tablelabels.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace juesuan::extract {
namespace {

QStringList strings(const QJsonValue &value) {
    QStringList result;
    if (value.isString())
        result.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

TableRowRule parseRow(const QJsonObject &object) {
    TableRowRule rule;
    rule.labels = strings(object.value(u"labels"));
    rule.side = object.value(u"side").toString();
    rule.after = strings(object.value(u"after"));
    rule.metric = object.value(u"metric").toString();
    const QJsonObject columns = object.value(u"columns").toObject();
    // QJsonObject sorts its keys; the order that matters (most specific
    // keyword first) is kept by trying longer keywords first.
    for (auto it = columns.begin(); it != columns.end(); ++it)
        rule.columns.append({it.key(), it.value().toString()});
    std::stable_sort(rule.columns.begin(), rule.columns.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return rule;
}

QList<TableKeywordRule> parseKeywords(const QJsonValue &value) {
    QList<TableKeywordRule> rules;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        TableKeywordRule rule;
        rule.keywords = strings(object.value(u"keywords"));
        rule.metric = object.value(u"metric").toString();
        rule.facet = model::facetFromId(object.value(u"facet").toString(QStringLiteral("value")))
                         .value_or(model::Facet::Value);
        rules.append(rule);
    }
    return rules;
}

void parseClasses(const QJsonValue &value, QHash<QString, QString> &names,
                  QHash<QString, QString> &codes) {
    for (const QJsonValue &item : value.toArray()) {
        const QString code = item.toObject().value(u"code").toString();
        const QString name = item.toObject().value(u"name").toString();
        names.insert(code, name);
        codes.insert(name, code);
        codes.insert(canonicalClassName(name), code);
    }
}

} // namespace

const TableCatalogue &TableCatalogue::builtin() {
    static const TableCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/juesuan/core/tables.json"));
        QString error;
        TableCatalogue parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromJson(file.readAll(), &error);
        else
            error = QStringLiteral("tables.json missing from resources");
        if (!error.isEmpty())
            qFatal("table catalogue is invalid: %s", qPrintable(error));
        return parsed;
    }();
    return catalogue;
}

TableCatalogue TableCatalogue::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = parseError.errorString();
        return {};
    }
    const QJsonObject root = document.object();
    TableCatalogue catalogue;
    parseClasses(root.value(u"functionClasses"), catalogue.m_functionNames,
                 catalogue.m_functionCodes);
    parseClasses(root.value(u"economicClasses"), catalogue.m_economicNames,
                 catalogue.m_economicCodes);
    for (const QJsonValue &value : root.value(u"tables").toArray()) {
        const QJsonObject object = value.toObject();
        TableSpec spec;
        spec.id = object.value(u"id").toString();
        spec.zh = object.value(u"zh").toString();
        spec.en = object.value(u"en").toString();
        spec.titles = strings(object.value(u"titles"));
        if (spec.id.isEmpty() || spec.titles.isEmpty()) {
            *error = QStringLiteral("table %1: an id and at least one title are required")
                         .arg(catalogue.m_tables.size() + 1);
            return {};
        }
        const QString codes = object.value(u"codes").toString();
        spec.codes = codes == u"function"   ? CodeKind::Function
                     : codes == u"economic" ? CodeKind::Economic
                                            : CodeKind::None;
        for (const QJsonValue &item : object.value(u"columns").toArray()) {
            const QJsonObject column = item.toObject();
            spec.columns.append(
                {strings(column.value(u"headers")), column.value(u"metric").toString(),
                 column.value(u"total").toString(),
                 model::facetFromId(column.value(u"facet").toString(QStringLiteral("value")))
                     .value_or(model::Facet::Value)});
        }
        for (const QJsonValue &item : object.value(u"rows").toArray())
            spec.rows.append(parseRow(item.toObject()));
        if (object.contains(u"classRows"))
            spec.classRows = parseRow(object.value(u"classRows").toObject());
        spec.items = parseKeywords(object.value(u"items"));
        spec.facets = parseKeywords(object.value(u"facets"));
        spec.itemsTotal = object.value(u"itemsTotal").toString();
        spec.partsTotal = object.value(u"partsTotal").toString();
        for (const QJsonValue &keyword : object.value(u"skipColumns").toArray())
            spec.skipColumns.append(keyword.toString());
        catalogue.m_tables.append(spec);
    }
    return catalogue;
}

const TableSpec *TableCatalogue::recognise(const QString &caption) const {
    const QString key = normalizedLabel(caption);
    const TableSpec *best = nullptr;
    qsizetype bestLength = 0;
    for (const TableSpec &spec : m_tables) {
        for (const QString &title : spec.titles) {
            const QString normalized = normalizedLabel(title);
            if (normalized.size() > bestLength && key.contains(normalized)) {
                best = &spec;
                bestLength = normalized.size();
            }
        }
    }
    return best;
}

QString TableCatalogue::className(CodeKind kind, const QString &code) const {
    return (kind == CodeKind::Economic ? m_economicNames : m_functionNames).value(code);
}

QString TableCatalogue::classCode(CodeKind kind, const QString &name) const {
    const auto &codes = kind == CodeKind::Economic ? m_economicCodes : m_functionCodes;
    const QString normalized = normalizedLabel(name);
    return codes.value(normalized, codes.value(canonicalClassName(normalized)));
}

} // namespace juesuan::extract
