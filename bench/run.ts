// npm run bench [-- --full | --smoke] [--reps R] [--sizes 1000,10000] [--pglite-sizes …] [--engines postgres,pglite]
//                  [--states fresh,analyzed,history] [--history 1000000] [--pglite-history 100000]
//                  [--sections startup,migrate,probes,scaleout] [--project-size 200]
//
// The default is a quick run (N = 1,000 and 10,000, never analysed and analysed, 3 repetitions);
// --full is the issue's sizes: N up to 100,000, and a large history (1,000,000 instances on
// PostgreSQL, --pglite-history on PGlite) before the run; --smoke proves the bench works.
//
// Every figure is a ratio of two things measured side by side in this one run, on this
// machine, so a noisy machine moves both sides together:
//   scale-out     cost per instance at N and at the smallest N, both engines, in each database
//                 state (bench/states.ts: never analysed, analysed while small, a large
//                 history analysed); peak RSS. The targets are judged on the analysed states.
//   floor         the orchestrator's cost per instance ÷ the very rows its calls wrote (same
//                 tables, keys, descriptions, digests, payloads and event order), written
//                 set-based in one statement on a copy of the same database (on PGlite in a
//                 new process, as the runs it is compared with); checked row for row against
//                 the calls' rows. Per call and with scaleout --bulk (035).
//   startup       node bin/iu-core.js --version and migrate status ÷ node -e 0 and psql
//   migrate       iu-core migrate up from empty ÷ psql -1 -f of the same files, on IU Core
//                 and on a generated project of --project-size migrations
//   probes        iu-core probe ÷ pg_prove on the vendored pgTAP corpus, 1 job and --jobs 2 (bench/compat.ts)
// The table is printed and the same figures are written to bench/results/latest.json.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { databaseUrl, psqlConnArgs, startLocalServer, type LocalServer } from '../scripts/db/local-server.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { PgliteDb } from '../scripts/db/pglite.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { compatSection, type CompatBenchRow } from './compat.ts';
import { floor, rowsOf, runNames, type Rows, type RunNames } from './floor.ts';
import type { Db } from '../scripts/db/types.ts';
import { STATES, TEMPLATE, prepare, type State } from './states.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/iu-core.js');
// The bundle built at the start of the run, whatever edits land meanwhile: a source newer
// than dist/ would otherwise send bin/iu-core.js to the TypeScript loader (~0.5 s more CPU
// per start) in the middle of a measurement.
const CLI_ENV = { ...process.env, IU_CORE_RUN: 'dist' };

const { values: flags } = parseArgs({
  options: {
    smoke: { type: 'boolean' }, full: { type: 'boolean' }, reps: { type: 'string' }, sizes: { type: 'string' }, 'pglite-sizes': { type: 'string' },
    engines: { type: 'string' }, out: { type: 'string' }, states: { type: 'string' }, history: { type: 'string' }, 'pglite-history': { type: 'string' },
    sections: { type: 'string' }, 'project-size': { type: 'string' },
  },
});
const smoke = flags.smoke === true;
const full = flags.full === true;
if (smoke && full) throw new Error('--smoke and --full: choose one');
const reps = Number(flags.reps ?? (smoke ? 1 : full ? 5 : 3));
const numbers = (v: string) => v.split(',').map(Number);
const sizes = numbers(flags.sizes ?? (smoke ? '100,300' : full ? '1000,10000,100000' : '1000,10000'));
const pgliteSizes = flags['pglite-sizes'] ? numbers(flags['pglite-sizes']) : sizes;
const engines = (flags.engines ?? 'postgres,pglite').split(',');
const history = Number(flags.history ?? 1_000_000);
const pgliteHistory = Number(flags['pglite-history'] ?? Math.min(history, 100_000));
const states = (flags.states ?? (flags.history || full ? 'fresh,analyzed,history' : 'fresh,analyzed')).split(',') as State[];
if (states.some((x) => !STATES.includes(x))) throw new Error(`--states takes ${STATES.join(', ')}`);
const sections = (flags.sections ?? 'startup,migrate,probes,scaleout').split(',');
// A smoke run proves the generated project works at 20 migrations; the ratio is read at 200.
const projectSize = Number(flags['project-size'] ?? (smoke ? 20 : 200));
const outFile = resolve(flags.out ?? join(ROOT, 'bench/results/latest.json'));

