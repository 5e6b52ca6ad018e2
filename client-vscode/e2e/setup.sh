#!/usr/bin/env bash
# Installs what the code-server end-to-end test needs. Idempotent; safe to run with no terminal (CI).
#   Debian packages: chromium, ripgrep, and the toolchain argon2/kerberos compile with.
#   npm packages (pinned): code-server + playwright-core, into a cache folder outside the repo.
# Prints the cache folder on its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3   # VS Code 1.100.3; needs Node 20 (engines.node "20")
PLAYWRIGHT_CORE_VERSION=1.65.1
RIPGREP_PKG_VERSION=1.15.11   # @vscode/ripgrep version code-server 4.100.3 depends on
CACHE="${DOSSIER_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier-e2e}"
export DEBIAN_FRONTEND=noninteractive

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v g++ >/dev/null && command -v make >/dev/null || need_apt+=(build-essential)
command -v python3 >/dev/null || need_apt+=(python3)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if ((${#need_apt[@]})); then
  echo "setup: apt-get install ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  $SUDO apt-get update -q >&2
  $SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}" >&2
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" != 20 ]; then
  echo "setup: code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)" >&2
  exit 1
fi

stamp="$CACHE/.installed-code-server-$CODE_SERVER_VERSION-playwright-$PLAYWRIGHT_CORE_VERSION"
if [ -f "$stamp" ] && [ -x "$CACHE/node_modules/.bin/code-server" ]; then
  echo "setup: reusing $CACHE" >&2
  echo "$CACHE"
  exit 0
fi

mkdir -p "$CACHE"
# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this cached tarball; give it Debian's rg.
rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
rg_tar="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$rg_tar" ]; then
  mkdir -p "$rg_cache"
  tmp=$(mktemp -d); cp "$(command -v rg)" "$tmp/rg"
  tar -C "$tmp" -czf "$rg_tar" rg
  rm -rf "$tmp"
fi

cd "$CACHE"
[ -f package.json ] || echo '{ "name": "dossier-e2e-tools", "private": true }' > package.json
echo "setup: npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION into $CACHE (a few minutes on a cold cache)" >&2
# code-server's postinstall refuses root without unsafe_perm; node-pty's `npx node-gyp` needs yes without a terminal.
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --save-exact \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION" </dev/null >&2
touch "$stamp"
echo "$CACHE"
