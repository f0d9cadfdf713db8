#include "ui/compare/comparisonmodel.h"

#include "core/wording/comparisontext.h"
#include "core/wording/figuretext.h"
#include "core/wording/findingtext.h"
#include "ui/compare/comparisondocument.h"
#include "ui/language.h"
#include "ui/severitystyle.h"

#include <QFont>

namespace juesuan::ui {
namespace {

// A cell tinted by its finding must stay readable: a light wash only.
constexpr int findingTintAlpha = 48;

std::optional<Side> sideOf(int column) {
    if (column == ComparisonModel::ValueA)
        return Side::A;
    if (column == ComparisonModel::ValueB)
        return Side::B;
    return std::nullopt;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractItemModel(parent) {
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this,
            &ComparisonModel::rebuild);
}

void ComparisonModel::setDocument(ComparisonDocument *document) {
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    fill();
    endResetModel();
    if (document)
        connect(document, &ComparisonDocument::changed, this, &ComparisonModel::rebuild);
}

ComparisonDocument *ComparisonModel::document() const {
    return m_document;
}

void ComparisonModel::setMinimumSeverity(check::Severity severity) {
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    if (!m_tree.nodes.isEmpty())
        emit dataChanged(index(0, ValueA), index(rowCount() - 1, ValueB));
    // Nested rows are not inside that range; a reset would lose the expansion.
    for (int id = 0; id < m_tree.nodes.size(); ++id) {
        const wording::ComparisonTree::Node &node = m_tree.nodes[id];
        if (node.parent >= 0)
            emit dataChanged(createIndex(node.position, ValueA, quintptr(id)),
                             createIndex(node.position, ValueB, quintptr(id)));
    }
}

QList<int> ComparisonModel::shownFindings(int row, Side side) const {
    QList<int> indexes = m_document->findingsOfRow(row, side);
    const QList<check::Finding> &findings = m_document->findings(side);
    indexes.removeIf([&](int i) { return findings[i].severity < m_minimum; });
    return indexes;
}

QList<int> ComparisonModel::shownCrossFindings(int row, Side side) const {
    QList<int> indexes = m_document->crossFindingsOfRow(row, side);
    const QList<check::Finding> &findings = m_document->comparison().crossFindings;
    indexes.removeIf([&](int i) { return findings[i].severity < m_minimum; });
    return indexes;
}

bool ComparisonModel::isPlanVsActual() const {
    return m_document && m_document->isValid() &&
           m_document->comparison().mode == compare::Mode::PlanVsActual;
}

void ComparisonModel::rebuild() {
    beginResetModel();
    fill();
    endResetModel();
}

void ComparisonModel::fill() {
    m_tree = {};
    if (m_document && m_document->isValid())
        m_tree = wording::buildComparisonTree(m_document->comparison());
}

QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children =
        m_tree.childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex ComparisonModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    const int parentNode = m_tree.nodes[int(child.internalId())].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_tree.nodes[parentNode].position, 0, quintptr(parentNode));
}

int ComparisonModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_tree.childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int ComparisonModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QModelIndex ComparisonModel::indexOfRow(int comparisonRow, int column) const {
    for (int id = 0; id < m_tree.nodes.size(); ++id)
        if (m_tree.nodes[id].row == comparisonRow)
            return createIndex(m_tree.nodes[id].position, column, quintptr(id));
    return {};
}

