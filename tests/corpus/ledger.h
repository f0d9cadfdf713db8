#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A ledger: what a person read in one report of the shared corpus, by hand,
// from the document itself (tests/data/corpus/README.md describes the format).
namespace juesuan::corpus {

// How far the reading of a report is trusted to go: a "complete" ledger fails
// on any problem; a "reading" ledger (its report is still read incompletely)
// only reports its problems, and fails once it has none left so that someone
// promotes it to "complete".
enum class LedgerStatus { Reading, Complete };

struct LedgerTable {
    QString id;       // table catalogue id (resources/core/tables.json)
    QString title;    // as printed, for the reader of a diagnostic
    QList<int> pages; // 1-based; empty for sources without pages
};

struct LedgerFigure {
    QString name;   // the key figure it carries ("total_income"), for diagnostics
    QString metric; // metric catalogue id
    QString facet;  // "value", "budget", …
    QString value;  // exact decimal as printed, without thousands separators
    // A member of a collection (a functional class …): the classification code
    // as printed, or else the subject path as the catalogue names it
    // ("一般公共服务/信访事务"); both empty for a figure without a subject.
    QString code;
    QString subject;
    QString unit; // "wanyuan" or "yuan": the unit of the table it comes from
    QString where;
};

struct LedgerInconsistency {
    QString what;
    QStringList numbers; // any of them named by a finding counts as found
    QString outcome;     // when set, the finding must have this outcome id
    QString where;
    // Why no relation of the checker can establish it from what the report
    // states (it needs an assumption or a reading the reader does not do yet);
    // empty when the checker must find it.
    QString notSought;
};

struct LedgerError {
    QString relation;    // relation id of the error finding
    QStringList numbers; // all of them must be among the finding's values
    QString why;
};

struct Ledger {
    QString name; // file name without ".ledger.json"
    QString file; // relative to the corpus folder
    LedgerStatus status = LedgerStatus::Reading;
    QString unit;
    QStringList unitAliases;
    int year = 0;
    QString type;  // "final" | "budget"
    QString scope; // "department" | "unit"
    bool isTemplate = false;
    QString moneyUnit; // "wanyuan" | "yuan"
    QList<LedgerTable> tables;
    QList<LedgerFigure> figures;
    QList<LedgerInconsistency> inconsistencies;
    QList<LedgerError> errors;
};

// Reads a ledger file; on failure returns nothing and sets `error`.
std::optional<Ledger> readLedger(const QString &path, QString *error);

} // namespace juesuan::corpus
