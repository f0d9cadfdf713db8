#include "core/extract/tablefigurewriter.h"

#include "core/extract/tablecoderows.h"
#include "core/extract/tableindentrows.h"
#include "core/extract/tablelabels.h"
#include "core/extract/tablerules.h"
#include "core/model/metriccatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace juesuan::extract {

TableFigureWriter::TableFigureWriter(const TableView &view, const TableSpec &spec,
                                     const TableReading &reading, const TableCatalogue &catalogue,
                                     model::Report &report)
    : m_view(view)
    , m_spec(spec)
    , m_reading(reading)
    , m_catalogue(catalogue)
    , m_report(report) {}

void TableFigureWriter::write() {
    const qsizetype first = m_report.figures.size();
    if (!m_spec.items.isEmpty()) {
        // Cells named by keywords: several cells may answer one name.
        writeKeywordCells();
        dropAmbiguous(first, false);
        return;
    }
    for (const TableBlock &block : m_view.blocks())
        writeBlock(block);
    // A subject on several rows is a breakdown by another dimension (one row
    // per economic class, per sub-unit …), not a statement of the subject.
    dropAmbiguous(first, true);
}

bool TableFigureWriter::namesOtherYear(const QString &text) const {
    static const QRegularExpression year(QStringLiteral("(20\\d\\d)\\s*年"));
    static const QRegularExpression previous(QStringLiteral("上年(?!结转)|去年|上一年"));
    if (previous.match(text).hasMatch())
        return true;
    const QRegularExpressionMatch match = year.match(text);
    return match.hasMatch() && m_report.year != 0 && match.capturedView(1).toInt() != m_report.year;
}

bool TableFigureWriter::isOtherYear(int column) const {
    const QStringList &path = m_view.headerPath(column);
    return std::any_of(path.cbegin(), path.cend(),
                       [this](const QString &header) { return namesOtherYear(header); });
}

void TableFigureWriter::dropAmbiguous(qsizetype firstFigure, bool subjectsOnly) {
    // Statements by key, and the keys of each metric and facet.
    QHash<QString, QList<qsizetype>> statements;
    QHash<QString, QStringList> keysOfMetric;
    for (qsizetype i = firstFigure; i < m_report.figures.size(); ++i) {
        const model::Figure &f = m_report.figures[i];
        if (subjectsOnly && f.subject.isEmpty())
            continue;
        const QString metric = f.metric + u'\x1f' + model::facetId(f.facet);
        const QString key = metric + u'\x1f' + f.subject + u'\x1f' + f.code;
        if (!statements.contains(key))
            keysOfMetric[metric].append(key);
        statements[key].append(i);
    }
    QList<qsizetype> drop;
    QStringList ambiguous;
    for (auto metric = keysOfMetric.cbegin(); metric != keysOfMetric.cend(); ++metric) {
        bool disagree = false;
        for (const QString &key : metric.value()) {
            const QList<qsizetype> &at = statements.value(key);
            const model::Decimal first = m_report.figures[at.first()].quantity.value();
            disagree = disagree || std::any_of(at.cbegin(), at.cend(), [&](qsizetype i) {
                           return m_report.figures[i].quantity.value() != first;
                       });
        }
        for (const QString &key : metric.value()) {
            const QList<qsizetype> &at = statements.value(key);
            // The same number twice (a row repeated) is one statement; a
            // metric any of whose keys disagree is a breakdown: none is read.
            drop += disagree ? at : at.mid(1);
        }
        if (disagree)
            ambiguous.append(metric.key().section(u'\x1f', 0, 0));
    }
    std::sort(drop.begin(), drop.end(), std::greater<>());
    for (qsizetype i : drop)
        m_report.figures.removeAt(i);
    if (!ambiguous.isEmpty()) {
        ambiguous.sort();
        ambiguous.removeDuplicates();
        m_report.warnings.append(
            QCoreApplication::translate("Tables", "table “%1”: several cells would state %2; "
                                                  "none of them is read")
                .arg(m_view.grid().title, ambiguous.join(QStringLiteral(", "))));
    }
}

