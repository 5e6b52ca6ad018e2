import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { ServerProcess } from '../src/serverProcess';

describe('ServerProcess', () => {
  it('waits for the exit of a process whose output has closed and names its exit code', async () => {
    const lines: string[] = [];
    const server = new ServerProcess((l) => lines.push(l));
    const child = server.spawn(process.execPath, ['-e', 'process.stdout.end(); setTimeout(() => process.exit(3), 300)'], undefined);
    child.stdout!.resume();
    await once(child.stdout!, 'end');
    assert.equal(await server.howItEnded(), 'exited with code 3');
    assert.deepEqual(lines, ['The server process exited with code 3.']);
  });

  it('says nothing about a process that still runs, and kill ends it', async () => {
    const server = new ServerProcess(() => undefined);
    const child = server.spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], undefined);
    await once(child, 'spawn');
    assert.equal(await server.howItEnded(), undefined);
    server.kill();
    await once(child, 'exit');
    assert.equal(await server.howItEnded(), 'was stopped by SIGTERM');
  });

  it('reports a command that cannot be run', async () => {
    const server = new ServerProcess(() => undefined);
    const child = server.spawn('/nonexistent/dossier', ['lsp'], undefined);
    await once(child, 'error');
    assert.match((await server.howItEnded()) ?? '', /^could not be run: .*ENOENT/);
  });
});
