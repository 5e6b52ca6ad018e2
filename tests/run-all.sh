#!/usr/bin/env bash
# The whole test suite, as a newcomer and CI run it:
#   1. publish `dossier` once (used by the CLI end-to-end tests, the Neovim test and the .vsix);
#   2. the .NET tests (core fixtures and units, in-process LSP, end-to-end on the published binary, Neovim);
#   3. the VS Code extension's unit tests, then build the .vsix and check its contents;
#   4. the HTML report in a real browser (Chromium + playwright-core);
#   5. the real-VS-Code (code-server) end-to-end test.
# Prints "N passed, N failed, N skipped" last and exits non-zero when anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$(mktemp -d "${TMPDIR:-/tmp}/dossier-tests.XXXXXX")"
passed=0 failed=0 skipped=0
count() { # count PASSED FAILED SKIPPED
  passed=$((passed + ${1:-0})); failed=$((failed + ${2:-0})); skipped=$((skipped + ${3:-0}))
}
sum() { grep -Eo "$1 +[0-9]+" "$2" | awk '{s+=$NF} END {print s+0}'; }

echo "== publish dossier"
# For this machine's runtime (linux-x64, linux-arm64, osx-arm64, …), not a hard-coded one.
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
server_dir="$root/out/server-${rid:-unknown}"
if [ -n "$rid" ] && dotnet publish server/DossierLsp.Cli -c Release -r "$rid" -o "$server_dir" --nologo -v quiet >"$logs/publish.log" 2>&1; then
  export DOSSIER_EXE="$server_dir/dossier"
else
  cat "$logs/publish.log"; echo "publish failed"; count 0 1 0
fi

echo "== .NET tests"
dotnet test DossierLsp.sln -c Release --nologo --logger "console;verbosity=minimal" >"$logs/dotnet.log" 2>&1
dotnet_status=$?
grep -E "^\s+Failed |Skipped |Passed!|Failed!|error" "$logs/dotnet.log" | grep -v "^\s*$" || true
count "$(sum 'Passed:' "$logs/dotnet.log")" "$(sum 'Failed:' "$logs/dotnet.log")" "$(sum 'Skipped:' "$logs/dotnet.log")"
if [ $dotnet_status -ne 0 ] && [ "$(sum 'Failed:' "$logs/dotnet.log")" = 0 ]; then
  tail -30 "$logs/dotnet.log"; count 0 1 0
fi

echo "== HTML report in Chromium"
if [ -n "${DOSSIER_EXE:-}" ]; then
  bash tests/report-browser/run.sh >"$logs/report-browser.log" 2>&1
  grep -E "^(ok|FAILED):" "$logs/report-browser.log" | grep -v "^ok:" || true
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/report-browser.log" | tail -n 1)"
  if [ -n "$line" ]; then
    echo "$line"; count "$(echo "$line" | awk '{print $1}')" "$(echo "$line" | awk '{print $3}')" 0
  else
    tail -20 "$logs/report-browser.log"; echo "the report browser test printed no result"; count 0 1 0
  fi
else
  echo "skipped: dossier was not published"; count 0 0 1
fi

echo "== VS Code extension: unit tests"
if (cd client-vscode && npm ci --no-audit --no-fund >"$logs/npm-ci.log" 2>&1 && npm test >"$logs/npm-test.log" 2>&1); then :; else
  cat "$logs/npm-ci.log" "$logs/npm-test.log" 2>/dev/null | tail -40
fi
if [ -f "$logs/npm-test.log" ]; then
  grep -E "^# (pass|fail|skipped)" "$logs/npm-test.log" || true
  count "$(sum '^# pass' "$logs/npm-test.log")" "$(sum '^# fail' "$logs/npm-test.log")" "$(sum '^# skipped' "$logs/npm-test.log")"
else
  count 0 1 0
fi

echo "== VS Code extension: package and check the .vsix"
# A .vsix left by an earlier run must never be the one tested. Packaging is a step, not a test: it counts only when it fails.
rm -f client-vscode/dossier-lsp-*.vsix
if (cd client-vscode && DOSSIER_SERVER_DIR="$server_dir" npm run --silent package) >"$logs/package.log" 2>&1 \
   && [ "$(ls client-vscode/dossier-lsp-*.vsix 2>/dev/null | wc -l)" -eq 1 ]; then
  tail -5 "$logs/package.log"
  vsix="$(ls client-vscode/dossier-lsp-*.vsix)"
else
  tail -30 "$logs/package.log"; echo "packaging failed"; count 0 1 0
  vsix=""
fi

echo "== VS Code extension: end-to-end in code-server"
if [ -n "$vsix" ]; then
  bash client-vscode/e2e/run.sh "$root/$vsix" >"$logs/e2e.log" 2>&1
  tail -15 "$logs/e2e.log"
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/e2e.log" | tail -n 1)"
  if [ -n "$line" ]; then
    count "$(echo "$line" | awk '{print $1}')" "$(echo "$line" | awk '{print $3}')" 0
  else
    echo "the end-to-end test printed no result"; count 0 1 0
  fi
else
  echo "skipped: no .vsix was built"; count 0 0 1
fi

echo "logs: $logs"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
