// Bundles the extension into dist/extension.js; with --tests, compiles test/*.test.ts into out-tests/ for `node --test`.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tests = process.argv.includes('--tests');
const production = process.argv.includes('--production');

if (tests) {
  rmSync(join(root, 'out-tests'), { recursive: true, force: true });
  const entryPoints = readdirSync(join(root, 'test'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(root, 'test', f));
  await build({
    entryPoints,
    outdir: join(root, 'out-tests'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The unit-tested modules must not need VS Code; bundling fails loudly if one imports it.
    logLevel: 'warning',
  });
} else {
  await build({
    entryPoints: [join(root, 'src', 'extension.ts')],
    outfile: join(root, 'dist', 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
  });
}
