#!/usr/bin/env node
// Deterministic corpus of job-application dossiers for the benchmarks.
//
//   node bench/gen-corpus.mjs --out DIR --count N [--seed S] [--per-dir K]
//   node bench/gen-corpus.mjs --single FILE --bytes B [--seed S]   (one dossier of about B bytes)
//
// Files are varied versions of the shapes in examples/*.md: companies, positions, statuses, salary forms
// ($150K - $180K, $65/hr - $80/hr, £60,000 - £70,000, ...), dates in several forms, optional sections, and
// realistic mistakes (misspelt status, misspelt field key, missing section, placeholder date with APPLIED,
// salary below the minimum). Average size is about 5.5 KB. The same seed always gives the same bytes.
// DIR also gets a dossier.config.yaml with profile minimumSalary 180000.

import fs from 'node:fs';
import path from 'node:path';

// ---- seeded PRNG (mulberry32) ----
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
  return r;
}

const COMPANIES = [
  'Acme Analytics', 'Globex Corporation', 'Initech', 'Root Insurance', 'Umbrella Health', 'Stark Industries',
  'Wayne Enterprises', 'Hooli', 'Pied Piper', 'Soylent Labs', 'Cyberdyne Systems', 'Tyrell Corp', 'Vandelay Industries',
  'Wonka Foods', 'Aperture Science', 'Massive Dynamic', 'Oscorp', 'Monarch Solutions', 'Gringotts Bank', 'Dunder Mifflin',
  'Blue Sun Logistics', 'Nakatomi Trading', 'Sirius Cybernetics', 'Weyland Data', 'Prestige Worldwide', 'Bluth Homes',
  'Los Pollos Tech', 'Krusty Media', 'Planet Express', 'Octan Energy',
];
const LEVELS = ['', 'Senior ', 'Staff ', 'Principal ', 'Lead ', 'Junior '];
const ROLES = [
  'Data Engineer', 'Backend Engineer', 'Frontend Contractor', 'Machine Learning Engineer', 'Platform Engineer',
  'Site Reliability Engineer', 'Full Stack Developer', 'Security Engineer', 'Engineering Manager', 'Data Scientist',
  'Mobile Engineer', 'Developer Advocate', 'Solutions Architect', 'QA Automation Engineer', 'Database Administrator',
];
const SUFFIX = ['', '', '', ' II', ' III', ' (Remote)'];
const LOCATIONS = [
  'Remote - US', 'Remote - EU', 'New York, NY (hybrid)', 'Springfield, OR', 'San Francisco, CA', 'Austin, TX',
  'London, UK', 'Berlin, Germany', 'Hybrid (Seattle)', 'Toronto, ON', 'Remote', 'Chicago, IL',
];
const STATUSES = ['RESEARCHING', 'PREPARED', 'APPLIED', 'SCREENING', 'INTERVIEWING', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'];
const STATUS_TYPOS = ['APPLID', 'APLIED', 'SCREENNG', 'INTERVEWING', 'REJECTD', 'PREPARD', 'OFER'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SECTIONS = [
  ['Job Details', 'required'], ['Job Description', 'required'], ['Key Responsibilities', 'recommended'],
  ['Requirements', 'required'], ['Qualification Analysis', 'recommended'], ['Application Strategy', 'recommended'],
  ['Cover Letter Focus', 'optional'], ['Follow-up Questions', 'optional'], ['Notes', 'optional'],
];
const WORDS = ('the team builds and operates systems for data pipelines models services customers platform reliability '
  + 'scale production cloud infrastructure design review mentor own deliver roadmap stakeholders quality testing '
  + 'automation monitoring latency throughput security compliance migration warehouse streaming batch api python go '
  + 'java typescript react kubernetes terraform airflow spark sql analytics experiments features users growth '
  + 'collaborate across engineering product research strategy cost efficiency observability incident on-call').split(' ');
const SKILLS = ['Python', 'Go', 'Java', 'TypeScript', 'React', 'Kubernetes', 'Terraform', 'Airflow', 'Spark', 'SQL',
  'AWS', 'GCP', 'Azure', 'Kafka', 'PostgreSQL', 'Rust', 'C#', 'gRPC', 'Redis', 'dbt'];

function sentence(r, lo = 10, hi = 28) {
  const n = r.int(lo, hi);
  const ws = [];
  for (let i = 0; i < n; i++) ws.push(r.pick(WORDS));
  const s = ws.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}
function paragraph(r, lo = 3, hi = 6) {
  const n = r.int(lo, hi);
  const ss = [];
  for (let i = 0; i < n; i++) ss.push(sentence(r));
  return ss.join(' ');
}
function bullets(r, lo, hi, numbered = false) {
  const n = r.int(lo, hi);
  const out = [];
  for (let i = 0; i < n; i++) {
    const text = r.chance(0.4)
      ? `${r.int(2, 10)}+ years of experience with ${r.pick(SKILLS)} and ${r.pick(SKILLS)} in ${r.pick(WORDS)} ${r.pick(WORDS)}`
      : sentence(r, 6, 16).slice(0, -1);
    out.push(numbered ? `${i + 1}. ${text}` : `- ${text}`);
  }
  return out.join('\n');
}

function date(r, year, after) {
  let m = r.int(1, 12);
  let d = r.int(1, 28);
  if (after) { // a date 1-40 days after `after` = [year, month, day]
    const t = new Date(Date.UTC(after[0], after[1] - 1, after[2] + r.int(1, 40)));
    [year, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  }
  r.last = [year, m, d];
  const pad = (x) => String(x).padStart(2, '0');
  switch (r.int(0, 5)) {
    case 0: case 1: return `${year}-${pad(m)}-${pad(d)}`;
    case 2: return `${MONTHS[m - 1]} ${d}, ${year}`;
    case 3: return `${d} ${MONTHS[m - 1]} ${year}`;
    case 4: return `${pad(m)}/${pad(d)}/${year}`;
    default: return `${MONTHS[m - 1].slice(0, 3)} ${d}, ${year} (estimated)`;
  }
}

function salary(r, belowMinimum) {
  const fmt = (n) => n.toLocaleString('en-US');
  // Annual floor in USD terms; belowMinimum pushes it under the 180,000 profile minimum.
  const lo = belowMinimum ? r.int(60, 150) * 1000 : r.int(180, 260) * 1000;
  const hi = lo + r.int(1, 8) * 10000;
  switch (r.int(0, 7)) {
    case 0: return `$${fmt(lo)} - $${fmt(hi)}`;
    case 1: return `$${lo / 1000}K - $${hi / 1000}K`;
    case 2: { const h = Math.round(lo / 2080); return `$${h}/hr - $${h + r.int(5, 20)}/hr`; }
    case 3: return `£${fmt(Math.round(lo * 0.8 / 1000) * 1000)} - £${fmt(Math.round(hi * 0.8 / 1000) * 1000)}`;
    case 4: return `USD ${fmt(lo)}-${fmt(hi)} per year`;
    case 5: return `$${fmt(lo)} - $${fmt(hi)} + equity`;
    case 6: return `$${lo / 1000}k - $${hi / 1000}k (Bonus and LTI eligible)`;
    default: return r.chance(0.5) ? '[TBD]' : `$${fmt(lo)} - $${fmt(hi)}`;
  }
}

/** One dossier. `target` ≈ bytes of body text; the mix of mistakes is drawn from r. */
export function dossier(r, target = r.int(3500, 7500)) {
  const company = r.pick(COMPANIES);
  const position = `${r.pick(LEVELS)}${r.pick(ROLES)}${r.pick(SUFFIX)}`;
  const year = r.int(2023, 2025);
  const mistake = r.next(); // about 45% of files have one of the mistakes below
  const statusIdx = r.int(0, STATUSES.length - 1);
  let status = STATUSES[statusIdx];
  if (mistake < 0.08) status = r.pick(STATUS_TYPOS);
  else if (r.chance(0.05)) status = status.toLowerCase();
  const applied = statusIdx >= 2;
  const posted = r.chance(0.1) ? '[TBD]' : date(r, year);
  const postedYmd = posted === '[TBD]' ? null : r.last;
  let appDate = applied ? date(r, year, postedYmd) : '[TBD]';
  if (mistake >= 0.08 && mistake < 0.16) { status = 'APPLIED'; appDate = '[TBD]'; }
  const salaryKey = mistake >= 0.16 && mistake < 0.24 ? r.pick(['Salry Range', 'Salary Rnage', 'Sallary Range']) : 'Salary Range';
  const below = mistake >= 0.24 && mistake < 0.34;
  const missing = mistake >= 0.34 && mistake < 0.42 ? r.pick(['Job Description', 'Requirements']) : null;
  const misspeltHeading = mistake >= 0.42 && mistake < 0.45;

  const lines = [];
  if (r.chance(0.1)) lines.push('---', 'dossier: job-dossier', `tags: [${r.pick(WORDS)}, ${r.pick(WORDS)}]`, '---');
  lines.push(`# Job Application: ${company} - ${position}`, '', '## Job Details');
  lines.push(`- **Company**: ${company}`, `- **Position**: ${position}`, `- **Location**: ${r.pick(LOCATIONS)}`);
  if (r.chance(0.7)) lines.push(`- **Job ID**: ${company.slice(0, 3).toUpperCase()}-${r.int(10, 99999)}`);
  lines.push(`- **Posting Date**: ${posted}`);
  lines.push(`- **Application Status**: ${status}`);
  lines.push(`- **Application Date**: ${appDate}`);
  lines.push(`- **${salaryKey}**: ${salary(r, below)}`);

  const body = [];
  for (const [heading, requirement] of SECTIONS.slice(1)) {
    if (heading === missing) continue;
    if (requirement === 'recommended' && r.chance(0.15)) continue;
    if (requirement === 'optional' && r.chance(0.45)) continue;
    body.push([misspeltHeading && heading === 'Requirements' ? 'Requirments' : heading]);
  }
  // Fill sections round-robin until the target size is reached.
  for (const s of body) s.push(s[0] === 'Job Description' ? paragraph(r) : bullets(r, 2, 4, s[0] === 'Application Strategy'));
  let size = lines.join('\n').length + body.reduce((n, s) => n + s.join('\n').length, 0);
  for (let i = 0; size < target && body.length > 0; i++) {
    const s = body[i % body.length];
    const more = s[0] === 'Job Description' ? paragraph(r, 1, 3) : bullets(r, 1, 3);
    s.push(more);
    size += more.length + 1;
  }
  for (const s of body) {
    lines.push('', `## ${s[0]}`, ...s.slice(1).flatMap((x, i) => (s[0] === 'Job Description' && i > 0 ? ['', x] : [x])));
  }
  return lines.join('\n') + '\n';
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  const seed = Number(opt('--seed', '42'));
  const r = rng(seed);
  if (opt('--single')) {
    const bytes = Number(opt('--bytes', '5500'));
    fs.mkdirSync(path.dirname(path.resolve(opt('--single'))), { recursive: true });
    fs.writeFileSync(opt('--single'), dossier(r, bytes));
    return;
  }
  const out = opt('--out');
  const count = Number(opt('--count', '1000'));
  const perDir = Number(opt('--per-dir', '1000'));
  if (!out) { console.error('usage: gen-corpus.mjs --out DIR --count N [--seed S] | --single FILE --bytes B'); process.exit(2); }
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'dossier.config.yaml'), 'profile:\n  minimumSalary: 180000\n');
  let total = 0;
  for (let i = 0; i < count; i++) {
    const dir = path.join(out, `batch-${String(Math.floor(i / perDir)).padStart(3, '0')}`);
    if (i % perDir === 0) fs.mkdirSync(dir, { recursive: true });
    const text = dossier(r);
    total += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `dossier-${String(i).padStart(6, '0')}.md`), text);
  }
  console.error(`gen-corpus: ${count} files, ${(total / 1e6).toFixed(1)} MB, avg ${(total / count / 1000).toFixed(2)} KB in ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('gen-corpus.mjs')) main();
