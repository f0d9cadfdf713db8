// Every item model of the window passes QAbstractItemModelTester through
// loading, filtering, reloading and closing; the library filter finds a unit
// by Chinese, full pinyin or initials and sorts names in pinyin order.
#include "tests/core/catchqtstrings.h"
#include "tests/ui/uitestapp.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/document/reportloader.h"
#include "ui/language.h"
#include "ui/models/figuresmodel.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/libraryfilterproxy.h"
#include "ui/models/librarymodel.h"
#include "ui/models/relationsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

using namespace juesuan;
using Tester = QAbstractItemModelTester;

namespace {

constexpr auto warn = QAbstractItemModelTester::FailureReportingMode::Warning;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

} // namespace

TEST_CASE("Library model and filter proxy keep the model contract while reports come and go",
          "[ui][models]") {
    const uitest::ModelWarnings warnings;
    QTemporaryDir dir;
    const QString empty = writeFile(dir, QStringLiteral("empty.txt"), {});
    const QString binary = writeFile(dir, QStringLiteral("binary.txt"),
                                     QByteArray("\x00\x01\x02\xff\xfe", 5).repeated(200));

    ui::ReportLibrary library;
    ui::LibraryModel model(&library);
    ui::LibraryFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester modelTester(&model, warn);
    Tester proxyTester(&proxy, warn);
    proxy.sort(ui::LibraryModel::Unit);

    REQUIRE(
        uitest::openAndWait(library, {uitest::wuhaiPath(), uitest::ordosPath(), empty, binary}));
    REQUIRE(model.rowCount() == 4);

    SECTION("unreadable files are rows with their reason") {
        int failed = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ui::ReportDocument *document = model.document(model.index(row, 0));
            if (!document->hasFailed())
                continue;
            ++failed;
            CHECK(!document->error().isEmpty());
            CHECK(model.index(row, ui::LibraryModel::File).data().toString() == document->error());
            CHECK(model.index(row, ui::LibraryModel::Unit).data().toString() ==
                  document->fileName());
        }
        CHECK(failed == 2);
    }

    SECTION("the filter finds a unit by characters, full pinyin or initials") {
        struct Case {
            QString filter;
            QString unit;
        };
        const Case cases[] = {
            {QStringLiteral("乌海"), QStringLiteral("乌海市总工会")},
            {QStringLiteral("wuhai"), QStringLiteral("乌海市总工会")},
            {QStringLiteral("WuHai"), QStringLiteral("乌海市总工会")},
            {QStringLiteral("whs"), QStringLiteral("乌海市总工会")},
            {QStringLiteral("鄂尔多斯"), QStringLiteral("鄂尔多斯市总工会")},
            {QStringLiteral("eerduosi"), QStringLiteral("鄂尔多斯市总工会")},
            {QStringLiteral("eeds"), QStringLiteral("鄂尔多斯市总工会")},
        };
        for (const Case &c : cases) {
            INFO(c.filter.toStdString());
            proxy.setFilterText(c.filter);
            REQUIRE(proxy.rowCount() == 1);
            CHECK(proxy.index(0, ui::LibraryModel::Unit).data().toString().contains(c.unit));
        }
        proxy.setFilterText(QStringLiteral("zgh")); // 总工会: both units
        CHECK(proxy.rowCount() == 2);
        proxy.setFilterText(QStringLiteral("empty")); // file names of unreadable files
        CHECK(proxy.rowCount() == 1);
        proxy.setFilterText(QStringLiteral("beijing"));
        CHECK(proxy.rowCount() == 0);
        proxy.setFilterText({});
        CHECK(proxy.rowCount() == 4);
    }

    SECTION("unit names sort in pinyin order (内蒙古…鄂尔多斯 n before 乌海 w)") {
        const auto rowOf = [&proxy](QStringView name) {
            for (int row = 0; row < proxy.rowCount(); ++row)
                if (proxy.index(row, ui::LibraryModel::Unit).data().toString().contains(name))
                    return row;
            return -1;
        };
        REQUIRE(rowOf(u"鄂尔多斯") >= 0);
        REQUIRE(rowOf(u"乌海") >= 0);
        CHECK(rowOf(u"鄂尔多斯") < rowOf(u"乌海"));
        proxy.sort(ui::LibraryModel::Unit, Qt::DescendingOrder);
        CHECK(rowOf(u"乌海") < rowOf(u"鄂尔多斯"));
    }

    SECTION("reloading keeps one row per file, closing removes it") {
        ui::ReportDocument *wuhai = library.find(uitest::wuhaiPath());
        REQUIRE(wuhai);
        library.reload(wuhai);
        REQUIRE(uitest::openAndWait(library, {}));
        CHECK(model.rowCount() == 4);
        REQUIRE(uitest::openAndWait(library, {uitest::wuhaiPath()}));
        CHECK(model.rowCount() == 4);
        library.close(wuhai);
        CHECK(model.rowCount() == 3);
        CHECK(library.find(uitest::wuhaiPath()) == nullptr);
        library.closeAll();
        CHECK(model.rowCount() == 0);
    }

    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("A report opened twice under two names is marked as the same content", "[ui][models]") {
    ui::applyLanguage(i18n::Language::English);
    QTemporaryDir dir;
    QFile original(uitest::wuhaiPath());
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QString copy = writeFile(dir, QStringLiteral("copy-of-wuhai.txt"), original.readAll());
    ui::ReportLibrary library;
    ui::LibraryModel model(&library);
    REQUIRE(uitest::openAndWait(library, {uitest::wuhaiPath()}));
    REQUIRE(uitest::openAndWait(library, {uitest::ordosPath(), copy}));
    REQUIRE(model.rowCount() == 3);
    const auto fileCell = [&](int row) {
        return model.index(row, ui::LibraryModel::File).data().toString();
    };
    CHECK(fileCell(0) == u"wuhai-zonggonghui-2024-final.txt");
    CHECK(fileCell(1) == u"ordos-zonggonghui-2023-final.txt");
    CHECK(fileCell(2) == u"copy-of-wuhai.txt (same content as wuhai-zonggonghui-2024-final.txt)");
}

