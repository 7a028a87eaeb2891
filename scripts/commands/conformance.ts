// iu-core conformance: the D9 scan against the SSOT, exit 0 on PASS and 1 on FAIL with
// every missing or unexpected object named; beside it the drift check (every object whose
// definition differs from what its migration recorded, with a diff); --accept records a
// reviewed hand change; --write-ssot regenerates the SSOT for review. One project is judged
// (IU Core unless --project); the host's objects and other projects' are counted apart.
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, openFromFlags, parseFlags, str, type Io } from '../cli.ts';
import { acceptDrift, conformanceReport, readSsot, writeSsot, type ConformanceReport, type DriftReport } from '../conformance.ts';
import { loadProjects, selectProject } from '../projects.ts';

export const usage = `iu-core conformance [--project P] [--all] [--json] [--write-ssot]   the D9 scan: classes by name, security rules, drift
              [--accept OBJECT --why TEXT]      record a reviewed hand change to OBJECT (CLASS NAME, or NAME)
              judges P's objects (default iu-core); the host's and other projects' are counted apart, not judged;
              --all: the security rules read every function in the database, the host's too`;

const WHY_MAX = 2000;
const OBJECT_MAX = 1000;

/** OBJECT and TEXT checked before the database is touched. */
export function checkAccept(object: string | undefined, why: string | undefined): { object: string; why: string } | null {
  if (object === undefined && why === undefined) return null;
  if (object === undefined) throw new UsageError('conformance: --why goes with --accept OBJECT (the hand change it explains)');
  if (why === undefined) throw new UsageError(`conformance --accept ${JSON.stringify(object)}: --why TEXT is required (why the hand change was reviewed and kept)`);
  const o = object.trim();
  if (!o) throw new UsageError('conformance --accept: OBJECT is empty; give CLASS NAME or NAME as the report prints it');
  if (o.length > OBJECT_MAX || /[\u0000-\u001f\u007f]/.test(o)) throw new UsageError(`conformance --accept: OBJECT must be one line of at most ${OBJECT_MAX} characters, as the report prints it`);
  const w = why.trim();
  if (w.length < 10) throw new UsageError('conformance --accept: --why TEXT must say why, in at least 10 characters (it is kept for auditors)');
  if (w.length > WHY_MAX || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(w)) throw new UsageError(`conformance --accept: --why TEXT must be at most ${WHY_MAX} characters, without control characters`);
  return { object: o, why: w };
}

export function printDrift(io: Io, d: DriftReport): void {
  io.out(`drift       ${d.verdict}: ${d.summary}`);
  io.out(`    ${d.note}`);
  for (const x of d.drift) {
    io.out(`  DRIFT ${x.kind} ${x.object_class} ${x.object_name}${x.version ? ` (last changed by migration ${x.version})` : ''}`);
    for (const line of x.diff.split('\n')) io.out(`      ${line}`);
  }
  if (d.accepted.length) {
    io.out('  accepted drift (reviewed hand changes):');
    for (const a of d.accepted) {
      io.out(`    ${a.accepted_at} ${a.object_class} ${a.object_name} by ${a.accepted_by}${a.session_user_name !== a.accepted_by ? ` (session ${a.session_user_name})` : ''}: ${(a.old_sha256 ?? 'none').slice(0, 12)} -> ${(a.new_sha256 ?? 'none').slice(0, 12)}; why: ${a.why}`);
    }
  }
}

export function printReport(io: Io, r: ConformanceReport): void {
  io.out(`${'class'.padEnd(11)} ${'expected'.padStart(8)} ${'actual'.padStart(6)}  verdict`);
  for (const c of r.classes) {
    io.out(`${c.item.padEnd(11)} ${String(c.expected).padStart(8)} ${String(c.actual).padStart(6)}  ${c.verdict}`);
    for (const m of c.missing ?? []) io.out(`    missing:    ${m}`);
    for (const u of c.unexpected ?? []) io.out(`    unexpected: ${u}`);
  }
  io.out(`security${r.all ? ' (--all: every function in the database)' : ''}`);
  for (const s of r.security) {
    io.out(`  ${s.verdict} ${s.item}: ${s.summary}`);
    for (const v of s.missing ?? []) io.out(`    violation: ${v}`);
  }
  printDrift(io, r.drift);
  io.out(r.host.summary);
  for (const o of r.others) io.out(o.summary);
  io.out(`D9 conformance${r.project === 'iu-core' ? '' : ` (project ${r.project})`}: ${r.summary}; drift: ${r.drift.summary} => ${r.verdict}`);
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('conformance', args, {
    ...DB_FLAGS, 'write-ssot': { type: 'boolean' }, accept: { type: 'string' }, why: { type: 'string' },
    project: { type: 'string' }, all: { type: 'boolean' }, config: { type: 'string' },
  });
  const accept = checkAccept(str(p, 'accept'), str(p, 'why'));
  if (accept && bool(p, 'write-ssot')) throw new UsageError('conformance: --accept and --write-ssot are separate steps; run one, then the other');
  if (bool(p, 'all') && (accept || bool(p, 'write-ssot'))) throw new UsageError('conformance: --all widens the security rules of a report; it does not go with --accept or --write-ssot');
  // The config is read before the database is opened: a bad file or project name touches nothing.
  const { projects } = loadProjects({ configPath: str(p, 'config') });
  const project = selectProject(projects, str(p, 'project'));
  if (!project.builtin) readSsot(project);
  const opts = { project, projects, all: bool(p, 'all') };
  const db = await openFromFlags(p);
  return db.session(async (s) => {
    if (bool(p, 'write-ssot')) {
      const diff = await writeSsot(s, opts);
      if (bool(p, 'json')) io.json({ project: project.name, ...diff });
      else {
        for (const a of diff.added) io.out(`+ ${a}`);
        for (const r of diff.removed) io.out(`- ${r}`);
        io.out(`rewrote the SSOT of project ${project.name} in ${diff.file}: ${diff.added.length} added, ${diff.removed.length} removed; review with git diff`);
      }
      return 0;
    }
    const accepted = accept ? await acceptDrift(s, accept.object, accept.why, opts) : null;
    if (accepted && !bool(p, 'json')) {
      const a = accepted.accepted;
      io.out(`accepted drift of ${a.object_class} ${a.object_name} (${accepted.entry.kind}): recorded ${a.old_sha256 ?? 'none'} -> live ${a.new_sha256 ?? 'none'}, by ${a.accepted_by} (session ${a.session_user_name}) at ${a.accepted_at}; the recorded fingerprint is now the live one`);
    }
    const report = await conformanceReport(s, opts);
    if (bool(p, 'json')) io.json({ database: db.label, ...report, ...(accepted ? { acceptedNow: accepted.accepted } : {}) });
    else printReport(io, report);
    return report.verdict === 'PASS' ? 0 : 1;
  });
}
