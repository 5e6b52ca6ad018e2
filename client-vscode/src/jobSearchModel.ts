// What the "Job Search" view shows, decided without VS Code: dossiers grouped by status in lifecycle order, with
// counts and the follow-ups due. Pure, so it is unit-tested.
import type { IndexedDossier } from './protocol';

export interface StatusGroup {
  /** The status as the schema spells it, or undefined for dossiers without one. */
  status: string | undefined;
  label: string;
  /** "3 · 1 follow-up due" */
  description: string;
  dossiers: IndexedDossier[];
}

export const NO_STATUS = '(no status)';

/** Groups in lifecycle order (statuses the schema does not know, then dossiers without a status, last); dossiers by name. */
export function groupByStatus(dossiers: readonly IndexedDossier[]): StatusGroup[] {
  const groups = new Map<string, IndexedDossier[]>();
  for (const dossier of dossiers) {
    const key = dossier.status ?? '';
    groups.set(key, [...(groups.get(key) ?? []), dossier]);
  }
  return [...groups.entries()]
    .map(([key, members]) => ({ key, members: [...members].sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => rank(a.key, a.members) - rank(b.key, b.members) || a.key.localeCompare(b.key))
    .map(({ key, members }) => ({
      status: key === '' ? undefined : key,
      label: key === '' ? NO_STATUS : key,
      description: describe(members),
      dossiers: members,
    }));
}

/** The number on the view's badge: follow-ups due. */
export function followUpsDue(dossiers: readonly IndexedDossier[]): number {
  return dossiers.filter((d) => d.followUpDue).length;
}

/** The line beside a dossier: what needs the user first, then its problems, then when it was applied. */
export function dossierDescription(dossier: IndexedDossier): string {
  const parts: string[] = [];
  if (dossier.followUpDue) {
    parts.push('follow-up due');
  }
  if (dossier.stale) {
    parts.push('stale');
  }
  if (dossier.errors > 0) {
    parts.push(plural(dossier.errors, 'error'));
  }
  if (dossier.applicationDate) {
    parts.push(`applied ${dossier.applicationDate}`);
  }
  return parts.join(' · ');
}

function rank(key: string, members: readonly IndexedDossier[]): number {
  if (key === '') {
    return Number.MAX_SAFE_INTEGER;
  }
  const order = members[0]?.statusOrder ?? -1;
  return order >= 0 ? order : Number.MAX_SAFE_INTEGER - 1;
}

function describe(members: readonly IndexedDossier[]): string {
  const due = followUpsDue(members);
  return due > 0 ? `${members.length} · ${due} follow-up${due === 1 ? '' : 's'} due` : `${members.length}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
