import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newDossierFileName, slugify } from '../src/naming';
import { statusBarView } from '../src/statusText';

describe('slugify', () => {
  it('lower-cases and joins words with hyphens', () => {
    assert.equal(slugify('Root Insurance Staff Machine Learning Engineer II'), 'root-insurance-staff-machine-learning-engineer-ii');
  });
  it('drops accents and punctuation', () => {
    assert.equal(slugify('  Société Générale — Data (Sr.) / C# '), 'societe-generale-data-sr-c');
  });
  it('spells out ampersands', () => {
    assert.equal(slugify('AT&T'), 'at-and-t');
  });
  it('never returns an empty name', () => {
    assert.equal(slugify('!!!'), 'dossier');
  });
  it('caps the length without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    assert.ok(slug.length <= 80 && !slug.endsWith('-'));
  });
});

describe('newDossierFileName', () => {
  it('is <company>-<position>.md', () => {
    assert.equal(newDossierFileName('Acme Corp', 'Staff Engineer', () => false), 'acme-corp-staff-engineer.md');
  });
  it('never overwrites an existing file', () => {
    const taken = new Set(['acme-ml.md', 'acme-ml-2.md']);
    assert.equal(newDossierFileName('Acme', 'ML', (n) => taken.has(n)), 'acme-ml-3.md');
  });
});

describe('statusBarView', () => {
  it('is hidden for non-dossiers and missing answers', () => {
    assert.equal(statusBarView(undefined), undefined);
    assert.equal(statusBarView({ isDossier: false, status: 'APPLIED' }), undefined);
  });
  it('shows the status', () => {
    assert.equal(statusBarView({ isDossier: true, status: 'APPLIED' })?.text, '$(briefcase) APPLIED');
  });
  it('invites setting a missing status', () => {
    assert.equal(statusBarView({ isDossier: true, status: null })?.text, '$(briefcase) No status');
  });
});
