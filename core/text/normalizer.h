#pragma once

#include <QList>
#include <QString>

namespace juesuan::text {

// Text prepared for pattern matching, with a map from every position of the
// normalised text back to the original, so that anything found can be
// highlighted in the original text.
class NormalizedText {
public:
    const QString &text() const { return m_text; }
    // Original offset of normalised position `pos` (0 <= pos <= size()).
    qsizetype toOriginal(qsizetype pos) const;
    // Original [begin, end) covering normalised [begin, end).
    std::pair<qsizetype, qsizetype> toOriginal(qsizetype begin, qsizetype end) const;
    // The first normalised position whose original offset is at or after
    // `original` (size() past the end).
    qsizetype fromOriginal(qsizetype original) const;
    qsizetype size() const { return m_text.size(); }
    // Whether `part`, a view into text(), is valid UTF-16. PCRE2 checks every
    // subject unless told that it need not
    // (QRegularExpression::DontCheckSubjectStringMatchOption), which on a
    // section body costs about as much as the search: the text is checked
    // once, and a part of valid text is valid unless it splits a surrogate
    // pair.
    bool isValidUtf16(QStringView part) const {
        return m_validUtf16 && (part.isEmpty() ||
                                (!part.front().isLowSurrogate() && !part.back().isHighSurrogate()));
    }

private:
    friend class Normalizer;
    QString m_text;
    bool m_validUtf16 = true;
    QList<qsizetype> m_origin; // m_origin[i] = original offset of m_text[i]; one extra at the end
};

// Normalises report text for matching:
// - full-width digits, Latin letters, '%', '.', '+', '-' become ASCII;
//   CJK punctuation becomes its canonical full-width form: ASCII ( ) , : ;
//   become （ ）， ： ； except a ',' inside a number and '.' in any case stays ASCII;
// - thousands separators inside numbers are dropped ("2,940.05" → "2940.05"),
//   as are spaces inside numbers and between a number and a unit or %
//   ("199.32 万元" → "199.32万元");
// - Traditional characters become Simplified (ICU "Hant-Hans"), only when any
//   are present;
// - extraction artefacts are removed: "[bookmark: _Toc342]" markers;
// - a sentence broken by a page break ("年\n\n初预算": a line break run between
//   two CJK characters where the first line does not end a sentence) is joined.
// Line breaks elsewhere are kept ('\n'), tabs are kept (table cells).
class Normalizer {
public:
    static NormalizedText normalize(const QString &original);
};

} // namespace juesuan::text
