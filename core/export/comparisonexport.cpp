#include "core/export/comparisonexport.h"

#include "core/check/finding.h"
#include "core/export/atomicfile.h"
#include "core/export/findingsjson.h"
#include "core/export/jsonexport.h"
#include "core/model/metriccatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryFile>
#include <algorithm>
#include <array>
#include <cstdio>
#include <xlsxwriter.h>

namespace juesuan::exporting {
namespace {

QString label(const QString &metric) {
    const auto *info = model::MetricCatalogue::builtin().find(metric);
    return info ? info->zh : metric;
}

// The money unit of a row's amounts in every export: A's (Δ is in it), or
// B's when A is missing. One unit column must hold for both sides.
model::MoneyUnit rowUnit(const compare::ComparisonRow &row) {
    const auto &q = row.a ? row.a : row.b;
    return q && q->kind() == model::QuantityKind::Money ? q->unit() : model::MoneyUnit::None;
}

// A side's value in the row's unit: a 元 amount beside a 万元 one is
// converted exactly (13368201.00 元 → 1336.820100 万元), never mislabelled.
QString valueText(const std::optional<model::Quantity> &quantity, model::MoneyUnit unit) {
    return quantity ? quantity->valueIn(unit).toString() : QString();
}

QString optionalText(const std::optional<model::Decimal> &value) {
    return value ? value->toString() : QString();
}

QString unitText(const compare::ComparisonRow &row) {
    const auto &q = row.a ? row.a : row.b;
    if (!q)
        return {};
    if (q->kind() == model::QuantityKind::Money)
        return model::unitSymbol(rowUnit(row));
    return q->kind() == model::QuantityKind::Percent ? QStringLiteral("%") : QString();
}

QString csvField(const QString &text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QStringList headers() {
    return {QStringLiteral("metric"),
            QCoreApplication::translate("Comparison", "Item"),
            QCoreApplication::translate("Comparison", "Facet"),
            QCoreApplication::translate("Comparison", "Subject"),
            QStringLiteral("A"),
            QStringLiteral("B"),
            QCoreApplication::translate("Comparison", "Unit"),
            QStringLiteral("Δ"),
            QStringLiteral("Δ%"),
            QCoreApplication::translate("Comparison", "Execution %", "决算 ÷ 预算, 执行率")};
}

QStringList rowFields(const compare::ComparisonRow &row) {
    return {row.metric,
            label(row.metric),
            model::facetId(row.facet),
            row.subject(),
            valueText(row.a, rowUnit(row)),
            valueText(row.b, rowUnit(row)),
            unitText(row),
            optionalText(row.delta),
            optionalText(row.deltaPercent),
            optionalText(row.execution)};
}

// Digits after the decimal point of a number as exported ("1336.820100" → 6).
int decimalsOf(const QString &number) {
    const qsizetype point = number.indexOf(u'.');
    return point < 0 ? 0 : int(number.size() - point - 1);
}

} // namespace

QJsonObject comparisonToJson(const compare::Comparison &comparison) {
    QJsonArray rows;
    for (const compare::ComparisonRow &row : comparison.rows) {
        QJsonObject object{{QStringLiteral("metric"), row.metric},
                           {QStringLiteral("facet"), model::facetId(row.facet)}};
        if (!row.subjectA.isEmpty())
            object.insert(QStringLiteral("subjectA"), row.subjectA);
        if (!row.subjectB.isEmpty())
            object.insert(QStringLiteral("subjectB"), row.subjectB);
        const model::MoneyUnit unit = rowUnit(row);
        if (row.a)
            object.insert(QStringLiteral("a"), valueText(row.a, unit));
        if (row.b)
            object.insert(QStringLiteral("b"), valueText(row.b, unit));
        if (const auto &q = row.a ? row.a : row.b)
            object.insert(QStringLiteral("kind"), model::kindId(q->kind()));
        if (unit != model::MoneyUnit::None)
            object.insert(QStringLiteral("unit"), model::unitId(unit));
        if (row.delta)
            object.insert(QStringLiteral("delta"), row.delta->toString());
        if (row.deltaPercent)
            object.insert(QStringLiteral("deltaPercent"), row.deltaPercent->toString());
        if (row.execution)
            object.insert(QStringLiteral("execution"), row.execution->toString());
        rows.append(object);
    }
    QJsonArray findings;
    for (const check::Finding &finding : comparison.crossFindings)
        findings.append(findingToJson(finding));
    auto side = [](const model::Report *report) {
        return QJsonObject{{QStringLiteral("source"), report->sourcePath},
                           {QStringLiteral("unit"), report->unitName},
                           {QStringLiteral("type"), model::reportTypeId(report->type)},
                           {QStringLiteral("year"), report->year}};
    };
    return {{QStringLiteral("mode"), compare::modeId(comparison.mode)},
            {QStringLiteral("a"), side(comparison.a)},
            {QStringLiteral("b"), side(comparison.b)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("crossReportFindings"), findings}};
}

QString comparisonToCsv(const compare::Comparison &comparison) {
    QString csv;
    auto appendLine = [&csv](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(u',') + u"\r\n";
    };
    appendLine(headers());
    for (const compare::ComparisonRow &row : comparison.rows)
        appendLine(rowFields(row));
    return csv;
}

bool writeComparisonCsv(const compare::Comparison &comparison, const QString &path,
                        QString *error) {
    // A byte-order mark, so that spreadsheet programs read it as UTF-8.
    return writeFileAtomically(path, "\xEF\xBB\xBF" + comparisonToCsv(comparison).toUtf8(), error);
}

bool writeComparisonXlsx(const compare::Comparison &comparison, const QString &path,
                         QString *error) {
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".juesuan-XXXXXX.xlsx")));
    if (!temporary.open()) {
        *error = temporary.errorString();
        return false;
    }
    const QByteArray temporaryPath = QFile::encodeName(temporary.fileName());
    temporary.close();

    lxw_workbook *workbook = workbook_new(temporaryPath.constData());
    if (!workbook) {
        *error = QCoreApplication::translate("Comparison", "cannot create the workbook");
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    // One cell format per number of decimals, made on first use.
    std::array<lxw_format *, 9> numberFormats{};
    const auto numberFormat = [&](int decimals) {
        decimals = std::clamp(decimals, 0, int(numberFormats.size()) - 1);
        if (!numberFormats[decimals]) {
            numberFormats[decimals] = workbook_add_format(workbook);
            const QByteArray pattern =
                decimals == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(decimals, '0');
            format_set_num_format(numberFormats[decimals], pattern.constData());
        }
        return numberFormats[decimals];
    };
    const QStringList header = headers();
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(), bold);
    lxw_row_t r = 1;
    for (const compare::ComparisonRow &row : comparison.rows) {
        const QStringList fields = rowFields(row);
        for (int c = 0; c < fields.size(); ++c) {
            if (fields[c].isEmpty())
                continue;
            // Numbers as numbers so the sheet can compute with them, shown
            // with the decimals they were printed with (24.00 stays 24.00);
            // the exact digits stay in the CSV and JSON exports.
            const bool numeric = c >= 4 && c != 6;
            if (numeric)
                worksheet_write_number(sheet, r, lxw_col_t(c), fields[c].toDouble(),
                                       numberFormat(decimalsOf(fields[c])));
            else
                worksheet_write_string(sheet, r, lxw_col_t(c), fields[c].toUtf8().constData(),
                                       nullptr);
        }
        ++r;
    }
    worksheet_set_column(sheet, 1, 3, 28, nullptr);
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(status));
        QFile::remove(temporary.fileName());
        return false;
    }
    // rename(2) replaces the target atomically.
    if (std::rename(temporaryPath.constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QCoreApplication::translate("Comparison", "cannot replace %1").arg(path);
        QFile::remove(temporary.fileName());
        return false;
    }
    return true;
}

} // namespace juesuan::exporting
