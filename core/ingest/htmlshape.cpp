#include "core/ingest/htmlshape.h"

#include <QByteArray>
#include <QList>
#include <initializer_list>

namespace juesuan::ingest {
namespace {

using Names = std::initializer_list<QByteArrayView>;

bool oneOf(QByteArrayView name, Names names) {
    for (QByteArrayView candidate : names)
        if (name == candidate)
            return true;
    return false;
}

bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const Names voidElements{"area",  "base",  "basefont", "bgsound", "br",    "col",    "embed",
                         "frame", "hr",    "image",    "img",     "input", "keygen", "link",
                         "meta",  "param", "source",   "track",   "wbr"};
// Their text is not markup; they end at their own end tag.
const Names rawTextElements{"script", "style",   "textarea", "title",   "xmp",
                            "iframe", "noembed", "noframes", "noscript"};
// Singletons the parser always has; they add nothing to the depth.
const Names documentElements{"html", "head", "body"};
// Start tags that close an open p ("close a p element in button scope").
const Names closesParagraph{
    "address", "article", "aside",    "blockquote", "center", "details", "dialog",  "dir",
    "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",    "h1",
    "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup",  "listing",
    "main",    "menu",    "nav",      "ol",         "p",      "pre",     "section", "summary",
    "table",   "ul",      "li",       "dd",         "dt"};
const Names buttonScope{"applet", "button", "caption", "html",     "marquee",
                        "object", "table",  "td",      "template", "th"};

class Scanner {
public:
    Scanner(QByteArrayView bytes, int depthLimit)
        : m_bytes(bytes)
        , m_depthLimit(depthLimit) {}

    HtmlShape run() {
        qsizetype i = 0;
        while (m_shape.depth <= m_depthLimit) {
            i = m_bytes.indexOf('<', i);
            if (i < 0 || i + 1 >= m_bytes.size())
                break;
            const char next = m_bytes[i + 1];
            if (m_bytes.sliced(i).startsWith("<!--")) {
                const qsizetype end = m_bytes.indexOf("-->", i + 4);
                i = end < 0 ? m_bytes.size() : end + 3;
            } else if (next == '!' || next == '?') {
                i = skipTo('>', i);
            } else if (next == '/') {
                i = endTag(i + 2);
            } else if (isLetter(next)) {
                i = startTag(i + 1);
            } else {
                ++i; // a '<' in text
            }
        }
        return m_shape;
    }

private:
    qsizetype skipTo(char c, qsizetype from) const {
        const qsizetype at = m_bytes.indexOf(c, from);
        return at < 0 ? m_bytes.size() : at + 1;
    }

    QByteArray nameAt(qsizetype &i) const {
        const qsizetype begin = i;
        while (i < m_bytes.size() && !isSpace(m_bytes[i]) && m_bytes[i] != '/' && m_bytes[i] != '>')
            ++i;
        return m_bytes.sliced(begin, i - begin).toByteArray().toLower();
    }

    // Past the attributes to the end of the tag; whether it ends with "/>".
    qsizetype skipAttributes(qsizetype i, bool *selfClosing) const {
        while (i < m_bytes.size()) {
            const char c = m_bytes[i];
            if (c == '>') {
                *selfClosing = i > 0 && m_bytes[i - 1] == '/';
                return i + 1;
            }
            ++i;
            if (c != '=')
                continue;
            while (i < m_bytes.size() && isSpace(m_bytes[i]))
                ++i;
            if (i < m_bytes.size() && (m_bytes[i] == '"' || m_bytes[i] == '\''))
                i = skipTo(m_bytes[i], i + 1); // a quoted value may hold '>'
        }
        return i;
    }

    qsizetype startTag(qsizetype i) {
        const QByteArray name = nameAt(i);
        bool selfClosing = false;
        i = skipAttributes(i, &selfClosing);
        ++m_shape.tags;
        if (name == "plaintext")
            return m_bytes.size(); // the rest of the page is its text
        if (oneOf(name, rawTextElements))
            return skipRawText(name, i);
        if (oneOf(name, voidElements) || oneOf(name, documentElements))
            return i;
        if (oneOf(name, closesParagraph))
            closeOpen({"p"}, buttonScope);
        if (name == "li")
            closeOpen({"li"}, {"ul", "ol", "table", "td", "th", "html"});
        else if (name == "dt" || name == "dd")
            closeOpen({"dt", "dd"}, {"dl", "table", "td", "th", "html"});
        else if (name == "td" || name == "th")
            closeOpen({"td", "th"}, {"tr", "table", "html"});
        else if (name == "tr")
            closeOpen({"tr"}, {"thead", "tbody", "tfoot", "table", "html"});
        else if (name == "thead" || name == "tbody" || name == "tfoot")
            closeOpen({"thead", "tbody", "tfoot"}, {"table", "html"});
        else if (name == "a")
            closeOpen({"a"}, buttonScope);
        else if ((name == "option" || name == "optgroup") && !m_open.isEmpty() &&
                 m_open.last() == "option")
            pop(m_open.size() - 1);
        // "/>" closes an element only inside SVG and MathML; HTML ignores it.
        if (selfClosing && m_foreign > 0)
            return i;
        m_open.append(name);
        m_foreign += name == "svg" || name == "math";
        m_shape.depth = std::max(m_shape.depth, int(m_open.size()));
        return i;
    }

    qsizetype endTag(qsizetype i) {
        if (i >= m_bytes.size() || !isLetter(m_bytes[i]))
            return skipTo('>', i); // "</>" or a bogus comment
        const QByteArray name = nameAt(i);
        for (qsizetype at = m_open.size() - 1; at >= 0; --at)
            if (m_open[at] == name) {
                pop(at);
                break;
            }
        return skipTo('>', i);
    }

    // Closes the nearest open element named in `closable` unless an element
    // named in `boundaries` stands between it and the top.
    void closeOpen(Names closable, Names boundaries) {
        for (qsizetype at = m_open.size() - 1; at >= 0; --at) {
            if (oneOf(m_open[at], closable)) {
                pop(at);
                return;
            }
            if (oneOf(m_open[at], boundaries))
                return;
        }
    }

    void pop(qsizetype at) {
        for (qsizetype k = at; k < m_open.size(); ++k)
            m_foreign -= m_open[k] == "svg" || m_open[k] == "math";
        m_open.resize(at);
    }

    qsizetype skipRawText(const QByteArray &name, qsizetype i) const {
        for (;;) {
            i = m_bytes.indexOf("</", i);
            if (i < 0)
                return m_bytes.size();
            i += 2;
            const QByteArrayView candidate =
                m_bytes.sliced(i, std::min(name.size(), m_bytes.size() - i));
            const qsizetype after = i + name.size();
            if (candidate.toByteArray().toLower() == name &&
                (after >= m_bytes.size() || isSpace(m_bytes[after]) || m_bytes[after] == '/' ||
                 m_bytes[after] == '>'))
                return skipTo('>', after);
        }
    }

    QByteArrayView m_bytes;
    int m_depthLimit;
    HtmlShape m_shape;
    QList<QByteArray> m_open;
    int m_foreign = 0; // open svg and math elements
};

} // namespace

HtmlShape measureHtml(QByteArrayView utf8, int depthLimit) {
    return Scanner(utf8, depthLimit).run();
}

} // namespace juesuan::ingest
