#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace juesuan::extract {

class PatternTable;

// A heading and the text it governs, in normalised-text offsets.
struct SectionRange {
    int level = 0;  // 0 第X部分, 1 一、, 2 （一）
    QString number; // as printed: "五"
    int value = 0;  // the number's value (五 → 5), 0 when unknown
    QString title;  // heading text after the number
    // Section kind from the pattern table ("totals"): of a level-1 heading, or
    // of a level-2 heading whose level-1 heading names no kind.
    QString key;
    QString id; // path of values: "2/5/1"
    qsizetype headingBegin = 0;
    qsizetype headingEnd = 0;
    qsizetype end = 0; // start of the next heading of the same or a higher level
};

// Finds the parts and numbered headings of a report, in whatever order the
// report uses. A heading is a short line starting with 第X部分, 一、 or （一）
// that is not a sentence (no 。); a paragraph starting with "1." or "1、" is
// a numbered item (level 3) titled by its first clause. Part headings repeated in a table of
// contents are told apart by their bodies: the real part is the longer one.
// Level-1 sections are keyed by their title (PatternTable::sectionKeyFor).
QList<SectionRange> findSections(QStringView text, const PatternTable &patterns);

// The narrative sections (level 1 and 2) that figures are read from: those of
// the part whose title says 情况说明, or, when the report has no such part
// (some regions print no part headings), every level-1/2 heading.
QList<SectionRange> narrativeSections(const QList<SectionRange> &all);

} // namespace juesuan::extract
