#!/usr/bin/env bash
# Makes sure the browser the site tests drive (through playwright-core) is installed. Idempotent.
#   Debian: Debian's Chromium package, /usr/bin/chromium.
#   Ubuntu (e.g. GitHub's runners): Ubuntu's chromium package is a snap, so Google Chrome's .deb instead,
#   unless a Chromium or Chrome is already there (GitHub's x64 image has both); where Google publishes no .deb
#   for the architecture, Playwright's Chromium build for this playwright-core version.
# Debian never downloads Playwright's browser builds. CHROMIUM_PATH names a browser found elsewhere.
set -euo pipefail

# Keep in step with scripts/site/chromium.ts.
playwright_chromium() { node -e "process.stdout.write(require('playwright-core').chromium.executablePath())" 2>/dev/null || true; }
CANDIDATES=("${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/google-chrome-stable /usr/bin/google-chrome "$(playwright_chromium)")

runs() { [ -n "$1" ] && [ -x "$1" ] && "$1" --headless --no-sandbox --version >/dev/null 2>&1; }

for browser in "${CANDIDATES[@]}"; do
  if runs "$browser"; then exit 0; fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browser: run as root (or with sudo) to install Chromium" >&2
    exit 1
  fi
fi

# shellcheck disable=SC1091
. /etc/os-release
# Korean glyphs for the screenshots the tests save.
FONTS=fonts-noto-cjk
export DEBIAN_FRONTEND=noninteractive
case "${ID:-}" in
  debian)
    echo "install-browser: apt-get install chromium"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends chromium "$FONTS" >/dev/null
    ;;
  ubuntu)
    deb="google-chrome-stable_current_$(dpkg --print-architecture).deb"
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    $SUDO apt-get update -qq
    if curl -fsSL -o "$tmp/$deb" "https://dl.google.com/linux/direct/$deb"; then
      echo "install-browser: installing Google Chrome from $deb (Ubuntu's chromium is a snap)"
      $SUDO apt-get install -y -qq "$tmp/$deb" "$FONTS" >/dev/null
    else
      echo "install-browser: no $deb from Google; installing Playwright's Chromium build and its libraries"
      $SUDO apt-get install -y -qq --no-install-recommends "$FONTS" >/dev/null
      npx --no-install playwright-core install --with-deps chromium
    fi
    ;;
  *)
    echo "install-browser: no recipe for ${PRETTY_NAME:-this system}; install Chromium and set CHROMIUM_PATH" >&2
    exit 1
    ;;
esac

for browser in "${CANDIDATES[@]}"; do
  if runs "$browser"; then
    echo "install-browser: $("$browser" --headless --no-sandbox --version 2>/dev/null) at $browser"
    exit 0
  fi
done
echo "install-browser: installed, but no browser runs at ${CANDIDATES[*]}" >&2
exit 1
