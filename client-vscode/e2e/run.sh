#!/usr/bin/env bash
# End-to-end test in a real VS Code (code-server) driven by headless Chromium.
#
#   e2e/run.sh [FILE.vsix]
#
# Without an argument it builds the .vsix with `npm run package` (which needs the published server and the
# schemas; see README). It installs the .vsix into a fresh code-server profile, opens a copy of e2e/fixtures,
# and checks Problems, completion, the quick fix and the status bar. Prints "N passed, N failed" last and
# exits non-zero on failure. Needs no terminal; works as root.
#
#   E2E_ARTIFACTS        screenshots and logs (default: a new temp dir)
#   E2E_README_IMAGE=1   copy the completion screenshot to images/screenshot.png
#   DOSSIER_E2E_CACHE    tool cache (default ${XDG_CACHE_HOME:-$HOME/.cache}/dossier-e2e)
set -euo pipefail
exec </dev/null

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
client="$(dirname "$here")"

export DOSSIER_E2E_CACHE
DOSSIER_E2E_CACHE="$("$here/setup.sh" | tail -n 1)"

vsix="${1:-}"
if [ -z "$vsix" ]; then
  (cd "$client" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run --silent package)
  version="$(node -p "require('$client/package.json').version")"
  vsix="$client/dossier-lsp-$version.vsix"
fi
vsix="$(cd "$(dirname "$vsix")" && pwd)/$(basename "$vsix")"
[ -f "$vsix" ] || { echo "e2e: no .vsix at $vsix" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/dossier-e2e.XXXXXX")"
export E2E_ARTIFACTS="${E2E_ARTIFACTS:-$work/artifacts}"
export E2E_USER_DATA="$work/user-data"
export E2E_EXTENSIONS="$work/extensions"
export E2E_WORKSPACE="$work/workspace"
mkdir -p "$E2E_ARTIFACTS" "$E2E_USER_DATA/User" "$E2E_EXTENSIONS"
cp -R "$here/fixtures" "$E2E_WORKSPACE"

# A quiet workbench: no welcome page, trust prompt, update or marketplace checks.
cat > "$E2E_USER_DATA/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "chat.commandCenter.enabled": false,
  "files.autoSave": "off",
  "editor.minimap.enabled": false,
  "editor.codeActionsOnSave": { "source.fixAll.dossier": "explicit" },
  "dossier.trace.server": "verbose"
}
JSON

code_server="$DOSSIER_E2E_CACHE/node_modules/.bin/code-server"
echo "e2e: installing $vsix"
"$code_server" --user-data-dir "$E2E_USER_DATA" --extensions-dir "$E2E_EXTENSIONS" --install-extension "$vsix" >"$E2E_ARTIFACTS/install.log" 2>&1 \
  || { cat "$E2E_ARTIFACTS/install.log" >&2; echo "0 passed, 1 failed"; exit 1; }

status=0
node "$here/e2e.mjs" || status=$?

if [ "${E2E_README_IMAGE:-}" = 1 ] && [ -f "$E2E_ARTIFACTS/completion.png" ]; then
  cp "$E2E_ARTIFACTS/completion.png" "$client/images/screenshot.png"
  echo "e2e: copied the completion screenshot to images/screenshot.png"
fi
# VS Code's logs hold the extension's "Dossier" output (server resolution, server stderr, trace).
cp -R "$E2E_USER_DATA/logs" "$E2E_ARTIFACTS/vscode-logs" 2>/dev/null || true
dossier_log="$(find "$E2E_ARTIFACTS/vscode-logs" -name '*Dossier*.log' 2>/dev/null | head -n 1)"
[ -n "$dossier_log" ] && echo "e2e: Dossier output: $dossier_log"
# Keep the artifacts; drop the profile and workspace copy.
rm -rf "$E2E_USER_DATA" "$E2E_EXTENSIONS" "$E2E_WORKSPACE"
exit "$status"
