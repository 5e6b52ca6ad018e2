#!/usr/bin/env bash
# Benchmarks for `dossier lint` and `dossier lsp`, from a fresh clone:  bash bench/run.sh
#
# Publishes `dossier` (the default NativeAOT build and the managed ReadyToRun fallback, or JIT and NativeAOT), generates a seeded corpus, measures lint
# throughput and memory (1k/10k/50k files), the parser's floor (bench/Floor) and markdownlint-cli2 on the same 10k
# files, cold starts, and the
# language server's latency and memory (bench/latency.mjs), then prints one Markdown table.
#
#   BENCH_QUICK=1   smaller run: no 50k corpus, fewer repetitions (about 4 minutes instead of about 9)
#   BENCH_AOT=0     measure the project's default build only
#   BENCH_KEEP=1    keep the work folder (corpus, binaries, raw results) and print where it is
#
# Needs: the .NET 10 SDK, Node.js 20, npm; hyperfine and GNU time (installed with apt-get when missing and root).
# npm packages go to ${XDG_CACHE_HOME:-$HOME/.cache}/dossier-bench, outside the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
QUICK="${BENCH_QUICK:-0}"
AOT="${BENCH_AOT:-1}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/dossier-bench"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")"
RESULTS="$WORK/results"
mkdir -p "$RESULTS"
cleanup() { if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "bench: kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
START=$SECONDS
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
say() { printf 'bench [%3ds]: %s\n' "$((SECONDS - START))" "$*" >&2; }

MARKDOWNLINT_CLI2=0.22.1          # the newest release that supports Node 20
LSP_PROTOCOL=3.17.5
JSONRPC=8.2.0

if [ "$QUICK" = 1 ]; then
  SIZES="1k 10k"; LINT_RUNS=3; MDL_RUNS=1; LSP_RUNS=1; LATENCY_ARGS=(--quick); HF_RUNS=20
else
  SIZES="1k 10k 50k"; LINT_RUNS=5; MDL_RUNS=2; LSP_RUNS=2; LATENCY_ARGS=(); HF_RUNS=40
fi

# ---- tools ----
need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    say "installing ${need_apt[*]} (apt)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "bench: please install: ${need_apt[*]}" >&2; exit 2
  fi
fi
want="markdownlint-cli2@$MARKDOWNLINT_CLI2 vscode-languageserver-protocol@$LSP_PROTOCOL vscode-jsonrpc@$JSONRPC"
if [ "$(cat "$CACHE/.installed" 2>/dev/null)" != "$want" ]; then
  say "installing npm packages into $CACHE"
  mkdir -p "$CACHE"
  [ -f "$CACHE/package.json" ] || echo '{"private":true}' > "$CACHE/package.json"
  # shellcheck disable=SC2086
  (cd "$CACHE" && npm install --no-audit --no-fund --save-exact --loglevel=error $want >/dev/null)
  echo "$want" > "$CACHE/.installed"
fi
export BENCH_NODE_MODULES="$CACHE/node_modules"

# ---- build ----
# The project's default release build first. If that is a managed (JIT) build, NativeAOT is tried as well with
# -p:PublishAot=true; if the project already publishes NativeAOT, its documented managed fallback
# (-p:PublishAot=false -p:PublishReadyToRun=true) is built instead. Either way both kinds are measured.
say "publishing dossier (Release, project defaults)"
dotnet publish "$ROOT/server/DossierLsp.Cli" -c Release -o "$WORK/default" -nologo -v:q >"$WORK/publish-default.log" 2>&1 \
  || { cat "$WORK/publish-default.log" >&2; exit 1; }
if [ -f "$WORK/default/dossier.dll" ]; then
  mv "$WORK/default" "$WORK/jit"; BUILDS="jit"; MANAGED=jit
  OTHER=(aot "-p:PublishAot=true")
else
  mv "$WORK/default" "$WORK/aot"; BUILDS="aot"; MANAGED=r2r
  OTHER=(r2r "-p:PublishAot=false" "-p:PublishReadyToRun=true" "--self-contained" "false")
fi
if [ "$AOT" = 1 ]; then
  say "publishing dossier (Release, ${OTHER[*]:1})"
  if dotnet publish "$ROOT/server/DossierLsp.Cli" -c Release -r linux-x64 "${OTHER[@]:1}" -o "$WORK/${OTHER[0]}" -nologo -v:q \
       >"$WORK/publish-${OTHER[0]}.log" 2>&1; then
    BUILDS="$BUILDS ${OTHER[0]}"
  else
    say "publish ${OTHER[*]:1} failed; measuring $BUILDS only"; tail -5 "$WORK/publish-${OTHER[0]}.log" >&2
  fi
fi

say "publishing the parser floor (bench/Floor, NativeAOT)"
dotnet publish "$ROOT/bench/Floor" -c Release -r linux-x64 -o "$WORK/floor" -nologo -v:q >"$WORK/publish-floor.log" 2>&1 \
  || { cat "$WORK/publish-floor.log" >&2; exit 1; }

# ---- corpus ----
declare -A COUNT=([1k]=1000 [10k]=10000 [50k]=50000)
for size in $SIZES; do
  say "generating the ${size} corpus"
  node "$ROOT/bench/gen-corpus.mjs" --out "$WORK/corpus-$size" --count "${COUNT[$size]}" --seed 42 2>>"$RESULTS/corpus.txt"
done
node "$ROOT/bench/gen-corpus.mjs" --single "$WORK/one/one.md" --bytes 5500 --seed 7
printf 'profile:\n  minimumSalary: 180000\n' > "$WORK/one/dossier.config.yaml"

# ---- lint throughput and memory ----
# Each corpus is linted once unmeasured first, so every measured run reads from a warm page cache.
# Each result line: wall seconds, peak RSS KB, user seconds, system seconds.
# A run is recorded only when it ended as lint does (0 clean, 1 findings); a crash or usage error stops the bench
# instead of being reported as a timing.
check_exit() { # STATUS WHAT
  if [ "$1" -gt 1 ]; then echo "bench: $2 failed with exit status $1; not recording it" >&2; exit 1; fi
}
lint_runs() { # NAME SIZE RUNS [ENV=VALUE ...]
  local name=$1 size=$2 runs=$3 status; shift 3
  say "lint $size with $name x$runs"
  status=0; (cd "$WORK/corpus-$size" && env "$@" "$WORK/${name%%-*}/dossier" lint . >/dev/null) || status=$?
  check_exit "$status" "lint $size with $name"
  for _ in $(seq "$runs"); do
    status=0
    (cd "$WORK/corpus-$size" && env "$@" /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$WORK/${name%%-*}/dossier" lint . >/dev/null) || status=$?
    check_exit "$status" "lint $size with $name"
    tail -1 "$WORK/time.txt" >> "$RESULTS/lint-$name-$size.txt"
  done
}
for b in $BUILDS; do
  for size in $SIZES; do
    runs=$LINT_RUNS; [ "$size" = 50k ] && runs=3
    lint_runs "$b" "$size" "$runs"
  done
done
# The floor: read + decode + Markdig parse of the same 10k files on all cores, in the same run as lint.
say "floor (read + parse) on 10k x$LINT_RUNS"
(cd "$WORK/corpus-10k" && "$WORK/floor/dossier-floor" . >/dev/null)
for _ in $(seq "$LINT_RUNS"); do
  (cd "$WORK/corpus-10k" && /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$WORK/floor/dossier-floor" . >/dev/null)
  tail -1 "$WORK/time.txt" >> "$RESULTS/floor-10k.txt"
done
# The managed build with the runtime's tiering switched by environment: what a runtimeconfig setting would buy.
if [[ " $BUILDS " == *" $MANAGED "* ]]; then
  lint_runs "$MANAGED-tc0" 10k "$LINT_RUNS" DOTNET_TieredCompilation=0
  lint_runs "$MANAGED-nopgo" 10k "$LINT_RUNS" DOTNET_TieredPGO=0
fi

# ---- markdownlint-cli2 on the same 10k files ----
cat > "$WORK/corpus-10k/.markdownlint-cli2.jsonc" <<'EOF'
{
  // Three structural rules, everything else off.
  "config": { "default": false, "MD001": true, "MD024": true, "MD025": true }
}
EOF
say "markdownlint-cli2 $MARKDOWNLINT_CLI2 on 10k x$MDL_RUNS"
for _ in $(seq "$MDL_RUNS"); do
  status=0
  (cd "$WORK/corpus-10k" && /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" node "$CACHE/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs" '**/*.md' >/dev/null 2>&1) || status=$?
  check_exit "$status" "markdownlint-cli2"
  tail -1 "$WORK/time.txt" >> "$RESULTS/mdl-10k.txt"
done
rm "$WORK/corpus-10k/.markdownlint-cli2.jsonc"

# ---- cold start: lint one file ----
for b in $BUILDS; do
  say "cold lint of one file with $b x$HF_RUNS (hyperfine)"
  # hyperfine -i times failing runs too (lint exits 1 on findings), so a crash is ruled out first.
  status=0; (cd "$WORK/one" && "$WORK/$b/dossier" lint one.md >/dev/null) || status=$?
  check_exit "$status" "cold lint with $b"
  (cd "$WORK/one" && hyperfine -N -i --warmup 3 --runs "$HF_RUNS" --export-json "$RESULTS/hf-lint1-$b.json" \
    "$WORK/$b/dossier lint one.md" >/dev/null 2>&1)
done

# ---- language server ----
for b in $BUILDS; do
  for i in $(seq "$LSP_RUNS"); do
    say "language server with $b, run $i/$LSP_RUNS"
    node "$ROOT/bench/latency.mjs" --server "$WORK/$b/dossier" --corpus "$WORK/corpus-1k" "${LATENCY_ARGS[@]}" \
      > "$RESULTS/lsp-$b-$i.json" 2>>"$WORK/latency.log" || { tail -20 "$WORK/latency.log" >&2; exit 1; }
  done
done

# ---- report ----
commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$ROOT" status --porcelain -- server 2>/dev/null)" ]; then commit="$commit+changes"; fi
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
mem="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
printf '{"date":"%s","nproc":%s,"cpu":"%s","memory":"%s","commit":"%s","load":"%s","quick":%s}\n' \
  "$(date -u +%Y-%m-%d)" "$(nproc)" "$cpu" "$mem" "$commit" "$LOAD_START at start, $(cut -d' ' -f1-3 /proc/loadavg) at end" "$([ "$QUICK" = 1 ] && echo true || echo false)" > "$RESULTS/meta.json"
say "done"
echo
node "$ROOT/bench/report.mjs" "$RESULTS"
echo
sed 's/^gen-corpus: /corpus: /; s/ in .*//' "$RESULTS/corpus.txt"
echo "bench/run.sh took $((SECONDS - START)) s"
