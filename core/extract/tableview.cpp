#include "core/extract/tableview.h"

#include "core/ingest/celltokens.h"

#include <QRegularExpression>
#include <algorithm>

namespace juesuan::extract {
namespace {

bool isCodeText(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\d{2,9}\\s*$"));
    return pattern.match(text).hasMatch();
}

bool isCodeLabel(const QString &label) {
    const QString trimmed = label.trimmed();
    return trimmed == u"类" || trimmed == u"款" || trimmed == u"项" || trimmed.contains(u"编码") ||
           trimmed.contains(u"代码");
}

bool isOrdinalLabel(const QString &label) {
    static const QRegularExpression pattern(QStringLiteral("^(行次|栏次|序号|行号|编号)$"));
    QString squeezed = label;
    squeezed.remove(u' ');
    return pattern.match(squeezed).hasMatch();
}

// A column of unit names: "预算单位", "单位名称", "部门（单位）".
bool isUnitHeader(const QStringList &path) {
    static const QRegularExpression pattern(
        QStringLiteral("^(预算单位|单位名称|单位|部门|部门名称|部门（单位）|部门（单位）名称)$"));
    return !path.isEmpty() && pattern.match(path.last().trimmed()).hasMatch();
}

bool isNameLabel(const QString &label) {
    return label.contains(u"名称") || label.trimmed() == u"项目" || label.contains(u"科目");
}

// The column's own label decides; the groups above only when it says nothing.
bool isCodeHeader(const QStringList &path) {
    if (!path.isEmpty() && (isCodeLabel(path.last()) || isNameLabel(path.last())))
        return isCodeLabel(path.last());
    return std::any_of(path.begin(), path.end(), isCodeLabel);
}

bool isNameHeader(const QStringList &path) {
    if (!path.isEmpty() && (isCodeLabel(path.last()) || isNameLabel(path.last())))
        return !isCodeLabel(path.last());
    return std::any_of(path.begin(), path.end(), isNameLabel);
}

} // namespace

std::optional<model::Decimal> parseTableAmount(QStringView text) {
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        // Full-width digits and signs as some producers print them.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == u'，')
            c = u',';
        else if (c == u'．')
            c = u'.';
        else if (c == u'－' || c == u'−')
            c = u'-';
        cleaned.append(c);
    }
    // Accounting negatives: (3.00) or （3.00）.
    if ((cleaned.startsWith(u'(') && cleaned.endsWith(u')')) ||
        (cleaned.startsWith(u'（') && cleaned.endsWith(u'）'))) {
        cleaned = u'-' + cleaned.mid(1, cleaned.size() - 2);
    }
    if (cleaned.isEmpty())
        return std::nullopt;
    return model::Decimal::parse(cleaned);
}

TableView::TableView(const ingest::CellGrid &grid, const QList<ingest::PositionedWord> *words)
    : m_grid(grid)
    , m_words(words) {
    for (const QList<QString> &row : grid.cells)
        m_columns = std::max(m_columns, int(row.size()));
    // A row of column numbers under the header names no column.
    QList<bool> numberRows;
    for (int r = 0; r < std::min<int>(grid.headerRows, rowCount()); ++r)
        numberRows.append(ingest::isColumnNumberRow(grid.cells[r]));
    for (int c = 0; c < m_columns; ++c) {
        QStringList path;
        for (int r = 0; r < std::min<int>(grid.headerRows, rowCount()); ++r) {
            if (numberRows[r])
                continue;
            const QString text = cell(r, c).trimmed();
            if (!text.isEmpty() && (path.isEmpty() || path.last() != text))
                path.append(text);
        }
        m_headerPaths.append(path);
    }
    findBody();
    classifyColumns();
    findBlocks();
    findUnit();
}

QString TableView::cell(int row, int column) const {
    const QList<QString> &cells = m_grid.cells[row];
    return column < cells.size() ? cells[column] : QString();
}

model::Span TableView::span(int row, int column) const {
    if (row < m_grid.spans.size() && column < m_grid.spans[row].size())
        return m_grid.spans[row][column];
    return {};
}

std::optional<model::Decimal> TableView::amount(int row, int column) const {
    return parseTableAmount(cell(row, column));
}

std::optional<double> TableView::left(int row, int column) const {
    const model::Span cellSpan = span(row, column);
    if (!m_words || !cellSpan.isValid() || cellSpan.length() == 0)
        return std::nullopt;
    // Readers append words in the order they write the text.
    const auto word = std::lower_bound(
        m_words->cbegin(), m_words->cend(), cellSpan.begin,
        [](const ingest::PositionedWord &w, qsizetype begin) { return w.span.begin < begin; });
    if (word == m_words->cend() || word->span.begin != cellSpan.begin)
        return std::nullopt;
    return word->box.left();
}