void TableFigureWriter::add(const QString &metric, model::Facet facet, int row, int column,
                            const QString &subject, const QString &code) {
    const auto value = m_view.amount(row, column);
    if (!value || metric.isEmpty() || !model::MetricCatalogue::builtin().find(metric) ||
        isOtherYear(column))
        return;
    model::Figure figure;
    figure.metric = metric;
    // A budget's amounts are the plan of its year.
    figure.facet = m_report.type == model::ReportType::Budget && facet == model::Facet::Value
                       ? model::Facet::Budget
                       : facet;
    figure.doubt = m_reading.doubt;
    figure.subject = subject;
    figure.code = code;
    figure.quantity = model::Quantity::money(*value, m_reading.unit);
    figure.span = m_view.span(row, column);
    figure.origin = model::Origin::Table;
    figure.section = m_spec.id;
    figure.wording = m_view.grid().title;
    m_report.figures.append(figure);
}

void TableFigureWriter::writeRule(const TableRowRule &rule, const TableBlock &block, int row,
                                  const QString &subject, const QString &code) {
    // Columns named by a keyword state their own metric ("人员经费" on a
    // 合计 row); the row's own metric goes to the first other column that
    // has an amount, its total (合计 | 人员经费 | 公用经费).
    bool placed = false;
    for (int column : block.amountColumns) {
        const QString named = metricForHeader(rule.columns, m_view.headerPath(column));
        if (!named.isEmpty()) {
            add(named, model::Facet::Value, row, column, subject, code);
        } else if (!placed && !rule.metric.isEmpty() && m_view.amount(row, column)) {
            add(rule.metric, model::Facet::Value, row, column, subject, code);
            placed = true;
        }
    }
}

// The row a table of units totals in when it prints no 合计: its one row
// that names a unit and nothing else (深圳: "深圳市人民政府办公厅" above the
// unit's 类/款/项). -1 when there is a 合计 or several unit rows.
int TableFigureWriter::unitTotalRow(const TableBlock &block) const {
    if (block.unitColumn < 0)
        return -1;
    const CodedRowReader coded(m_view, block, m_spec.codes, m_catalogue);
    int found = -1;
    for (int row = m_view.firstBodyRow(); row < m_view.rowCount(); ++row) {
        const QString label = normalizedLabel(coded.label(row));
        if (isTotalLabel(label))
            return -1;
        if (label.isEmpty() && !m_view.cell(row, block.unitColumn).trimmed().isEmpty()) {
            if (found >= 0)
                return -1;
            found = row;
        }
    }
    return found;
}

void TableFigureWriter::writeBlock(const TableBlock &block) {
    CodedRowReader coded(m_view, block, m_spec.codes, m_catalogue);
    // A table that prints no codes gives its levels by indentation.
    IndentedRowReader indented(m_view, block, m_spec.codes, m_catalogue);
    const int unitTotal = unitTotalRow(block);
    QStringList labelsAbove;
    for (int row = m_view.firstBodyRow(); row < m_view.rowCount(); ++row) {
        if (m_spec.codes != CodeKind::None) {
            std::optional<CodedRow> item = coded.read(row);
            if (!item)
                item = indented.read(row);
            if (item) {
                for (int column : block.amountColumns)
                    if (const TableColumnRule *rule =
                            matchColumnRule(m_spec.columns, m_view.headerPath(column)))
                        add(rule->metric, rule->facet, row, column, item->subject, item->code);
                continue;
            }
        }
        const QString label =
            row == unitTotal ? QStringLiteral("合计") : normalizedLabel(coded.label(row));
        if (label.isEmpty())
            continue;
        if (const TableRowRule *rule = matchRowRule(m_spec.rows, label, block.side, labelsAbove)) {
            writeRule(*rule, block, row);
        } else if (const QString code = m_catalogue.classCode(CodeKind::Function, label);
                   m_spec.classRows && !code.isEmpty()) {
            writeRule(*m_spec.classRows, block, row, canonicalClassName(label), code);
        } else if (isTotalLabel(label)) {
            for (int column : block.amountColumns)
                if (const TableColumnRule *columnRule =
                        matchColumnRule(m_spec.columns, m_view.headerPath(column)))
                    add(columnRule->total, columnRule->facet, row, column);
        }
        labelsAbove.append(label);
    }
}

