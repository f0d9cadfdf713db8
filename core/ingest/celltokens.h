#pragma once

#include <QStringList>
#include <QStringView>

namespace juesuan::ingest {

// What a table cell's text is, as readers tell header rows from body rows:
// an amount ("2,940.05", "-3", "12.5%", spaces inside allowed) or a subject
// code (2 to 9 digits: "201", "06", "2010601").
bool isAmountToken(QStringView text);
bool isCodeToken(QStringView text);

// A row of column numbers under a table's header ("栏次 | 1 | 2 | 3",
// "1 | 2 | 3", "4=5+6"): every number is the one after the number before it,
// markers (栏次, 行次, *) aside. Header, never amounts.
bool isColumnNumberRow(const QStringList &texts);

} // namespace juesuan::ingest
