#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace juesuan::app {

// What the user asked for on the command line.
struct CommandLine {
    enum class Command { Gui, Extract, Check, Compare, Survey };
    Command command = Command::Gui;
    QStringList files;        // report files (or folders) in the order given
    bool json = false;        // --json: one JSON document
    bool jsonLines = false;   // --jsonl: a JSON object per report and line, streamed
    int jobs = 0;             // --jobs N: analysing threads; 0: one per processor
    QString encoding;         // --encoding for text reports
    QString minSeverity;      // check: --min-severity error|warning|info
    QString catalogue;        // check: --catalogue extra relation catalogue
    QString reportPath;       // check: --report FILE.html|FILE.pdf, a findings report
    QString pngPath, svgPath; // compare: --png / --svg
    QString chart;            // compare: --chart income|…|all
    QSize size;               // compare: --size WxH (logical pixels)
    double scale = 0;         // compare: --scale N (device pixels per logical pixel); 0: default
    QString language;         // --lang zh_CN|en
    bool version = false;     // --version: print the versions and exit
    QString error;            // set when the arguments are invalid

    // compare --png or --svg: chart images, drawn by the window program.
    bool wantsImages() const { return !pngPath.isEmpty() || !svgPath.isEmpty(); }
    // check --report: a findings report, drawn by the window program (PDF
    // pages, a PDF to write).
    bool wantsReport() const { return !reportPath.isEmpty(); }
};

// Parses the arguments (argv without the program name). Sub-commands come
// first: `juesuan extract FILE…`; no sub-command opens the GUI.
CommandLine parseCommandLine(const QStringList &arguments);
// The same for main()'s arguments, decoded as the system's 8-bit encoding.
CommandLine parseArguments(int argc, char *argv[]);

// The usage text printed for --help and after an argument error.
QString usageText();

} // namespace juesuan::app
