# shellcheck shell=bash
# Shared by scripts/run, scripts/test and scripts/package (sourced, not run):
# the Debian packages the project needs, their installation, and the release
# build.

JUESUAN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JUESUAN_BUILD_DIR="$JUESUAN_ROOT/build/release"
JUESUAN_ASAN_BUILD_DIR="$JUESUAN_ROOT/build/asan"

# Everything needed to build, test and run on Debian 12, on a bare system
# (installed without recommends). docs/dependencies.md says why each is here.
JUESUAN_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libicu-dev catch2 libbenchmark-dev
    libpoppler-private-dev libzip-dev libfreexl-dev libxlsxwriter-dev libgumbo-dev
    fonts-noto-cjk
    librsvg2-bin desktop-file-utils appstream
    xvfb xauth imagemagick poppler-utils
)

# What scripts/package needs on top: CPack's DEB generator finds the shared
# libraries with `file` and turns them into Depends with dpkg-shlibdeps.
# shellcheck disable=SC2034 # used by scripts/package
JUESUAN_PACKAGING_PACKAGES=(dpkg-dev file)

juesuan_say() {
    printf '%s\n' "$*" >&2
}

# Prints the given packages that are not installed, one a line. One
# dpkg-query call for all of them keeps this fast when nothing is missing.
juesuan_missing_packages() {
    local installed
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" \
        2>/dev/null | awk '$2 == "ii" { print $1 }' || true)
    local package
    for package in "$@"; do
        if ! grep -qxF -- "$package" <<<"$installed"; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs what is missing of the given packages: directly as root, through
# sudo when there is one, otherwise prints the command to run and fails.
juesuan_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        juesuan_say "Not a Debian system: make sure these are installed: $*"
        return 0
    fi
    local missing
    mapfile -t missing < <(juesuan_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    juesuan_say "Installing missing Debian packages: ${missing[*]}"
    local -a as_root=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            juesuan_say "Cannot install them without root rights. Run:"
            juesuan_say "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
            return 1
        fi
        as_root=(sudo)
    fi
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

# Configures build/release with the release preset, once: later builds let
# ninja re-run CMake when a CMakeLists.txt changes. A build folder configured
# from another checkout, or whose configuration failed, is configured afresh.
# juesuan_configure [PRESET [BUILD_DIR]]: release into build/release by default.
juesuan_configure() {
    local preset=${1:-release} dir=${2:-$JUESUAN_BUILD_DIR}
    local cache="$dir/CMakeCache.txt"
    if [[ -f $cache && -f $dir/build.ninja ]] &&
        grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$JUESUAN_ROOT" "$cache"; then
        return 0
    fi
    local -a fresh=()
    if [[ -f $cache ]]; then
        fresh=(--fresh)
    fi
    (cd "$JUESUAN_ROOT" && cmake --preset "$preset" "${fresh[@]}")
}

juesuan_build() {
    ninja -C "$JUESUAN_BUILD_DIR"
}

# Packages, configuration and build: what both scripts need first.
juesuan_prepare() {
    juesuan_install_packages "${JUESUAN_PACKAGES[@]}"
    juesuan_configure
    juesuan_build
}

# The sanitizer build (`scripts/test --asan`): what runs under it is the
# core's tests (with the command-line tests, hence the `juesuan` program,
# which brings the window program along), the translations' and the replay
# of the fuzz inputs (label "fuzz"). The window's tests are not built (they
# would take longer under ASan than the rest together: their ctest entry is
# ui_tests_NOT_BUILT), nor the corpus ledgers (real reports: minutes each under ASan).
JUESUAN_ASAN_TARGETS=(core_tests i18n_tests juesuan
    fuzz_replay_text fuzz_replay_pdf fuzz_replay_docx fuzz_replay_xlsx fuzz_replay_xls
    fuzz_replay_html fuzz_replay_catalogue)
# shellcheck disable=SC2034 # used by scripts/test
JUESUAN_ASAN_EXCLUDED_TESTS='^corpus\.|_NOT_BUILT'

juesuan_asan_prepare() {
    juesuan_configure asan "$JUESUAN_ASAN_BUILD_DIR"
    ninja -C "$JUESUAN_ASAN_BUILD_DIR" "${JUESUAN_ASAN_TARGETS[@]}"
}
