import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dossierDescription, followUpsDue, groupByStatus, NO_STATUS } from '../src/jobSearchModel';
import type { IndexedDossier } from '../src/protocol';

function dossier(name: string, status: string | null, statusOrder: number, extra: Partial<IndexedDossier> = {}): IndexedDossier {
  return { uri: `file:///w/${name}.md`, name, status, statusOrder, errors: 0, warnings: 0, followUpDue: false, stale: false, ...extra };
}

test('groups follow the lifecycle, then unknown statuses, then dossiers without a status', () => {
  const groups = groupByStatus([
    dossier('Zeta', 'INTERVIEWING', 4),
    dossier('Acme', 'APPLIED', 2, { followUpDue: true }),
    dossier('Misc', null, -1),
    dossier('Beta', 'APPLIED', 2),
    dossier('Odd', 'PENDING', -1),
  ]);
  assert.deepEqual(groups.map((g) => g.label), ['APPLIED', 'INTERVIEWING', 'PENDING', NO_STATUS]);
  assert.deepEqual(groups[0].dossiers.map((d) => d.name), ['Acme', 'Beta']);
  assert.equal(groups[0].description, '2 · 1 follow-up due');
  assert.equal(groups[1].description, '1');
  assert.equal(groups[3].status, undefined);
});

test('the badge counts follow-ups due; the description puts them first', () => {
  const due = dossier('Acme', 'APPLIED', 2, { followUpDue: true, errors: 2, applicationDate: '2024-05-02' });
  assert.equal(followUpsDue([due, dossier('Beta', 'APPLIED', 2)]), 1);
  assert.equal(dossierDescription(due), 'follow-up due · 2 errors · applied 2024-05-02');
  assert.equal(dossierDescription(dossier('Old', 'PREPARED', 1, { stale: true })), 'stale');
});
