#!/usr/bin/env bash
# The HTML report in a real browser: Debian's Chromium driven by playwright-core.
#
#   tests/report-browser/run.sh            (DOSSIER_EXE: the published dossier; default out/server-linux-x64/dossier)
#   REPORT_SCREENSHOT=1 tests/report-browser/run.sh   also rewrites docs/report-screenshot.png from the examples
#
# Writes HTML and JSON reports of the bundled examples and of a generated corpus, opens each HTML file with every
# network request refused, and checks what a reader sees against the JSON. Prints "N passed, N failed" last.
set -euo pipefail
exec </dev/null
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dossier="${DOSSIER_EXE:-$root/out/server-linux-x64/dossier}"
[ -x "$dossier" ] || { echo "report-browser: no dossier executable at $dossier (publish it or set DOSSIER_EXE)" >&2; exit 1; }

if ! command -v chromium >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q --no-install-recommends chromium >&2
fi
# playwright-core shares the code-server e2e's tool cache (same pinned version).
PLAYWRIGHT_CORE_VERSION=1.65.1
cache="${DOSSIER_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier-e2e}"
if [ ! -f "$cache/node_modules/playwright-core/package.json" ]; then
  mkdir -p "$cache"
  [ -f "$cache/package.json" ] || echo '{ "name": "dossier-e2e-tools", "private": true }' > "$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --save-exact "playwright-core@$PLAYWRIGHT_CORE_VERSION" >&2)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/dossier-report-browser.XXXXXX")"
trap 'rm -rf "$work"' EXIT
today=2024-06-01
report() { # report NAME FOLDER
  (cd "$2" && "$dossier" report . --today "$today" --format html -o "$work/$1.html" \
    && "$dossier" report . --today "$today" --format json -o "$work/$1.json")
}
report examples "$root/examples"
node "$root/bench/gen-corpus.mjs" --out "$work/corpus" --count 60 --seed 13 >/dev/null
report corpus "$work/corpus"

screenshot=""
[ "${REPORT_SCREENSHOT:-}" = 1 ] && screenshot="$root/docs/report-screenshot.png"
DOSSIER_E2E_CACHE="$cache" node "$here/report-browser.mjs" "$work" "$screenshot" examples corpus
