#pragma once

#include "core/check/relation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace juesuan::check {

// The relation catalogue: every consistency tie as data (resources/core/
// relations*.json), plus any file a user loads on top.
//
// Files are merged in order; a relation whose id is already present replaces
// the earlier one, so a user file can retune the severity of a built-in tie.
class RelationCatalogue {
public:
    // Every compiled-in :/juesuan/core/relations*.json, in file-name order.
    // A built-in file that does not parse is skipped and reported by
    // builtinErrors() (the tests require it to be empty).
    static const RelationCatalogue &builtin();
    static const QStringList &builtinErrors();

    // Parses one catalogue document. On error returns nullopt and sets
    // `error` to "<file>:<line>: <reason>".
    static std::optional<RelationCatalogue> fromJson(const QByteArray &json,
                                                     const QString &fileName, QString *error);
    // Reads and merges a catalogue file; false with `error` set when it cannot.
    bool loadFile(const QString &path, QString *error);
    void merge(const RelationCatalogue &other);

    const QList<Relation> &relations() const { return m_relations; }
    const Relation *find(QStringView id) const;
    // A label or note of the catalogue ("label.constant", "outcome.rounding_tail").
    Text text(const QString &key) const { return m_texts.value(key); }

private:
    QList<Relation> m_relations;
    QHash<QString, Text> m_texts;
};

} // namespace juesuan::check
