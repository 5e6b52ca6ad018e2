import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toServerConfiguration } from '../src/settings';

describe('toServerConfiguration', () => {
  it('maps every setting to the server shape', () => {
    const { configuration, problems } = toServerConfiguration({
      server: { path: '/opt/dossier' },
      trace: { server: 'verbose' },
      profile: { minimumSalary: 300000, currency: 'usd', preferredLocations: ['Remote - US', ' Berlin '] },
      rules: { 'salary-below-minimum': 'error', 'status-unknown': 'Warning' },
    });
    assert.deepEqual(configuration, {
      profile: { minimumSalary: 300000, currency: 'USD', preferredLocations: ['Remote - US', 'Berlin'] },
      rules: { 'salary-below-minimum': 'error', 'status-unknown': 'warning' },
      trace: { server: 'verbose' },
    });
    assert.deepEqual(problems, []);
  });

  it('leaves unset values null so the config file stays in force', () => {
    const { configuration, problems } = toServerConfiguration({
      profile: { minimumSalary: null, currency: null, preferredLocations: null },
      rules: {},
      trace: { server: 'off' },
    });
    assert.deepEqual(configuration, {
      profile: { minimumSalary: null, currency: null, preferredLocations: null },
      rules: {},
      trace: { server: 'off' },
    });
    assert.deepEqual(problems, []);
  });

  it('reads the Settings UI defaults (empty text, empty list) as unset', () => {
    const { configuration, problems } = toServerConfiguration({ profile: { minimumSalary: null, currency: '', preferredLocations: [] } });
    assert.deepEqual(configuration.profile, { minimumSalary: null, currency: null, preferredLocations: null });
    assert.deepEqual(problems, []);
  });

  it('copes with a missing or malformed section', () => {
    for (const input of [undefined, null, 42, 'x', []]) {
      const { configuration } = toServerConfiguration(input);
      assert.deepEqual(configuration, {
        profile: { minimumSalary: null, currency: null, preferredLocations: null },
        rules: {},
        trace: { server: 'off' },
      });
    }
  });

  it('accepts a salary typed as text with separators', () => {
    assert.equal(toServerConfiguration({ profile: { minimumSalary: '250,000' } }).configuration.profile.minimumSalary, 250000);
  });

  it('drops invalid values and says which', () => {
    const { configuration, problems } = toServerConfiguration({
      profile: { minimumSalary: -5, currency: 'dollars', preferredLocations: ['Remote', 7, ''] },
      rules: { 'salary-below-minimum': 'fatal', 'status-unknown': 'off' },
      trace: { server: 'loud' },
    });
    assert.deepEqual(configuration, {
      profile: { minimumSalary: null, currency: null, preferredLocations: ['Remote'] },
      rules: { 'status-unknown': 'off' },
      trace: { server: 'off' },
    });
    assert.deepEqual(problems, [
      'dossier.profile.minimumSalary: -5 is not a non-negative number; ignored',
      'dossier.profile.currency: "dollars" is not a three-letter currency code; ignored',
      'dossier.profile.preferredLocations: 7 is not a location; ignored',
      'dossier.profile.preferredLocations: "" is not a location; ignored',
      'dossier.rules: "salary-below-minimum" → "fatal" is not one of error|warning|info|off (or false); ignored',
      'dossier.trace.server: "loud" is not one of off|messages|verbose; using off',
    ]);
  });

  it('reads false as off, like dossier.config.yaml and the server', () => {
    const { configuration, problems } = toServerConfiguration({
      rules: { 'status-unknown': false, 'salary-below-minimum': 'FALSE', 'field-empty': true },
    });
    assert.deepEqual(configuration.rules, { 'status-unknown': 'off', 'salary-below-minimum': 'off' });
    assert.deepEqual(problems, ['dossier.rules: "field-empty" → true is not one of error|warning|info|off (or false); ignored']);
  });

  it('treats a non-list of locations as unset', () => {
    const { configuration, problems } = toServerConfiguration({ profile: { preferredLocations: 'Berlin' } });
    assert.equal(configuration.profile.preferredLocations, null);
    assert.equal(problems.length, 1);
  });
});
