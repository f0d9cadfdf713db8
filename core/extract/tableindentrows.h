#pragma once

#include "core/extract/tablecoderows.h"

#include <QList>
#include <optional>

namespace juesuan::extract {

// Reads the levels of a classified table that prints no codes from how far
// its labels stand in: "一般公共服务支出" at the left, "社会工作事务" one step in,
// "其他社会工作事务支出" two steps in (类, 款, 项). A row's subject path is made
// of the names of the rows above it, as with codes; a 类 takes its code
// from the catalogue, the levels below have none.
//
// The levels are read only where they are sure: the source places its words
// (PDF), every label stands on one of at most three indentations clearly
// apart, the first row is a 类, no row goes down more than one level, and
// every 类 is one the catalogue knows. Otherwise no row is read: a row
// taken for a 类 that is not one would make every sum over the 类 wrong.
//
// Only the functional classification is read so: an economic 类 may be
// split between 人员经费 and 公用经费 (杭州 prints 对个人和家庭的补助 so),
// which the relations over the economic 类 do not allow for.
class IndentedRowReader {
public:
    IndentedRowReader(const TableView &view, const TableBlock &block, CodeKind kind,
                      const TableCatalogue &catalogue);

    // nullopt for a row without a level (合计, a blank row) and for every
    // row of a table whose levels are not sure.
    std::optional<CodedRow> read(int row);

private:
    QString labelOf(int row) const;
    bool printsCodes() const;
    void readLevels();
    bool levelsAreSure() const;

    const TableView &m_view;
    const TableBlock &m_block;
    CodeKind m_kind;
    const TableCatalogue &m_catalogue;
    QList<int> m_depths; // per row: 1 类, 2 款, 3 项; 0 for a row without a level
    QStringList m_names; // name of the current row at each level
};

} // namespace juesuan::extract