/** One measured figure; the compat section records the same shape. */
type Row = CompatBenchRow;
const rows: Row[] = [];
const record = (r: Row) => {
  rows.push(r);
  const t = r.target ? `  target ${r.target}: ${r.pass ? 'met' : 'NOT MET'}` : '';
  process.stderr.write(`  ${r.section.padEnd(10)} ${r.measure.padEnd(58)} ${fmt(r.value).padStart(10)} ${r.unit}${t}\n`);
};
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): Promise<{ ms: number; maxRssMb: number; stdout: string }> {
  const started = performance.now();
  const r = await execa('/usr/bin/time', ['-f', 'maxrss_kb=%M', cmd, ...args], { cwd: ROOT, reject: false, env: opts.env ?? CLI_ENV, all: false });
  const ms = performance.now() - started;
  const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  if (r.exitCode !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.exitCode}: ${r.stderr.split('\n').slice(-5).join('\n')}`);
  return { ms, maxRssMb: rss, stdout: r.stdout };
}

// --- PostgreSQL helpers ---------------------------------------------------------------
let server: LocalServer;
let seq = 0;
async function pgDatabase(template: string): Promise<string> {
  const name = `bench_${process.pid}_${++seq}`;
  const admin = await PostgresDb.connect(server.url, { max: 1 });
  const [stmt] = await admin.query<{ sql: string }>(`SELECT format('CREATE DATABASE %I TEMPLATE %I', $1::text, $2::text) AS sql`, [name, template]);
  await admin.exec(stmt!.sql);
  await admin.close();
  return databaseUrl(server.url, name);
}
async function pgDrop(url: string): Promise<void> {
  const admin = await PostgresDb.connect(server.url, { max: 1 });
  const [stmt] = await admin.query<{ sql: string }>(`SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text) AS sql`, [new URL(url).pathname.slice(1)]);
  await admin.exec(stmt!.sql);
  await admin.close();
}

// --- sections ----------------------------------------------------------------------------
interface ScaleoutResult { perInstance: number; workMs: number; maxRssMb: number }

async function scaleout(flag: string, n: number, bulk: boolean, names: RunNames): Promise<ScaleoutResult> {
  const r = await timed(process.execPath, [CLI, 'scaleout', '--db', flag, '--n', String(n), '--template', TEMPLATE, '--actor', names.actor,
    '--run-id', names.runId, '--suffix-prefix', names.prefix, '--suffix-width', String(names.width), '--commit', '--json', '--quiet', ...(bulk ? ['--bulk'] : [])]);
  const out = JSON.parse(r.stdout);
  if (out.verdict !== 'PASS') throw new Error(`scaleout${bulk ? ' --bulk' : ''} N=${n} on ${flag}: ${JSON.stringify(out.failures)}`);
  return { perInstance: out.ms.work / n, workMs: out.ms.work, maxRssMb: r.maxRssMb };
}

/** One figure per engine, state and N, for the side-by-side table at the end. */
interface Side { perCall: number; bulk: number; floor: number; rss: number; bulkRss: number }
const sideBySide = new Map<string, Side>();

async function scaleoutSection(engine: string, state: State): Promise<void> {
  const results = new Map<number, ScaleoutResult>();
  const bulkResults = new Map<number, ScaleoutResult>();
  const h = engine === 'pglite' ? pgliteHistory : history;
  const label = `${engine} ${state}${state === 'history' ? ` (${h.toLocaleString('en')})` : ''}`;
  // The issue's targets are for a database in the state users have: analysed.
  const judged = state !== 'fresh';
  const ns = engine === 'pglite' ? pgliteSizes : sizes;
  let pgTemplate = '';
  let liteTemplate = '';
  if (engine === 'postgres') {
    const tplUrl = await pgDatabase('template0');
    const db = await PostgresDb.connect(tplUrl, { max: 2 });
    await prepare(db, state, h);
    await db.close();
    pgTemplate = new URL(tplUrl).pathname.slice(1);
  } else {
    liteTemplate = join(mkdtempSync(join(tmpdir(), 'iu-bench-lite-')), 'data');
    const db = await PgliteDb.open(liteTemplate);
    await prepare(db, state, h);
    await db.close();
  }
  /** A fresh copy of the prepared database: its --db flag, how to open it here, how to remove it. */
  async function copy(): Promise<{ flag: string; open: () => Promise<Db>; cleanup: () => Promise<void> }> {
    if (engine === 'postgres') {
      const flag = await pgDatabase(pgTemplate);
      return { flag, open: () => PostgresDb.connect(flag, { max: 1 }), cleanup: () => pgDrop(flag) };
    }
    const dir = join(mkdtempSync(join(tmpdir(), 'iu-bench-lite-')), 'data');
    cpSync(liteTemplate, dir, { recursive: true });
    return { flag: `pglite:${dir}`, open: () => PgliteDb.open(dir), cleanup: async () => rmSync(resolve(dir, '..'), { recursive: true, force: true }) };
  }
  const target = (ratio: number, max: number) => (judged ? { target: `≤ ${max}`, pass: ratio <= max } : {});
  for (const n of ns) {
    const names = runNames(n);
    // The three runs in turn, each on its own copy of the same database, dropped after it.
    const perCall = await copy();
    let r: ScaleoutResult;
    let callRows: Rows;
    try {
      r = await scaleout(perCall.flag, n, false, names);
      const db = await perCall.open();
      try {
        callRows = await rowsOf(db, names.actor);
      } finally {
        await db.close();
      }
    } finally {
      await perCall.cleanup();
    }
    const bulkDb = await copy();
    let b: ScaleoutResult;
    try {
      b = await scaleout(bulkDb.flag, n, true, names);
    } finally {
      await bulkDb.cleanup();
    }
    const floorCopy = await copy();
    let f: { ms: number; rows: Rows };
    try {
      if (engine === 'pglite') {
        // In a new process, as the scaleout runs are: see bench/floor-child.ts.
        const child = await execa(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/floor-child.ts'), floorCopy.flag.slice('pglite:'.length), String(n), JSON.stringify(names)], { cwd: ROOT });
        f = JSON.parse(child.stdout);
      } else {
        const db = await floorCopy.open();
        try {
          f = await floor(db, n, names);
        } finally {
          await db.close();
        }
      }
    } finally {
      await floorCopy.cleanup();
    }
    if (f.rows.n !== callRows.n || f.rows.hash !== callRows.hash) {
      throw new Error(`${label} N=${n}: the floor's rows differ from the calls' (${f.rows.n} rows, hash ${f.rows.hash}; calls ${callRows.n}, ${callRows.hash})`);
    }
    results.set(n, r);
    bulkResults.set(n, b);
    const fl = f.ms / n;
    sideBySide.set(`${engine}|${n}|${state}`, { perCall: r.perInstance, bulk: b.perInstance, floor: fl, rss: r.maxRssMb, bulkRss: b.maxRssMb });
    record({ section: `scaleout`, measure: `${label} N=${n}: instances per second`, value: 1000 / r.perInstance, unit: '/s' });
    record({ section: `scaleout`, measure: `${label} N=${n}: cost per instance`, value: r.perInstance, unit: 'ms' });
    record({ section: `scaleout`, measure: `${label} N=${n}: harness peak RSS`, value: r.maxRssMb, unit: 'MB', ...(n >= 100_000 ? { target: '≤ 300 MB', pass: r.maxRssMb <= 300 } : {}) });
    record({ section: `scaleout`, measure: `${label} N=${n} --bulk: cost per instance`, value: b.perInstance, unit: 'ms' });
    record({ section: `scaleout`, measure: `${label} N=${n} --bulk: harness peak RSS`, value: b.maxRssMb, unit: 'MB', ...(n >= 100_000 ? { target: '≤ 300 MB', pass: b.maxRssMb <= 300 } : {}) });
    record({ section: 'floor', measure: `${label} N=${n}: the calls' rows (${callRows.n}) set-based, cost per instance`, value: fl, unit: 'ms' });
    record({ section: 'floor', measure: `${label} N=${n}: per call ÷ floor`, value: r.perInstance / fl, unit: '×', ...target(r.perInstance / fl, 4) });
    record({ section: 'floor', measure: `${label} N=${n}: --bulk ÷ floor`, value: b.perInstance / fl, unit: '×', ...target(b.perInstance / fl, 1.5) });
  }
  for (const [what, m] of [['per call', results], ['--bulk', bulkResults]] as const) {
    const small = m.get(ns[0]!);
    for (const n of ns.slice(1)) {
      const r = m.get(n);
      if (!small || !r) continue;
      const ratio = r.perInstance / small.perInstance;
      record({ section: 'scaleout', measure: `${label} ${what}: cost per instance at N=${n} ÷ at N=${ns[0]}`, value: ratio, unit: '×',
        ...(judged && ns.at(-1) === n ? { target: '≤ 1.25', pass: ratio <= 1.25 } : {}) });
    }
  }
  if (engine === 'postgres') await pgDrop(databaseUrl(server.url, pgTemplate));
  else rmSync(resolve(liteTemplate, '..'), { recursive: true, force: true });
}

