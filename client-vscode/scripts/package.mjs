// Builds dossier-lsp-<version>.vsix for one platform, with the server inside at server/dossier.
//
//   DOSSIER_SERVER_DIR   folder holding the published server (default ../out/server-linux-x64)
//   DOSSIER_SCHEMAS_DIR  folder holding dossier-config.json and dossier-schema.json (default ../schemas)
//   DOSSIER_TARGET       vsce target (default linux-x64); the .vsix name gains the target when it is not linux-x64
//
// Every missing input is an error: a .vsix without its server or schemas must not be produced.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.env.DOSSIER_TARGET || 'linux-x64';
const serverDir = resolve(root, process.env.DOSSIER_SERVER_DIR || join('..', 'out', 'server-linux-x64'));
const schemasDir = resolve(root, process.env.DOSSIER_SCHEMAS_DIR || join('..', 'schemas'));
const exe = target.startsWith('win32') ? 'dossier.exe' : 'dossier';
const SCHEMAS = ['dossier-config.json', 'dossier-schema.json'];

function fail(message) {
  console.error(`package: ERROR: ${message}`);
  process.exit(1);
}

function run(cmd, args) {
  console.log(`package: ${cmd} ${args.join(' ')}`);
  try {
    execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
  } catch {
    fail(`${cmd} ${args[0]} … failed (output above)`);
  }
}

// 1. The server.
const serverExe = join(serverDir, exe);
if (!existsSync(serverExe) || !statSync(serverExe).isFile()) {
  fail(`no server at ${serverExe}. Build it from the repo root with\n` +
    `  dotnet publish server/DossierLsp.Cli -c Release -r ${target} -o out/server-${target}\n` +
    `or point DOSSIER_SERVER_DIR at the folder that holds ${exe}.`);
}
rmSync(join(root, 'server'), { recursive: true, force: true });
cpSync(serverDir, join(root, 'server'), {
  recursive: true,
  filter: (src) => !src.endsWith('.pdb') && !src.endsWith('.dbg'),
});
if (exe === 'dossier') {
  chmodSync(join(root, 'server', exe), 0o755);
}
console.log(`package: server copied from ${serverDir}`);

// 2. The JSON schemas for contributes.yamlValidation.
const missing = SCHEMAS.filter((name) => !existsSync(join(schemasDir, name)));
if (missing.length > 0) {
  fail(`missing ${missing.join(', ')} in ${schemasDir} (contributes.yamlValidation points at them). ` +
    'They come from the repo\'s top-level schemas/ folder; set DOSSIER_SCHEMAS_DIR to use another folder.');
}
rmSync(join(root, 'schemas'), { recursive: true, force: true });
mkdirSync(join(root, 'schemas'));
for (const name of SCHEMAS) {
  JSON.parse(readFileSync(join(schemasDir, name), 'utf8')); // fail here, not in the user's editor, on broken JSON
  cpSync(join(schemasDir, name), join(root, 'schemas', name));
}
console.log(`package: schemas copied from ${schemasDir}`);

// 3. The bundle and the .vsix.
run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = target === 'linux-x64' ? `dossier-lsp-${version}.vsix` : `dossier-lsp-${target}-${version}.vsix`;
rmSync(join(root, out), { force: true });
run(process.execPath, [
  join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--target', target,
  '--out', out,
  '--no-dependencies', // dist/extension.js is self-contained
  '--allow-missing-repository',
  '--skip-license',
  '--no-rewrite-relative-links',
]);

// 4. The contents check.
run(process.execPath, [join(root, 'scripts', 'check-vsix.mjs'), join(root, out), '--target', target]);
console.log(`package: wrote ${join(root, out)}`);
