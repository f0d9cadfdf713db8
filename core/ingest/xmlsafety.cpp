#include "core/ingest/xmlsafety.h"

#include "core/ingest/timelimit.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace juesuan::ingest {
namespace {

QString dtdRefused(const QString &partName) {
    return QCoreApplication::translate(
               "Xml", "%1 declares a DTD or entities, which office files never do: refused")
        .arg(partName);
}

} // namespace

bool isSafeXml(const QByteArray &xml, const QString &partName, QString *error) {
    // A declaration can only come before the root element, but scanning the
    // whole part is cheap and also catches one hidden after a comment.
    for (const char *marker : {"<!DOCTYPE", "<!doctype", "<!ENTITY", "<!entity"}) {
        if (xml.contains(marker)) {
            *error = dtdRefused(partName);
            return false;
        }
    }
    // UTF-16 XML would hide the markers from the byte scan above; OOXML is UTF-8.
    if (xml.startsWith("\xff\xfe") || xml.startsWith("\xfe\xff")) {
        *error = QCoreApplication::translate("Xml", "%1 is not UTF-8 XML").arg(partName);
        return false;
    }
    return true;
}

bool checkXmlReader(const QXmlStreamReader &reader, const QString &partName, QString *error) {
    if (reader.tokenType() == QXmlStreamReader::DTD ||
        reader.tokenType() == QXmlStreamReader::EntityReference) {
        *error = dtdRefused(partName);
        return false;
    }
    // Every token loop of the office readers passes here: where the file's
    // time limit is seen.
    if (FileDeadline::passed()) {
        *error = FileDeadline::reason();
        return false;
    }
    if (reader.hasError()) {
        *error = QCoreApplication::translate("Xml", "%1 is damaged XML (line %2: %3)")
                     .arg(partName)
                     .arg(reader.lineNumber())
                     .arg(reader.errorString());
        return false;
    }
    return true;
}

QString xmlAttribute(const QXmlStreamReader &reader, QStringView localName) {
    for (const QXmlStreamAttribute &attribute : reader.attributes())
        if (attribute.name() == localName)
            return attribute.value().toString();
    return {};
}

} // namespace juesuan::ingest
