// When the server stops on its own: restart it, or give up after too many stops in a short time. Pure.

export type CloseDecision =
  | { restart: true }
  /** `message` is shown to the user; none when the failure was already reported (a server that never ran). */
  | { restart: false; message?: string };

export const GIVE_UP_MESSAGE =
  'The Dossier language server stopped 5 times in 3 minutes and will not be restarted. ' +
  'Run "Dossier: Restart Server" after fixing the cause (see "Dossier: Show Output").';

export class RestartPolicy {
  private stops: number[] = [];

  constructor(private readonly maxStops = 5, private readonly windowMs = 3 * 60_000) {}

  /** Forgets earlier stops: after the user restarts the server by hand. */
  reset(): void {
    this.stops = [];
  }

  /**
   * @param everRan whether this server ever answered `initialize`; one that never got going is reported once by
   * the start-up code, and restarting it would only repeat the failure.
   */
  onClosed(now: number, everRan: boolean): CloseDecision {
    if (!everRan) {
      return { restart: false };
    }
    this.stops = [...this.stops.filter((t) => now - t < this.windowMs), now];
    return this.stops.length >= this.maxStops ? { restart: false, message: GIVE_UP_MESSAGE } : { restart: true };
  }
}
