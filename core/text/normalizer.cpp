#include "core/text/normalizer.h"

#include "core/text/traditionalchinese.h"

#include <algorithm>

namespace juesuan::text {
namespace {

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isCjk(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || u == 0x201C ||
           u == 0x201D || u == 0x2014;
}

bool isHorizontalSpace(QChar c) {
    return c == u' ' || c == QChar(0x3000) || c == QChar(0x00A0);
}

// Full-width ASCII variants (！ to ～) become ASCII for digits, letters and
// number punctuation; the rest of CJK punctuation keeps its full-width form,
// and the ASCII forms of that punctuation become full-width, so patterns need
// only one spelling of each.
QChar canonicalCharSlow(QChar c) {
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return QChar(u - 0xFF10 + u'0');
    if ((u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
        return QChar(u - 0xFF01 + u'!');
    switch (u) {
    case 0xFF05: // ％
        return u'%';
    case 0xFF0E: // ．
        return u'.';
    case 0xFF0B: // ＋
        return u'+';
    case 0xFF0D: // －
        return u'-';
    case u'(':
        return QChar(0xFF08);
    case u')':
        return QChar(0xFF09);
    case u':':
        return QChar(0xFF1A);
    case u';':
        return QChar(0xFF1B);
    case u',':
        return QChar(0xFF0C);
    case u'\r':
        return u'\n';
    default:
        return c;
    }
}

// Every character of every report passes here, nearly all of them Han or
// ASCII letters, which lie between the ASCII and the full-width forms that
// change; the test for those stays inline in the normaliser's loop.
inline QChar canonicalChar(QChar c) {
    const char16_t u = c.unicode();
    if (u > u';' && u < 0xFF05)
        return c;
    return canonicalCharSlow(c);
}

// Exactly three digits at `pos` not followed by a fourth: a thousands group.
bool isThousandsGroup(QStringView text, qsizetype pos) {
    if (pos + 3 > text.size())
        return false;
    for (qsizetype i = pos; i < pos + 3; ++i)
        if (!isDigit(canonicalChar(text[i])))
            return false;
    return pos + 3 == text.size() || !isDigit(canonicalChar(text[pos + 3]));
}

bool isUnitStart(QChar c) {
    return c == u'%' || c == QChar(0xFF05) || c == u'万' || c == u'元' || c == u'亿' || c == u'.' ||
           c == QChar(0xFF0E);
}

// A heading starts with a part, section or list number: 第二部分, 十四、, （一）,
// 1. / 1、 (but not a decimal such as 22.81).
bool startsWithHeadingMarker(QStringView line) {
    if (line.isEmpty())
        return false;
    static const QStringView chineseDigits = u"一二三四五六七八九十";
    if (line.startsWith(u"第") || line.startsWith(u"图") || line.startsWith(u"表"))
        return true;
    qsizetype i = 0;
    if (line[0] == QChar(0xFF08) || line[0] == u'(')
        ++i;
    const qsizetype numberStart = i;
    while (i < line.size() && (chineseDigits.contains(line[i]) || isDigit(canonicalChar(line[i]))))
        ++i;
    if (i == numberStart || i >= line.size())
        return false;
    const QChar after = canonicalChar(line[i]);
    if (after == u'、' || after == QChar(0xFF09))
        return true;
    return after == u'.' && (i + 1 >= line.size() || !isDigit(canonicalChar(line[i + 1])));
}

bool endsSentence(QChar c) {
    static const QStringView terminals = u"。！？；：!?";
    return terminals.contains(c);
}

// A line of prose broken by a page break: it does not end a sentence, reads
// like prose (punctuation or length), and is not a table row.
bool isBrokenProseLine(QStringView line) {
    line = line.trimmed();
    if (line.isEmpty() || line.contains(u'\t') || endsSentence(line.back()))
        return false;
    return line.contains(QChar(0xFF0C)) || line.contains(u'。') || line.size() >= 30;
}

// Writes into buffers sized for the worst case (normalising never lengthens
// the text); this loop runs over every character of every report.
class Builder {
public:
    explicit Builder(qsizetype capacity) {
        m_text.resize(capacity);
        m_origin.resize(capacity + 1);
        m_chars = m_text.data();
    }
    void append(QChar c, qsizetype origin) {
        m_chars[m_size] = c;
        m_origin[m_size] = origin;
        ++m_size;
    }
    QChar last() const { return m_size == 0 ? QChar() : m_chars[m_size - 1]; }
    QStringView currentLine() const {
        const QStringView written(m_chars, m_size);
        return written.mid(written.lastIndexOf(u'\n') + 1);
    }
    // Hands over the text and the origin map, with `end` as the final origin.
    void finish(QString &text, QList<qsizetype> &origin, qsizetype end) {
        m_text.truncate(m_size);
        m_origin[m_size] = end;
        m_origin.resize(m_size + 1);
        text = std::move(m_text);
        origin = std::move(m_origin);
    }

private:
    QString m_text;
    QChar *m_chars = nullptr;
    QList<qsizetype> m_origin;
    qsizetype m_size = 0;
};

} // namespace

qsizetype NormalizedText::toOriginal(qsizetype pos) const {
    if (m_origin.isEmpty())
        return 0;
    return m_origin[std::clamp<qsizetype>(pos, 0, m_origin.size() - 1)];
}

std::pair<qsizetype, qsizetype> NormalizedText::toOriginal(qsizetype begin, qsizetype end) const {
    if (end <= begin)
        return {toOriginal(begin), toOriginal(begin)};
    // The end maps past the last character it covers, so that a character
    // that expanded or was dropped is not cut in half.
    return {toOriginal(begin), toOriginal(end - 1) + 1};
}

qsizetype NormalizedText::fromOriginal(qsizetype original) const {
    const auto it = std::lower_bound(m_origin.cbegin(), m_origin.cend(), original);
    return std::min<qsizetype>(it - m_origin.cbegin(), m_text.size());
}

NormalizedText Normalizer::normalize(const QString &original) {
    QString simplified = original;
    simplifyTraditional(simplified); // 1:1 per UTF-16 unit: offsets are unchanged
    const QStringView in(simplified);
    const qsizetype n = in.size();
    Builder out(n);
    static constexpr QStringView bookmark = u"[bookmark:";

    for (qsizetype i = 0; i < n;) {
        const QChar raw = in[i];

        // Extraction artefacts: "[bookmark: _Toc342]".
        if (raw == u'[' && in.mid(i).startsWith(bookmark)) {
            const qsizetype close = in.indexOf(u']', i);
            if (close > 0 && close - i < 80) {
                i = close + 1;
                continue;
            }
        }

        // A thousands separator inside a number: "2,940.05" / "2，940.05".
        if ((raw == u',' || raw == QChar(0xFF0C)) && isDigit(out.last()) &&
            isThousandsGroup(in, i + 1)) {
            ++i;
            continue;
        }

        if (isHorizontalSpace(raw)) {
            qsizetype j = i;
            while (j < n && isHorizontalSpace(in[j]))
                ++j;
            const QChar before = out.last();
            const QChar after = j < n ? canonicalChar(in[j]) : QChar();
            // Spaces inside a number ("1 336.82"), before a unit or %, and
            // between CJK and anything carry no meaning for matching.
            const bool insideNumber = isDigit(before) && isThousandsGroup(in, j);
            const bool beforeUnit = isDigit(before) && j < n && isUnitStart(in[j]);
            const bool nextToCjk = (!before.isNull() && isCjk(before)) || (j < n && isCjk(after)) ||
                                   (isDigit(before) && j < n && isCjk(in[j]));
            if (insideNumber || beforeUnit || nextToCjk || before.isNull() || before == u'\n' ||
                before == u'\t' || after == u'\n' || after == u'\t') {
                i = j;
                continue;
            }
            out.append(u' ', i);
            i = j;
            continue;
        }

        // A run of line breaks with at least one blank line between a broken
        // prose line and its continuation is a page break: join.
        if (raw == u'\n' || raw == u'\r') {
            qsizetype j = i;
            int newlines = 0;
            while (j < n && (in[j] == u'\n' || in[j] == u'\r' || isHorizontalSpace(in[j]))) {
                if (in[j] == u'\n')
                    ++newlines;
                ++j;
            }
            if (newlines >= 2 && j < n && isBrokenProseLine(out.currentLine())) {
                const qsizetype lineEnd = in.indexOf(u'\n', j);
                const QStringView next = in.mid(j, (lineEnd < 0 ? n : lineEnd) - j);
                if (!next.contains(u'\t') && !startsWithHeadingMarker(next)) {
                    i = j;
                    continue;
                }
            }
            // Keep line structure; collapse \r\n into one \n.
            for (qsizetype k = i; k < j; ++k)
                if (in[k] == u'\n' || (in[k] == u'\r' && (k + 1 >= n || in[k + 1] != u'\n')))
                    out.append(u'\n', k);
            i = j;
            continue;
        }

        out.append(canonicalChar(raw), i);
        ++i;
    }

    NormalizedText result;
    out.finish(result.m_text, result.m_origin, n);
    result.m_validUtf16 = result.m_text.isValidUtf16();
    return result;
}

} // namespace juesuan::text
