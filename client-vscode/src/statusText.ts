// What the status bar item shows for a document. Pure.
import type { DocumentInfoResult } from './protocol';

export interface StatusBarView {
  text: string;
  tooltip: string;
}

/** Undefined hides the item (not a dossier, or no answer). */
export function statusBarView(info: DocumentInfoResult | undefined): StatusBarView | undefined {
  if (!info?.isDossier) {
    return undefined;
  }
  const status = info.status?.trim();
  return status
    ? { text: `$(briefcase) ${status}`, tooltip: `Dossier status: ${status}. Click to change it.` }
    : { text: '$(briefcase) No status', tooltip: 'This dossier has no status yet. Click to set one.' };
}
