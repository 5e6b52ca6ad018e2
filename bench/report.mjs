#!/usr/bin/env node
// Turns the raw measurements bench/run.sh leaves in a results folder into one Markdown table.
//   node bench/report.mjs RESULTS_DIR
// Inputs (any may be missing; its rows are then left out):
//   meta.json                      machine, commit, date
//   lint-<build>-<size>.txt        one "wall_seconds max_rss_kb" line per run of `dossier lint`
//   mdl-10k.txt                    the same for markdownlint-cli2
//   floor-10k.txt                  the same for bench/Floor (read + Markdig parse only)
//   hf-lint1-<build>.json          hyperfine --export-json of `dossier lint ONE_FILE`
//   lsp-<build>-<n>.json           bench/latency.mjs outputs, one per run

import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) { console.error('usage: report.mjs RESULTS_DIR'); process.exit(2); }
const read = (f) => { try { return fs.readFileSync(path.join(dir, f), 'utf8'); } catch { return null; } };
const files = fs.readdirSync(dir);

function quantile(xs, q) {
  if (!xs || xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const median = (xs) => {
  if (!xs || xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = (ms) => (ms == null ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
const fmtMb = (kb) => (kb == null ? '—' : `${(kb / 1024).toFixed(0)} MB`);

const rows = [];
/** kind: 'max' means lower is better (value ≤ target); 'min' means value ≥ target. */
function row(figure, build, med, p99, target, targetValue, fmt, kind = 'max', note = '') {
  let verdict = '—';
  if (med != null && targetValue != null) {
    const ratio = kind === 'max' ? med / targetValue : targetValue / med;
    const ok = kind === 'max' ? med <= targetValue : med >= targetValue;
    verdict = `${ok ? 'meets' : 'MISSES'} (${kind === 'max' ? `${ratio.toFixed(2)}× target` : `${(med / targetValue).toFixed(2)}× target`})`;
  }
  rows.push([figure, build, fmt(med), p99 == null ? '' : fmt(p99), target, verdict + (note ? `; ${note}` : '')]);
}

const builds = [...new Set(files.map((f) => /^(?:lint|hf-lint1|lsp)-(jit|aot|r2r)-/.exec(f)?.[1]).filter(Boolean))]
  .sort((a, b) => ['aot', 'jit', 'r2r'].indexOf(a) - ['aot', 'jit', 'r2r'].indexOf(b));
const runsOf = (text) => (text ?? '').trim().split('\n').filter(Boolean).map((l) => l.trim().split(/\s+/).map(Number));

const lintMedian = {};
for (const b of builds) {
  for (const size of ['1k', '10k', '50k']) {
    const runs = runsOf(read(`lint-${b}-${size}.txt`));
    if (runs.length === 0) continue;
    const wall = median(runs.map((r) => r[0] * 1000));
    lintMedian[`${b}-${size}`] = wall;
    const n = { '1k': 1, '10k': 10, '50k': 50 }[size];
    const cpu = runs[0].length >= 4 ? `, CPU (user+sys) ${fmtMs(median(runs.map((r) => (r[2] + r[3]) * 1000)))}` : '';
    const perK = `${(wall / n).toFixed(0)} ms per 1k files${cpu}, ${runs.length} runs`;
    if (size === '10k') row(`lint ${size} files: wall`, b, wall, null, '≤ 1.0 s', 1000, fmtMs, 'max', perK);
    else row(`lint ${size} files: wall`, b, wall, null, 'linear', null, fmtMs, 'max', perK);
    const rss = median(runs.map((r) => r[1]));
    row(`lint ${size} files: peak RSS`, b, rss, null, size === '10k' ? '≤ 200 MB' : '', size === '10k' ? 200 * 1024 : null, fmtMb);
  }
}
for (const [name, env] of ['jit', 'r2r'].flatMap((m) => [[`${m}-tc0`, 'DOTNET_TieredCompilation=0'], [`${m}-nopgo`, 'DOTNET_TieredPGO=0']])) {
  const runs = runsOf(read(`lint-${name}-10k.txt`));
  if (runs.length === 0) continue;
  const wall = median(runs.map((r) => r[0] * 1000));
  row('lint 10k files: wall', `${name.split('-')[0]}, ${env}`, wall, null, '≤ 1.0 s', 1000, fmtMs, 'max',
    `CPU (user+sys) ${fmtMs(median(runs.map((r) => (r[2] + r[3]) * 1000)))}, ${runs.length} runs (experiment, not a shipped build)`);
}
// The parser's floor (read + decode + Markdig parse on all cores) and lint 10k as a multiple of it.
const floor = runsOf(read('floor-10k.txt'));
if (floor.length > 0) {
  const wall = median(floor.map((r) => r[0] * 1000));
  const cpu = median(floor.map((r) => (r[2] + r[3]) * 1000));
  row('floor 10k files: read + Markdig parse, all cores', 'aot', wall, null, '', null, fmtMs, 'max', `CPU (user+sys) ${fmtMs(cpu)}, ${floor.length} runs`);
  for (const b of builds) {
    const runs = runsOf(read(`lint-${b}-10k.txt`));
    if (runs.length === 0) continue;
    const ratio = median(runs.map((r) => r[0] * 1000)) / wall;
    const cpuRatio = median(runs.map((r) => (r[2] + r[3]) * 1000)) / cpu;
    rows.push(['lint 10k files as a multiple of the floor (wall)', b, `${ratio.toFixed(2)}×`, '', '≤ 1.5×',
      `${ratio <= 1.5 ? 'meets' : 'MISSES'}; by CPU time ${cpuRatio.toFixed(2)}×`]);
  }
}
const mdl = runsOf(read('mdl-10k.txt'));
if (mdl.length > 0) {
  const wall = median(mdl.map((r) => r[0] * 1000));
  row('markdownlint-cli2 10k files (MD001, MD024, MD025): wall', 'node', wall, null, '', null, fmtMs, 'max', `${mdl.length} runs; peak RSS ${fmtMb(median(mdl.map((r) => r[1])))}`);
  for (const b of builds) {
    if (lintMedian[`${b}-10k`] == null) continue;
    const ratio = wall / lintMedian[`${b}-10k`];
    const runs = runsOf(read(`lint-${b}-10k.txt`));
    const cpuRatio = runs[0]?.length >= 4 && mdl[0].length >= 4
      ? median(mdl.map((r) => r[2] + r[3])) / median(runs.map((r) => r[2] + r[3])) : null;
    rows.push([`speed-up over markdownlint-cli2, 10k files (wall)`, b, `${ratio.toFixed(1)}×`, '', '≥ 70×',
      `${ratio >= 70 ? 'meets' : 'MISSES'} (${(ratio / 70).toFixed(2)}× target)${cpuRatio ? `; by CPU time ${cpuRatio.toFixed(1)}×` : ''}`]);
  }
}
for (const b of builds) {
  const hf = read(`hf-lint1-${b}.json`);
  if (!hf) continue;
  const times = JSON.parse(hf).results[0].times.map((t) => t * 1000);
  row('cold start: `dossier lint` one 5.5 KB file', b, median(times), quantile(times, 0.99), '≤ 30 ms', 30, fmtMs, 'max', `${times.length} runs (hyperfine)`);
}
for (const b of builds) {
  const runs = files.filter((f) => f.startsWith(`lsp-${b}-`)).map((f) => JSON.parse(read(f)));
  if (runs.length === 0) continue;
  const m = (get) => median(runs.map(get).filter((x) => x != null));
  const n = runs.length;
  const note = (s) => `median of ${n} run${n > 1 ? 's' : ''} × ${s} samples`;
  row('cold start: spawn → `initialize` result', b, m((r) => r.coldInitializeMs.p50), m((r) => r.coldInitializeMs.p99), '≤ 30 ms', 30, fmtMs, 'max', note(runs[0].coldInitializeMs.n));
  row('keystroke → diagnostics, 5 KB dossier (p50)', b, m((r) => r.keystroke5kMs.p50), null, '≤ 2 ms', 2, fmtMs, 'max', note(runs[0].keystroke5kMs.n));
  row('keystroke → diagnostics, 5 KB dossier (p99)', b, m((r) => r.keystroke5kMs.p99), null, '≤ 10 ms', 10, fmtMs, 'max');
  row('keystroke → diagnostics, 2 MB dossier (p50)', b, m((r) => r.keystroke2mMs.p50), m((r) => r.keystroke2mMs.p99), '≤ 50 ms', 50, fmtMs, 'max', note(runs[0].keystroke2mMs.n));
  row('open 2 MB dossier → diagnostics', b, m((r) => r.bigOpenMs), null, '', null, fmtMs);
  row('completion round trip (p50)', b, m((r) => r.completionMs.p50), m((r) => r.completionMs.p99), '≤ 2 ms', 2, fmtMs, 'max', note(runs[0].completionMs.n));
  row('hover round trip (p50)', b, m((r) => r.hoverMs.p50), m((r) => r.hoverMs.p99), '≤ 2 ms', 2, fmtMs, 'max', note(runs[0].hoverMs.n));
  const stale = runs.reduce((a, r) => a + r.burst.staleAfterLast + r.burst.nonMonotonic, 0);
  row('burst of 100 changes → last version\'s diagnostics', b, m((r) => r.burst.ms), null, '', null, fmtMs, 'max',
    `${stale === 0 ? 'no' : `${stale}`} older-version diagnostics after the newest (${n} runs; ${median(runs.map((r) => r.burst.publishes))} publishes per burst)`);
  row('server RSS idle (after initialize)', b, m((r) => r.idleRssKb), null, '≤ 15 MB', 15 * 1024, fmtMb);
  row('server RSS with 200 dossiers open', b, m((r) => r.open200RssKb), null, '≤ 40 MB', 40 * 1024, fmtMb, 'max', `opening all 200 took ${fmtMs(m((r) => r.open200Ms))}`);
  const exits = runs.reduce((a, r) => a + (r.exitWithin1s ?? 0), 0);
  const tries = runs.reduce((a, r) => a + (r.exitTries ?? 0), 0);
  rows.push(['`exit` notification ends the process (stdin still open)', b, `${exits}/${tries} within 1 s`, '', 'all', exits === tries ? 'meets' : 'MISSES']);
}

const meta = JSON.parse(read('meta.json') ?? '{}');
const out = [];
if (meta.date) {
  out.push(`Measured ${meta.date} on ${meta.cpu} (${meta.nproc} cores), ${meta.memory} RAM; commit ${meta.commit}${meta.quick ? '; BENCH_QUICK=1' : ''}; load average ${meta.load}.`, '');
}
out.push('| Figure | Build | Median | p99 | Target | Verdict |', '| --- | --- | --- | --- | --- | --- |');
for (const r of rows) out.push(`| ${r.join(' | ')} |`);
console.log(out.join('\n'));
