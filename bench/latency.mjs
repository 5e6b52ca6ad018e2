#!/usr/bin/env node
// Language-server latency, cold start and memory, measured from a real LSP client over the server's stdio.
//
//   node bench/latency.mjs --server PATH/TO/dossier --corpus DIR [--edits N] [--cold N] [--quick]
//
// Needs the npm packages vscode-languageserver-protocol and vscode-jsonrpc: they are looked up in
// $BENCH_NODE_MODULES (a node_modules folder; bench/run.sh installs them into a cache dir), else normally.
// Prints one JSON object on stdout; progress goes to stderr.
//
// Scenarios, each on a fresh server process:
//   cold    spawn -> initialize result, N times
//   typing  5 KB dossier: N single-character incremental didChange, each waiting for publishDiagnostics of that
//           version; completion and hover round trips; a burst of 100 changes sent at once
//   big     the same typing on a 2 MB dossier
//   memory  VmRSS idle after initialize, then after opening 200 dossiers of the corpus (all diagnosed)

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { dossier } from './gen-corpus.mjs';

const requireFrom = createRequire(
  process.env.BENCH_NODE_MODULES ? path.join(path.resolve(process.env.BENCH_NODE_MODULES), 'noop.js') : import.meta.url);
const rpc = requireFrom('vscode-jsonrpc/node');
const lsp = requireFrom('vscode-languageserver-protocol/node');

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const quick = args.includes('--quick');
const server = opt('--server');
const corpus = opt('--corpus');
const EDITS = Number(opt('--edits', quick ? '200' : '500'));
const BIG_EDITS = Number(opt('--big-edits', quick ? '20' : '60'));
const COLD = Number(opt('--cold', quick ? '20' : '30'));
const ROUND_TRIPS = Number(opt('--round-trips', quick ? '200' : '500'));
const OPEN = Number(opt('--open', '200'));
if (!server || !corpus) {
  console.error('usage: latency.mjs --server PATH --corpus DIR [--edits N] [--cold N] [--quick]');
  process.exit(2);
}
const log = (...xs) => console.error('latency:', ...xs);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let stopCount = 0;
const exitMs = []; // exit notification -> process gone (Infinity: still running after 1 s)

function quantile(xs, q) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const stats = (xs) => ({ n: xs.length, p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), max: quantile(xs, 1) });

function rssKb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) : null;
}

// A dossier folder with the benchmark's config, so the server finds the same profile as the lint runs.
const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-latency-'));
fs.writeFileSync(path.join(workdir, 'dossier.config.yaml'), 'profile:\n  minimumSalary: 180000\n');

