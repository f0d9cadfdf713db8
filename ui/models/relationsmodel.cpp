#include "ui/models/relationsmodel.h"

#include "core/check/relation.h"
#include "core/wording/figuretext.h"
#include "core/wording/findingtext.h"
#include "ui/severitystyle.h"

#include <QApplication>
#include <QStyle>

namespace juesuan::ui {

RelationsModel::RelationsModel(QObject *parent)
    : DocumentTableModel(parent) {}

void RelationsModel::setFigure(int figureIndex) {
    beginResetModel();
    m_figure = figureIndex;
    documentReset();
    endResetModel();
}

void RelationsModel::documentReset() {
    m_relations.clear();
    if (!document() || m_figure < 0 || m_figure >= document()->report().figures.size())
        return;
    m_relations = document()->relationsOfFigure(m_figure);
}

int RelationsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_relations.size());
}

int RelationsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RelationsModel::otherFigures(const analysis::RelationUse &relation) const {
    QStringList others;
    const QList<model::Figure> &figures = document()->report().figures;
    for (const int index : relation.figures)
        if (index != m_figure)
            others.append(wording::figureTitle(figures[index]) + u' ' +
                          wording::quantityText(figures[index].quantity));
    return others.join(QStringLiteral("; "));
}

QVariant RelationsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const analysis::RelationUse &relation = m_relations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Outcome:
            return wording::outcomeLabel(relation.outcome);
        case Relation:
            return wording::familyLabel(relation.relation->family);
        case Figures:
            return otherFigures(relation);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = tr("Relation %1").arg(relation.relation->id);
        if (relation.finding >= 0)
            tip += u'\n' + wording::findingMessage(document()->findings().at(relation.finding));
        return QString(tip + u'\n' + otherFigures(relation));
    }
    case Qt::DecorationRole:
        if (index.column() != Outcome)
            return {};
        if (relation.severity)
            return severityIcon(*relation.severity);
        return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
    case FindingIndexRole:
        return relation.finding;
    default:
        break;
    }
    return {};
}

QVariant RelationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    switch (section) {
    case Outcome:
        return tr("Outcome");
    case Relation:
        return tr("Relation");
    case Figures:
        return tr("With");
    default:
        break;
    }
    return {};
}

} // namespace juesuan::ui
