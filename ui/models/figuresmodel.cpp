#include "ui/models/figuresmodel.h"

#include "core/model/metriccatalogue.h"
#include "core/wording/figuretext.h"
#include "ui/document/reportdocument.h"

namespace juesuan::ui {

FiguresModel::FiguresModel(QObject *parent)
    : DocumentTableModel(parent) {}

QModelIndex FiguresModel::indexOfFigure(int figureIndex, int column) const {
    if (figureIndex < 0 || figureIndex >= rowCount())
        return {};
    return index(figureIndex, column);
}

int FiguresModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !document())
        return 0;
    return static_cast<int>(document()->report().figures.size());
}

int FiguresModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::display(int row, int column) const {
    const model::Figure &figure = document()->report().figures.at(row);
    switch (column) {
    case Metric:
        return model::metricLabel(figure.metric);
    case Subject:
        return figure.subject;
    case Facet:
        return model::facetLabel(figure.facet);
    case Value:
        return figure.direction == model::Direction::None
                   ? wording::quantityText(figure.quantity)
                   : wording::signedText(figure, figure.quantity.unit());
    case Section:
        return figure.origin == model::Origin::Narrative ? figure.section
                                                         : model::originLabel(figure.origin);
    case Findings: {
        const auto count = document()->findingsOfFigure(row).size();
        return count > 0 ? QVariant(static_cast<int>(count)) : QVariant();
    }
    default:
        break;
    }
    return {};
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole: {
        const model::Figure &figure = document()->report().figures.at(index.row());
        QString tip = wording::figureTitle(figure) + u'\n' + wording::quantityText(figure.quantity);
        if (!figure.wording.isEmpty())
            tip += u'\n' + tr("Worded: %1").arg(figure.wording);
        if (!figure.reason.isEmpty())
            tip += u'\n' + tr("Reason: %1").arg(figure.reason);
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Findings)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FigureIndexRole:
        return index.row();
    default:
        break;
    }
    return {};
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Figure");
    case Subject:
        return tr("Item");
    case Facet:
        return tr("Aspect");
    case Value:
        return tr("Value");
    case Section:
        return tr("Section");
    case Findings:
        return tr("Findings");
    default:
        break;
    }
    return {};
}

} // namespace juesuan::ui