/**
 * A project of `count` migrations for the CLI (iu-core.config.json + migrations/NNN_*.sql, each
 * with its rollback): each adds a table, an index, a view and a function, a small DBA's
 * migration. Written into a temp folder; the config's path is returned.
 */
function generatedProject(count: number): { config: string; files: string[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'iu-bench-project-'));
  mkdirSync(join(dir, 'migrations/rollback'), { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const v = String(i).padStart(3, '0');
    const t = `bench_t${v}`;
    const file = join(dir, `migrations/${v}_bench_${v}.sql`);
    writeFileSync(file, `-- ${v}_bench_${v}.sql: a table, its index, a view and a function (generated by npm run bench)
-- Delta: table +1, view +1, function +1, trigger 0, config 0, event_type 0, route 0
CREATE TABLE ${t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, k text NOT NULL UNIQUE, v jsonb NOT NULL DEFAULT '{}', at timestamptz NOT NULL DEFAULT now());
CREATE INDEX ${t}_at_idx ON ${t} (at);
CREATE VIEW bench_v${v} AS SELECT k, v FROM ${t};
CREATE FUNCTION bench_f${v}(p_k text) RETURNS jsonb LANGUAGE sql STABLE AS $$ SELECT v FROM ${t} WHERE k = p_k $$;
`);
    writeFileSync(join(dir, `migrations/rollback/${v}_bench_${v}.rollback.sql`), `DROP FUNCTION bench_f${v}(text);\nDROP VIEW bench_v${v};\nDROP TABLE ${t};\n`);
    files.push(file);
  }
  const config = join(dir, 'iu-core.config.json');
  writeFileSync(config, JSON.stringify({ projects: [{ name: 'bench', migrations: 'migrations', pattern: 'NNN', rollbacks: 'required', prefixes: ['bench_'] }] }, null, 2));
  return { config, files, dir };
}

