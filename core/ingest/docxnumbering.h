#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace juesuan::ingest {

// Word's automatic paragraph numbering (word/numbering.xml, and numbering
// that paragraph styles carry in word/styles.xml), replayed in document
// order so that "一、", "（二）", "3." appear in the text as the reader sees them.
class DocxNumbering {
public:
    // Either part may be empty (a document without lists). Returns false
    // with `error` set when a part is unsafe or damaged XML.
    bool load(const QByteArray &numberingXml, const QByteArray &stylesXml, QString *error);

    // The numbering a paragraph gets from its style (numId 0 when none).
    std::pair<int, int> styleNumbering(const QString &styleId) const;
    // The label of the next paragraph numbered (numId, level); advances the
    // counters. Empty for bullets, "none" formats and unknown lists.
    QString next(int numId, int level);

private:
    struct Level {
        int start = 1;
        QString format = QStringLiteral("decimal");
        QString text; // "%1、"
    };
    struct Style {
        int numId = 0;
        int level = 0;
        QString basedOn;
    };
    QHash<int, QHash<int, Level>> m_abstract; // abstractNumId → levels
    QHash<int, int> m_numToAbstract;
    QHash<int, QHash<int, int>> m_startOverrides; // numId → level → start
    QHash<QString, Style> m_styles;
    QHash<int, QList<int>> m_counters; // numId → counter per level
};

// A number as a list format writes it: decimal "3", chineseCounting "十三",
// upperLetter "C", decimalEnclosedCircle "③" …
QString formatListNumber(int value, const QString &format);

} // namespace juesuan::ingest
