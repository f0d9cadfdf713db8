#include "core/extract/performancetables.h"

#include "core/extract/figuremaker.h"
#include "core/extract/texttables.h"
#include "core/text/normalizer.h"

#include <array>

namespace juesuan::extract {
namespace {

using model::Facet;
using model::QuantityKind;
using Row = QList<TextTable::Cell>;

constexpr QStringView tableTitle = u"项目支出绩效自评表";

struct FundsColumn {
    QStringView header;
    const char16_t *metric;
    QuantityKind kind;
};

// The funds block's columns, matched by header text.
constexpr std::array fundsColumns{
    FundsColumn{u"年初预算", u"perf.table.initial_budget", QuantityKind::Money},
    FundsColumn{u"全年预算", u"perf.table.full_budget", QuantityKind::Money},
    FundsColumn{u"全年执行", u"perf.table.executed", QuantityKind::Money},
    FundsColumn{u"分值", u"perf.table.funds_weight", QuantityKind::Score},
    FundsColumn{u"执行率", u"perf.table.execution_rate", QuantityKind::Percent},
    FundsColumn{u"得分", u"perf.table.funds_score", QuantityKind::Score},
};

// The funds rows and the subject suffix each gets.
struct FundsRow {
    QStringView label;
    QStringView suffix;
};
constexpr std::array fundsRows{
    FundsRow{u"年度资金总额", u""},      FundsRow{u"其中：财政拨款", u"/财政拨款"},
    FundsRow{u"财政拨款", u"/财政拨款"}, FundsRow{u"上年结转", u"/上年结转资金"},
    FundsRow{u"其他资金", u"/其他资金"},
};

bool isNumber(QStringView text) {
    return model::Decimal::parse(text).has_value();
}

// The first cell that starts with `label` (header and label cells do; a
// prefix test is also far cheaper than a substring search, and runs per cell).
qsizetype findCell(const Row &row, QStringView label) {
    for (qsizetype i = 0; i < row.size(); ++i)
        if (row[i].text.startsWith(label))
            return i;
    return -1;
}

QString firstNonEmptyAfter(const Row &row, qsizetype index) {
    for (qsizetype i = index + 1; i < row.size(); ++i)
        if (!row[i].text.isEmpty())
            return row[i].text;
    return {};
}

class TableReader {
public:
    TableReader(const TextTable &table, model::MoneyUnit unit, FigureMaker &maker)
        : m_table(table)
        , m_unit(unit)
        , m_maker(maker) {}

    model::PerformanceTable read() {
        model::PerformanceTable result;
        for (const Row &row : m_table.rows) {
            if (const qsizetype name = findCell(row, u"项目名称"); name >= 0) {
                m_project = firstNonEmptyAfter(row, name);
                break;
            }
        }
        result.project = m_project;
        if (m_project.isEmpty())
            return result;
        for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
            const Row &row = m_table.rows[r];
            if (findCell(row, u"年初预算") >= 0 && findCell(row, u"分值") >= 0)
                m_fundsHeader = &row;
            else if (findCell(row, u"一级指标") >= 0 && findCell(row, u"得分") >= 0)
                setIndicatorHeader(row);
            else if (m_indicatorHeader && findCell(row, u"总分") >= 0)
                readTotal(row);
            else if (m_indicatorHeader)
                readIndicator(row, result);
            else if (m_fundsHeader)
                readFunds(row);
        }
        return result;
    }

private:
    void add(const TextTable::Cell &cell, QuantityKind kind, const QString &metric,
             const QString &subject, QString wording = {}) {
        if (!isNumber(cell.text))
            return;
        const QString unit = kind == QuantityKind::Money ? model::unitSymbol(m_unit) : QString();
        if (auto *figure =
                m_maker.add(kind, cell.text, unit, cell.begin, cell.end, metric, Facet::Value,
                            subject, QStringLiteral("perf-table"), model::Origin::Table))
            figure->wording = std::move(wording);
    }

    void readFunds(const Row &row) {
        for (const FundsRow &kind : fundsRows) {
            const qsizetype label = findCell(row, kind.label);
            if (label < 0)
                continue;
            const QString subject = m_project + kind.suffix;
            // Values by the header cell above them; when the row is shifted
            // (merged cells), by order after the label instead.
            QList<const TextTable::Cell *> values;
            for (qsizetype i = label + 1; i < row.size(); ++i)
                if (!row[i].text.isEmpty())
                    values.append(&row[i]);
            qsizetype ordinal = 0;
            for (const FundsColumn &column : fundsColumns) {
                const qsizetype at = findCell(*m_fundsHeader, column.header);
                if (at < 0)
                    continue;
                const TextTable::Cell *cell = nullptr;
                if (at < row.size() && at > label && !row[at].text.isEmpty())
                    cell = &row[at];
                else if (ordinal < values.size())
                    cell = values[ordinal];
                ++ordinal;
                if (cell)
                    add(*cell, column.kind, QString::fromUtf16(column.metric), subject);
            }
            return;
        }
    }

