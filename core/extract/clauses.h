#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace juesuan::extract {

class FigureMaker;
class PatternTable;

// Reads the comparison clauses in normalised [begin, end) that follow a
// figure (与年初预算相比…, 与上年决算相比…, 完成…%, 占…%) as figures of
// each of `metrics` with `subject`; a reason (变动原因：…) after a clause is
// attached to that clause's figures.
void readClauses(QStringView text, qsizetype begin, qsizetype end, const PatternTable &patterns,
                 const QStringList &metrics, const QString &subject, const QString &section,
                 FigureMaker &maker);

// Reads a "主要包括：A 1.2万元、B 3万元。" list starting right after normalised
// offset `begin`: one figure of `metric` per item, subject = prefix + name.
void readItemList(QStringView text, qsizetype begin, qsizetype end, const QString &metric,
                  const QString &subjectPrefix, const QString &section, FigureMaker &maker);

} // namespace juesuan::extract
