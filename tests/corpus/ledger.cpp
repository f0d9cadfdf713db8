#include "tests/corpus/ledger.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace juesuan::corpus {

namespace {

QString text(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QList<LedgerTable> tables(const QJsonArray &array) {
    QList<LedgerTable> list;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        LedgerTable table{text(object, "id"), text(object, "title"), {}};
        for (const QJsonValue &page : object.value(u"pages").toArray())
            table.pages << page.toInt();
        list << table;
    }
    return list;
}

QList<LedgerFigure> figures(const QJsonArray &array, const QString &moneyUnit) {
    QList<LedgerFigure> list;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QString unit = text(object, "unit");
        if (unit.isEmpty())
            unit = moneyUnit;
        list << LedgerFigure{text(object, "name"),
                             text(object, "metric"),
                             text(object, "facet"),
                             text(object, "value"),
                             text(object, "code"),
                             text(object, "subject"),
                             unit,
                             text(object, "where")};
    }
    return list;
}

QList<LedgerInconsistency> inconsistencies(const QJsonArray &array) {
    QList<LedgerInconsistency> list;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        list << LedgerInconsistency{text(object, "what"), strings(object.value(u"numbers")),
                                    text(object, "outcome"), text(object, "where"),
                                    text(object, "notSought")};
    }
    return list;
}

QList<LedgerError> errors(const QJsonArray &array) {
    QList<LedgerError> list;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        list << LedgerError{text(object, "relation"), strings(object.value(u"numbers")),
                            text(object, "why")};
    }
    return list;
}

} // namespace

std::optional<Ledger> readLedger(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Ledger ledger;
    ledger.name = QFileInfo(path).fileName().remove(QStringLiteral(".ledger.json"));
    ledger.file = text(object, "file");
    const QString status = text(object, "status");
    if (status == u"complete") {
        ledger.status = LedgerStatus::Complete;
    } else if (status != u"reading") {
        *error = QStringLiteral("%1: status must be \"reading\" or \"complete\", not \"%2\"")
                     .arg(path, status);
        return std::nullopt;
    }
    ledger.unit = text(object, "unit");
    ledger.unitAliases = strings(object.value(u"unitAliases"));
    ledger.year = object.value(u"year").toInt();
    ledger.type = text(object, "type");
    ledger.scope = text(object, "scope");
    ledger.isTemplate = object.value(u"template").toBool();
    ledger.moneyUnit = text(object, "moneyUnit");
    ledger.tables = tables(object.value(u"tables").toArray());
    ledger.figures = figures(object.value(u"figures").toArray(), ledger.moneyUnit);
    ledger.inconsistencies = inconsistencies(object.value(u"inconsistencies").toArray());
    ledger.errors = errors(object.value(u"errors").toArray());
    if (ledger.file.isEmpty() || ledger.unit.isEmpty() || ledger.year == 0) {
        *error = QStringLiteral("%1: file, unit and year are required").arg(path);
        return std::nullopt;
    }
    return ledger;
}

} // namespace juesuan::corpus
