#pragma once

#include "core/i18n/language.h"
#include "core/model/quantity.h"
#include "core/model/span.h"

#include <QString>
#include <optional>

namespace juesuan::model {

// Which aspect of a metric a figure states. A metric such as `income.total`
// is stated as a value, and often also against the budget and the previous year.
enum class Facet {
    Value,           // the figure itself (决算数)
    Budget,          // 年初预算 / 全年预算
    BudgetDelta,     // 与年初预算相比 增加/减少 X
    BudgetPercent,   // 与年初预算相比 增长/下降 Y%
    Completion,      // 完成年初预算的 Z%
    PreviousDelta,   // 与上年决算相比 增加/减少 X
    PreviousPercent, // 与上年决算相比 增长/下降 Y%
    Share,           // 占 …%
};

// The direction a change is worded with; the stated number itself is unsigned.
enum class Direction { None, Increase, Decrease, Flat };

QString facetId(Facet facet); // stable JSON ids: "value", "budget", …
std::optional<Facet> facetFromId(QStringView id);
// The facet's one name for views, exports and finding messages: "actual"
// (决算数), "budget" (预算数), "change vs budget" (较预算增减), …
QString facetLabel(Facet facet, i18n::Language language = i18n::currentLanguage());
QString directionId(Direction direction); // "increase", "decrease", "flat", ""

// Where in the source a figure was read: narrative prose, a table cell, or the
// cached data of an embedded chart (DOCX). The same metric may be stated by
// several origins; the checker compares them.
enum class Origin { Narrative, Table, Chart };
QString originId(Origin origin);
// "narrative" (正文), "table" (表格), "chart data" (图表数据).
QString originLabel(Origin origin, i18n::Language language = i18n::currentLanguage());
// Which statement of a figure stated in several places is preferred:
// the narrative (0), then a table (1), then a chart's cached data (2).
int originRank(Origin origin);

// One number a report states: what it is (metric, facet, subject), its exact
// value, and where it stands in the source text.
struct Figure {
    QString metric; // id from the metric catalogue, e.g. "income.total"
    Facet facet = Facet::Value;
    // For collection members: the member's key, e.g. the functional item path
    // "一般公共服务/群众团体事务/工会事务" or a performance project's name.
    // Empty for report-level figures.
    QString subject;
    QString code; // functional classification code when stated (2012902)
    Quantity quantity;
    Span span;
    Direction direction = Direction::None; // for deltas and percent changes
    QString wording;                       // the phrase that introduced the number ("支出预算")
    QString reason;                        // stated reason for a change (变动原因/差异原因)
    QString section; // narrative section it was found in ("五", "十四/二")
    Origin origin = Origin::Narrative;
    // Why its reading is not sure, as a stable id ("unit_unstated": the table
    // states no unit; "columns_guessed": its columns were rebuilt from word
    // positions), empty when it is sure. A relation over a figure that is not
    // surely read never makes an error: at most a warning naming the doubt.
    QString doubt;

    // The stated delta with the sign its wording gives (减少 → negative).
    Decimal signedValue() const {
        return direction == Direction::Decrease ? -quantity.value() : quantity.value();
    }
};

} // namespace juesuan::model
