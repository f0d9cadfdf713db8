// The translation tests' main: a QCoreApplication (translators are installed
// into one) and nothing of the UI, as in the headless commands.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[]) {
    QCoreApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
