// The relation catalogue: the compiled-in files load, a user file is merged
// on top, and a malformed file is refused with its name and line.
#include "core/check/relationcatalogue.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace juesuan;
using check::RelationCatalogue;

namespace {

std::optional<RelationCatalogue> parse(const char *json, QString *error) {
    return RelationCatalogue::fromJson(QByteArray(json), QStringLiteral("extra.json"), error);
}

} // namespace

TEST_CASE("Every compiled-in relation file loads without error", "[check][catalogue]") {
    CHECK(RelationCatalogue::builtinErrors().isEmpty());
    const RelationCatalogue &catalogue = RelationCatalogue::builtin();
    REQUIRE(catalogue.relations().size() > 40);

    // Each relations*.json in the resources contributes, not only relations.json.
    const QStringList files = QDir(QStringLiteral(":/juesuan/core"))
                                  .entryList({QStringLiteral("relations*.json")}, QDir::Files);
    QSet<QString> sources;
    QSet<QString> ids;
    for (const check::Relation &relation : catalogue.relations()) {
        sources.insert(relation.sourceFile);
        CHECK(relation.sourceLine > 0);
        CHECK(!ids.contains(relation.id));
        ids.insert(relation.id);
    }
    for (const QString &file : files) {
        INFO(file.toStdString());
        CHECK(sources.contains(file));
    }
    // A relation's line is the one its id is written on.
    QHash<QString, QStringList> lines;
    for (const QString &file : files) {
        QFile json(QStringLiteral(":/juesuan/core/") + file);
        REQUIRE(json.open(QIODevice::ReadOnly));
        lines.insert(file, QString::fromUtf8(json.readAll()).split(u'\n'));
    }
    for (const check::Relation &relation : catalogue.relations()) {
        INFO(relation.id.toStdString());
        const QStringList &fileLines = lines.value(relation.sourceFile);
        REQUIRE(relation.sourceLine <= fileLines.size());
        const QString &line = fileLines[relation.sourceLine - 1];
        CHECK(line.contains(QStringLiteral("\"id\"")));
        CHECK(line.contains(u'"' + relation.id.section(u'@', 0, 0) + u'"'));
    }
    // The outcome notes and labels the messages use are present in both languages.
    for (const char16_t *key :
         {u"outcome.rounding_tail", u"outcome.precision", u"outcome.sign_only",
          u"outcome.zero_base", u"label.constant", u"label.previous_report"}) {
        const check::Text text = catalogue.text(QString::fromUtf16(key));
        CHECK(!text.zh.isEmpty());
        CHECK(!text.en.isEmpty());
    }
}

TEST_CASE("A malformed catalogue names its file and line", "[check][catalogue]") {
    QString error;
    CHECK_FALSE(
        parse("{\n \"relations\": [\n  {\"id\": \"a\",\n   \"form\": \"sum\"\n  ,,]\n}", &error));
    CHECK(error.startsWith(u"extra.json:5:"));

    CHECK_FALSE(parse("{\n \"relations\": [\n  {\n   \"id\": \"my.tie\",\n   \"form\": \"sum\",\n"
                      "   \"stated\": \"no.such.metric\", \"parts\": [\"income.total\"],\n"
                      "   \"zh\": \"x\", \"en\": \"x\"}\n ]\n}",
                      &error));
    CHECK(error.startsWith(u"extra.json:4:"));
    CHECK(error.contains(u"no.such.metric"));

    CHECK_FALSE(parse("{\"relations\": [{\"id\": \"r\", \"form\": \"ratio\", \"stated\": "
                      "\"income.total\", \"zh\": \"x\", \"en\": \"x\"}]}",
                      &error));
    CHECK(error.contains(u"numerator"));

    CHECK_FALSE(parse("{\"relations\": [{\"id\": \"r\", \"form\": \"sum\", \"stated\": "
                      "\"income.total@sideways\", \"parts\": [\"income.total\"], \"zh\": \"x\", "
                      "\"en\": \"x\"}]}",
                      &error));
    CHECK(error.contains(u"sideways"));

    CHECK_FALSE(parse("[1, 2]", &error));
    CHECK(error.contains(u"relations"));
}

TEST_CASE("A user catalogue adds relations and can retune a built-in one", "[check][catalogue]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"relations": [
      {"id": "project.economic_classes", "family": "sum", "severity": "warning", "form": "sum",
       "stated": "gp.project", "parts": [{"metric": "project.econ", "select": "depth", "depth": 1}],
       "zh": "项目支出{stated}", "en": "Project expenditure {stated}"},
      {"id": "local.gp_within_fiscal", "family": "sum", "form": "sum", "partial": true,
       "stated": "fiscal.total", "parts": ["gp.expenditure"],
       "zh": "一般公共预算支出不能超过财政拨款总计", "en": "General budget within fiscal total"}
    ]})");
    file.close();

    RelationCatalogue catalogue = RelationCatalogue::builtin();
    const qsizetype before = catalogue.relations().size();
    QString error;
    REQUIRE(catalogue.loadFile(path, &error));
    CHECK(catalogue.relations().size() == before + 1);
    CHECK(catalogue.find(u"project.economic_classes")->severity == check::Severity::Warning);
    CHECK(catalogue.find(u"local.gp_within_fiscal")->partial);

    CHECK_FALSE(catalogue.loadFile(dir.filePath(QStringLiteral("missing.json")), &error));
    CHECK(error.contains(u"missing.json"));
}
