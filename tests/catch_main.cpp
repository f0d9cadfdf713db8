// Catch2's main, with a QCoreApplication-free start: tests that need an
// application object create it themselves (see tests/ui/uitestapp.h).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