/** migrate up from empty ÷ psql -1 -f of the same files, alternated, `reps` times each. */
async function migratePair(label: string, cli: string[], files: string[]): Promise<void> {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < reps; i++) {
    // Alternate A and B so a drift of the machine's speed touches both alike.
    const a = await pgDatabase('template0');
    try {
      ours.push((await timed(process.execPath, [CLI, 'migrate', 'up', '--db', a, '--quiet', ...cli])).ms);
    } finally {
      await pgDrop(a);
    }
    const b = await pgDatabase('template0');
    try {
      theirs.push((await timed('psql', ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', b, ...files.flatMap((f) => ['-f', f])])).ms);
    } finally {
      await pgDrop(b);
    }
  }
  record({ section: 'migrate', measure: `${label}: iu-core migrate up from empty (median)`, value: median(ours), unit: 'ms' });
  record({ section: 'migrate', measure: `${label}: psql -1 -f of the same files (median)`, value: median(theirs), unit: 'ms' });
  const ratio = median(ours) / median(theirs);
  record({ section: 'migrate', measure: `${label}: iu-core ÷ psql`, value: ratio, unit: '×', target: '≤ 1.3', pass: ratio <= 1.3 });
}

async function migrateSection(): Promise<void> {
  await migratePair('IU Core', [], listMigrations().map((m) => m.path));
  const project = generatedProject(projectSize);
  try {
    await migratePair(`${projectSize}-migration project`, ['--project', 'bench', '--config', project.config], project.files);
  } catch (e) {
    // The projects feature is young: say why the figure is missing rather than lose the run.
    record({ section: 'migrate', measure: `${projectSize}-migration project: not measured (${(e as Error).message.split('\n')[0]!.slice(0, 160)})`, value: Number.NaN, unit: '' });
  } finally {
    rmSync(project.dir, { recursive: true, force: true });
  }
}

/** A process's start-up: iu-core --version ÷ node -e 0, and migrate status on a migrated database ÷ psql -c 'SELECT 1'. */
async function startupSection(): Promise<void> {
  const url = await pgDatabase('template0');
  try {
    await timed(process.execPath, [CLI, 'migrate', 'up', '--db', url, '--quiet']);
    const pairs: [string, [string, string[]], [string, string[]]][] = [
      ['--version', [process.execPath, [CLI, '--version']], [process.execPath, ['-e', '0']]],
      ['migrate status', [process.execPath, [CLI, 'migrate', 'status', '--db', url, '--quiet']], ['psql', ['-X', '-q', '-d', url, '-c', 'SELECT 1']]],
    ];
    for (const [what, [ca, aa], [cb, ab]] of pairs) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < reps * 3; i++) {
        a.push((await timed(ca, aa)).ms);
        b.push((await timed(cb, ab)).ms);
      }
      record({ section: 'startup', measure: `iu-core ${what} (median of ${a.length})`, value: median(a), unit: 'ms' });
      record({ section: 'startup', measure: `${cb === 'psql' ? "psql -c 'SELECT 1'" : 'node -e 0'} (median of ${b.length})`, value: median(b), unit: 'ms' });
      record({ section: 'startup', measure: `iu-core ${what} ÷ ${cb === 'psql' ? 'psql' : 'node -e 0'}`, value: median(a) / median(b), unit: '×' });
    }
  } finally {
    await pgDrop(url);
  }
}

