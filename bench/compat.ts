// The probes section of npm run bench: iu-core probe ÷ pg_prove on the vendored pgTAP corpus
// (tests/compat: every suite, each from its own folder on a database holding what it needs),
// with 1 job and with 2. The files timed are those on which the two agree (a file iu-core
// refuses part-way would flatter it); --smoke times a few files of each suite.
// Each side runs each suite once per repetition, A and B alternated (and which goes first); per suite the median is
// taken, and the ratio is of the sums over the corpus.
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { databaseUrl, psqlConnArgs } from '../scripts/db/local-server.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { COMPAT_DIR, SUITES, agreeingFiles } from '../tests/compat/corpus.ts';

export interface CompatBenchRow {
  section: string;
  measure: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

export interface CompatBenchOptions {
  serverUrl: string;
  /** bin/iu-core.js */
  cli: string;
  reps: number;
  smoke: boolean;
  record: (r: CompatBenchRow) => void;
  log: (line: string) => void;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(cmd: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  const r = await execa(cmd, args, { cwd, reject: false });
  const ms = performance.now() - started;
  // Agreeing files pass or fail alike under both; a run that could not start is an error.
  if (r.exitCode !== 0 && r.exitCode !== 1) throw new Error(`${cmd} ${args.slice(0, 6).join(' ')} … exited ${r.exitCode}: ${r.stderr.split('\n').slice(-5).join('\n')}`);
  return ms;
}

async function admin<T>(serverUrl: string, fn: (db: PostgresDb) => Promise<T>): Promise<T> {
  const db = await PostgresDb.connect(serverUrl, { max: 1 });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function compatSection(o: CompatBenchOptions): Promise<void> {
  const which = await execa('which', ['pg_prove'], { reject: false });
  if (which.exitCode !== 0) return o.log('  probes     pg_prove is not installed (npm run setup): section skipped');
  const available = await admin(o.serverUrl, (db) => db.query<{ name: string }>(`SELECT name FROM pg_available_extensions`));
  const totals = new Map<number, { ours: number; theirs: number }>();
  // Both sides share the machine's 2 cores: a ratio taken while other work ran says little.
  const loadBefore = loadavg()[0]!;
  let files = 0;
  for (const suite of SUITES) {
    const missing = suite.needs.filter((n) => !available.some((a) => a.name === n));
    if (missing.length) {
      o.log(`  probes     ${suite.name}: the server lacks ${missing.join(', ')} (npm run setup): suite skipped`);
      continue;
    }
    // A smoke run proves the section works in little time: a few of each suite's CI files.
    // IU_BENCH_COMPAT=ci times the files CI's agreement test runs, =all the whole corpus.
    const pick = process.env.IU_BENCH_COMPAT ?? (o.smoke ? 'smoke' : 'all');
    const paths = pick === 'smoke' ? agreeingFiles(suite, false).slice(0, 4) : agreeingFiles(suite, pick === 'all');
    if (!paths.length) continue;
    files += paths.length;
    const cwd = join(COMPAT_DIR, suite.name);
    const name = `bench_compat_${process.pid}_${suite.name}`;
    await admin(o.serverUrl, async (db) => {
      const [stmt] = await db.query<{ sql: string }>(`SELECT format('CREATE DATABASE %I TEMPLATE template0', $1::text) AS sql`, [name]);
      await db.exec(stmt!.sql);
    });
    const url = databaseUrl(o.serverUrl, name);
    try {
      if (existsSync(join(cwd, 'setup.sql'))) await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...psqlConnArgs(url), '-f', 'setup.sql'], { cwd });
      for (const jobs of [1, 2]) {
        const ours: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < o.reps; i++) {
          // Which side goes first alternates too: a load that rises or falls through a pair favours neither.
          const a = () => timed(process.execPath, [o.cli, 'probe', '--db', url, '--jobs', String(jobs), ...paths], cwd).then((ms) => void ours.push(ms));
          const b = () => timed('pg_prove', ['--jobs', String(jobs), ...psqlConnArgs(url), ...paths], cwd).then((ms) => void theirs.push(ms));
          for (const side of i % 2 ? [b, a] : [a, b]) await side();
        }
        const t = totals.get(jobs) ?? { ours: 0, theirs: 0 };
        t.ours += median(ours);
        t.theirs += median(theirs);
        totals.set(jobs, t);
        o.record({ section: 'probes', measure: `${suite.name} (${paths.length} files): iu-core ÷ pg_prove, ${jobs} job(s)`, value: median(ours) / median(theirs), unit: '×' });
      }
    } finally {
      for (const l of suite.leftovers ?? []) rmSync(join(cwd, l), { force: true });
      await admin(o.serverUrl, async (db) => {
        const [stmt] = await db.query<{ sql: string }>(`SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text) AS sql`, [name]);
        await db.exec(stmt!.sql);
      });
    }
  }
  o.record({ section: 'probes', measure: 'load average (1 min) as the section began', value: loadBefore, unit: '' });
  o.record({ section: 'probes', measure: 'load average (1 min) as it ended', value: loadavg()[0]!, unit: '' });
  for (const [jobs, t] of totals) {
    const ratio = t.ours / t.theirs;
    o.record({ section: 'probes', measure: `corpus (${files} files) iu-core probe, ${jobs} job(s)`, value: t.ours, unit: 'ms' });
    o.record({ section: 'probes', measure: `corpus (${files} files) pg_prove, ${jobs} job(s)`, value: t.theirs, unit: 'ms' });
    o.record({ section: 'probes', measure: `iu-core probe ÷ pg_prove, ${jobs} job(s)`, value: ratio, unit: '×', target: '≤ 1.0', pass: ratio <= 1.0 });
  }
}
