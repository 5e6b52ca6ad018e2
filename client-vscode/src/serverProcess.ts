// The server process: spawned by the extension rather than by the library, so a failed start can say how it ended.
import { spawn, type ChildProcess } from 'node:child_process';

export class ServerProcess {
  private child: ChildProcess | undefined;
  private ended: Promise<string> | undefined;

  constructor(private readonly log: (line: string) => void) {}

  /** Starts `command args`; the previous process, if any, is forgotten (the language client stops it). */
  spawn(command: string, args: readonly string[], cwd: string | undefined): ChildProcess {
    const child = spawn(command, [...args], { stdio: 'pipe', cwd });
    this.child = child;
    this.ended = new Promise((resolve) => {
      child.once('error', (e) => resolve(`could not be run: ${e.message}`));
      child.once('exit', (code, signal) => resolve(signal ? `was stopped by ${signal}` : `exited with code ${code}`));
    });
    void this.ended.then((how) => this.log(`The server process ${how}.`));
    return child;
  }

  /**
   * How the process ended, once it has: waits for its exit event when its output is already closed (it is going),
   * and gives undefined when it is still running (the caller stops it) or was never started.
   */
  async howItEnded(): Promise<string | undefined> {
    const child = this.child;
    if (!child || !this.ended) {
      return undefined;
    }
    const going = child.exitCode !== null || child.signalCode !== null || child.stdout?.readableEnded === true
      || child.stdout?.destroyed === true || child.pid === undefined;
    return going ? this.ended : undefined;
  }

  /** Ends the process if the language client's exit notification did not. */
  kill(): void {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill();
    }
  }
}