QVariant ComparisonModel::display(const wording::ComparisonTree::Node &node, int column) const {
    if (node.row < 0)
        return column == Item ? QVariant(node.label) : QVariant();
    const compare::ComparisonRow &row = m_document->comparison().rows.at(node.row);
    switch (column) {
    case Item:
        return node.label;
    case ValueA:
        return wording::sideValueText(row.a);
    case ValueB:
        return wording::sideValueText(row.b);
    case Delta:
        return wording::deltaText(row);
    case DeltaPercent:
        return isPlanVsActual() ? wording::executionText(row) : wording::deltaPercentText(row);
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::toolTip(const wording::ComparisonTree::Node &node, int column) const {
    if (node.row < 0)
        return node.label;
    const compare::ComparisonRow &row = m_document->comparison().rows.at(node.row);
    if (const std::optional<Side> side = sideOf(column)) {
        const QList<int> indexes = shownFindings(node.row, *side);
        const QList<check::Finding> &findings = m_document->findings(*side);
        QStringList lines;
        for (const int i : indexes)
            lines.append(wording::severityLabel(findings[i].severity) + u": " +
                         wording::findingMessage(findings[i]));
        const QList<check::Finding> &cross = m_document->comparison().crossFindings;
        for (const int i : shownCrossFindings(node.row, *side))
            lines.append(wording::severityLabel(cross[i].severity) + u": " +
                         wording::findingMessage(cross[i]));
        if (!lines.isEmpty())
            return lines.join(u'\n');
        return (*side == Side::A ? row.a : row.b) ? QVariant() : tr("Not stated in this report");
    }
    if (column == Item) {
        QString tip = wording::rowTitle(row);
        if (!row.subjectA.isEmpty() && !row.subjectB.isEmpty() && row.subjectA != row.subjectB)
            tip += u'\n' + tr("A names it %1; B names it %2").arg(row.subjectA, row.subjectB);
        return tip;
    }
    QString tip;
    if (column == Delta && row.delta)
        tip = tr("B − A, in A's unit");
    if (column == DeltaPercent && isPlanVsActual() && row.execution)
        tip = tr("Execution rate: B ÷ A, what was spent as a share of the plan");
    else if (column == DeltaPercent && row.deltaPercent)
        tip = tr("(B − A) ÷ A");
    if (!tip.isEmpty() && cellFindings(node, column, SeverityRole).isValid())
        tip += u'\n' + tr("Computed from a figure with a finding: see the cells of A and B");
    return tip.isEmpty() ? QVariant() : QVariant(tip);
}

QVariant ComparisonModel::cellFindings(const wording::ComparisonTree::Node &node, int column,
                                       int role) const {
    if (node.row < 0)
        return {};
    const std::optional<Side> side = sideOf(column);
    if (role == FindingsRole)
        return side ? QVariant::fromValue(shownFindings(node.row, *side)) : QVariant();
    // A side's cell shows its own findings; a difference, those of either
    // figure it is computed from.
    std::optional<check::Severity> severity;
    for (const Side each : {Side::A, Side::B}) {
        if ((side && *side != each) || (!side && column != Delta && column != DeltaPercent))
            continue;
        for (const int i : shownFindings(node.row, each)) {
            const check::Severity found = m_document->findings(each).at(i).severity;
            if (!severity || found > *severity)
                severity = found;
        }
        for (const int i : shownCrossFindings(node.row, each)) {
            const check::Severity found = m_document->comparison().crossFindings.at(i).severity;
            if (!severity || found > *severity)
                severity = found;
        }
    }
    if (!severity)
        return {};
    switch (role) {
    case SeverityRole:
        return int(*severity);
    case Qt::DecorationRole:
        return severityIcon(*severity);
    case Qt::BackgroundRole: {
        QColor tint = severityColor(*severity);
        tint.setAlpha(findingTintAlpha);
        return tint;
    }
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document || !m_document->isValid())
        return {};
    const wording::ComparisonTree::Node &node = m_tree.nodes[int(index.internalId())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case Qt::ToolTipRole:
        return toolTip(node, column);
    case Qt::TextAlignmentRole:
        if (column == Item)
            return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (node.row < 0 || (column != Delta && column != DeltaPercent))
            return {};
        const int sign = wording::deltaSign(m_document->comparison().rows.at(node.row));
        if (sign == 0)
            return {};
        return sign > 0 ? ComparisonPalette::increase() : ComparisonPalette::decrease();
    }
    case Qt::FontRole:
        if (node.row < 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RowRole:
        return node.row;
    case SeverityRole:
    case FindingsRole:
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
        return cellFindings(node, column, role);
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    const bool valid = m_document && m_document->isValid();
    const std::optional<Side> side = sideOf(section);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case Item:
            return tr("Item");
        case ValueA:
        case ValueB:
            if (!valid)
                return *side == Side::A ? QStringLiteral("A") : QStringLiteral("B");
            return wording::sideTag(m_document->comparison(), *side);
        case Delta:
            return tr("Δ (B − A)");
        default:
            return isPlanVsActual() ? tr("Execution") : tr("Δ%");
        }
    case Qt::ForegroundRole:
        return side ? QVariant(ComparisonPalette::side(*side)) : QVariant();
    case Qt::ToolTipRole:
        if (side && valid) {
            const compare::Comparison &comparison = m_document->comparison();
            return wording::reportName(*(*side == Side::A ? comparison.a : comparison.b));
        }
        return {};
    case Qt::TextAlignmentRole:
        return section == Item ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

} // namespace juesuan::ui
