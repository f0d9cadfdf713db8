#pragma once

#include <QByteArray>
#include <QString>
#include <gumbo.h>
#include <initializer_list>

namespace juesuan::ingest {

// A page parsed by gumbo (the HTML5 parsing algorithm, as browsers build
// their document tree): entities decoded, implied elements (tbody, the end
// tags a page leaves out) in place. Owns the UTF-8 buffer the tree points
// into and frees the tree with it.
class HtmlTree {
public:
    explicit HtmlTree(QByteArray utf8);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    const GumboNode *root() const; // <html>; never null

    // The charset a <meta charset> or <meta http-equiv="Content-Type"> of
    // the page names, or empty.
    QString declaredCharset() const;

private:
    QByteArray m_utf8;
    GumboOutput *m_output = nullptr;
};

// The element's own attribute, or empty.
QString htmlAttribute(const GumboNode *element, const char *name);
// The element's children (a document's, an element's or a template's).
const GumboVector &htmlChildren(const GumboNode *node);
const GumboNode *htmlChild(const GumboNode *node, unsigned index);
// The node's tag; GUMBO_TAG_LAST for text, comments and the document.
GumboTag htmlTag(const GumboNode *node);
bool isHtmlElement(const GumboNode *node, std::initializer_list<GumboTag> tags);

} // namespace juesuan::ingest
