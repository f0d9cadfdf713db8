#include "core/ingest/htmltree.h"

#include <QRegularExpression>
#include <algorithm>

namespace juesuan::ingest {
namespace {

GumboOptions parseOptions() {
    GumboOptions options = kGumboDefaultOptions;
    // Each parse error copies the stack of open elements: on a broken page
    // that costs memory quadratic in its depth. Nothing here reads them.
    options.max_errors = 0;
    return options;
}

const GumboNode *childElement(const GumboNode *parent, GumboTag tag) {
    for (unsigned i = 0; i < htmlChildren(parent).length; ++i)
        if (htmlTag(htmlChild(parent, i)) == tag)
            return htmlChild(parent, i);
    return nullptr;
}

} // namespace

HtmlTree::HtmlTree(QByteArray utf8)
    : m_utf8(std::move(utf8)) {
    const GumboOptions options = parseOptions();
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlTree::~HtmlTree() {
    const GumboOptions options = parseOptions();
    gumbo_destroy_output(&options, m_output);
}

const GumboNode *HtmlTree::root() const {
    return m_output->root;
}

QString HtmlTree::declaredCharset() const {
    const GumboNode *head = childElement(root(), GUMBO_TAG_HEAD);
    if (!head)
        return {};
    for (unsigned i = 0; i < htmlChildren(head).length; ++i) {
        const GumboNode *node = htmlChild(head, i);
        if (htmlTag(node) != GUMBO_TAG_META)
            continue;
        if (const QString charset = htmlAttribute(node, "charset"); !charset.isEmpty())
            return charset.trimmed();
        // content="text/html; charset=gb2312"
        if (htmlAttribute(node, "http-equiv").compare(u"content-type", Qt::CaseInsensitive) != 0)
            continue;
        static const QRegularExpression charset(
            QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
            QRegularExpression::CaseInsensitiveOption);
        if (const auto match = charset.match(htmlAttribute(node, "content")); match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QString htmlAttribute(const GumboNode *element, const char *name) {
    if (element->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&element->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

const GumboVector &htmlChildren(const GumboNode *node) {
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

const GumboNode *htmlChild(const GumboNode *node, unsigned index) {
    return static_cast<const GumboNode *>(htmlChildren(node).data[index]);
}

GumboTag htmlTag(const GumboNode *node) {
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
               ? node->v.element.tag
               : GUMBO_TAG_LAST;
}

bool isHtmlElement(const GumboNode *node, std::initializer_list<GumboTag> tags) {
    return std::find(tags.begin(), tags.end(), htmlTag(node)) != tags.end();
}

} // namespace juesuan::ingest