QString TableFigureWriter::rowLabel(int row) const {
    QString label;
    for (int column = 0; column < m_view.columnCount(); ++column)
        if (m_view.kind(column) == ColumnKind::Text && !m_view.cell(row, column).isEmpty())
            label = m_view.cell(row, column);
    return label;
}

// Rows of a keyword table that state the report's own figures: its 合计
// rows when it has any, with the rows that name an item of the table under
// it (福州: "合计" over "2、公务接待费"); the other labelled rows are then its
// parts, one row per unit. Never a row of another year or of the change
// between years.
TableFigureWriter::KeywordRows TableFigureWriter::keywordRows() const {
    static const QRegularExpression change(QStringLiteral("增减|变化|比上年|差额"));
    QList<int> rows, stating;
    for (int row = m_view.firstBodyRow(); row < m_view.rowCount(); ++row) {
        const QString label = rowLabel(row);
        if (change.match(label).hasMatch() || namesOtherYear(label))
            continue;
        rows.append(row);
        if (isTotalLabel(normalizedLabel(label)))
            stating.append(row);
    }
    if (stating.isEmpty())
        return {rows, {}};
    QList<int> parts;
    for (int row : std::as_const(rows)) {
        const QString label = rowLabel(row);
        if (stating.contains(row) || label.isEmpty())
            continue;
        if (matchKeywordRule(m_spec.items, {label}))
            stating.append(row);
        else
            parts.append(row);
    }
    std::sort(stating.begin(), stating.end());
    return {stating, parts};
}

// The metric and facet a keyword table's cell states, by its column's
// header path and its row's label; an empty metric when it names none.
std::pair<QString, model::Facet> TableFigureWriter::keywordCell(int column,
                                                                const QString &label) const {
    QStringList path = m_view.headerPath(column);
    const bool skipped = std::any_of(path.cbegin(), path.cend(), [&](const QString &header) {
        return std::any_of(m_spec.skipColumns.cbegin(), m_spec.skipColumns.cend(),
                           [&](const QString &keyword) { return header.contains(keyword); });
    });
    if (skipped)
        return {};
    if (!label.isEmpty())
        path.prepend(label);
    const TableKeywordRule *item = matchKeywordRule(m_spec.items, path);
    const TableKeywordRule *facet = matchKeywordRule(m_spec.facets, path);
    const model::Facet cellFacet = facet ? facet->facet : model::Facet::Value;
    if (item)
        return {item->metric, cellFacet};
    // A 合计 names the table's total only in a row that names nothing else
    // than the total or the year ("行政经费" beside the 三公 rows is no 三公).
    static const QRegularExpression yearOnly(QStringLiteral("^\\s*20\\d\\d\\s*年度?\\s*$"));
    const bool plainRow =
        label.isEmpty() || isTotalLabel(normalizedLabel(label)) || yearOnly.match(label).hasMatch();
    const bool totalColumn = std::any_of(path.cbegin(), path.cend(), [](const QString &header) {
        return isTotalLabel(normalizedLabel(header));
    });
    if (!m_spec.itemsTotal.isEmpty() && plainRow && totalColumn)
        return {m_spec.itemsTotal, cellFacet};
    return {};
}

void TableFigureWriter::writeKeywordCells() {
    const KeywordRows rows = keywordRows();
    for (int row : rows.stating) {
        const QString label = rowLabel(row);
        for (int column = 0; column < m_view.columnCount(); ++column)
            if (m_view.kind(column) == ColumnKind::Amount)
                if (const auto [metric, facet] = keywordCell(column, label); !metric.isEmpty())
                    add(metric, facet, row, column);
    }
    // The units' rows under a 合计: each unit's total, named by the unit.
    if (m_spec.partsTotal.isEmpty())
        return;
    for (int row : rows.parts) {
        for (int column = 0; column < m_view.columnCount(); ++column) {
            if (m_view.kind(column) != ColumnKind::Amount)
                continue;
            const auto [metric, facet] = keywordCell(column, {});
            if (metric == m_spec.itemsTotal)
                add(m_spec.partsTotal, facet, row, column, rowLabel(row).trimmed());
        }
    }
}

} // namespace juesuan::extract
