#pragma once

#include "core/model/figure.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace juesuan::extract {

// A labelled row of a table: which labels name it, on which half of a
// two-sided table (收入 | 支出), below which row, and where its amounts go.
struct TableRowRule {
    QStringList labels;
    QString side;      // "收入", "支出" or empty for either
    QStringList after; // only below a row with one of these labels
    // The metric of the block's first amount column that has an amount and
    // that no keyword of `columns` names.
    QString metric;
    QList<std::pair<QString, QString>> columns; // header keyword → metric, in order
};

// An amount column of a coded table, by header: the metric of its coded
// rows and the metric of its 合计 row.
struct TableColumnRule {
    QStringList headers;
    QString metric;
    QString total;
    model::Facet facet = model::Facet::Value;
};

// A keyword rule of a table whose cells are named by header paths (三公).
struct TableKeywordRule {
    QStringList keywords;
    QString metric;
    model::Facet facet = model::Facet::Value;
};

enum class CodeKind { None, Function, Economic };

struct TableSpec {
    QString id;
    QString zh, en;
    QStringList titles;
    CodeKind codes = CodeKind::None;
    QList<TableColumnRule> columns;
    QList<TableRowRule> rows;
    std::optional<TableRowRule> classRows; // rows named by a 类 without a code
    QList<TableKeywordRule> items;
    QList<TableKeywordRule> facets;
    // The metric of a 合计 column that names no item (三公: 预算数 / 合计).
    QString itemsTotal;
    // The metric of that total on the rows below a 合计 that name a unit
    // (the table's total broken down by unit, one subject per unit).
    QString partsTotal;
    // Columns whose header path names one of these are not read (the 三公
    // of 政府性基金 beside those of 一般公共预算: not in the model).
    QStringList skipColumns;
};

// The table catalogue (resources/core/tables.json).
class TableCatalogue {
public:
    static const TableCatalogue &builtin();
    // On error returns an empty catalogue and sets `error` (naming the table).
    static TableCatalogue fromJson(const QByteArray &json, QString *error);

    const QList<TableSpec> &tables() const { return m_tables; }
    // The table whose longest title occurs in `caption`, or nullptr.
    const TableSpec *recognise(const QString &caption) const;
    // Names of the 类 of the functional (or economic) classification by code.
    QString className(CodeKind kind, const QString &code) const;
    // The code of a 类 named `name` ("一般公共服务支出" or "一般公共服务"), or empty.
    QString classCode(CodeKind kind, const QString &name) const;

private:
    QList<TableSpec> m_tables;
    QHash<QString, QString> m_functionNames, m_economicNames; // code → name
    QHash<QString, QString> m_functionCodes, m_economicCodes; // name → code
};

} // namespace juesuan::extract
