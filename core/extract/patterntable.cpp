#include "core/extract/patterntable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace juesuan::extract {
namespace {

using model::Facet;
using model::QuantityKind;

std::optional<QuantityKind> kindOfPlaceholder(QStringView name) {
    if (name == u"AMOUNT")
        return QuantityKind::Money;
    if (name == u"PCT")
        return QuantityKind::Percent;
    if (name == u"COUNT")
        return QuantityKind::Count;
    if (name == u"SCORE")
        return QuantityKind::Score;
    return std::nullopt;
}

// The built-in patterns are compiled by PCRE2 on their first match, not
// here: a process reading one report uses a part of them (budget phrasings
// only in budgets, a section's rules only where it stands), and compiling
// all of them cost every start several milliseconds. patternErrors() compiles
// them all; the test suite asserts it finds none.
Phrasing compile(const QString &pattern) {
    return {QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption),
            requiredLiteral(pattern)};
}

// The end of a counted quantifier "{2}", "{0,12}" or "{4,}" that opens at
// `open`, or -1 when the brace is not one.
qsizetype countedQuantifierEnd(QStringView pattern, qsizetype open) {
    qsizetype i = open + 1;
    const qsizetype digitsBegin = i;
    while (i < pattern.size() && pattern[i].isDigit())
        ++i;
    if (i == digitsBegin)
        return -1;
    if (i < pattern.size() && pattern[i] == u',')
        for (++i; i < pattern.size() && pattern[i].isDigit();)
            ++i;
    return i < pattern.size() && pattern[i] == u'}' ? i : -1;
}

// "income.total" or "func.expenditure@budget".
CaptureTarget parseTarget(const QString &text, QString *error) {
    CaptureTarget target;
    const qsizetype at = text.indexOf(u'@');
    target.metricTemplate = at < 0 ? text : text.left(at);
    if (at >= 0) {
        const auto facet = model::facetFromId(QStringView(text).mid(at + 1));
        if (!facet)
            *error = QStringLiteral("unknown facet in \"%1\"").arg(text);
        else
            target.facet = *facet;
    }
    return target;
}

QStringList stringList(const QJsonValue &value) {
    if (value.isString())
        return {value.toString()};
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

} // namespace

QString requiredLiteral(QStringView pattern) {
    QString best;
    QString run; // literal characters read since the last atom that is not one
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    int depth = 0;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern[i];
        if (c == u'\\') {
            // \d, \p{Han}, \x{4e00} or an escaped character: not read as text.
            if (depth == 0)
                endRun();
            i += 2;
            if (i < pattern.size() && pattern[i] == u'{' && i >= 2 &&
                QStringView(u"pPx").contains(pattern[i - 1]))
                i = std::max(i, pattern.indexOf(u'}', i) + 1);
            continue;
        }
        if (c == u'[') {
            // A class, whose first ']' (after an optional '^') is a member.
            if (depth == 0)
                endRun();
            ++i;
            if (i < pattern.size() && pattern[i] == u'^')
                ++i;
            if (i < pattern.size() && pattern[i] == u']')
                ++i;
            while (i < pattern.size() && pattern[i] != u']')
                i += pattern[i] == u'\\' ? 2 : 1;
            ++i;
            continue;
        }
        if (c == u'(') {
            // A group may be optional or alternate; inline options ("(?i)")
            // or a comment could change what plain text means: nothing is
            // then required.
            if (pattern.mid(i).startsWith(u"(?")) {
                const QChar kind = i + 2 < pattern.size() ? pattern[i + 2] : QChar();
                if (!QStringView(u":<=!>P").contains(kind))
                    return {};
            }
            if (depth == 0)
                endRun();
            ++depth;
            ++i;
            continue;
        }
        if (c == u')') {
            --depth;
            ++i;
            continue;
        }
        if (depth > 0) {
            ++i;
            continue;
        }
        if (c == u'|')
            return {};
        qsizetype quantifierEnd = -1;
        if (c == u'?' || c == u'*' || c == u'+')
            quantifierEnd = i;
        else if (c == u'{' && (quantifierEnd = countedQuantifierEnd(pattern, i)) < 0)
            return {}; // a literal brace: rare enough not to be read
        if (quantifierEnd >= 0) {
            // It applies to the character before it alone (a whole code point).
            if (!run.isEmpty())
                run.chop(run.size() >= 2 && run.back().isLowSurrogate() ? 2 : 1);
            endRun();
            i = quantifierEnd + 1;
            if (i < pattern.size() && (pattern[i] == u'?' || pattern[i] == u'+'))
                ++i; // lazy or possessive
            continue;
        }
        if (c == u'.' || c == u'^' || c == u'$') {
            endRun();
            ++i;
            continue;
        }
        run += c;
        ++i;
    }
    endRun();
    return best;
}

const PatternTable &PatternTable::builtin() {
    static const PatternTable table = [] {
        QList<QPair<QString, QByteArray>> documents;
        const QDir dir(QStringLiteral(":/juesuan/core"));
        QStringList names =
            dir.entryList({QStringLiteral("patterns*.json")}, QDir::Files, QDir::Name);
        // The base table first: it defines the placeholders the others use
        // ("patterns-pdf.json" sorts before "patterns.json").
        names.move(std::max<qsizetype>(0, names.indexOf(QStringLiteral("patterns.json"))), 0);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                documents.append({name, file.readAll()});
        }
        QString error;
        PatternTable parsed = fromJson(documents, &error);
        if (!error.isEmpty())
            qFatal("pattern table is invalid: %s", qPrintable(error));
        return parsed;
    }();
    return table;
}

