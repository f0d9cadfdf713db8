#pragma once

#include "core/check/severity.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace juesuan::ui {

// How a severity looks everywhere in the window: the same red for errors in
// the library, the findings list, the badges and the marks in the source.
QColor severityColor(check::Severity severity);
QIcon severityIcon(check::Severity severity);

} // namespace juesuan::ui