TEST_CASE("Findings, figures and relations models keep the model contract", "[ui][models]") {
    const uitest::ModelWarnings warnings;
    std::unique_ptr<ui::ReportDocument> ordos(uitest::loadDocument(uitest::ordosPath()));
    std::unique_ptr<ui::ReportDocument> wuhai(uitest::loadDocument(uitest::wuhaiPath()));
    REQUIRE(ordos->isLoaded());
    REQUIRE(!ordos->findings().isEmpty());

    ui::FindingsModel findings;
    ui::FindingsFilterProxy filtered;
    filtered.setSourceModel(&findings);
    ui::FiguresModel figures;
    ui::RelationsModel relations;
    Tester findingsTester(&findings, warn);
    Tester filteredTester(&filtered, warn);
    Tester figuresTester(&figures, warn);
    Tester relationsTester(&relations, warn);

    findings.setDocument(ordos.get());
    figures.setDocument(ordos.get());
    relations.setDocument(ordos.get());
    CHECK(findings.rowCount() == ordos->findings().size());
    CHECK(figures.rowCount() == ordos->report().figures.size());

    SECTION("the severity filter keeps exactly the findings of that severity") {
        for (const check::Severity severity :
             {check::Severity::Error, check::Severity::Warning, check::Severity::Info}) {
            filtered.setSeverity(severity);
            CHECK(filtered.rowCount() == ordos->findingCount(severity));
            for (int row = 0; row < filtered.rowCount(); ++row)
                CHECK(filtered.index(row, 0).data(ui::FindingsModel::SeverityRole).toInt() ==
                      static_cast<int>(severity));
        }
        CHECK(ordos->findingCount(check::Severity::Error) > 0);
        filtered.setSeverity(std::nullopt);
        CHECK(filtered.rowCount() == findings.rowCount());
    }

    SECTION("the family filter keeps exactly the findings of that family") {
        const QString family = ordos->findings().first().family;
        const auto expected = std::count_if(
            ordos->findings().cbegin(), ordos->findings().cend(),
            [&family](const check::Finding &finding) { return finding.family == family; });
        filtered.setFamily(family);
        CHECK(filtered.rowCount() == expected);
        filtered.setFamily({});
        CHECK(filtered.rowCount() == findings.rowCount());
    }

    SECTION("a figure's relations all involve it, and lead to its findings") {
        const QList<int> involved = ordos->figuresOfFinding(0);
        REQUIRE(!involved.isEmpty());
        relations.setFigure(involved.first());
        REQUIRE(relations.rowCount() > 0);
        bool leadsToFinding = false;
        for (int row = 0; row < relations.rowCount(); ++row)
            leadsToFinding =
                leadsToFinding ||
                relations.index(row, 0).data(ui::RelationsModel::FindingIndexRole).toInt() == 0;
        CHECK(leadsToFinding);
    }

    SECTION("switching and clearing the document resets every model") {
        findings.setDocument(wuhai.get());
        figures.setDocument(wuhai.get());
        relations.setDocument(wuhai.get());
        relations.setFigure(0);
        CHECK(figures.rowCount() == wuhai->report().figures.size());
        wuhai->apply(ui::loadReport(uitest::wuhaiPath())); // a reload
        CHECK(figures.rowCount() == wuhai->report().figures.size());
        findings.setDocument(nullptr);
        figures.setDocument(nullptr);
        relations.setDocument(nullptr);
        CHECK(findings.rowCount() == 0);
        CHECK(figures.rowCount() == 0);
        CHECK(relations.rowCount() == 0);
    }

    CHECK(warnings.messages().isEmpty());
}
