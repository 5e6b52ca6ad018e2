import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GIVE_UP_MESSAGE, RestartPolicy } from '../src/restartPolicy';

const minute = 60_000;

describe('RestartPolicy', () => {
  it('restarts a server that ran, four times in three minutes, and gives up at the fifth stop', () => {
    const policy = new RestartPolicy();
    const decisions = [0, 1, 2, 3, 4].map((i) => policy.onClosed(i * 30_000, true));
    assert.deepEqual(decisions.slice(0, 4), Array(4).fill({ restart: true }));
    assert.deepEqual(decisions[4], { restart: false, message: GIVE_UP_MESSAGE });
  });

  it('forgets stops older than three minutes', () => {
    const policy = new RestartPolicy();
    for (const t of [0, minute, 2 * minute, 3 * minute]) {
      assert.deepEqual(policy.onClosed(t, true), { restart: true });
    }
    // The stop at 0 has left the window: four in the last three minutes, so this one still restarts.
    assert.deepEqual(policy.onClosed(3 * minute + 1, true), { restart: true });
    assert.deepEqual(policy.onClosed(3 * minute + 2, true), { restart: false, message: GIVE_UP_MESSAGE });
  });

  it('never restarts a server that did not start, and says nothing (the start-up failure is reported once)', () => {
    const policy = new RestartPolicy();
    assert.deepEqual(policy.onClosed(0, false), { restart: false });
  });

  it('starts counting again after reset', () => {
    const policy = new RestartPolicy(2, minute);
    policy.onClosed(0, true);
    policy.reset();
    assert.deepEqual(policy.onClosed(1, true), { restart: true });
    assert.deepEqual(policy.onClosed(2, true).restart, false);
  });
});
