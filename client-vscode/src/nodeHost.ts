// The real file system and environment behind ResolutionHost.
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { ResolutionHost } from './serverResolution';

export function nodeResolutionHost(env: NodeJS.ProcessEnv = process.env): ResolutionHost {
  return {
    platform: process.platform,
    pathEnv: env.PATH ?? env.Path,
    pathExtEnv: env.PATHEXT,
    homeDir: os.homedir(),
    exists: (file) => fs.existsSync(file),
    isExecutableFile: (file) => {
      try {
        if (!fs.statSync(file).isFile()) {
          return false;
        }
        fs.accessSync(file, process.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}
