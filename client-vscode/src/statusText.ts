// What the status bar item shows for a document. Pure.
import type { DocumentInfoResult } from './protocol';

export interface StatusBarView {
  text: string;
  tooltip: string;
  /** The item's background: the theme's error or warning colour, or none. */
  background: 'error' | 'warning' | undefined;
}

/** Undefined hides the item (not a dossier, or no answer). */
export function statusBarView(info: DocumentInfoResult | undefined): StatusBarView | undefined {
  if (!info?.isDossier) {
    return undefined;
  }
  const status = info.status?.trim();
  if (!status) {
    return { text: '$(briefcase) No status', tooltip: 'This dossier has no status yet. Click to set one.', background: 'warning' };
  }
  switch (info.statusState) {
    case 'invalid':
      return { text: `$(briefcase) ${status}`, tooltip: `"${status}" is not a known status. Click to pick one.`, background: 'error' };
    case 'miscased':
      return { text: `$(briefcase) ${status}`, tooltip: `Status ${status} is not written as the schema spells it. Click to pick it.`, background: 'warning' };
    default:
      return { text: `$(briefcase) ${status}`, tooltip: `Dossier status: ${status}. Click to change it.`, background: undefined };
  }
}
