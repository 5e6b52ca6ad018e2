// Maps the `dossier.*` settings to the object the server reads for section `dossier`
// (pushed with workspace/didChangeConfiguration and pulled with workspace/configuration).
// Pure, so it is unit-tested; invalid values become null with a problem line instead of reaching the server.

export type RuleLevel = 'error' | 'warning' | 'info' | 'off';
export type TraceLevel = 'off' | 'messages' | 'verbose';

export interface ServerConfiguration {
  profile: {
    /** Null leaves the value from dossier.config.yaml in force. */
    minimumSalary: number | null;
    currency: string | null;
    preferredLocations: string[] | null;
  };
  /** Rule id → level; only rules the user set. */
  rules: Record<string, RuleLevel>;
  trace: { server: TraceLevel };
}

export interface MappedConfiguration {
  configuration: ServerConfiguration;
  /** Settings that were ignored, one line each, for the output channel. */
  problems: string[];
}

const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'info', 'off'];
const TRACE_LEVELS: readonly TraceLevel[] = ['off', 'messages', 'verbose'];

/**
 * @param settings the `dossier` section as VS Code returns it, e.g. `{ profile: { minimumSalary: 1 }, rules: {...}, trace: { server: 'off' } }`.
 */
export function toServerConfiguration(settings: unknown): MappedConfiguration {
  const problems: string[] = [];
  const root = asRecord(settings);
  const profile = asRecord(root.profile);
  return {
    configuration: {
      profile: {
        minimumSalary: minimumSalary(profile.minimumSalary, problems),
        currency: currency(profile.currency, problems),
        preferredLocations: locations(profile.preferredLocations, problems),
      },
      rules: rules(root.rules, problems),
      trace: { server: trace(asRecord(root.trace).server, problems) },
    },
    problems,
  };
}

function minimumSalary(value: unknown, problems: string[]): number | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const n = typeof value === 'string' ? Number(value.replace(/[,_\s]/g, '')) : value;
  if (typeof n === 'number' && Number.isFinite(n) && n >= 0) {
    return n;
  }
  problems.push(`dossier.profile.minimumSalary: ${JSON.stringify(value)} is not a non-negative number; ignored`);
  return null;
}

function currency(value: unknown, problems: string[]): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string') {
    const code = value.trim().toUpperCase();
    if (code === '') {
      return null;
    }
    if (/^[A-Z]{3}$/.test(code)) {
      return code;
    }
  }
  problems.push(`dossier.profile.currency: ${JSON.stringify(value)} is not a three-letter currency code; ignored`);
  return null;
}

/** The Settings UI edits a plain list whose default is empty: an empty list, like null, keeps the file's list. */
function locations(value: unknown, problems: string[]): string[] | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (!Array.isArray(value)) {
    problems.push(`dossier.profile.preferredLocations: expected a list of strings; ignored`);
    return null;
  }
  const result: string[] = [];
  for (const item of value) {
    if (typeof item === 'string' && item.trim() !== '') {
      result.push(item.trim());
    } else {
      problems.push(`dossier.profile.preferredLocations: ${JSON.stringify(item)} is not a location; ignored`);
    }
  }
  return result.length > 0 ? result : null;
}

function rules(value: unknown, problems: string[]): Record<string, RuleLevel> {
  const result: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(asRecord(value))) {
    const parsed = ruleLevel(level);
    if (id.trim() !== '' && parsed !== null) {
      result[id.trim()] = parsed;
    } else {
      problems.push(`dossier.rules: ${JSON.stringify(id)} → ${JSON.stringify(level)} is not one of ${RULE_LEVELS.join('|')} (or false); ignored`);
    }
  }
  return result;
}

/** The rule-level vocabulary of dossier.config.yaml and the server: `false` (or "false") means off. */
function ruleLevel(level: unknown): RuleLevel | null {
  if (level === false) {
    return 'off';
  }
  const normalized = typeof level === 'string' ? level.trim().toLowerCase() : null;
  if (normalized === 'false') {
    return 'off';
  }
  return RULE_LEVELS.includes(normalized as RuleLevel) ? (normalized as RuleLevel) : null;
}

function trace(value: unknown, problems: string[]): TraceLevel {
  if (value === undefined || value === null) {
    return 'off';
  }
  if (TRACE_LEVELS.includes(value as TraceLevel)) {
    return value as TraceLevel;
  }
  problems.push(`dossier.trace.server: ${JSON.stringify(value)} is not one of ${TRACE_LEVELS.join('|')}; using off`);
  return 'off';
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
