#include "app/commandline.h"

#include "core/i18n/tr.h"
#include "core/ingest/nativefiles.h"

#include <QRegularExpression>

namespace juesuan::app {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::app"};

bool needsValue(const QString &option) {
    static const QStringList valued{QStringLiteral("--encoding"),  QStringLiteral("--min-severity"),
                                    QStringLiteral("--catalogue"), QStringLiteral("--png"),
                                    QStringLiteral("--svg"),       QStringLiteral("--chart"),
                                    QStringLiteral("--size"),      QStringLiteral("--scale"),
                                    QStringLiteral("--lang"),      QStringLiteral("--jobs"),
                                    QStringLiteral("--report")};
    return valued.contains(option);
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments) {
    CommandLine result;
    qsizetype i = 0;
    if (!arguments.isEmpty()) {
        const QString &first = arguments.first();
        if (first == u"extract")
            result.command = CommandLine::Command::Extract;
        else if (first == u"check")
            result.command = CommandLine::Command::Check;
        else if (first == u"compare")
            result.command = CommandLine::Command::Compare;
        else if (first == u"survey")
            result.command = CommandLine::Command::Survey;
        if (result.command != CommandLine::Command::Gui)
            i = 1;
    }
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!argument.startsWith(u"--")) {
            result.files.append(argument);
            continue;
        }
        QString option = argument;
        QString value;
        if (const qsizetype eq = argument.indexOf(u'='); eq > 0) {
            option = argument.left(eq);
            value = argument.mid(eq + 1);
        } else if (needsValue(option)) {
            if (i + 1 >= arguments.size()) {
                result.error = tr("option %1 needs a value").arg(option);
                return result;
            }
            value = arguments[++i];
        }
        if (option == u"--json") {
            result.json = true;
        } else if (option == u"--jsonl") {
            result.jsonLines = true;
        } else if (option == u"--jobs") {
            bool ok = false;
            const int jobs = value.toInt(&ok);
            if (!ok || jobs < 1 || jobs > 1024) {
                result.error = tr("--jobs takes a number of threads from 1 to 1024");
                return result;
            }
            result.jobs = jobs;
        } else if (option == u"--encoding") {
            result.encoding = value;
        } else if (option == u"--min-severity") {
            if (value != u"error" && value != u"warning" && value != u"info") {
                result.error = tr("--min-severity takes error, warning or info");
                return result;
            }
            result.minSeverity = value;
        } else if (option == u"--catalogue") {
            result.catalogue = value;
        } else if (option == u"--report") {
            result.reportPath = value;
        } else if (option == u"--png") {
            result.pngPath = value;
        } else if (option == u"--svg") {
            result.svgPath = value;
        } else if (option == u"--chart") {
            result.chart = value;
        } else if (option == u"--lang") {
            result.language = value;
        } else if (option == u"--size") {
            static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto match = sizePattern.match(value);
            if (!match.hasMatch()) {
                result.error = tr("--size takes WIDTHxHEIGHT, e.g. 1600x1000");
                return result;
            }
            result.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        } else if (option == u"--scale") {
            bool ok = false;
            const double scale = value.toDouble(&ok);
            // Beyond 4× a 1600×1000 chart is a 100-megapixel image.
            if (!ok || scale < 0.5 || scale > 4.0) {
                result.error = tr("--scale takes a number from 0.5 to 4, e.g. 2");
                return result;
            }
            result.scale = scale;
        } else if (option == u"--help") {
            result.error = QStringLiteral("help");
            return result;
        } else if (option == u"--version") {
            result.version = true;
            return result;
        } else {
            result.error = tr("unknown option %1").arg(option);
            return result;
        }
    }
    if (result.command != CommandLine::Command::Gui && result.files.isEmpty())
        result.error = tr("no input file given");
    if (result.json && result.jsonLines)
        result.error = tr("--json and --jsonl exclude each other");
    if (result.command == CommandLine::Command::Compare && result.files.size() != 2)
        result.error = tr("compare takes exactly two reports");
    if (result.wantsReport() &&
        (result.command != CommandLine::Command::Check || result.files.size() != 1))
        result.error = tr("--report writes the findings of one report: check FILE --report OUT");
    return result;
}

CommandLine parseArguments(int argc, char *argv[]) {
    QStringList arguments;
    // Not Qt's decoding: a file name that is not UTF-8 must survive.
    for (int i = 1; i < argc; ++i)
        arguments.append(ingest::pathFromNative(argv[i]));
    return parseCommandLine(arguments);
}

QString usageText() {
    return tr(
        "Usage:\n"
        "  juesuan [FILE|FOLDER…]                     open the desktop app\n"
        "  juesuan extract FILE|FOLDER… [--json|--jsonl] [--encoding NAME] [--jobs N]\n"
        "  juesuan check FILE|FOLDER… [--json|--jsonl] [--min-severity error|warning|info]\n"
        "                [--catalogue RELATIONS.json] [--encoding NAME] [--jobs N]\n"
        "                [--report OUT.html|OUT.pdf]\n"
        "  juesuan compare A B [--png FILE] [--svg FILE] [--size WxH] [--scale N]\n"
        "                [--chart income|expenditure|functional|budget|execution|structure|all]\n"
        "                [--json]\n"
        "  juesuan survey FOLDER|FILE… [--json|--jsonl] [--encoding NAME] [--jobs N]\n"
        "  juesuan --version                          print the versions and exit\n"
        "Options:\n"
        "  --lang zh_CN|en   user interface language\n"
        "  --jobs N          threads that analyse reports (default: one per processor)\n"
        "  --jsonl           one JSON object per report and line, as each is done\n"
        "A FOLDER stands for every report file beneath it.\n");
}

} // namespace juesuan::app
