#include "ui/models/findingsmodel.h"

#include "core/wording/figuretext.h"
#include "core/wording/findingtext.h"
#include "ui/document/reportdocument.h"
#include "ui/language.h"
#include "ui/severitystyle.h"

namespace juesuan::ui {

FindingsModel::FindingsModel(QObject *parent)
    : DocumentTableModel(parent) {}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !document())
        return 0;
    return static_cast<int>(document()->findings().size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::display(int row, int column) const {
    const check::Finding &finding = document()->findings().at(row);
    switch (column) {
    case Severity:
        return wording::severityLabel(finding.severity);
    case Message:
        return wording::findingMessage(finding);
    case Family:
        return wording::familyLabel(finding.family);
    case Stated:
        return wording::findingStated(finding);
    case Expected:
        return finding.expected ? wording::quantityText(*finding.expected) : QString();
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const check::Finding &finding = document()->findings().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole: {
        QString tip = wording::findingMessage(finding);
        if (const QString expected = wording::findingExpected(finding); !expected.isEmpty())
            tip +=
                u'\n' + tr("Stated %1, expected %2").arg(wording::findingStated(finding), expected);
        return QString(tip + u'\n' + tr("Relation: %1").arg(finding.relationId));
    }
    case Qt::DecorationRole:
        return index.column() == Severity ? QVariant(severityIcon(finding.severity)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Stated || index.column() == Expected)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FindingIndexRole:
        return index.row();
    case SeverityRole:
        return static_cast<int>(finding.severity);
    case FamilyRole:
        return finding.family;
    case SortRole:
        // Severity sorts by weight and then keeps the checker's order.
        if (index.column() == Severity)
            return static_cast<int>(finding.severity) * 100000 - index.row();
        return display(index.row(), index.column());
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Message:
        return tr("Finding");
    case Family:
        return tr("Relation");
    case Stated:
        return tr("Stated");
    case Expected:
        return tr("Expected");
    default:
        break;
    }
    return {};
}

} // namespace juesuan::ui