void TableView::findBody() {
    m_firstBodyRow = std::min(m_grid.headerRows, rowCount());
}

// Row numbers: whole numbers going up by one down the column (empty rows
// skipped), at least three of them.
bool TableView::numbersRows(int column) const {
    qint64 last = -1;
    int count = 0;
    for (int r = m_firstBodyRow; r < rowCount(); ++r) {
        const QString text = cell(r, column).trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || (last >= 0 && number != last + 1))
            return false;
        last = number;
        ++count;
    }
    return count >= 3;
}

void TableView::classifyColumns() {
    for (int c = 0; c < m_columns; ++c) {
        const QStringList &header = headerPath(c);
        if ((!header.isEmpty() && isOrdinalLabel(header.last())) || numbersRows(c)) {
            m_kinds.append(ColumnKind::Ordinal);
            continue;
        }
        int codes = 0, amounts = 0, texts = 0;
        for (int r = m_firstBodyRow; r < rowCount(); ++r) {
            const QString text = cell(r, c).trimmed();
            // A merged 合计 cell ("合计", "人员经费合计") lands in the first
            // column, codes or not.
            if (text.isEmpty() || text.endsWith(u"合计") || text.endsWith(u"总计"))
                continue;
            if (isCodeText(text))
                ++codes;
            else if (amount(r, c))
                ++amounts;
            else
                ++texts;
        }
        const QStringList &path = headerPath(c);
        // Codes are digits like amounts: a column of bare integers is a code
        // column when its header says so, or when it has no header at all.
        const bool codeHeader = isCodeHeader(path) && !isNameHeader(path);
        ColumnKind kind = ColumnKind::Amount;
        if (codes > 0 && amounts == 0 && texts == 0 && (codeHeader || path.isEmpty()))
            kind = ColumnKind::Code;
        else if (texts > amounts + codes)
            kind = ColumnKind::Text;
        else if (texts + amounts + codes == 0 && (codeHeader || isNameHeader(path)))
            kind = codeHeader ? ColumnKind::Code : ColumnKind::Text;
        m_kinds.append(kind);
    }
}

void TableView::findBlocks() {
    // A new block starts where a label or code column follows amounts.
    for (int c = 0; c < m_columns; ++c) {
        const ColumnKind kind = m_kinds[c];
        if (kind == ColumnKind::Ordinal)
            continue; // row numbers belong to no block
        if (m_blocks.isEmpty() ||
            (kind != ColumnKind::Amount && !m_blocks.last().amountColumns.isEmpty()))
            m_blocks.append(TableBlock());
        TableBlock &block = m_blocks.last();
        if (kind == ColumnKind::Code)
            block.codeColumns.append(c);
        else if (kind == ColumnKind::Text && block.labelColumn < 0 && block.unitColumn < 0 &&
                 isUnitHeader(headerPath(c)))
            block.unitColumn = c;
        else if (kind == ColumnKind::Text && block.labelColumn < 0)
            block.labelColumn = c;
        else if (kind == ColumnKind::Amount)
            block.amountColumns.append(c);
    }
    for (TableBlock &block : m_blocks) {
        const int first = block.labelColumn >= 0          ? block.labelColumn
                          : block.amountColumns.isEmpty() ? -1
                                                          : block.amountColumns.first();
        if (first < 0)
            continue;
        for (const QString &label : headerPath(first)) {
            const bool income = label.contains(u"收入"), expenditure = label.contains(u"支出");
            if (income != expenditure) {
                block.side = income ? QStringLiteral("收入") : QStringLiteral("支出");
                break;
            }
        }
    }
}

void TableView::findUnit() {
    static const QRegularExpression pattern(
        QStringLiteral("单位\\s*[：:]\\s*(?:人民币)?\\s*(万元|亿元|元)"));
    QStringList places{m_grid.unitNote, m_grid.title};
    for (int r = 0; r < std::min(rowCount(), m_firstBodyRow + 1); ++r)
        for (int c = 0; c < m_columns; ++c)
            places.append(cell(r, c));
    for (const QString &text : places) {
        const auto match = pattern.match(text);
        if (match.hasMatch()) {
            m_unit = model::unitFromSymbol(match.capturedView(1));
            return;
        }
    }
}

} // namespace juesuan::extract
