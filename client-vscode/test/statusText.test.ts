import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusBarView } from '../src/statusText';

describe('statusBarView', () => {
  it('hides the item for a file that is not a dossier or without an answer', () => {
    assert.equal(statusBarView(undefined), undefined);
    assert.equal(statusBarView({ isDossier: false }), undefined);
  });

  it('colours an invalid status red and an empty or miscased one with the warning colour', () => {
    assert.equal(statusBarView({ isDossier: true, status: 'APPLID', statusState: 'invalid' })?.background, 'error');
    assert.equal(statusBarView({ isDossier: true, status: 'applied', statusState: 'miscased' })?.background, 'warning');
    assert.equal(statusBarView({ isDossier: true, status: null, statusState: 'empty' })?.background, 'warning');
    assert.equal(statusBarView({ isDossier: true, status: '  ' })?.background, 'warning');
  });

  it('shows a valid status plainly', () => {
    assert.deepEqual(statusBarView({ isDossier: true, status: 'APPLIED', statusState: 'valid' }), {
      text: '$(briefcase) APPLIED',
      tooltip: 'Dossier status: APPLIED. Click to change it.',
      background: undefined,
    });
  });
});