async function main(): Promise<number> {
  await execa(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
  server = await startLocalServer();
  const started = new Date().toISOString();
  process.stderr.write(`bench: ${smoke ? 'smoke' : full ? 'full' : 'quick'} run, sizes ${sizes.join(', ')} (PGlite ${pgliteSizes.join(', ')}), states ${states.join(', ')}${states.includes('history') ? ` (history ${history.toLocaleString('en')}, PGlite ${pgliteHistory.toLocaleString('en')})` : ''}, ${reps} repetition(s), PostgreSQL ${server.major} on this machine\n`);
  try {
    if (sections.includes('startup')) await startupSection();
    if (sections.includes('migrate')) await migrateSection();
    if (sections.includes('probes')) await compatSection({ serverUrl: server.url, cli: CLI, reps, smoke, record, log: (l) => process.stderr.write(`${l}\n`) });
    if (sections.includes('scaleout')) for (const engine of engines) for (const state of states) await scaleoutSection(engine, state);
  } finally {
    await server.destroy();
  }
  mkdirSync(resolve(outFile, '..'), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ started, finished: new Date().toISOString(), smoke, full, sizes, pgliteSizes, states, history: states.includes('history') ? { postgres: history, pglite: pgliteHistory } : null, reps, rows, sideBySide: Object.fromEntries(sideBySide) }, null, 2)}\n`);
  console.log(`\n| section | measure | value | target |\n|---|---|---:|---|`);
  for (const r of rows) console.log(`| ${r.section} | ${r.measure} | ${fmt(r.value)} ${r.unit} | ${r.target ? `${r.target} ${r.pass ? '✓' : '✗'}` : ''} |`);
  if (sideBySide.size) {
    console.log(`\nScale-out side by side, ms per instance (floor: the calls' very rows, set-based); ratios per call and --bulk; RSS of the per-call and --bulk runs\n`);
    console.log('| engine | state | N | per call | --bulk | floor | per call ÷ floor | --bulk ÷ floor | per call N÷N₀ | --bulk N÷N₀ | RSS MB |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const engine of engines) {
      const ns = engine === 'pglite' ? pgliteSizes : sizes;
      for (const state of states) {
        const first = sideBySide.get(`${engine}|${ns[0]}|${state}`);
        for (const n of ns) {
          const v = sideBySide.get(`${engine}|${n}|${state}`);
          if (!v) continue;
          const h = state === 'history' ? ` ${(engine === 'pglite' ? pgliteHistory : history).toLocaleString('en')}` : '';
          console.log(`| ${engine} | ${state}${h} | ${n} | ${fmt(v.perCall)} | ${fmt(v.bulk)} | ${fmt(v.floor)} | ${fmt(v.perCall / v.floor)} | ${fmt(v.bulk / v.floor)} | ` +
            `${first ? fmt(v.perCall / first.perCall) : '—'} | ${first ? fmt(v.bulk / first.bulk) : '—'} | ${fmt(v.rss)} / ${fmt(v.bulkRss)} |`);
        }
      }
    }
  }
  console.log(`\nwrote ${outFile}`);
  // A smoke run proves the benchmark works; the targets are judged on the quick and full runs.
  return 0;
}

process.exitCode = await main();
