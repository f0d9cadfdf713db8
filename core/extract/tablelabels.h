#pragma once

#include <QString>
#include <QStringView>

namespace juesuan::extract {

// A label as tables and narratives are compared: whitespace, list numbering
// ("一、", "（一）", "1."), a "其中：" lead-in, quote marks and a trailing
// colon removed. "  二、 政府性基金预算财政拨款收入" → "政府性基金预算财政拨款收入".
QString normalizedLabel(QStringView label);

// The same without parenthetical notes: "使用非财政拨款结余（含专用结余）" →
// "使用非财政拨款结余".
QString labelWithoutNotes(QStringView label);

// The name a 类 of the functional classification goes by in subjects,
// whichever way a report words it: "一般公共服务支出（类）", "一般公共服务支出"
// and "一般公共服务" all become "一般公共服务". Narrative and tables use the
// same rule so that one item stated in both is compared.
QString canonicalClassName(QStringView name);

} // namespace juesuan::extract
