#include "core/ingest/htmlbody.h"

#include "core/ingest/htmltablelayout.h"
#include "core/ingest/timelimit.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace juesuan::ingest {
namespace {

// Content nobody reading the page sees, and navigation around the report.
bool isDropped(const GumboNode *element) {
    if (element->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return true; // SVG and MathML drawings
    if (isHtmlElement(element, {GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_NOSCRIPT,
                                GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,      GUMBO_TAG_ASIDE,
                                GUMBO_TAG_IFRAME,   GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,
                                GUMBO_TAG_CANVAS,   GUMBO_TAG_AUDIO,    GUMBO_TAG_VIDEO,
                                GUMBO_TAG_MAP,      GUMBO_TAG_INPUT,    GUMBO_TAG_BUTTON,
                                GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_DATALIST,
                                GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOEMBED,  GUMBO_TAG_FRAMESET}))
        return true;
    if (gumbo_get_attribute(&element->v.element.attributes, "hidden"))
        return true;
    static const QRegularExpression hidden(QStringLiteral("display\\s*:\\s*none"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString style = htmlAttribute(element, "style");
    return !style.isEmpty() && hidden.match(style).hasMatch();
}

// Elements a browser lays out as blocks (its default style sheet), and table
// parts, which are blocks when a layout table is read as a document.
bool isBlock(const GumboNode *element) {
    return isHtmlElement(
        element, {GUMBO_TAG_HTML,    GUMBO_TAG_BODY,       GUMBO_TAG_TITLE,    GUMBO_TAG_ADDRESS,
                  GUMBO_TAG_ARTICLE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER,   GUMBO_TAG_DETAILS,
                  GUMBO_TAG_SUMMARY, GUMBO_TAG_DIR,        GUMBO_TAG_DIV,      GUMBO_TAG_DL,
                  GUMBO_TAG_DT,      GUMBO_TAG_DD,         GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND,
                  GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FOOTER,   GUMBO_TAG_HEADER,
                  GUMBO_TAG_HGROUP,  GUMBO_TAG_FORM,       GUMBO_TAG_H1,       GUMBO_TAG_H2,
                  GUMBO_TAG_H3,      GUMBO_TAG_H4,         GUMBO_TAG_H5,       GUMBO_TAG_H6,
                  GUMBO_TAG_LI,      GUMBO_TAG_UL,         GUMBO_TAG_OL,       GUMBO_TAG_MENU,
                  GUMBO_TAG_MAIN,    GUMBO_TAG_P,          GUMBO_TAG_PRE,      GUMBO_TAG_LISTING,
                  GUMBO_TAG_XMP,     GUMBO_TAG_PLAINTEXT,  GUMBO_TAG_SECTION,  GUMBO_TAG_CAPTION,
                  GUMBO_TAG_TR,      GUMBO_TAG_TD,         GUMBO_TAG_TH,       GUMBO_TAG_THEAD,
                  GUMBO_TAG_TBODY,   GUMBO_TAG_TFOOT});
}

// Whether every text in `node` sits inside a link, and there is such text:
// a menu or a list of links, not a paragraph that happens to hold one.
bool onlyLinks(const GumboNode *node, bool inLink, int depth, bool *linkText) {
    if (depth > maxHtmlDepth)
        return false;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        *linkText = *linkText || inLink;
        return inLink;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return true;
    inLink = inLink || htmlTag(node) == GUMBO_TAG_A;
    const GumboVector &children = htmlChildren(node);
    for (unsigned i = 0; i < children.length; ++i)
        if (!onlyLinks(htmlChild(node, i), inLink, depth + 1, linkText))
            return false;
    return true;
}

bool isLinkList(const GumboNode *list, int depth) {
    bool linkText = false;
    return onlyLinks(list, false, depth, &linkText) && linkText;
}

bool isCollapsible(char32_t c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == 0xa0;
}

// CSS Text 3 removes a line break of the source between two East Asian wide
// characters (not Hangul) instead of turning it into a space.
bool isWide(char32_t c) {
    const auto width = UEastAsianWidth(u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH));
    UErrorCode status = U_ZERO_ERROR;
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH || width == U_EA_HALFWIDTH) &&
           uscript_getScript(UChar32(c), &status) != USCRIPT_HANGUL;
}

class BlockCollector {
public:
    BlockCollector(QList<HtmlBlock> &blocks, QString &error)
        : m_blocks(blocks)
        , m_error(error) {}

    bool visit(const GumboNode *node, int depth) {
        if (FileDeadline::passed()) {
            m_error = FileDeadline::reason();
            return false;
        }
        if (depth > maxHtmlDepth) {
            m_error = QCoreApplication::translate(
                          "juesuan::ingest", "the web page nests its elements more than %1 deep")
                          .arg(maxHtmlDepth);
            return false;
        }
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            addText(node->v.text.text);
            return true;
        case GUMBO_NODE_DOCUMENT:
            return visitChildren(node, depth);
        case GUMBO_NODE_ELEMENT:
            return element(node, depth);
        default:
            return true; // comments; templates are never shown
        }
    }

    // Ends the current paragraph.
    void breakLine() {
        const QString text = m_line.trimmed();
        if (!text.isEmpty())
            m_blocks.append(HtmlParagraph{text});
        m_line.clear();
        m_space = m_lineBreak = false;
        m_last = 0;
    }

private:
    bool visitChildren(const GumboNode *node, int depth) {
        const GumboVector &children = htmlChildren(node);
        for (unsigned i = 0; i < children.length; ++i)
            if (!visit(htmlChild(node, i), depth + 1))
                return false;
        return true;
    }

    bool element(const GumboNode *node, int depth) {
        const GumboTag tag = htmlTag(node);
        if (tag == GUMBO_TAG_HEAD) {
            // Of the head, only the title is shown (as the window's title).
            const GumboVector &children = htmlChildren(node);
            for (unsigned i = 0; i < children.length; ++i)
                if (htmlTag(htmlChild(node, i)) == GUMBO_TAG_TITLE) {
                    const qsizetype first = m_blocks.size();
                    if (!visit(htmlChild(node, i), depth + 1))
                        return false;
                    for (qsizetype b = first; b < m_blocks.size(); ++b)
                        std::get<HtmlParagraph>(m_blocks[b]).pageTitle = true;
                }
            return true;
        }
        if (isDropped(node))
            return true;
        if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
            breakLine();
            return true;
        }
        if (tag == GUMBO_TAG_TABLE)
            return table(node, depth);
        if ((tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) && isLinkList(node, depth))
            return true;
        if (!isBlock(node))
            return visitChildren(node, depth);
        const bool pre = isHtmlElement(
            node, {GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT});
        breakLine();
        m_pre += pre;
        const bool ok = visitChildren(node, depth);
        m_pre -= pre;
        breakLine();
        return ok;
    }

