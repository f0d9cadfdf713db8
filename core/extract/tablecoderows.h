#pragma once

#include "core/extract/tablecatalogue.h"
#include "core/extract/tableview.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::extract {

// A coded row: its full code, its level, and its subject path.
struct CodedRow {
    QString code;    // "2010601"
    int depth = 0;   // 1 类, 2 款, 3 项
    QString subject; // "一般公共服务/财政事务/行政运行"
};

// Reads subject codes row by row and keeps the hierarchy above the current
// row. Codes come as one column ("2010601"), as three columns (类 | 款 | 项 =
// "201 | 06 | 01", the upper ones sometimes left blank under their parent),
// or in front of the name ("2010601 行政运行"). A code's length gives its
// level; the path is made of the names of the rows above it.
class CodedRowReader {
public:
    CodedRowReader(const TableView &view, const TableBlock &block, CodeKind kind,
                   const TableCatalogue &catalogue);

    // nullopt for a row without a code (合计, a labelled row, a blank row).
    std::optional<CodedRow> read(int row);
    // The row's label without a code in front of it.
    QString label(int row) const;

private:
    QString codeOf(int row) const;

    const TableView &m_view;
    const TableBlock &m_block;
    CodeKind m_kind;
    const TableCatalogue &m_catalogue;
    QStringList m_codes; // code of the current row at each level
    QStringList m_names; // name of the current row at each level
};

} // namespace juesuan::extract
