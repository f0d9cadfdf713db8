#pragma once

#include "core/ingest/sourcedocument.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace juesuan::ingest {

// The data an embedded chart caches (word/charts/chartN.xml): its title, the
// category labels and each series' values exactly as cached ("1747.59").
std::optional<ChartCache> parseChartXml(const QByteArray &xml, const QString &partName,
                                        QString *error);

// The relationships of a part (word/_rels/document.xml.rels): id → target
// part name resolved against `baseFolder` ("word/").
QHash<QString, QString> parseRelationships(const QByteArray &xml, const QString &baseFolder,
                                           QString *error);

} // namespace juesuan::ingest
