#include "core/ingest/docxcharts.h"

#include "core/ingest/xmlsafety.h"

#include <QDir>
#include <QMap>
#include <QXmlStreamReader>

namespace juesuan::ingest {
namespace {

// Reads the points of a c:strCache / c:numCache (or a c:tx) until its end,
// in the order of their idx attributes.
QStringList readPoints(QXmlStreamReader &xml, QStringView end) {
    QMap<int, QString> points;
    int index = -1;
    int next = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == end)
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"pt") {
            bool ok = false;
            index = xml.attributes().value(QStringLiteral("idx")).toInt(&ok);
            if (!ok)
                index = next;
            next = index + 1;
        } else if (xml.name() == u"v") {
            const QString value = xml.readElementText();
            points.insert(index >= 0 ? index : next++, value);
            index = -1;
        }
    }
    return points.values();
}

QString readTitle(QXmlStreamReader &xml) {
    QString title;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"title")
            break;
        if (xml.isStartElement() && (xml.name() == u"t" || xml.name() == u"v"))
            title += xml.readElementText();
    }
    return title.trimmed();
}

} // namespace

std::optional<ChartCache> parseChartXml(const QByteArray &bytes, const QString &partName,
                                        QString *error) {
    if (!isSafeXml(bytes, partName, error))
        return std::nullopt;
    ChartCache chart;
    QXmlStreamReader xml(bytes);
    ChartCache::Series *series = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!checkXmlReader(xml, partName, error))
            return std::nullopt;
        if (xml.isEndElement() && xml.name() == u"ser")
            series = nullptr; // axis titles after the series are not series names
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"title" && !series && chart.title.isEmpty()) {
            chart.title = readTitle(xml);
        } else if (name == u"ser") {
            chart.series.append(ChartCache::Series());
            series = &chart.series.last();
        } else if (series && name == u"tx") {
            series->name = readPoints(xml, u"tx").join(QString());
        } else if (series && name == u"cat") {
            const QStringList categories = readPoints(xml, u"cat");
            if (chart.categories.isEmpty())
                chart.categories = categories;
        } else if (series && name == u"val") {
            series->values = readPoints(xml, u"val");
        }
        if (!checkXmlReader(xml, partName, error))
            return std::nullopt;
    }
    return chart;
}

QHash<QString, QString> parseRelationships(const QByteArray &bytes, const QString &baseFolder,
                                           QString *error) {
    QHash<QString, QString> targets;
    const QString partName = baseFolder + QStringLiteral("_rels");
    if (!isSafeXml(bytes, partName, error))
        return {};
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!checkXmlReader(xml, partName, error))
            return {};
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QString target = xml.attributes().value(QStringLiteral("Target")).toString();
            // Targets are relative to the part's folder, or absolute from the package root.
            const QString resolved =
                target.startsWith(u'/') ? target.mid(1) : QDir::cleanPath(baseFolder + target);
            targets.insert(xml.attributes().value(QStringLiteral("Id")).toString(), resolved);
        }
    }
    return targets;
}

} // namespace juesuan::ingest
