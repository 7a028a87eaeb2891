// The conformance scan as the harness runs it: the runtime SQL is installed inside a
// transaction that is rolled back, so scanning never changes the database. The SQL does
// all the comparing and says whose each object is (issue 14: IU Core lives beside a host's
// schema and other projects'); this module only fetches its rows, for one project.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CheckFailed, UsageError } from './errors.ts';
import { loadSqlFile, runSqlFile } from './sqlfile.ts';
import {
  CONFORMANCE_OWNED_LIVE, CONFORMANCE_OWNERS, CONFORMANCE_REPORT, CONFORMANCE_SSOT, DRIFT_ACCEPT, DRIFT_ACCEPTANCES, FINGERPRINT_CLEAR, FINGERPRINT_DELETE,
  FINGERPRINT_UPSERT, FINGERPRINTS_EXIST, FINGERPRINTS_RECORDED, LEDGER_EXISTS, SERVER_MAJOR,
} from './sql.ts';
import { acquireMigrateLock, ensureFingerprints, fingerprintKey, liveFingerprints, releaseMigrateLock } from './migrations/ledger.ts';
import { loadProjects, selectProject, type Project } from './projects.ts';
import type { Queryable, Session } from './db/types.ts';

export const CONFORMANCE_FILE = 'sql/runtime/110_iu_core_dot_conformance_scan.sql';

export interface ConformanceRow {
  section: 'class' | 'security' | 'summary';
  item: string;
  expected: number | null;
  actual: number | null;
  missing: string[] | null;
  unexpected: string[] | null;
  verdict: 'PASS' | 'FAIL';
  summary: string | null;
}

/** A row as the scan returns it: also 'host' and 'other' rows, counted and not judged (verdict null). */
type ScanRow = Omit<ConformanceRow, 'section' | 'verdict'> & { section: ConformanceRow['section'] | 'host' | 'other'; verdict: ConformanceRow['verdict'] | null };

/** Objects counted apart, not judged: the host's (no project claims them) or another project's. */
export interface Apart {
  /** 'host', or the other project's name. */
  owner: string;
  objects: number;
  /** e.g. "host: 55 objects, not judged (table 22, view 8, function 10, trigger 15)". */
  summary: string;
}

export interface ConformanceReport {
  /** The project judged (iu-core unless --project). */
  project: string;
  /** --all: the security rules read every function in the database, the host's too. */
  all: boolean;
  /** FAIL when a class, a security rule or the drift check fails. */
  verdict: 'PASS' | 'FAIL';
  /** The classes and security rules (the D9 line); the drift check has its own summary. */
  summary: string;
  classes: ConformanceRow[];
  security: ConformanceRow[];
  /** The host's objects: counted, never judged, never unexpected. */
  host: Apart;
  /** Other projects' objects: counted apart, judged by their own `--project` run. */
  others: Apart[];
  drift: DriftReport;
}

export interface ConformanceOptions {
  /** Default: IU Core. */
  project?: Project;
  /** Every configured project (their claims tell their objects from the host's). Default: the config in the current directory. */
  projects?: Project[];
  all?: boolean;
}

/** What one run judges: the project, every project's claims, the project's SSOT. */
interface Scope {
  project: Project;
  projects: Project[];
  all: boolean;
  /** A non-built-in project's SSOT file, parsed; null: IU Core's (in 110) or none. */
  ssot: Ssot | null;
}

/** A project's SSOT file: {"table": [...], "view": [...], "function": [...], "trigger": [...]}, names as the report prints them. */
export type Ssot = Partial<Record<(typeof CLASSES)[number], string[]>>;

export const CLASSES = ['table', 'view', 'function', 'trigger', 'config', 'event_type', 'route'] as const;

function scopeOf(opts: ConformanceOptions): Scope {
  const projects = opts.projects ?? loadProjects().projects;
  const project = opts.project ?? selectProject(projects, undefined);
  return { project, projects, all: !!opts.all, ssot: project.builtin ? null : readSsot(project) };
}

