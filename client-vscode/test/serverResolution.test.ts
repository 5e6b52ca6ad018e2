import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeAttempts, expandSettingPath, resolveServer, type ResolutionHost } from '../src/serverResolution';

/** An in-memory file system: `executables` can run, `others` merely exist. */
function host(executables: string[], others: string[] = [], overrides: Partial<ResolutionHost> = {}): ResolutionHost {
  return {
    platform: 'linux',
    pathEnv: '/usr/local/bin:/usr/bin',
    homeDir: '/home/ana',
    isExecutableFile: (f) => executables.includes(f),
    exists: (f) => executables.includes(f) || others.includes(f),
    ...overrides,
  };
}

const ext = '/ext/dossierlsp.dossier-lsp-0.1.0';
const bundled = `${ext}/server/dossier`;

describe('resolveServer', () => {
  it('prefers dossier.server.path over the bundled server and PATH', () => {
    const r = resolveServer({ settingPath: '/opt/dossier/dossier', extensionPath: ext }, host(['/opt/dossier/dossier', bundled, '/usr/bin/dossier']));
    assert.deepEqual(r.ok && [r.source, r.command], ['setting', '/opt/dossier/dossier']);
    assert.equal(r.attempts.length, 1);
  });

  it('uses the bundled server when the setting is empty', () => {
    const r = resolveServer({ settingPath: '  ', extensionPath: ext }, host([bundled, '/usr/bin/dossier']));
    assert.deepEqual(r.ok && [r.source, r.command], ['bundled', bundled]);
    assert.deepEqual(r.attempts.map((a) => a.detail), ['not set', `found ${bundled}`]);
  });

  it('falls back to the bundled server when the setting points at nothing, and records why', () => {
    const r = resolveServer({ settingPath: '/nope/dossier', extensionPath: ext }, host([bundled]));
    assert.ok(r.ok);
    assert.equal(r.source, 'bundled');
    assert.equal(r.attempts[0].detail, '/nope/dossier does not exist');
  });

  it('finds dossier on PATH in PATH order when nothing else is there', () => {
    const r = resolveServer({ settingPath: undefined, extensionPath: ext }, host(['/usr/bin/dossier', '/usr/local/bin/dossier']));
    assert.deepEqual(r.ok && [r.source, r.command], ['path', '/usr/local/bin/dossier']);
  });

  it('skips a file that exists but cannot be executed', () => {
    const r = resolveServer({ settingPath: undefined, extensionPath: ext }, host(['/usr/bin/dossier'], [bundled, '/usr/local/bin/dossier']));
    assert.deepEqual(r.ok && r.command, '/usr/bin/dossier');
    assert.equal(r.attempts[1].detail, `${bundled} exists but is not an executable file`);
  });

  it('reports every attempt when no server is found', () => {
    const r = resolveServer({ settingPath: '~/bin/dossier', extensionPath: ext }, host([]));
    assert.equal(r.ok, false);
    assert.deepEqual(describeAttempts(r.attempts), [
      '  1. setting dossier.server.path: /home/ana/bin/dossier does not exist',
      `  2. bundled server: ${bundled} does not exist`,
      '  3. dossier on PATH: no executable named dossier in 2 PATH folders',
    ]);
  });

  it('says so when PATH is empty', () => {
    const r = resolveServer({ settingPath: '', extensionPath: ext }, host([], [], { pathEnv: undefined }));
    assert.equal(r.attempts[2].detail, 'PATH is empty');
  });

  it('uses dossier.exe and PATHEXT on Windows', () => {
    const winExt = 'C:\\ext\\dossier';
    const r = resolveServer(
      { settingPath: '', extensionPath: winExt },
      host(['C:\\tools\\dossier.exe'], [], { platform: 'win32', pathEnv: 'C:\\bin;C:\\tools', pathExtEnv: '.COM;.EXE' }),
    );
    assert.deepEqual(r.ok && [r.source, r.command], ['path', 'C:\\tools\\dossier.exe']);
    assert.equal(r.attempts[1].file, 'C:\\ext\\dossier\\server\\dossier.exe');
  });
});

describe('expandSettingPath', () => {
  const h = { homeDir: '/home/ana', platform: 'linux' as const };
  it('expands ~ to the home folder', () => {
    assert.equal(expandSettingPath('~/bin/dossier', '/ws', h), '/home/ana/bin/dossier');
  });
  it('resolves a relative path against the workspace folder', () => {
    assert.equal(expandSettingPath('./out/server/dossier', '/ws', h), '/ws/out/server/dossier');
  });
  it('keeps an absolute path', () => {
    assert.equal(expandSettingPath('/opt/d/../dossier', '/ws', h), '/opt/dossier');
  });
});
