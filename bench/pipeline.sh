#!/usr/bin/env bash
# The workspace index and `dossier report` on generated corpora of 1k, 10k and 50k dossiers:  bash bench/pipeline.sh
#   - in-process phases (bench/Pipeline): index build, cross-dossier rules, report model, rendering, one update;
#   - `dossier report --format html` and `--format json` end to end on the published NativeAOT binary (median, after a
#     warm-up; CPU time user + system and max RSS of one more run: the machine may be shared).
#   BENCH_SIZES="1000 10000"  to skip the 50k corpus;  BENCH_RUNS=N  measured runs per figure (default 5).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZES="${BENCH_SIZES:-1000 10000 50000}"
RUNS="${BENCH_RUNS:-5}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dossier-pipeline-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
dotnet publish "$ROOT/server/DossierLsp.Cli" -c Release -r linux-x64 -o "$WORK/bin" --nologo -v quiet >&2
dotnet build "$ROOT/bench/Pipeline" -c Release -o "$WORK/bench" --nologo -v quiet >&2
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); commit $(git -C "$ROOT" rev-parse --short HEAD); $(date -u +%F)"
for n in $SIZES; do
  corpus="$WORK/corpus-$n"
  node "$ROOT/bench/gen-corpus.mjs" --out "$corpus" --count "$n" --seed 42 >&2
  echo; echo "### $n dossiers"
  "$WORK/bench/dossier-pipeline-bench" "$corpus" "$RUNS"
  for format in json html; do
    times=()
    for run in $(seq 0 "$RUNS"); do
      s=$(date +%s%N)
      (cd "$corpus" && "$WORK/bin/dossier" report . --today 2024-06-01 --format "$format" -o "$WORK/report.$format")
      e=$(date +%s%N)
      [ "$run" = 0 ] || times+=($(( (e - s) / 1000000 )))
    done
    read -r rss cpu < <( { /usr/bin/time -f '%M %U %S' "$WORK/bin/dossier" report "$corpus" --today 2024-06-01 --format "$format" -o "$WORK/report.$format"; } 2>&1 | tail -1 | awk '{printf "%d %d\n", $1, ($2 + $3) * 1000}' )
    echo "| dossier report --format $format | $(printf '%s\n' "${times[@]}" | median) ms | CPU $cpu ms | max RSS $((rss / 1024)) MB | $(du -k "$WORK/report.$format" | cut -f1) KB |"
  done
done
