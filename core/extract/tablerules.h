#pragma once

#include "core/extract/tablecatalogue.h"

#include <QString>
#include <QStringList>

namespace juesuan::extract {

// The rule of `rules` whose labels name the row `label` on `side`, given the
// labels of the rows above it in the same block; nullptr when none does.
const TableRowRule *matchRowRule(const QList<TableRowRule> &rules, const QString &label,
                                 const QString &side, const QStringList &labelsAbove);

// The metric a header path gives through keyword → metric pairs (the first
// pair whose keyword occurs in the path), or empty.
QString metricForHeader(const QList<std::pair<QString, QString>> &columns,
                        const QStringList &headerPath);

// The column rule of an amount column: its own label first, then the groups
// above it from the nearest ("本年支出 / 小计" is 本年支出). nullptr when none.
const TableColumnRule *matchColumnRule(const QList<TableColumnRule> &rules,
                                       const QStringList &headerPath);

// The keyword rule matching the nearest element of `path` (leaf first) that
// names anything; "小计"/"合计" defer to the element above them.
const TableKeywordRule *matchKeywordRule(const QList<TableKeywordRule> &rules,
                                         const QStringList &path);

bool isTotalLabel(const QString &normalizedLabel);

} // namespace juesuan::extract
