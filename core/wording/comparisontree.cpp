#include "core/wording/comparisontree.h"

#include "core/wording/comparisontext.h"
#include "core/wording/figuretext.h"

#include <QHash>

namespace juesuan::wording {
namespace {

int addNode(ComparisonTree &tree, ComparisonTree::Node node) {
    const int id = int(tree.nodes.size());
    QList<int> &siblings = node.parent < 0 ? tree.top : tree.nodes[node.parent].children;
    node.position = int(siblings.size());
    node.level = node.parent < 0 ? 0 : tree.nodes[node.parent].level + 1;
    siblings.append(id);
    tree.nodes.append(node);
    return id;
}

} // namespace

QList<int> ComparisonTree::depthFirst() const {
    QList<int> order;
    QList<int> stack(top.crbegin(), top.crend());
    while (!stack.isEmpty()) {
        const int node = stack.takeLast();
        order.append(node);
        const QList<int> &children = nodes[node].children;
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return order;
}

ComparisonTree buildComparisonTree(const compare::Comparison &comparison) {
    ComparisonTree tree;
    QString currentGroup;
    int groupNode = -1;
    QHash<QString, int> nodeOfPath; // subject path → node, within the current group
    for (int i = 0; i < comparison.rows.size(); ++i) {
        const compare::ComparisonRow &row = comparison.rows[i];
        const QString subject = row.subject();
        if (subject.isEmpty()) {
            currentGroup.clear();
            addNode(tree, {i, rowItemText(row), -1, 0, 0, {}});
            continue;
        }
        // A collection's rows come together: one group node per metric and facet.
        const QString group = row.metric + u'\x1f' + model::facetId(row.facet);
        if (group != currentGroup) {
            currentGroup = group;
            groupNode = addNode(tree, {-1, figureTitle(row.metric, row.facet, {}), -1, 0, 0, {}});
            nodeOfPath.clear();
        }
        int parent = groupNode;
        QString parentPath;
        for (QString path = subject.section(u'/', 0, -2); !path.isEmpty();
             path = path.section(u'/', 0, -2)) {
            if (const auto it = nodeOfPath.constFind(path); it != nodeOfPath.constEnd()) {
                parent = *it;
                parentPath = path;
                break;
            }
            if (!path.contains(u'/'))
                break;
        }
        QString label = parentPath.isEmpty() ? subject : subject.mid(parentPath.size() + 1);
        label.replace(u'/', QStringLiteral(" › "));
        const int node = addNode(tree, {i, label, parent, 0, 0, {}});
        nodeOfPath.insert(subject, node);
        if (!row.subjectA.isEmpty() && row.subjectA != subject)
            nodeOfPath.insert(row.subjectA, node);
    }
    return tree;
}

} // namespace juesuan::wording