QString PatternTable::expandPlaceholders(const QString &pattern, CaptureGroups &groups,
                                         QString *error) const {
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Z]+):([a-z_0-9]+)\\}"));
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        const QString group = match.captured(2);
        const auto kind = kindOfPlaceholder(name);
        if (!kind || !m_placeholders.contains(name)) {
            *error = QStringLiteral("unknown placeholder {%1}").arg(name);
            return {};
        }
        result += QStringView(pattern).mid(last, match.capturedStart() - last);
        result += QString(m_placeholders.value(name)).replace(QStringLiteral("{g}"), group);
        groups[group].kind = *kind;
        last = match.capturedEnd();
    }
    result += QStringView(pattern).mid(last);
    return result;
}

PatternTable PatternTable::fromJson(const QList<QPair<QString, QByteArray>> &documents,
                                    QString *error) {
    PatternTable table;
    for (const auto &[name, json] : documents) {
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            *error = QStringLiteral("%1: %2").arg(name, parseError.errorString());
            return table;
        }
        const QJsonObject placeholders = root.value(u"placeholders").toObject();
        for (auto it = placeholders.begin(); it != placeholders.end(); ++it)
            table.m_placeholders.insert(it.key(), it.value().toString());
        for (const QJsonValue &value : root.value(u"sections").toArray()) {
            const QJsonObject object = value.toObject();
            table.m_sections.append(
                {object.value(u"key").toString(), stringList(object.value(u"titles"))});
        }
        for (const QJsonValue &value : root.value(u"rules").toArray()) {
            const QJsonObject object = value.toObject();
            PatternRule rule;
            rule.id = object.value(u"id").toString();
            const QString where = name + u": rule " + rule.id;
            rule.sections = object.value(u"section").toString().split(u'|');
            const QString pattern =
                table.expandPlaceholders(object.value(u"pattern").toString(), rule.groups, error);
            if (!error->isEmpty())
                return *error = where + u": " + *error, table;
            rule.phrasing = compile(pattern);
            const QJsonObject captures = object.value(u"captures").toObject();
            for (auto it = captures.begin(); it != captures.end(); ++it) {
                if (!rule.groups.contains(it.key())) {
                    *error = where + u": capture of unknown group " + it.key();
                    return table;
                }
                for (const QString &target : stringList(it.value()))
                    rule.groups[it.key()].targets.append(parseTarget(target, error));
                if (!error->isEmpty())
                    return *error = where + u": " + *error, table;
            }
            rule.clauseMetrics = stringList(object.value(u"clauses"));
            rule.subjectTemplate = object.value(u"subject").toString();
            rule.metricFrom = object.value(u"metricFrom").toString();
            rule.classFrom = object.value(u"classFrom").toString();
            rule.codeFrom = object.value(u"codeFrom").toString();
            rule.within = object.value(u"within").toString();
            if (const QString type = object.value(u"reportType").toString(); type == u"budget")
                rule.reportType = model::ReportType::Budget;
            else if (type == u"final")
                rule.reportType = model::ReportType::FinalAccount;
            if (object.contains(u"list")) {
                const QJsonObject list = object.value(u"list").toObject();
                rule.list = ListSpec{list.value(u"metric").toString(),
                                     list.value(u"subjectPrefix").toString()};
            }
            table.m_rules.append(std::move(rule));
        }
        for (const QJsonValue &value : root.value(u"clauses").toArray()) {
            const QJsonObject object = value.toObject();
            ClauseRule clause;
            clause.id = object.value(u"id").toString();
            const QString where = name + u": clause " + clause.id;
            const QString pattern =
                table.expandPlaceholders(object.value(u"pattern").toString(), clause.groups, error);
            if (!error->isEmpty())
                return *error = where + u": " + *error, table;
            clause.phrasing = compile(pattern);
            for (auto it = clause.groups.begin(); it != clause.groups.end(); ++it) {
                const auto facet = model::facetFromId(object.value(it.key()).toString());
                if (!facet) {
                    *error = where + u": group " + it.key() + u" has no facet";
                    return table;
                }
                it->targets.append({QString(), *facet});
            }
            table.m_clauses.append(std::move(clause));
        }
        if (root.contains(u"reason"))
            table.m_reason = compile(root.value(u"reason").toObject().value(u"pattern").toString());
    }
    return table;
}

QStringList PatternTable::patternErrors() const {
    QStringList errors;
    const auto check = [&errors](const QRegularExpression &regex, const QString &where) {
        if (!regex.isValid())
            errors.append(QStringLiteral("%1: %2 at offset %3")
                              .arg(where, regex.errorString())
                              .arg(regex.patternErrorOffset()));
    };
    for (const PatternRule &rule : m_rules)
        check(rule.phrasing.regex, u"rule " + rule.id);
    for (const ClauseRule &clause : m_clauses)
        check(clause.phrasing.regex, u"clause " + clause.id);
    check(m_reason.regex, QStringLiteral("reason"));
    return errors;
}

QString PatternTable::sectionKeyFor(QStringView title) const {
    for (const SectionKey &section : m_sections)
        for (const QString &keyword : section.titleKeywords)
            if (title.contains(keyword))
                return section.key;
    return {};
}

} // namespace juesuan::extract