    void addText(const char *utf8) {
        for (const char32_t c : QString::fromUtf8(utf8).toUcs4()) {
            if (m_pre > 0) {
                // Preformatted text keeps its lines and the spaces inside them.
                if (c == u'\n')
                    breakLine();
                else if (c != u'\r')
                    append(c);
            } else if (isCollapsible(c)) {
                m_space = true;
                m_lineBreak = m_lineBreak || c == u'\n' || c == u'\r';
            } else {
                if (m_space && !m_line.isEmpty() && !(m_lineBreak && isWide(m_last) && isWide(c)))
                    m_line.append(u' ');
                m_space = m_lineBreak = false;
                append(c);
            }
        }
    }

    void append(char32_t c) {
        m_line.append(QStringView(QChar::fromUcs4(c)));
        m_last = c;
    }

    // The text of a cell or a caption: its paragraphs, one a line.
    bool textOf(const GumboNode *node, int depth, QString *text) {
        QList<HtmlBlock> blocks;
        BlockCollector inner(blocks, m_error);
        if (!inner.visitChildren(node, depth))
            return false;
        inner.breakLine();
        QStringList lines;
        for (const HtmlBlock &block : blocks)
            if (const auto *paragraph = std::get_if<HtmlParagraph>(&block))
                lines.append(paragraph->text);
        *text = lines.join(u'\n');
        return true;
    }

    bool table(const GumboNode *node, int depth) {
        const HtmlTableLayout layout(node);
        breakLine();
        if (layout.isLayout(depth)) {
            if (!visitChildren(node, depth))
                return false;
            breakLine();
            return true;
        }
        HtmlTable result;
        if (layout.caption() && !textOf(layout.caption(), depth + 1, &result.caption))
            return false;
        auto table = layout.place(
            [&](const GumboNode *cell, QString *text) { return textOf(cell, depth + 3, text); },
            &m_error);
        if (!table)
            return false;
        result.table = std::move(*table);
        if (!result.caption.isEmpty())
            m_blocks.append(HtmlParagraph{QString(result.caption).replace(u'\n', u' ')});
        if (result.table.rowCount() > 0)
            m_blocks.append(std::move(result));
        return true;
    }

    QList<HtmlBlock> &m_blocks;
    QString &m_error;
    QString m_line;
    bool m_space = false;     // collapsible whitespace is pending
    bool m_lineBreak = false; // and it held a line break
    char32_t m_last = 0;      // the last character of the line
    int m_pre = 0;            // inside preformatted text
};

} // namespace

bool collectHtmlBlocks(const HtmlTree &tree, QList<HtmlBlock> *blocks, QString *error) {
    BlockCollector collector(*blocks, *error);
    if (!collector.visit(tree.root(), 0))
        return false;
    collector.breakLine();
    return true;
}

} // namespace juesuan::ingest
