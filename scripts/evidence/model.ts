// The evidence bundle's one model: evidence.json is this object, and evidence.md and
// index.html are renderings of it, so the three can never disagree.
import type { ConformanceReport } from '../conformance.ts';
import type { MatrixDelta } from '../matrix.ts';
import type { CensusVerdict, ProbeRun } from '../probes/model.ts';
import type { DumpInfo } from './dump.ts';

export type Verdict = 'PASS' | 'FAIL' | 'SKIPPED';

export const FORMAT = 'iu-core-evidence/1';

export interface ProbeFileSummary {
  file: string;
  planned: number | null;
  ran: number;
  failed: number;
  ms: number;
  verdict: 'PASS' | 'FAIL';
  /** One line per failed assertion, exception or structural problem. */
  failures: string[];
}

export interface Evidence {
  format: typeof FORMAT;
  generatedAt: string;
  /** Where the database is; passwords masked. */
  database: string;
  engine: 'pglite' | 'postgres';
  server: { version: string; versionNum: number; database: string; user: string };
  git: { commit: string | null; dirty: boolean | null; changes: string[] };
  /** null: a snapshot (no command between the dumps). */
  command: { argv: string[]; line: string; exitCode: number; ms: number; log: string } | null;
  dumps: { tool: string; restrictKey: string | null; before: DumpInfo; after: DumpInfo; identical: boolean };
  verdicts: {
    overall: Verdict;
    command: { verdict: Verdict; exitCode: number | null; note: string };
    dumps: { verdict: Verdict; note: string };
    conformance: { verdict: Verdict; summary: string };
    /** Hand edits: live definitions against the fingerprints the migrations recorded. */
    drift: { verdict: Verdict; state: ConformanceReport['drift']['state']; summary: string; note: string };
    probes: { verdict: Verdict; totals: ProbeRun['totals'] | null; leaveNoTrace: boolean | null; note: string };
    matrix: { verdict: Verdict; moved: string[]; note: string };
  };
  conformance: ConformanceReport;
  probes: { startedAt: string; ms: number; files: ProbeFileSummary[]; census: CensusVerdict } | null;
  matrix: MatrixDelta[];
  files: Array<{ file: string; what: string }>;
}

export function summarizeProbeFile(f: ProbeRun['files'][number]): ProbeFileSummary {
  const failed = f.assertions.filter((a) => !a.ok && a.directive !== 'TODO');
  const failures: string[] = [];
  if (f.problem) failures.push(f.problem);
  if (f.error) failures.push(`exception ${f.error.code} at line ${f.error.line}, column ${f.error.column}: ${f.error.message}`);
  for (const a of failed) failures.push(`not ok ${a.n} - ${a.description}${a.diagnostics.length ? ` (${a.diagnostics.join('; ')})` : ''}`);
  if (f.planned !== null && f.planned !== f.assertions.length) failures.push(`planned ${f.planned} assertions, ran ${f.assertions.length}`);
  if (f.planned === null && !f.error && !f.problem) failures.push('no plan');
  return { file: f.file, planned: f.planned, ran: f.assertions.length, failed: failed.length, ms: f.ms, verdict: f.passed ? 'PASS' : 'FAIL', failures };
}

export interface VerdictInputs {
  command: { exitCode: number } | null;
  identical: boolean;
  conformance: ConformanceReport;
  probes: ProbeRun | null;
  matrix: MatrixDelta[];
}

/** Every verdict, and the overall one: PASS only when none FAILs (a skipped one is shown as such). */
export function verdicts(v: VerdictInputs): Evidence['verdicts'] {
  const command: Evidence['verdicts']['command'] = v.command
    ? { verdict: v.command.exitCode === 0 ? 'PASS' : 'FAIL', exitCode: v.command.exitCode, note: `exit code ${v.command.exitCode}` }
    : { verdict: 'SKIPPED', exitCode: null, note: 'snapshot: no command between the dumps' };
  const dumps: Evidence['verdicts']['dumps'] = v.command
    ? { verdict: 'PASS', note: v.identical ? 'before and after are identical: the command changed nothing a dump shows' : 'before and after differ: see the matrix for what the command wrote' }
    : v.identical
      ? { verdict: 'PASS', note: 'snapshot: before and after are identical, byte for byte' }
      : { verdict: 'FAIL', note: 'snapshot, yet before and after differ: something else wrote to the database meanwhile' };
  const moved = v.matrix.filter((r) => r.verdict === 'MOVED').map((r) => r.surface);
  // Without the product no surface exists: every row reads null before and after, which is
  // not "nothing moved" but nothing to judge.
  const absent = productAbsent(v);
  const matrix: Evidence['verdicts']['matrix'] = absent
    ? { verdict: 'FAIL', moved, note: 'the product is absent: no surface exists before or after (apply the migrations first)' }
    : {
        verdict: moved.length ? 'FAIL' : 'PASS',
        moved,
        note: moved.length ? `invariant surfaces moved: ${moved.join(', ')}` : 'no invariant surface moved',
      };
  const probes: Evidence['verdicts']['probes'] = v.probes
    ? {
        verdict: v.probes.passed ? 'PASS' : 'FAIL',
        totals: v.probes.totals,
        leaveNoTrace: v.probes.census.clean,
        note: `${v.probes.totals.filesPassed}/${v.probes.totals.files} files, ${v.probes.totals.passed} assertions passed, ${v.probes.totals.failed} failed; leave-no-trace ${v.probes.census.clean ? 'clean' : 'CHANGED'}`,
      }
    : { verdict: 'SKIPPED', totals: null, leaveNoTrace: null, note: 'not run (--no-probes)' };
  // The D9 classes and security rules on one card, drift on its own (the report's verdict covers both).
  const d9 = [...v.conformance.classes, ...v.conformance.security].every((r) => r.verdict === 'PASS');
  const conformance: Evidence['verdicts']['conformance'] = absent
    ? { verdict: 'FAIL', summary: `the product is absent: no IU Core object in this database (security rules hold vacuously); ${v.conformance.summary}` }
    : { verdict: d9 ? 'PASS' : 'FAIL', summary: v.conformance.summary };
  const d = v.conformance.drift;
  const drift: Evidence['verdicts']['drift'] = { verdict: d.verdict, state: d.state, summary: d.summary, note: d.note };
  const all = [command, dumps, conformance, drift, probes, matrix].map((x) => x.verdict);
  return { overall: all.includes('FAIL') ? 'FAIL' : 'PASS', command, dumps, conformance, drift, probes, matrix };
}

/** No product surface before or after, and no object of any conformance class. */
export function productAbsent(v: Pick<VerdictInputs, 'matrix' | 'conformance'>): boolean {
  const noSurface = v.matrix.length > 0 && v.matrix.every((r) => r.before === null && r.after === null);
  const noObject = v.conformance.classes.every((c) => Number(c.actual) === 0);
  return noSurface && noObject;
}

/** The delta as the reports print it: +3, 0, -2, n/a. */
export function formatDelta(d: number | null): string {
  return d === null ? 'n/a' : d > 0 ? `+${d}` : String(d);
}
