#include "core/extract/texttables.h"

namespace juesuan::extract {
namespace {

struct Line {
    qsizetype begin;
    qsizetype end; // excluding '\n'
};

Line lineAt(QStringView text, qsizetype pos) {
    const qsizetype begin = pos <= 0 ? 0 : text.lastIndexOf(u'\n', pos - 1) + 1;
    qsizetype end = text.indexOf(u'\n', pos);
    if (end < 0)
        end = text.size();
    return {begin, end};
}

TextTable::Cell makeCell(QStringView text, qsizetype begin, qsizetype end) {
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    return {text.mid(begin, end - begin).toString(), begin, end};
}

// Rows as lines, cells split at tabs.
TextTable readTabRows(QStringView text, Line line) {
    TextTable table;
    table.begin = line.begin;
    while (line.begin < text.size()) {
        const QStringView content = text.mid(line.begin, line.end - line.begin);
        if (content.trimmed().isEmpty() || !content.contains(u'\t'))
            break;
        QList<TextTable::Cell> row;
        qsizetype cellBegin = line.begin;
        for (qsizetype i = line.begin; i <= line.end; ++i) {
            if (i == line.end || text[i] == u'\t') {
                row.append(makeCell(text, cellBegin, i));
                cellBegin = i + 1;
            }
        }
        table.rows.append(std::move(row));
        table.end = line.end;
        if (line.end >= text.size())
            break;
        line = lineAt(text, line.end + 1);
    }
    return table;
}

// Cells as lines behind a leading tab, rows separated by blank lines.
TextTable readCellLines(QStringView text, Line line) {
    TextTable table;
    table.begin = line.begin;
    QList<TextTable::Cell> row;
    bool afterBlank = false;
    while (line.begin < text.size()) {
        const QStringView content = text.mid(line.begin, line.end - line.begin);
        if (content.trimmed().isEmpty() && !content.startsWith(u'\t')) {
            if (!row.isEmpty())
                table.rows.append(std::exchange(row, {}));
            afterBlank = true;
        } else if (content.startsWith(u'\t')) {
            row.append(makeCell(text, line.begin + 1, line.end));
            table.end = line.end;
            afterBlank = false;
        } else if (afterBlank || row.isEmpty()) {
            break; // prose again
        } else {
            // A further line of the current cell ("项目资金\n（万元）").
            TextTable::Cell &cell = row.back();
            const TextTable::Cell more = makeCell(text, line.begin, line.end);
            cell.text += more.text;
            cell.end = more.end;
            table.end = line.end;
        }
        if (line.end >= text.size())
            break;
        line = lineAt(text, line.end + 1);
    }
    if (!row.isEmpty())
        table.rows.append(std::move(row));
    return table;
}

} // namespace

TextTable readTextTable(QStringView text, qsizetype at) {
    const Line first = lineAt(text, at);
    const QStringView content = text.mid(first.begin, first.end - first.begin);
    // A title cell alone behind a tab starts the one-cell-per-line shape.
    if (content.startsWith(u'\t') && content.count(u'\t') == 1)
        return readCellLines(text, first);
    return readTabRows(text, first);
}

} // namespace juesuan::extract
