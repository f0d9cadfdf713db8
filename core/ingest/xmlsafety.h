#pragma once

#include <QByteArray>
#include <QString>

class QXmlStreamReader;

namespace juesuan::ingest {

// Office Open XML parts never carry a document type declaration, so any DTD
// is refused before parsing: no entity expansion ("billion laughs"), no
// external entities, whatever the XML parser would have allowed.
bool isSafeXml(const QByteArray &xml, const QString &partName, QString *error);

// For a reader that is parsing: a DTD token or a parse error becomes a
// one-line reason naming the part. Returns false when parsing must stop.
bool checkXmlReader(const QXmlStreamReader &reader, const QString &partName, QString *error);

// The value of the current element's attribute with that local name
// ("w:val" and "val" alike), or empty.
QString xmlAttribute(const QXmlStreamReader &reader, QStringView localName);

} // namespace juesuan::ingest
