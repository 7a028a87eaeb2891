// npm run plans [-- --at 1000,100000] [--engines postgres,pglite] [--states fresh,analyzed,history] [--history 1000000]
//
// The plan of every statement one orchestrator call runs, read deep inside one long
// transaction, in each database state (bench/states.ts: fresh, analyzed, history) on each
// engine. A database is migrated and given the sample templates (and, for history, H
// existing instances), brought into its state; one transaction then makes calls 1 … N-1
// exactly as `iu-core scaleout` does (the same server-side batch statement), and call N runs
// under auto_explain (log_nested_statements, analyze, buffers, delivered as NOTICEs). For each
// N it prints every statement of that call with its scans and buffer hits, then one line per
// engine and state side by side, and fails (exit 1) when a table the run grows is read by a
// sequential scan: the trap where a lookup turns into a scan of the rows the transaction
// itself wrote, which a plan cached from small statistics walks into.
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { auto_explain } from '@electric-sql/pglite/contrib/auto_explain';
import { startLocalServer, databaseUrl, type LocalServer } from '../scripts/db/local-server.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { PgliteDb } from '../scripts/db/pglite.ts';
import { PGLITE_SETTINGS } from '../scripts/db/pglite-settings.ts';
import { OP_SET_GATE } from '../scripts/sql.ts';
import type { Db } from '../scripts/db/types.ts';
import { explainedCall, makeCalls, seqScansOnGrowing, type Template } from './explain.ts';
import { STATES, TEMPLATE, prepare, type State } from './states.ts';

const { values: flags } = parseArgs({
  options: { at: { type: 'string' }, engines: { type: 'string' }, states: { type: 'string' }, history: { type: 'string' } },
});
const checkpoints = (flags.at ?? '1000,100000').split(',').map(Number).sort((a, b) => a - b);
if (checkpoints.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--at takes whole numbers ≥ 1, e.g. --at 1000,100000');
const engines = (flags.engines ?? 'postgres,pglite').split(',');
if (engines.some((e) => e !== 'postgres' && e !== 'pglite')) throw new Error('--engines takes postgres and/or pglite');
const history = Number(flags.history ?? 100_000);
const states = (flags.states ?? (flags.history ? 'fresh,analyzed,history' : 'fresh,analyzed')).split(',') as State[];
if (states.some((s) => !STATES.includes(s))) throw new Error(`--states takes ${STATES.join(', ')}`);
if (!Number.isInteger(history) || history < 1) throw new Error('--history takes a whole number ≥ 1 (existing instances)');

interface Summary { engine: string; state: State; perCall: string[]; seq: number; ms: number }
const summary: Summary[] = [];

async function open(engine: string, server: LocalServer | null, name: string): Promise<Db> {
  if (engine === 'pglite') {
    const pg = await PGlite.create({ extensions: { auto_explain }, startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
    return new PgliteDb(pg, 'pglite:memory');
  }
  const admin = await PostgresDb.connect(server!.url, { max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  return PostgresDb.connect(databaseUrl(server!.url, name), { max: 1 });
}

async function read(engine: string, state: State, db: Db): Promise<boolean> {
  const started = performance.now();
  await prepare(db, state, history);
  const [template] = await db.query<Template>(
    `SELECT c.id, jsonb_array_length(fn_iu_collection_active_pieces(c.id)) AS pieces FROM iu_piece_collection c WHERE c.collection_key = $1`,
    [TEMPLATE],
  );
  process.stdout.write(`\n== ${engine}, ${state}${state === 'history' ? ` (${history.toLocaleString('en')} instances before)` : ''}: template ${TEMPLATE} (${template!.pieces} pieces), one transaction, calls at ${checkpoints.join(', ')}\n`);
  const row: Summary = { engine, state, perCall: [], seq: 0, ms: 0 };
  await db.session(async (s) => {
    await s.exec('BEGIN');
    for (const gate of ['iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled']) await s.query(OP_SET_GATE, [gate, 'true']);
    let done = 0;
    for (const n of checkpoints) {
      const t = performance.now();
      await makeCalls(s, 'plans', template!, done + 1, n - 1);
      const perCall = n - 1 > done ? (performance.now() - t) / (n - 1 - done) : 0;
      const statements = await explainedCall(s, 'plans', template!, n);
      done = n;
      row.perCall.push(perCall ? perCall.toFixed(2) : '—');
      process.stdout.write(`\ncall ${n.toLocaleString('en')} (${perCall ? `calls before it ${perCall.toFixed(2)} ms each` : 'first call'}): ${statements.length} statements\n`);
      for (const st of statements) {
        const seq = seqScansOnGrowing(st);
        row.seq += seq.length;
        process.stdout.write(
          `  ${seq.length ? 'SEQ ✗' : 'ok   '} ${st.ms.toFixed(3).padStart(8)} ms  hit ${String(st.hit).padStart(5)} read ${String(st.read).padStart(3)}  ${st.query.slice(0, 90)}\n` +
            (st.scans.length ? `        ${st.scans.join('; ')}\n` : ''),
        );
      }
    }
    await s.exec('ROLLBACK');
  });
  row.ms = performance.now() - started;
  summary.push(row);
  return row.seq === 0;
}

async function main(): Promise<number> {
  const server = engines.includes('postgres') ? await startLocalServer() : null;
  let ok = true;
  try {
    if (server) process.stdout.write(`plans: PostgreSQL ${server.major} (local server) and/or PGlite, states ${states.join(', ')}\n`);
    for (const engine of engines) {
      for (const state of states) {
        const db = await open(engine, server, `plans_${state}`);
        try {
          ok = (await read(engine, state, db)) && ok;
        } finally {
          await db.close();
        }
      }
    }
  } finally {
    await server?.destroy();
  }
  const spans = checkpoints.map((n, i) => `${i ? checkpoints[i - 1]! + 1 : 1}..${n - 1}`);
  process.stdout.write(`\n| engine | state | ${spans.map((s) => `ms per call, calls ${s}`).join(' | ')} | seq scans of growing tables at the late calls |\n`);
  process.stdout.write(`|---|---|${spans.map(() => '---:|').join('')}---:|\n`);
  for (const r of summary) process.stdout.write(`| ${r.engine} | ${r.state} | ${r.perCall.join(' | ')} | ${r.seq} |\n`);
  process.stdout.write(ok ? '\nPASS: no table the run grows was read by a sequential scan\n' : '\nFAIL: a table the run grows was read by a sequential scan\n');
  return ok ? 0 : 1;
}

process.exitCode = await main();
