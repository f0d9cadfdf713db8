#pragma once

#include "core/compare/comparison.h"

#include <QList>
#include <QString>

namespace juesuan::wording {

// The aligned rows of a comparison arranged as a tree, shared by the table
// model and the text table: report-level metrics at the top, each
// collection (one metric and facet) under a group node, and members under
// their nearest ancestor present in the same collection (项 under 款 under
// 类). A member either side states alone keeps its place in the hierarchy
// even though the core lists it after the aligned ones.
struct ComparisonTree {
    struct Node {
        int row = -1; // index into Comparison::rows; -1 for a group node
        // What the node shows: a group's title, a top-level row's metric, a
        // member's subject relative to its parent ("类 › 项" when the 款
        // between them is not stated). Translated when built.
        QString label;
        int parent = -1;  // node index; -1 at the top
        int position = 0; // among the parent's children
        int level = 0;    // 0 at the top
        QList<int> children;
    };

    QList<Node> nodes;
    QList<int> top;

    const QList<int> &childrenOf(int node) const { return node < 0 ? top : nodes[node].children; }
    // Node indexes depth first: the order a tree view shows them expanded.
    QList<int> depthFirst() const;
};

ComparisonTree buildComparisonTree(const compare::Comparison &comparison);

} // namespace juesuan::wording
