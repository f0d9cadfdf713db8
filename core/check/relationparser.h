#pragma once

#include "core/check/relation.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace juesuan::check {

// Reads one relation object of a catalogue file. Returns nullopt and sets
// `error` (without file and line; the caller adds them) when a key is missing,
// a metric or facet is unknown, or the form lacks a term it needs.
std::optional<Relation> parseRelation(const QJsonObject &object, QString *error);

// Parses a term: "metric", "metric@facet", "-metric@facet[$s]", or an object
// {metric, facet, subject, select, depth, sign, optional, report, origin, constant}.
std::optional<FigureRef> parseFigureRef(const QJsonValue &value, QString *error);

} // namespace juesuan::check
