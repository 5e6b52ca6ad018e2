// Finds the language server executable. Pure: the file system and environment come in through
// ResolutionHost, so the order and the messages are unit-tested without VS Code.
import * as path from 'node:path';

export type ServerSource = 'setting' | 'bundled' | 'path';

export interface ResolutionHost {
  /** True when `file` exists, is a regular file and may be executed by this process. */
  isExecutableFile(file: string): boolean;
  /** True when anything exists at `file`. */
  exists(file: string): boolean;
  readonly platform: NodeJS.Platform;
  /** The PATH environment variable. */
  readonly pathEnv: string | undefined;
  /** Windows PATHEXT; ignored elsewhere. */
  readonly pathExtEnv?: string | undefined;
  readonly homeDir: string;
}

export interface ResolutionInput {
  /** Value of `dossier.server.path` (empty or undefined when unset). */
  settingPath: string | undefined;
  /** The extension's install folder; the bundled server is `server/dossier` in it. */
  extensionPath: string;
  /** First workspace folder, for relative `dossier.server.path` values. */
  workspaceFolder?: string;
}

export interface Attempt {
  source: ServerSource;
  /** The file looked at, when there was one. */
  file?: string;
  found: boolean;
  /** One line saying what was found, for the output channel. */
  detail: string;
}

export type Resolution =
  | { ok: true; command: string; source: ServerSource; attempts: Attempt[] }
  | { ok: false; attempts: Attempt[] };

export const SERVER_ARGS: readonly string[] = ['lsp', '--stdio'];

export function executableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'dossier.exe' : 'dossier';
}

export function bundledServerPath(extensionPath: string, platform: NodeJS.Platform): string {
  return pathFor(platform).join(extensionPath, 'server', executableName(platform));
}

/** Tries `dossier.server.path`, then the bundled binary, then `dossier` on PATH; the first executable file wins. */
export function resolveServer(input: ResolutionInput, host: ResolutionHost): Resolution {
  const attempts: Attempt[] = [];
  const candidates: Array<() => Attempt> = [
    () => fromSetting(input, host),
    () => fromBundle(input, host),
    () => fromPath(host),
  ];
  for (const candidate of candidates) {
    const attempt = candidate();
    attempts.push(attempt);
    if (attempt.found && attempt.file !== undefined) {
      return { ok: true, command: attempt.file, source: attempt.source, attempts };
    }
  }
  return { ok: false, attempts };
}

/** Lines for the output channel: what was tried, in order. */
export function describeAttempts(attempts: readonly Attempt[]): string[] {
  return attempts.map((a, i) => `  ${i + 1}. ${label(a.source)}: ${a.detail}`);
}

function label(source: ServerSource): string {
  switch (source) {
    case 'setting': return 'setting dossier.server.path';
    case 'bundled': return 'bundled server';
    case 'path': return 'dossier on PATH';
  }
}

function fromSetting(input: ResolutionInput, host: ResolutionHost): Attempt {
  const raw = input.settingPath?.trim();
  if (!raw) {
    return { source: 'setting', found: false, detail: 'not set' };
  }
  const file = expandSettingPath(raw, input.workspaceFolder, host);
  return checkFile('setting', file, host);
}

function fromBundle(input: ResolutionInput, host: ResolutionHost): Attempt {
  return checkFile('bundled', bundledServerPath(input.extensionPath, host.platform), host);
}

function fromPath(host: ResolutionHost): Attempt {
  const p = pathFor(host.platform);
  const dirs = (host.pathEnv ?? '').split(host.platform === 'win32' ? ';' : ':').filter((d) => d.length > 0);
  const names = host.platform === 'win32'
    ? (host.pathExtEnv ?? '.EXE;.CMD;.BAT').split(';').filter((e) => e).map((e) => `dossier${e.toLowerCase()}`)
    : ['dossier'];
  for (const dir of dirs) {
    for (const name of names) {
      const file = p.join(dir, name);
      if (host.isExecutableFile(file)) {
        return { source: 'path', file, found: true, detail: `found ${file}` };
      }
    }
  }
  return {
    source: 'path',
    found: false,
    detail: dirs.length === 0 ? 'PATH is empty' : `no executable named dossier in ${dirs.length} PATH folders`,
  };
}

function checkFile(source: ServerSource, file: string, host: ResolutionHost): Attempt {
  if (host.isExecutableFile(file)) {
    return { source, file, found: true, detail: `found ${file}` };
  }
  const detail = host.exists(file) ? `${file} exists but is not an executable file` : `${file} does not exist`;
  return { source, file, found: false, detail };
}

/** `~` means the home folder; a relative path is relative to the first workspace folder. */
export function expandSettingPath(raw: string, workspaceFolder: string | undefined, host: Pick<ResolutionHost, 'homeDir' | 'platform'>): string {
  const p = pathFor(host.platform);
  let file = raw;
  if (file === '~' || file.startsWith('~/') || file.startsWith('~\\')) {
    file = p.join(host.homeDir, file.slice(1));
  }
  if (!p.isAbsolute(file) && workspaceFolder !== undefined) {
    file = p.join(workspaceFolder, file);
  }
  return p.normalize(file);
}

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}
