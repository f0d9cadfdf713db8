// The ui tests' main: the application object exists before the first test
// runs, so every TEST_CASE also works when ctest runs it alone.
#define CATCH_CONFIG_RUNNER
#include "tests/ui/uitestapp.h"

#include <catch2/catch.hpp>

int main(int argc, char *argv[]) {
    uitest::ensureApplication();
    return Catch::Session().run(argc, argv);
}