/** A project's SSOT file, checked: one clear error per problem; absent = no SSOT (its migrations' record is expected). */
export function readSsot(p: Project): Ssot | null {
  if (!p.ssotFile || !existsSync(p.ssotFile)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(p.ssotFile, 'utf8'));
  } catch (e) {
    throw new UsageError(`${p.ssotFile}: the SSOT of project ${p.name} is not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${p.ssotFile}: expected an object {"table": [...], "view": [...], "function": [...], "trigger": [...]}`);
  const problems: string[] = [];
  for (const [k, v] of Object.entries(raw)) {
    if (!(CLASSES as readonly string[]).includes(k)) problems.push(`unknown class '${k}' (classes: ${CLASSES.join(', ')})`);
    else if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) problems.push(`"${k}" must be an array of object names`);
  }
  if (problems.length) throw new UsageError(`${p.ssotFile}: ${problems.join('; ')}`);
  return raw as Ssot;
}

/** The parameters every ownership-aware query takes: $1 project, $2 every project's claims, $3 the project's SSOT. */
function claimParams(sc: Scope): [string, string, string | null] {
  const claims = sc.projects.map((p) => ({ name: p.name, prefixes: p.prefixes, names: p.names, schemas: p.schemas }));
  return [sc.project.name, JSON.stringify(claims), sc.ssot ? JSON.stringify(sc.ssot) : null];
}

/** The scan file: IU Core's 110 (this directory's copy when it has one, else the package's). */
function scanFile(sc: Scope): string {
  return sc.projects.find((p) => p.builtin)?.ssotFile ?? resolve(CONFORMANCE_FILE);
}

/** Run `fn` with the scan installed, then roll the installation back. */
async function withScan<T>(s: Session, sc: Scope, fn: (q: Queryable) => Promise<T>): Promise<T> {
  const file = await loadSqlFile(scanFile(sc));
  await s.exec('BEGIN');
  try {
    await runSqlFile(s, file);
    return await fn(s);
  } finally {
    await s.exec('ROLLBACK').catch(() => undefined);
  }
}

export async function conformanceReport(s: Session, opts: ConformanceOptions = {}): Promise<ConformanceReport> {
  const sc = scopeOf(opts);
  const prep = await prepareDrift(s, sc);
  const { rows, drift } = await withScan(s, sc, async (q) => ({
    rows: await q.query<ScanRow>(CONFORMANCE_REPORT, [...claimParams(sc), sc.all]),
    drift: await driftFrom(q, sc, prep),
  }));
  const summary = rows.find((r) => r.section === 'summary');
  if (!summary) throw new CheckFailed('the conformance scan returned no summary row');
  const apart = (r: ScanRow): Apart => ({ owner: r.item, objects: Number(r.actual ?? 0), summary: r.summary ?? '' });
  const host = rows.find((r) => r.section === 'host');
  return {
    project: sc.project.name,
    all: sc.all,
    verdict: summary.verdict === 'PASS' && drift.verdict === 'PASS' ? 'PASS' : 'FAIL',
    summary: summary.summary ?? '',
    classes: rows.filter((r): r is ConformanceRow => r.section === 'class'),
    security: rows.filter((r): r is ConformanceRow => r.section === 'security'),
    host: host ? apart(host) : { owner: 'host', objects: 0, summary: 'host: 0 objects, not judged' },
    others: rows.filter((r) => r.section === 'other').map(apart),
    drift,
  };
}

export interface LiveObject {
  object_class: string;
  object_name: string;
}

/** A project's own live objects (IU Core's by default) by class and name, as the scan sees them. */
export function liveObjects(s: Session, opts: ConformanceOptions = {}): Promise<LiveObject[]> {
  const sc = scopeOf(opts);
  return withScan(s, sc, (q) => q.query<LiveObject>(CONFORMANCE_OWNED_LIVE, claimParams(sc)));
}

/** IU Core's SSOT, as sql/runtime/110 holds it. */
export function ssotObjects(s: Session): Promise<LiveObject[]> {
  const sc = scopeOf({});
  return withScan(s, sc, (q) => q.query<LiveObject>(CONFORMANCE_SSOT));
}

const BEGIN_MARK = /^(\s*)-- BEGIN SSOT.*$/m;
const END_MARK = /^\s*-- END SSOT.*$/m;

/**
 * Rewrite a project's SSOT from its own live objects, never the host's or another project's:
 * IU Core's block between the markers in sql/runtime/110 (its VALUES lines quoted by the
 * server, format %L, never assembled from raw names here), another project's JSON file.
 * Returns the file written and what was added and removed.
 */
