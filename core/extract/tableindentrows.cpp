#include "core/extract/tableindentrows.h"

#include "core/extract/tablelabels.h"
#include "core/extract/tablerules.h"

#include <algorithm>

namespace juesuan::extract {
namespace {

// Labels this close (points) stand on one indentation: a line's first word
// is placed to a point or so.
constexpr double sameIndent = 2.0;
// Two indentations are one step apart at least this far; nearer, which
// label stands on which is a guess.
constexpr double minStep = 4.0;
constexpr int maxLevels = 3; // 类, 款, 项

// Where each indentation starts, outermost first; empty when the labels
// stand on more indentations than a classification has levels, or on
// places too close to tell apart.
QList<double> levelEdges(const QList<double> &lefts) {
    QList<double> sorted = lefts;
    std::sort(sorted.begin(), sorted.end());
    QList<double> edges;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (!edges.isEmpty() && sorted[i] - edges.last() <= sameIndent)
            continue;
        if (!edges.isEmpty() && sorted[i] - sorted[i - 1] < minStep)
            return {};
        edges.append(sorted[i]);
    }
    return edges.size() <= maxLevels ? edges : QList<double>{};
}

} // namespace

IndentedRowReader::IndentedRowReader(const TableView &view, const TableBlock &block, CodeKind kind,
                                     const TableCatalogue &catalogue)
    : m_view(view)
    , m_block(block)
    , m_kind(kind)
    , m_catalogue(catalogue) {
    if (kind == CodeKind::Function && block.labelColumn >= 0 && block.codeColumns.isEmpty() &&
        !printsCodes())
        readLevels();
    if (!levelsAreSure())
        m_depths.clear();
}

QString IndentedRowReader::labelOf(int row) const {
    return m_view.cell(row, m_block.labelColumn).trimmed();
}

// Codes in front of the names: the table's levels are its codes'.
bool IndentedRowReader::printsCodes() const {
    CodedRowReader coded(m_view, m_block, m_kind, m_catalogue);
    for (int row = m_view.firstBodyRow(); row < m_view.rowCount(); ++row)
        if (coded.read(row))
            return true;
    return false;
}

void IndentedRowReader::readLevels() {
    QList<int> rows;
    QList<double> lefts;
    for (int row = m_view.firstBodyRow(); row < m_view.rowCount(); ++row) {
        const QString label = labelOf(row);
        if (label.isEmpty() || isTotalLabel(normalizedLabel(label)))
            continue;
        const std::optional<double> left = m_view.left(row, m_block.labelColumn);
        if (!left)
            return; // a label placed nowhere: no level is sure
        rows.append(row);
        lefts.append(*left);
    }
    const QList<double> edges = levelEdges(lefts);
    if (edges.isEmpty())
        return;
    m_depths.fill(0, m_view.rowCount());
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_depths[rows[i]] =
            int(std::upper_bound(edges.cbegin(), edges.cend(), lefts[i]) - edges.cbegin());
}

// The levels make a classification: it opens with a 类, never skips a
// level on the way down, and every 类 is one the catalogue knows.
bool IndentedRowReader::levelsAreSure() const {
    if (m_depths.isEmpty())
        return false;
    int previous = 0;
    for (int row = 0; row < m_depths.size(); ++row) {
        const int depth = m_depths[row];
        if (depth == 0)
            continue;
        if (depth > previous + 1)
            return false;
        if (depth == 1 && m_catalogue.classCode(m_kind, labelOf(row)).isEmpty())
            return false;
        previous = depth;
    }
    return true;
}

std::optional<CodedRow> IndentedRowReader::read(int row) {
    if (row >= m_depths.size() || m_depths[row] == 0)
        return std::nullopt;
    const int depth = m_depths[row];
    QString name = normalizedLabel(labelOf(row));
    QString code;
    if (depth == 1) {
        code = m_catalogue.classCode(m_kind, name);
        // The functional 类 go by their canonical name, as with codes.
        if (m_kind == CodeKind::Function)
            name = canonicalClassName(name);
    }
    m_names.resize(depth);
    m_names[depth - 1] = name;
    return CodedRow{code, depth, m_names.join(u'/')};
}

} // namespace juesuan::extract
