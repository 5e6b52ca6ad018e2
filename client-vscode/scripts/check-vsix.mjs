// Checks a .vsix before it ships. Usage: node scripts/check-vsix.mjs FILE.vsix [--target linux-x64]
//
// A .vsix is a zip; this reads its central directory (no dependencies) and checks that
//   - extension/dist/extension.js and extension/package.json are there,
//   - the server is at extension/server/dossier (dossier.exe on Windows) and marked executable,
//   - both JSON schemas for yamlValidation are there,
//   - nothing from node_modules, sources, tests or the e2e harness slipped in,
//   - the manifest names the target platform,
//   - the file is within the size budget: 40 MB. The framework-dependent server made a 2.3 MB .vsix;
//     a self-contained single-file one (bundling the .NET runtime) made a 33 MB .vsix, so 40 MB leaves room for either.
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const BUDGET_BYTES = 40 * 1024 * 1024;

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--target');
const target = args.includes('--target') ? args[args.indexOf('--target') + 1] : 'linux-x64';
if (!file) {
  console.error('usage: node scripts/check-vsix.mjs FILE.vsix [--target linux-x64]');
  process.exit(2);
}

const zip = readFileSync(file);
const entries = readCentralDirectory(zip);
const byName = new Map(entries.map((e) => [e.name, e]));
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const exe = target.startsWith('win32') ? 'dossier.exe' : 'dossier';
for (const required of [
  'extension/package.json',
  'extension/dist/extension.js',
  `extension/server/${exe}`,
  'extension/schemas/dossier-config.json',
  'extension/schemas/dossier-schema.json',
  'extension.vsixmanifest',
]) {
  check(byName.has(required), `missing ${required}`);
}

check(entries.some((e) => e.name.toLowerCase() === 'extension/readme.md'), 'missing extension/readme.md');

const server = byName.get(`extension/server/${exe}`);
if (server && exe === 'dossier') {
  check(server.unixMode !== undefined && (server.unixMode & 0o111) !== 0,
    `extension/server/dossier is not executable (mode ${server.unixMode?.toString(8) ?? 'not recorded'})`);
}

const forbidden = [
  [/(^|\/)node_modules\//, 'node_modules'],
  [/^extension\/(src|test|e2e|out-tests|scripts)\//, 'sources, tests or scripts'],
  [/\.test\.(ts|js|mjs)$/, 'test files'],
  [/\.ts$/, 'TypeScript sources'],
  [/\.map$/, 'source maps'],
  [/\.pdb$/, 'debug symbols'],
  [/(^|\/)tsconfig\.json$/, 'tsconfig.json'],
];
for (const { name } of entries) {
  for (const [pattern, what] of forbidden) {
    if (pattern.test(name) && !name.startsWith('extension/server/')) {
      failures.push(`${what} must not ship: ${name}`);
    }
  }
}

const manifest = byName.get('extension.vsixmanifest');
if (manifest) {
  const xml = readEntry(zip, manifest).toString('utf8');
  check(xml.includes(`TargetPlatform="${target}"`), `extension.vsixmanifest does not name TargetPlatform="${target}"`);
}

const size = statSync(file).size;
check(size <= BUDGET_BYTES, `${file} is ${mb(size)}, over the ${mb(BUDGET_BYTES)} budget`);

console.log(`check-vsix: ${file}: ${entries.length} files, ${mb(size)} (budget ${mb(BUDGET_BYTES)}), target ${target}`);
if (failures.length > 0) {
  failures.forEach((f) => console.error(`check-vsix: FAIL: ${f}`));
  process.exit(1);
}
console.log('check-vsix: OK');

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Names, offsets and unix modes from the zip's central directory. */
function readCentralDirectory(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) {
    throw new Error(`${file} is not a zip file`);
  }
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const result = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) {
      throw new Error(`${file}: bad central directory entry ${i}`);
    }
    const madeBy = buf.readUInt16LE(p + 4) >> 8;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const external = buf.readUInt32LE(p + 38);
    const localHeader = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    result.push({ name, method, compressedSize, localHeader, unixMode: madeBy === 3 ? (external >>> 16) & 0o7777 : undefined });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return result;
}

function readEntry(buf, entry) {
  const p = entry.localHeader;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? inflateRawSync(data) : data;
}