export async function writeSsot(s: Session, opts: ConformanceOptions = {}): Promise<{ file: string; added: string[]; removed: string[] }> {
  const sc = scopeOf(opts);
  const p = sc.project;
  if (!p.ssotFile) throw new UsageError(`conformance --write-ssot: project ${p.name} names no "ssot" file in the config; add one (e.g. "ssot": "db/ssot.json") and run again`);
  const live = await withScan(s, sc, (q) => q.query<LiveObject & { line: string }>(CONFORMANCE_OWNED_LIVE, claimParams(sc)));
  let before: LiveObject[];
  if (p.builtin) {
    before = await ssotObjects(s);
    const text = readFileSync(p.ssotFile, 'utf8');
    const begin = BEGIN_MARK.exec(text);
    const end = END_MARK.exec(text);
    if (!begin || !end || end.index < begin.index) throw new CheckFailed(`${p.ssotFile}: SSOT markers not found`);
    const indent = begin[1] ?? '';
    const body = live.length ? live.map((l, i) => `${indent}${i === 0 ? ' ' : ','}${l.line}`).join('\n') : `${indent}(NULL::text, NULL::text)`;
    const header = `${indent}-- BEGIN SSOT (generated by \`iu-core conformance --write-ssot\`; review the diff before committing)`;
    writeFileSync(p.ssotFile, `${text.slice(0, begin.index)}${header}\n${body}\n${text.slice(end.index)}`);
  } else {
    before = Object.entries(sc.ssot ?? {}).flatMap(([c, names]) => (names ?? []).map((n) => ({ object_class: c, object_name: n })));
    const out: Ssot = { table: [], view: [], function: [], trigger: [] };
    for (const o of live) (out[o.object_class as keyof Ssot] ??= []).push(o.object_name);
    writeFileSync(p.ssotFile, `${JSON.stringify(out, null, 2)}\n`);
  }
  const key = (o: LiveObject) => `${o.object_class} ${o.object_name}`;
  const was = new Set(before.map(key));
  const now = new Set(live.map(key));
  return { file: relative(process.cwd(), p.ssotFile) || p.ssotFile, added: [...now].filter((k) => !was.has(k)), removed: [...was].filter((k) => !now.has(k)) };
}

// ---- Drift: live definitions against the fingerprints the migrations recorded (issue 16) ----

export interface DriftEntry {
  object_class: string;
  object_name: string;
  /** changed: defined differently; disappeared: recorded, no longer live; appeared: live, never recorded. */
  kind: 'changed' | 'disappeared' | 'appeared';
  /** The migration that last created or changed it (null: recorded as a baseline, or never). */
  version: string | null;
  recordedSha256: string | null;
  liveSha256: string | null;
  /** Unified diff, recorded definition (---) to live one (+++). */
  diff: string;
}

export interface AcceptedDrift {
  id: number;
  object_class: string;
  object_name: string;
  old_sha256: string | null;
  new_sha256: string | null;
  why: string;
  accepted_at: string;
  accepted_by: string;
  session_user_name: string;
}

export interface DriftReport {
  verdict: 'PASS' | 'FAIL';
  /**
   * compared: live against recorded; baseline: nothing was recorded before, recorded now;
   * major-changed: recorded on another PostgreSQL major, re-recorded now, not compared;
   * no-ledger: not a database iu-core migrated, nothing to compare.
   */
  state: 'compared' | 'baseline' | 'major-changed' | 'no-ledger';
  /** The PostgreSQL major that recorded the fingerprints compared (or replaced). */
  recordedOn: number | null;
  serverMajor: number;
  /** Objects compared. */
  compared: number;
  drift: DriftEntry[];
  accepted: AcceptedDrift[];
  note: string;
  summary: string;
}

interface RecordedRow {
  object_class: string;
  object_name: string;
  sha256: string;
  definition: string;
  version: string | null;
  server_major: number;
}

