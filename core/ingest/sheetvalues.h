#pragma once

#include "core/ingest/officegrid.h"

#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>
#include <optional>

namespace juesuan::ingest {

// The cells of one worksheet that hold values, collected as a reader meets
// them, and the table they make. Only they decide the table's extent: the
// range a sheet declares (<dimension ref="A1:IV3380">, FreeXL's dimensions)
// and its formatted-but-empty cells often run far past the report's table.
class SheetValues {
public:
    // Bounds on what a report's sheet can hold; past them the sheet is refused.
    static constexpr qsizetype maxValues = 2'000'000; // cells holding a value
    static constexpr qsizetype maxCells = 4'000'000;  // rows × columns around them

    explicit SheetValues(QString sheetName)
        : m_sheetName(std::move(sheetName)) {}

    // Records a cell's display text (zero-based row and column); blank text is
    // no value. Returns false, with `error` set, past maxValues.
    bool add(int row, int column, const QString &text, QString *error);
    // A merged range, as the sheet declares it (it may reach past the values).
    void addMerge(const QRect &range) { m_merges.append(range); }

    // The smallest rectangle holding every value, merges clipped to it, or
    // nullopt with `error` set when it is larger than maxCells. An empty
    // sheet gives an empty table.
    std::optional<OfficeTable> table(bool mergesKnown, QString *error) const;

private:
    struct Value {
        QPoint at; // x = column, y = row
        QString text;
    };
    QString m_sheetName;
    QList<Value> m_values;
    QList<QRect> m_merges;
};

} // namespace juesuan::ingest
