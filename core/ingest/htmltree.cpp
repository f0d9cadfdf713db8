#include "htmltree.h"

#include <QRegularExpression>

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
    const GumboVector &children = htmlChildren(parent);
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag)
            return child;
    }
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
    const GumboVector &children = htmlChildren(head);
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(children.data[i]);
        if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_META)
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

} // namespace juesuan::ingest