/** A unified diff of two texts (line LCS; definitions are a few hundred lines at most). */
export function unifiedDiff(a: string, b: string, fromLabel: string, toLabel: string, context = 3): string {
  const x = a === '' ? [] : a.split('\n');
  const y = b === '' ? [] : b.split('\n');
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Array<{ t: ' ' | '-' | '+'; line: string; ai: number; bi: number }> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) ops.push({ t: ' ', line: x[i]!, ai: i++, bi: j++ });
    else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ t: '-', line: x[i]!, ai: i++, bi: j });
    else ops.push({ t: '+', line: y[j]!, ai: i, bi: j++ });
  }
  const out = [`--- ${fromLabel}`, `+++ ${toLabel}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.t === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    // Extend the hunk while the next change is within 2×context unchanged lines.
    for (;;) {
      while (end < ops.length && ops[end]!.t !== ' ') end++;
      let gap = end;
      while (gap < ops.length && ops[gap]!.t === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * context) end = gap;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const aLen = hunk.filter((o) => o.t !== '+').length;
    const bLen = hunk.filter((o) => o.t !== '-').length;
    out.push(`@@ -${hunk[0]!.ai + (aLen ? 1 : 0)},${aLen} +${hunk[0]!.bi + (bLen ? 1 : 0)},${bLen} @@`);
    for (const o of hunk) out.push(`${o.t}${o.line}`);
    k = stop;
  }
  return out.join('\n');
}

const objectLabel = (o: { object_class: string; object_name: string }) => `${o.object_class} ${o.object_name}`;

type Prepared = Pick<DriftReport, 'state' | 'recordedOn' | 'note'> & { serverMajor: number };

/**
 * Make the fingerprints comparable: tables and function installed; when nothing is recorded
 * yet for the project, or it was recorded on another server major, record what is live now
 * and the project claims (and say so). Runs in its own committed transaction, before the
 * scan's rolled-back one.
 */
async function prepareDrift(s: Session, sc: Scope): Promise<Prepared> {
  const [major] = await s.query<{ major: number }>(SERVER_MAJOR);
  const serverMajor = Number(major!.major);
  const [ledger] = await s.query<{ exists: boolean }>(LEDGER_EXISTS);
  if (!ledger?.exists) {
    return { state: 'no-ledger', recordedOn: null, serverMajor, note: 'no migration ledger (iu_core_meta.migration_ledger): iu-core did not migrate this database, so no fingerprints were recorded and none compared' };
  }
  // The migration runners' lock: a baseline must not interleave with a migration recording its own.
  await acquireMigrateLock(s, 120_000);
  await s.exec('BEGIN');
  try {
    await ensureFingerprints(s);
    const recorded = await s.query<RecordedRow>(FINGERPRINTS_RECORDED, [sc.project.name]);
    const majors = [...new Set(recorded.map((r) => Number(r.server_major)))];
    let result: Pick<DriftReport, 'state' | 'recordedOn' | 'note'>;
    if (!recorded.length) {
      const n = await recordOwnedBaseline(s, sc);
      result = { state: 'baseline', recordedOn: serverMajor, note: `no fingerprints were recorded (the database was migrated before iu-core recorded them): recorded ${n} object(s) now, as a baseline on PostgreSQL ${serverMajor}; nothing compared this time` };
    } else if (majors.some((m) => m !== serverMajor)) {
      const other = majors.filter((m) => m !== serverMajor).sort();
      const n = await recordOwnedBaseline(s, sc);
      result = {
        state: 'major-changed',
        recordedOn: other[0]!,
        note: `fingerprints were recorded on PostgreSQL ${other.join(', ')}; this server is PostgreSQL ${serverMajor}, which renders definitions differently, so none were compared: re-recorded ${n} object(s) on PostgreSQL ${serverMajor} now. A hand edit made before this run is not detected; compare the definitions across the upgrade some other way (a pg_dump --schema-only before and after)`,
      };
    } else {
      result = { state: 'compared', recordedOn: serverMajor, note: `live definitions compared with the fingerprints recorded by the migrations on PostgreSQL ${serverMajor}` };
    }
    await s.exec('COMMIT');
    return { ...result, serverMajor };
  } catch (e) {
    await s.exec('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await releaseMigrateLock(s).catch(() => undefined);
  }
}

/** Whose each object is, by the scan's ownership function (the scan must be installed). */
async function ownersOf(q: Queryable, sc: Scope, objects: Array<{ object_class: string; object_name: string }>): Promise<Set<string>> {
  const owners = await q.query<{ object_class: string; object_name: string; owner: string | null }>(CONFORMANCE_OWNERS, [
    ...claimParams(sc), objects.map((k) => k.object_class), objects.map((k) => k.object_name),
  ]);
  return new Set(owners.filter((o) => o.owner === sc.project.name).map(fingerprintKey));
}

/**
 * Inside prepareDrift's transaction: record as the project's baseline exactly the live
 * objects the scan judges its own (never the host's), so that what is compared next time
 * is what is judged. The scan is installed under a savepoint and rolled back.
 */
async function recordOwnedBaseline(s: Session, sc: Scope): Promise<number> {
  const live = await liveFingerprints(s, true);
  await s.exec('SAVEPOINT iu_core_scan');
  let mine: Set<string>;
  try {
    await runSqlFile(s, await loadSqlFile(scanFile(sc)));
    mine = await ownersOf(s, sc, live);
  } finally {
    await s.exec('ROLLBACK TO SAVEPOINT iu_core_scan');
  }
  const owned = live.filter((f) => mine.has(fingerprintKey(f)));
  await s.query(FINGERPRINT_CLEAR, [sc.project.name]);
  if (owned.length) {
    await s.query(FINGERPRINT_UPSERT, [sc.project.name, owned.map((f) => f.object_class), owned.map((f) => f.object_name), owned.map((f) => f.sha256), owned.map((f) => f.definition ?? ''), null, 'baseline']);
  }
  return owned.length;
}

/**
 * Live against recorded, the project's own objects only (the scan's ownership function
 * decides, so the host's objects never "appear" and another project's never drift here):
 * what differs, what disappeared, what appeared without a migration.
 */
async function compareFingerprints(q: Queryable, sc: Scope): Promise<{ compared: number; drift: DriftEntry[] }> {
  const allLive = await liveFingerprints(q, true);
  const allRecorded = await q.query<RecordedRow>(FINGERPRINTS_RECORDED, [sc.project.name]);
  const keys = [...new Map([...allLive, ...allRecorded].map((o) => [fingerprintKey(o), o])).values()];
  const mine = await ownersOf(q, sc, keys);
  const live = allLive.filter((f) => mine.has(fingerprintKey(f)));
  const recorded = allRecorded.filter((r) => mine.has(fingerprintKey(r)));
  const liveBy = new Map(live.map((f) => [fingerprintKey(f), f]));
  const recBy = new Map(recorded.map((r) => [fingerprintKey(r), r]));
  const drift: DriftEntry[] = [];
  const from = (r: RecordedRow) => `recorded (${r.version ? `migration ${r.version}` : 'baseline'}, PostgreSQL ${r.server_major}) ${objectLabel(r)}`;
  for (const r of recorded) {
    const l = liveBy.get(fingerprintKey(r));
    if (!l) {
      drift.push({ object_class: r.object_class, object_name: r.object_name, kind: 'disappeared', version: r.version, recordedSha256: r.sha256, liveSha256: null, diff: unifiedDiff(r.definition, '', from(r), `live: does not exist`) });
    } else if (l.sha256 !== r.sha256) {
      drift.push({ object_class: r.object_class, object_name: r.object_name, kind: 'changed', version: r.version, recordedSha256: r.sha256, liveSha256: l.sha256, diff: unifiedDiff(r.definition, l.definition ?? '', from(r), `live ${objectLabel(l)}`) });
    }
  }
  for (const l of live) {
    if (!recBy.has(fingerprintKey(l))) {
      drift.push({ object_class: l.object_class, object_name: l.object_name, kind: 'appeared', version: null, recordedSha256: null, liveSha256: l.sha256, diff: unifiedDiff('', l.definition ?? '', 'recorded: no migration created it', `live ${objectLabel(l)}`) });
    }
  }
  drift.sort((a, b) => objectLabel(a).localeCompare(objectLabel(b)));
  return { compared: new Set([...liveBy.keys(), ...recBy.keys()]).size, drift };
}

async function acceptances(q: Queryable, project: string): Promise<AcceptedDrift[]> {
  const [exists] = await q.query<{ exists: boolean }>(FINGERPRINTS_EXIST);
  if (!exists?.exists) return [];
  const rows = await q.query<AcceptedDrift & { accepted_at: Date | string }>(DRIFT_ACCEPTANCES, [project]);
  return rows.map((r) => ({ ...r, id: Number(r.id), accepted_at: new Date(r.accepted_at).toISOString() }));
}

function driftSummary(d: Omit<DriftReport, 'summary' | 'verdict'>): string {
  const accepted = d.accepted.length ? `; ${d.accepted.length} accepted change(s) on record` : '';
  if (d.state !== 'compared') return `not compared (${d.state})${accepted}`;
  if (!d.drift.length) return `none in ${d.compared} objects${accepted}`;
  const kinds = (['changed', 'disappeared', 'appeared'] as const).map((k) => [k, d.drift.filter((x) => x.kind === k).length] as const).filter(([, n]) => n);
  return `${d.drift.length} object(s) drifted from their migrations (${kinds.map(([k, n]) => `${n} ${k}`).join(', ')}) in ${d.compared} objects${accepted}`;
}

/** The drift section, inside the scan (its ownership function installed). */
async function driftFrom(q: Queryable, sc: Scope, prep: Prepared): Promise<DriftReport> {
  const { compared, drift } = prep.state === 'compared' ? await compareFingerprints(q, sc) : { compared: 0, drift: [] };
  const accepted = prep.state === 'no-ledger' ? [] : await acceptances(q, sc.project.name);
  const base = { ...prep, compared, drift, accepted };
  return { verdict: drift.length ? 'FAIL' : 'PASS', ...base, summary: driftSummary(base) };
}

/** The drift section of the report: prepares the fingerprints (committed), then compares. */
export async function driftReport(s: Session, opts: ConformanceOptions = {}): Promise<DriftReport> {
  const sc = scopeOf(opts);
  const prep = await prepareDrift(s, sc);
  return withScan(s, sc, (q) => driftFrom(q, sc, prep));
}

/** Find the one drifted object OBJECT names: "CLASS NAME", or NAME alone, a function's without its arguments. */
export function matchDrift(drift: DriftEntry[], object: string): DriftEntry[] {
  const exact = drift.filter((d) => objectLabel(d) === object || d.object_name === object);
  if (exact.length) return exact;
  const base = (name: string) => name.replace(/\(.*$/s, '');
  return drift.filter((d) => d.object_class === 'function' && (base(d.object_name) === object || `function ${base(d.object_name)}` === object));
}

/**
 * Record a reviewed hand change: who (current_user, session_user), when, old and new
 * fingerprint, why, appended to iu_core_meta.drift_acceptance; the recorded fingerprint
 * becomes the live one. Refuses an OBJECT that has no drift. The project's own objects only.
 */
export async function acceptDrift(s: Session, object: string, why: string, opts: ConformanceOptions = {}): Promise<{ entry: DriftEntry; accepted: AcceptedDrift }> {
  const sc = scopeOf(opts);
  const project = sc.project.name;
  const before = await driftReport(s, { ...opts, project: sc.project, projects: sc.projects });
  if (before.state !== 'compared') throw new UsageError(`conformance --accept ${object}: nothing to accept: ${before.note}`);
  const found = matchDrift(before.drift, object);
  if (!found.length) {
    const now = before.drift.map(objectLabel);
    throw new UsageError(`conformance --accept ${object}: that object has no drift; nothing to accept${now.length ? ` (drifted now: ${now.join('; ')})` : ' (no object has drifted)'}`);
  }
  if (found.length > 1) throw new UsageError(`conformance --accept ${object}: names ${found.length} drifted objects (${found.map(objectLabel).join('; ')}); give one as CLASS NAME`);
  const entry = found[0]!;
  await s.exec('BEGIN');
  try {
    const live = (await liveFingerprints(s, true)).find((f) => fingerprintKey(f) === fingerprintKey(entry));
    const [recorded] = (await s.query<RecordedRow>(FINGERPRINTS_RECORDED, [project])).filter((r) => fingerprintKey(r) === fingerprintKey(entry));
    const [row] = await s.query<AcceptedDrift>(DRIFT_ACCEPT, [project, entry.object_class, entry.object_name, recorded?.sha256 ?? null, live?.sha256 ?? null, recorded?.definition ?? null, live?.definition ?? null, why]);
    if (live) await s.query(FINGERPRINT_UPSERT, [project, [live.object_class], [live.object_name], [live.sha256], [live.definition ?? ''], null, 'accepted']);
    else await s.query(FINGERPRINT_DELETE, [project, [entry.object_class], [entry.object_name]]);
    await s.exec('COMMIT');
    return { entry, accepted: { ...row!, id: Number(row!.id), object_class: entry.object_class, object_name: entry.object_name, old_sha256: recorded?.sha256 ?? null, new_sha256: live?.sha256 ?? null, why, accepted_at: new Date(row!.accepted_at).toISOString() } };
  } catch (e) {
    await s.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
