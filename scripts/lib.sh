#!/usr/bin/env bash
# Shared by scripts/run and scripts/test: install what is missing (Debian 12 packages only) and build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KVARTER_BUILD_DIR:-$ROOT/build}"

# Everything the build, the tests and the packaging need, from PLATFORM.md's checked install line,
# plus clang-format (14 on Debian 12) for scripts/check-format.
PACKAGES=(build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev qt6-svg-dev qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev sqlite3 libsodium-dev
  postgresql poppler-utils xvfb xauth fonts-dejavu-core dpkg-dev file clang libclang-rt-14-dev tzdata
  clang-format)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  say "Installing ${#missing[@]} missing Debian packages (this happens once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  say "Building in $BUILD"
  local werror=OFF
  [[ "${CI:-}" == "true" ]] && werror=ON
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKVARTER_WERROR="$werror" >/dev/null
  cmake --build "$BUILD" --parallel "$(nproc)"
}