    // The indicator columns, found once per table from the header row.
    enum IndicatorColumn { Nature, Comparator, Target, Actual, Unit, Weight, Score, Reason, Count };
    void setIndicatorHeader(const Row &header) {
        static constexpr std::array<QStringView, Count> names{
            u"指标性质", u"指标方向", u"年度指标值", u"实际完成值",
            u"计量单位", u"分值",     u"得分",       u"偏差原因"};
        m_indicatorHeader = &header;
        for (int i = 0; i < Count; ++i)
            m_indicatorColumns[i] = findCell(header, names[i]);
    }

    static bool isNatureWord(QStringView text) {
        return text == u"正向" || text == u"反向" || text == u"定性" || text == u"定量";
    }

    void readIndicator(const Row &row, model::PerformanceTable &result) {
        const qsizetype headerNature = m_indicatorColumns[Nature];
        qsizetype nature = -1;
        for (qsizetype i = 0; i < row.size() && nature < 0; ++i)
            if (isNatureWord(row[i].text))
                nature = i;
        if (nature < 0 || headerNature < 0)
            return;
        // Every column relative to 指标性质, as the header lays them out.
        auto cellFor = [&](IndicatorColumn column) -> const TextTable::Cell * {
            const qsizetype at = m_indicatorColumns[column];
            const qsizetype index = at < 0 ? -1 : nature + (at - headerNature);
            return index >= 0 && index < row.size() ? &row[index] : nullptr;
        };
        auto textFor = [&](IndicatorColumn column) {
            const auto *cell = cellFor(column);
            return cell ? cell->text : QString();
        };
        model::IndicatorRow indicator;
        QStringList names; // the non-empty cells before 指标性质: levels 1-3
        for (qsizetype i = 0; i < nature; ++i)
            if (!row[i].text.isEmpty() && row[i].text != u"绩效指标")
                names.append(row[i].text);
        indicator.level3 = names.value(names.size() - 1);
        indicator.level2 = names.size() >= 2 ? names[names.size() - 2] : m_level2;
        indicator.level1 = names.size() >= 3 ? names[names.size() - 3] : m_level1;
        m_level1 = indicator.level1;
        m_level2 = indicator.level2;
        indicator.nature = row[nature].text;
        indicator.comparator = textFor(Comparator);
        indicator.target = textFor(Target);
        indicator.actual = textFor(Actual);
        indicator.unit = textFor(Unit);
        indicator.deviationReason = textFor(Reason);
        result.indicators.append(indicator);
        const QString subject = m_project + u'/' + QString::number(result.indicators.size());
        if (const auto *weight = cellFor(Weight))
            add(*weight, QuantityKind::Score, QStringLiteral("perf.indicator.weight"), subject,
                indicator.level3);
        if (const auto *score = cellFor(Score))
            add(*score, QuantityKind::Score, QStringLiteral("perf.indicator.score"), subject,
                indicator.level3);
    }

    void readTotal(const Row &row) {
        QList<const TextTable::Cell *> numbers;
        for (const auto &cell : row)
            if (isNumber(cell.text))
                numbers.append(&cell);
        if (numbers.size() >= 2)
            add(*numbers[numbers.size() - 2], QuantityKind::Score,
                QStringLiteral("perf.table.total_weight"), m_project);
        if (!numbers.isEmpty())
            add(*numbers.back(), QuantityKind::Score, QStringLiteral("perf.table.total_score"),
                m_project);
    }

    const TextTable &m_table;
    model::MoneyUnit m_unit;
    FigureMaker &m_maker;
    QString m_project;
    QString m_level1, m_level2;
    const Row *m_fundsHeader = nullptr;
    const Row *m_indicatorHeader = nullptr;
    std::array<qsizetype, Count> m_indicatorColumns{};
};

} // namespace

void extractPerformanceTables(const text::NormalizedText &text, model::MoneyUnit defaultUnit,
                              FigureMaker &maker, model::Report &report) {
    const QStringView all(text.text());
    qsizetype at = all.indexOf(tableTitle);
    while (at >= 0) {
        const TextTable table = readTextTable(all, at);
        if (table.rows.isEmpty()) {
            at = all.indexOf(tableTitle, at + tableTitle.size());
            continue;
        }
        // The funds block states its unit in its label cell ("项目资金（万元）").
        model::MoneyUnit unit = defaultUnit;
        for (const auto &row : table.rows)
            for (const auto &cell : row)
                if (cell.text.startsWith(u"项目资金"))
                    unit = cell.text.contains(u"（万元）") ? model::MoneyUnit::WanYuan
                           : cell.text.contains(u"（元）") ? model::MoneyUnit::Yuan
                                                           : unit;
        TableReader reader(table, unit, maker);
        model::PerformanceTable performance = reader.read();
        if (!performance.project.isEmpty()) {
            const auto [begin, end] = text.toOriginal(table.begin, table.end);
            performance.span = {begin, end, -1};
            report.performanceTables.append(std::move(performance));
        }
        at = all.indexOf(tableTitle, std::max(at + tableTitle.size(), table.end));
    }
}

} // namespace juesuan::extract
