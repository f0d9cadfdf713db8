// Mutation test: a checker that holds on a clean report proves little unless
// it also fails when a number is wrong. For every figure that takes part in
// an error-severity relation, change its leading digit in the source text (far
// more than rounding), extract and check again, and require an error that
// names the changed figure.
#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "core/wording/findingtext.h"

#include <QSet>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

struct Target {
    model::Span span;
    QString label;
};

// Figures of error-severity relations that the report allowed evaluating.
QList<Target> targetsOf(const model::Report &report) {
    check::CheckOptions options;
    options.keepEvaluations = true;
    const check::CheckResult result = check::Checker().check(report, nullptr, options);
    QList<Target> targets;
    QSet<qsizetype> seen;
    for (const check::Evaluation &evaluation : result.evaluations) {
        if (evaluation.relation->severity != check::Severity::Error)
            continue;
        for (const model::Figure *figure : evaluation.figures())
            if (figure->span.isValid() && !seen.contains(figure->span.begin)) {
                seen.insert(figure->span.begin);
                targets.append({figure->span,
                                figure->metric + u'@' + model::facetId(figure->facet) + u'[' +
                                    figure->subject + u"] " + figure->quantity.value().toString()});
            }
    }
    return targets;
}

// Replaces the first digit inside the span: 0-4 → +5, 5-9 → −4, so the value
// changes by at least a unit of its leading digit and never gains a leading 0.
std::optional<QString> mutated(const QString &text, const model::Span &span) {
    for (qsizetype i = span.begin; i < span.end && i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            QString copy = text;
            copy[i] = QChar(c <= u'4' ? c + 5 : c - 4);
            return copy;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("A figure changed beyond rounding raises an error naming it", "[check][mutation]") {
    const QString sample = GENERATE(QStringLiteral("ordos-zonggonghui-2023-final.txt"),
                                    QStringLiteral("wuhai-zonggonghui-2024-final.txt"));
    const ingest::ReadResult read =
        ingest::readSource(QStringLiteral(JUESUAN_TEST_DATA_DIR "/samples/") + sample);
    REQUIRE(read.ok());
    const model::Report report = extract::extractReport(*read.document);
    const QList<Target> targets = targetsOf(report);
    REQUIRE(targets.size() > 50);

    check::CheckOptions errorsOnly;
    errorsOnly.minSeverity = check::Severity::Error;
    const check::Checker checker;
    QStringList misses;
    for (const Target &target : targets) {
        const auto text = mutated(report.text, target.span);
        if (!text) {
            misses.append(target.label + u" (no digit in its span)");
            continue;
        }
        ingest::SourceDocument document = *read.document;
        document.text = *text;
        const model::Report changed = extract::extractReport(document);
        const check::CheckResult result = checker.check(changed, nullptr, errorsOnly);
        const bool caught =
            std::any_of(result.findings.cbegin(), result.findings.cend(),
                        [&](const check::Finding &f) { return f.names(target.span); });
        if (!caught)
            misses.append(target.label + u"  line " +
                          QString::number(wording::lineAt(report.text, target.span.begin)) + u": " +
                          wording::quoteAround(*text, target.span, 16));
    }
    const double rate = 1.0 - double(misses.size()) / double(targets.size());
    QTextStream out(stdout);
    out << sample << ": " << targets.size() - misses.size() << " of " << targets.size()
        << " mutations caught (" << QString::number(rate * 100, 'f', 1) << "%)\n";
    for (const QString &miss : std::as_const(misses))
        out << "  missed: " << miss << '\n';
    out.flush();
    CHECK(rate >= 0.95);
}
