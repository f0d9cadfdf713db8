#include "ui/compare/comparisonfindingsmodel.h"

#include "core/wording/findingtext.h"
#include "ui/compare/comparisondocument.h"
#include "ui/language.h"
#include "ui/severitystyle.h"

namespace juesuan::ui {

ComparisonFindingsModel::ComparisonFindingsModel(QObject *parent)
    : QAbstractTableModel(parent) {
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void ComparisonFindingsModel::setDocument(ComparisonDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    fill();
    endResetModel();
    if (document)
        connect(document, &ComparisonDocument::changed, this, &ComparisonFindingsModel::rebuild);
}

void ComparisonFindingsModel::setMinimumSeverity(check::Severity severity) {
    beginResetModel();
    m_minimum = severity;
    fill();
    endResetModel();
}

void ComparisonFindingsModel::rebuild() {
    beginResetModel();
    fill();
    endResetModel();
}

void ComparisonFindingsModel::fill() {
    m_entries.clear();
    if (!m_document || !m_document->isValid())
        return;
    const QList<check::Finding> &cross = m_document->comparison().crossFindings;
    for (int i = 0; i < cross.size(); ++i)
        if (cross[i].severity >= m_minimum)
            m_entries.append({std::nullopt, i});
    for (const Side side : {Side::A, Side::B}) {
        const QList<check::Finding> &findings = m_document->findings(side);
        for (int i = 0; i < findings.size(); ++i)
            if (findings[i].severity >= m_minimum)
                m_entries.append({side, i});
    }
}

const check::Finding &ComparisonFindingsModel::finding(const Entry &entry) const {
    if (!entry.side)
        return m_document->comparison().crossFindings.at(entry.index);
    return m_document->findings(*entry.side).at(entry.index);
}

int ComparisonFindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ComparisonFindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonFindingsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document || !m_document->isValid())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const check::Finding &f = finding(entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Report:
            if (!entry.side)
                return QStringLiteral("A ↔ B");
            return *entry.side == Side::A ? QStringLiteral("A") : QStringLiteral("B");
        case Severity:
            return wording::severityLabel(f.severity);
        case Message:
            return wording::findingMessage(f);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Report)
            return entry.side
                       ? tr("A finding of report %1").arg(*entry.side == Side::A ? u'A' : u'B')
                       : tr("The later report's claim about the earlier one");
        return wording::findingMessage(f);
    case Qt::DecorationRole:
        return index.column() == Severity ? QVariant(severityIcon(f.severity)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Report && entry.side)
            return ComparisonPalette::side(*entry.side);
        return {};
    case SideRole:
        return entry.side ? QVariant(int(*entry.side)) : QVariant();
    case FindingIndexRole:
        return entry.index;
    case SeverityRole:
        return int(f.severity);
    default:
        break;
    }
    return {};
}

QVariant ComparisonFindingsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Report:
        return tr("Report");
    case Severity:
        return tr("Severity");
    case Message:
        return tr("Finding");
    default:
        break;
    }
    return {};
}

} // namespace juesuan::ui