/** Starts `dossier lsp --stdio`, returns the connection plus a diagnostics tracker. */
function start() {
  const t0 = performance.now();
  const child = spawn(server, ['lsp', '--stdio'], { cwd: workdir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const published = []; // { uri, version, t, count }
  const waiters = [];
  conn.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
    const e = { uri: p.uri, version: p.version, t: performance.now(), count: p.diagnostics.length };
    published.push(e);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === e.uri && e.version !== undefined && e.version !== null && e.version >= w.version) {
        waiters.splice(i, 1);
        w.resolve(e);
      }
    }
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('window/showMessage', (p) => log('server says:', p.message));
  conn.listen();
  const diagnosed = (uri, version, timeoutMs = 30000) => new Promise((resolve, reject) => {
    const hit = published.find((e) => e.uri === uri && e.version >= version);
    if (hit) return resolve(hit);
    const w = { uri, version, resolve };
    waiters.push(w);
    setTimeout(() => {
      const i = waiters.indexOf(w);
      if (i >= 0) { waiters.splice(i, 1); reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms; stderr: ${stderr}`)); }
    }, timeoutMs).unref();
  });
  const initialize = async () => {
    const result = await conn.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workdir).href,
      workspaceFolders: [{ uri: pathToFileURL(workdir).href, name: 'bench' }],
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        textDocument: {
          synchronization: { didSave: false },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
        },
        workspace: { configuration: false },
      },
    });
    const tInit = performance.now() - t0;
    await conn.sendNotification(lsp.InitializedNotification.type, {});
    return { result, tInit };
  };
  const stop = async () => {
    try {
      await Promise.race([conn.sendRequest(lsp.ShutdownRequest.type), sleep(3000)]);
      await conn.sendNotification(lsp.ExitNotification.type);
    } catch { /* already gone */ }
    const exited = new Promise((r) => child.once('exit', r));
    // The server should exit on `exit` alone; it is timed, then stdin is closed so a server that waits for EOF ends too.
    if (exitMs.length < 3 || stopCount % 10 === 0) {
      const t = performance.now();
      await Promise.race([exited, sleep(1000)]);
      exitMs.push(child.exitCode === null && child.signalCode === null ? Infinity : performance.now() - t);
    }
    stopCount++;
    child.stdin.end();
    await Promise.race([exited, sleep(3000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    conn.dispose();
  };
  return { child, conn, published, diagnosed, initialize, stop };
}

/** A local copy of an open document, for computing incremental edits. */
class Doc {
  constructor(s, uri, text) { this.s = s; this.uri = uri; this.lines = text.split('\n'); this.version = 1; }
  async open() {
    await this.s.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type,
      { textDocument: { uri: this.uri, languageId: 'markdown', version: 1, text: this.lines.join('\n') } });
    return this.s.diagnosed(this.uri, 1);
  }
  /** Inserts `ch` at (line, character) and sends it as an incremental change; returns the new version. */
  insert(line, character, ch) {
    const l = this.lines[line];
    this.lines[line] = l.slice(0, character) + ch + l.slice(character);
    this.version++;
    this.s.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }],
    });
    return this.version;
  }
  lineOf(prefix) { return this.lines.findIndex((l) => l.startsWith(prefix)); }
}

/** Types `n` characters one at a time at the end of the first Job Description line, each awaited. */
async function typing(s, doc, n) {
  const line = doc.lineOf('## Job Description') + 1;
  const word = 'typing latency ';
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const v = doc.insert(line, doc.lines[line].length, word[i % word.length]);
    const e = await s.diagnosed(doc.uri, v);
    if (e.version !== v) throw new Error(`expected diagnostics for v${v}, got v${e.version}`);
    times.push(e.t - t);
  }
  return times;
}

async function roundTrips(s, doc, n) {
  const statusLine = doc.lineOf('- **Application Status**:');
  const valueAt = doc.lines[statusLine].indexOf(':') + 2;
  const completion = [];
  const hover = [];
  let items = 0;
  let hovered = false;
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    const c = await s.conn.sendRequest(lsp.CompletionRequest.type,
      { textDocument: { uri: doc.uri }, position: { line: statusLine, character: valueAt } });
    completion.push(performance.now() - t);
    items = Array.isArray(c) ? c.length : c?.items?.length ?? 0;
    t = performance.now();
    const h = await s.conn.sendRequest(lsp.HoverRequest.type,
      { textDocument: { uri: doc.uri }, position: { line: statusLine, character: 5 } });
    hover.push(performance.now() - t);
    hovered = h !== null;
  }
  return { completion, hover, completionItems: items, hoverAnswered: hovered };
}

/** 100 changes sent back to back; the time until the last version's diagnostics, and whether older ones trail it. */
async function burst(s, doc, n = 100) {
  const line = doc.lineOf('## Requirements') + 1;
  const startIndex = s.published.length;
  const t = performance.now();
  let last = 0;
  for (let i = 0; i < n; i++) last = doc.insert(line, doc.lines[line].length, 'b');
  const e = await s.diagnosed(doc.uri, last);
  const elapsed = e.t - t;
  await sleep(500); // anything still in flight for an older version would arrive now
  const after = s.published.slice(startIndex).filter((p) => p.uri === doc.uri);
  const lastAt = after.findIndex((p) => p.version === last);
  const staleAfter = after.slice(lastAt + 1).filter((p) => p.version < last).length;
  let nonMonotonic = 0;
  for (let i = 1; i < after.length; i++) if (after[i].version < after[i - 1].version) nonMonotonic++;
  return { ms: elapsed, publishes: after.length, staleAfterLast: staleAfter, nonMonotonic };
}

async function coldStart(n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const s = start();
    const { tInit } = await s.initialize();
    times.push(tInit);
    await s.stop();
  }
  return times;
}

async function main() {
  const out = { date: new Date().toISOString() };
  const r = (seed) => { // same PRNG as gen-corpus: reuse its dossier() with a fixed seed per scenario
    let a = seed >>> 0;
    const next = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
    return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (xs) => xs[Math.floor(next() * xs.length)], chance: (p) => next() < p };
  };

  log(`cold start x${COLD}`);
  out.coldInitializeMs = stats(await coldStart(COLD));

  log('typing on a 5 KB dossier');
  {
    const s = start();
    await s.initialize();
    const text = dossier(r(5), 5000);
    const doc = new Doc(s, pathToFileURL(path.join(workdir, 'small.md')).href, text);
    await doc.open();
    out.smallBytes = Buffer.byteLength(text);
    // A few unmeasured edits and round trips first, so the JIT has compiled the paths being measured.
    await typing(s, doc, 30);
    await roundTrips(s, doc, 30);
    out.keystroke5kMs = stats(await typing(s, doc, EDITS));
    const rt = await roundTrips(s, doc, ROUND_TRIPS);
    out.completionMs = stats(rt.completion);
    out.hoverMs = stats(rt.hover);
    out.completionItems = rt.completionItems;
    out.hoverAnswered = rt.hoverAnswered;
    out.burst = await burst(s, doc);
    await s.stop();
  }

  log('typing on a 2 MB dossier');
  {
    const s = start();
    await s.initialize();
    const text = dossier(r(6), 2_000_000);
    const doc = new Doc(s, pathToFileURL(path.join(workdir, 'big.md')).href, text);
    const t = performance.now();
    await doc.open();
    out.bigOpenMs = performance.now() - t;
    out.bigBytes = Buffer.byteLength(text);
    await typing(s, doc, 5);
    out.keystroke2mMs = stats(await typing(s, doc, BIG_EDITS));
    await s.stop();
  }

  log(`memory: idle, then ${OPEN} open dossiers`);
  {
    const s = start();
    await s.initialize();
    await sleep(1500);
    out.idleRssKb = rssKb(s.child.pid);
    const files = [];
    const walk = (d) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (files.length >= OPEN) return;
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p); else if (e.name.endsWith('.md')) files.push(p);
      }
    };
    walk(path.resolve(corpus));
    const t = performance.now();
    const waits = [];
    for (const f of files) {
      const doc = new Doc(s, pathToFileURL(f).href, fs.readFileSync(f, 'utf8'));
      waits.push(doc.open());
    }
    await Promise.all(waits);
    out.open200Ms = performance.now() - t;
    out.openedDocs = files.length;
    await sleep(1500);
    out.open200RssKb = rssKb(s.child.pid);
    await s.stop();
  }

  out.exitWithin1s = exitMs.filter((x) => x !== Infinity).length;
  out.exitTries = exitMs.length;
  fs.rmSync(workdir, { recursive: true, force: true });
  console.log(JSON.stringify(out));
}

main().catch((e) => { console.error(e); process.exit(1); });
