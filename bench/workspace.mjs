#!/usr/bin/env node
// Workspace-index benchmark: the server indexing a generated folder of dossiers, measured over its stdio.
//
//   node bench/workspace.mjs --server PATH/TO/dossier --count N [--edits K] [--git]
//
// --git makes the folder a git work tree with a .gitignore of ordinary patterns (none matches a dossier), so every
// file is judged by them: the cost of honouring ignore files.
//
// No npm packages: a minimal LSP client (Content-Length framing) is enough. Prints one JSON object on stdout.
//   load       the load average before the run (the machine may be shared)
//   index      initialized -> the end of the work-done progress "Indexing dossiers" (N files); indexCpuMs: the
//              server's CPU time (user + system) from its start to then; pass: the server's own log of the pass
//              (its time, GC collections and pauses)
//   rss        VmRSS once indexed
//   pull       a full workspace/diagnostic (no previous result ids), then one with every result id (all unchanged)
//   keystroke  a second server, a push client: K single-character edits of an open dossier while it indexes the
//              same N files, each timed to the publishDiagnostics of its version

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const server = opt('--server');
const count = Number(opt('--count', '1000'));
const edits = Number(opt('--edits', '300'));
const log = (...xs) => console.error('workspace:', ...xs);
const here = path.dirname(new URL(import.meta.url).pathname);

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]; };
// utime + stime of the process, in ms (the kernel counts in clock ticks, 100 a second on Linux).
const cpuMs = (pid) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0) * 10;
const rssMb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

function connect(folder) {
  const child = spawn(server, ['lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
  // Chunks are joined only once a whole message has arrived: joining on every chunk is quadratic in a big answer
  // (a full workspace pull of 50k files is over 100 MB).
  let chunks = [];
  let received = 0;
  let needed = 0;
  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  child.stdout.on('data', (chunk) => {
    chunks.push(chunk);
    received += chunk.length;
    if (received < needed) return;
    let buffer = Buffer.concat(chunks, received);
    needed = 0;
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) break;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
      if (buffer.length < end + 4 + length) { needed = end + 4 + length; break; }
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
      buffer = buffer.subarray(end + 4 + length);
      if (message.method && message.id !== undefined) {
        send({ jsonrpc: '2.0', id: message.id, result: null }); // registerCapability, progress/create, refresh
      } else if (message.method) {
        listeners.forEach((l) => l(message));
      } else {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    }
    chunks = buffer.length > 0 ? [buffer] : [];
    received = buffer.length;
  });
  const send = (message) => {
    const body = Buffer.from(JSON.stringify(message));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method, params) => new Promise((resolve) => { const id = nextId++; pending.set(id, resolve); send({ jsonrpc: '2.0', id, method, params }); });
  const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
  const until = (match) => new Promise((resolve) => { const l = (m) => { if (match(m)) { listeners.splice(listeners.indexOf(l), 1); resolve(m); } }; listeners.push(l); });
  const initialize = async (capabilities) => {
    // Trace "verbose": the server logs what each index pass cost (time, GC collections and pauses).
    await request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }], capabilities, initializationOptions: { trace: { server: 'verbose' } } });
    notify('initialized', {});
  };
  const stop = async () => { await request('shutdown', null); notify('exit', null); await new Promise((r) => child.once('exit', r)); };
  return { child, request, notify, until, initialize, stop };
}

const indexed = (m) => m.method === '$/progress' && m.params.value?.kind === 'end';

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-workspace-bench-'));
  const gen = spawn(process.execPath, [path.join(here, 'gen-corpus.mjs'), '--out', folder, '--count', String(count), '--seed', '42'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await new Promise((r) => gen.once('exit', r));
  if (args.includes('--git')) {
    fs.mkdirSync(path.join(folder, '.git'));
    fs.writeFileSync(path.join(folder, '.gitignore'), ['node_modules/', '*.log', 'generated/build/', 'drafts/', '**/scratch/', '*.swp', '!keep.log', 'docs/**/*.pdf'].join('\n') + '\n');
  }
  const result = { count, git: args.includes('--git'), load: os.loadavg().map((l) => +l.toFixed(1)) };

  const pull = connect(folder);
  const t0 = performance.now();
  const done = pull.until(indexed);
  const passCost = (client) => client.until((m) => m.method === 'window/logMessage' && m.params.message.startsWith('indexed '));
  const pullCost = passCost(pull);
  await pull.initialize({ window: { workDoneProgress: true }, textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } });
  await done;
  result.indexMs = Math.round(performance.now() - t0);
  result.indexCpuMs = cpuMs(pull.child.pid);
  result.pass = (await pullCost).params.message;
  result.rssMb = Math.round(rssMb(pull.child.pid));
  let t = performance.now();
  const full = await pull.request('workspace/diagnostic', { previousResultIds: [] });
  result.pullFullMs = Math.round(performance.now() - t);
  result.reports = full.result.items.length;
  const ids = full.result.items.map((r) => ({ uri: r.uri, value: r.resultId }));
  t = performance.now();
  const again = await pull.request('workspace/diagnostic', { previousResultIds: ids });
  result.pullUnchangedMs = Math.round(performance.now() - t);
  result.unchanged = again.result.items.filter((r) => r.kind === 'unchanged').length;
  result.rssAfterPullMb = Math.round(rssMb(pull.child.pid));
  await pull.stop();

  const push = connect(folder);
  const open = path.join(folder, 'open-dossier.md');
  const uri = pathToFileURL(open).href;
  let text = fs.readFileSync(path.join(folder, fs.readdirSync(folder, { recursive: true }).find((f) => f.endsWith('.md'))), 'utf8');
  const published = (version) => push.until((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version);
  const end = push.until(indexed);
  const pushCost = passCost(push);
  let finished = false;
  end.then(() => { finished = true; });
  await push.initialize({ window: { workDoneProgress: true } });
  let first = published(1);
  push.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await first;
  const times = [];
  let duringIndex = 0;
  for (let version = 2; version <= edits + 1; version++) {
    const lines = text.split('\n').length;
    const next = published(version);
    const started = performance.now();
    push.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 0 } }, text: 'x' }] });
    text += 'x';
    await next;
    times.push(performance.now() - started);
    if (!finished) duringIndex++;
  }
  result.keystroke = { n: times.length, duringIndex, p50: +quantile(times, 0.5).toFixed(2), p99: +quantile(times, 0.99).toFixed(2) };
  await end;
  result.keystroke.pass = (await pushCost).params.message;
  await push.stop();
  fs.rmSync(folder, { recursive: true, force: true });
  console.log(JSON.stringify(result));
}

main().catch((e) => { log(e.stack); process.exit(1); });
