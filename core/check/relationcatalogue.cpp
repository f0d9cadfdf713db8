#include "core/check/relationcatalogue.h"

#include "core/check/relationparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace juesuan::check {
namespace {

// The built-in catalogue is 80 KB; a file a thousand times larger is not a
// catalogue, and QJsonDocument would hold it several times over in memory.
constexpr qint64 maxCatalogueBytes = 64 * 1024 * 1024;

// Lines of a JSON document, for messages and a relation's source line.
// QJsonDocument keeps no positions, so a relation's quoted id is searched in
// the raw text. Relations are searched in file order, each from where the
// previous one stood, and lines come from the offsets of the line breaks: a
// catalogue of hundreds of relations was read in quadratic time before.
class JsonLines {
public:
    explicit JsonLines(const QByteArray &json)
        : m_json(json) {
        for (qsizetype at = json.indexOf('\n'); at >= 0; at = json.indexOf('\n', at + 1))
            m_breaks.append(at);
    }

    // 1-based line of a byte offset.
    int lineOf(qsizetype offset) const {
        return int(std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), offset) -
                   m_breaks.cbegin()) +
               1;
    }

    // Where a relation is written: the line of its "id" value; 0 when absent.
    int lineOfId(const QString &id) {
        const QByteArray needle = '"' + id.toUtf8() + '"';
        for (const qsizetype from : {m_cursor, qsizetype(0)}) {
            for (qsizetype at = m_json.indexOf(needle, from); at >= 0;
                 at = m_json.indexOf(needle, at + 1)) {
                // Only a value of an "id" key counts (ids may also appear in messages).
                const qsizetype keyAt = m_json.lastIndexOf("\"id\"", at);
                if (keyAt >= 0 && m_json.mid(keyAt + 4, at - keyAt - 4).trimmed() == ":") {
                    m_cursor = at + needle.size();
                    return lineOf(at);
                }
            }
        }
        return 0;
    }

private:
    const QByteArray &m_json;
    QList<qsizetype> m_breaks;
    qsizetype m_cursor = 0;
};

struct BuiltinState {
    RelationCatalogue catalogue;
    QStringList errors;
};

const BuiltinState &builtinState() {
    static const BuiltinState state = [] {
        BuiltinState result;
        const QDir dir(QStringLiteral(":/juesuan/core"));
        const QStringList files =
            dir.entryList({QStringLiteral("relations*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QString error;
            if (!result.catalogue.loadFile(dir.filePath(name), &error))
                result.errors.append(error);
        }
        for (const QString &error : std::as_const(result.errors))
            qWarning("relation catalogue: %s", qPrintable(error));
        return result;
    }();
    return state;
}

} // namespace

const RelationCatalogue &RelationCatalogue::builtin() {
    return builtinState().catalogue;
}

const QStringList &RelationCatalogue::builtinErrors() {
    return builtinState().errors;
}

std::optional<RelationCatalogue>
RelationCatalogue::fromJson(const QByteArray &json, const QString &fileName, QString *error) {
    const auto fail = [&](int line, const QString &reason) {
        *error = line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason)
                          : QStringLiteral("%1: %2").arg(fileName, reason);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(JsonLines(json).lineOf(parseError.offset), parseError.errorString());
    if (!document.isObject() || !document.object().value(u"relations").isArray())
        return fail(1, QStringLiteral("not a relation catalogue (no \"relations\" array)"));

    RelationCatalogue catalogue;
    const QJsonObject root = document.object();
    const QJsonObject texts = root.value(u"texts").toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QJsonObject text = it.value().toObject();
        catalogue.m_texts.insert(it.key(),
                                 {text.value(u"zh").toString(), text.value(u"en").toString()});
    }
    QSet<QString> seen;
    // "budget_facet": true (for the whole file or one relation) also checks
    // a budget report's planned amounts by the same relation.
    const bool fileBudgetFacet = root.value(u"budget_facet").toBool(false);
    const QJsonArray relations = root.value(u"relations").toArray();
    JsonLines lines(json);
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const QJsonObject object = relations.at(i).toObject();
        const QString id = object.value(u"id").toString();
        const int line = id.isEmpty() ? 0 : lines.lineOfId(id);
        QString reason;
        auto relation = parseRelation(object, &reason);
        if (!relation)
            return fail(line, id.isEmpty()
                                  ? QStringLiteral("relation %1: %2").arg(i + 1).arg(reason)
                                  : reason);
        if (seen.contains(relation->id))
            return fail(line, QStringLiteral("relation \"%1\" defined twice").arg(relation->id));
        seen.insert(relation->id);
        relation->sourceFile = fileName;
        relation->sourceLine = line;
        const bool budgetFacet = object.value(u"budget_facet").toBool(fileBudgetFacet);
        if (budgetFacet)
            catalogue.m_relations.append(
                inFacet(*relation, model::Facet::Budget, model::ReportType::Budget));
        catalogue.m_relations.append(std::move(*relation));
    }
    return catalogue;
}

bool RelationCatalogue::loadFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxCatalogueBytes) {
        *error = QStringLiteral("%1: %2 MB, larger than a relation catalogue can be (%3 MB)")
                     .arg(path)
                     .arg(file.size() / (1024 * 1024))
                     .arg(maxCatalogueBytes / (1024 * 1024));
        return false;
    }
    const auto parsed = fromJson(file.readAll(), QFileInfo(path).fileName(), error);
    if (!parsed)
        return false;
    merge(*parsed);
    return true;
}

void RelationCatalogue::merge(const RelationCatalogue &other) {
    for (const Relation &relation : other.m_relations) {
        auto it = std::find_if(m_relations.begin(), m_relations.end(),
                               [&](const Relation &r) { return r.id == relation.id; });
        if (it != m_relations.end())
            *it = relation;
        else
            m_relations.append(relation);
    }
    for (auto it = other.m_texts.cbegin(); it != other.m_texts.cend(); ++it)
        m_texts.insert(it.key(), it.value());
}

const Relation *RelationCatalogue::find(QStringView id) const {
    for (const Relation &relation : m_relations)
        if (relation.id == id)
            return &relation;
    return nullptr;
}

} // namespace juesuan::check
