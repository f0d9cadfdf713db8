#pragma once

#include <QStringView>

namespace juesuan::ingest {

// What a table cell's text is, as readers tell header rows from body rows:
// an amount ("2,940.05", "-3", "12.5%", spaces inside allowed) or a subject
// code (2 to 9 digits: "201", "06", "2010601").
bool isAmountToken(QStringView text);
bool isCodeToken(QStringView text);

} // namespace juesuan::ingest
