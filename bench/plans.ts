// npm run plans [-- --at 1000,100000]
//
// The plan of every statement one orchestrator call runs, read deep inside one long
// transaction. A throwaway PostgreSQL server is migrated and given the sample templates;
// one transaction then makes calls 1 … N-1 exactly as `iu-core scaleout` does (the same
// server-side batch statement), loads auto_explain (log_nested_statements, analyze, buffers,
// delivered as NOTICEs) and makes call N. For each N asked for it prints every statement of
// that call with its scans and buffer hits, and fails (exit 1) when a table the run grows is
// read by a sequential scan: the trap where a lookup turns into a scan of the rows the
// transaction itself wrote, which statistics cannot see.
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { startLocalServer } from '../scripts/db/local-server.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { loadSqlFile, runSqlFile } from '../scripts/sqlfile.ts';
import { OP_SCALEOUT_BATCH, OP_SET_GATE } from '../scripts/sql.ts';
import type { Notice, Session } from '../scripts/db/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = ['ops/sample/010_templates_and_manual_instances.sql', 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql'];
const TEMPLATE = 'tpl:wf:onboarding/v2';
/** The tables a scaleout grows: a sequential scan of any of them makes the cost grow with N. */
const GROWING = ['iu_piece_collection', 'iu_piece_membership', 'iu_collection_template_instance_lineage', 'iu_auto_instantiate_event_log', 'event_outbox'];

const { values: flags } = parseArgs({ options: { at: { type: 'string' } } });
const checkpoints = (flags.at ?? '1000,100000').split(',').map(Number).sort((a, b) => a - b);
if (checkpoints.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--at takes whole numbers ≥ 1, e.g. --at 1000,100000');

interface Statement {
  query: string;
  ms: number;
  scans: string[];
  hit: number;
  read: number;
}

/** One auto_explain NOTICE: "duration: X ms  plan:\nQuery Text: …\n<plan>". */
function parsePlan(message: string): Statement | null {
  const m = /^duration: ([\d.]+) ms\s+plan:\n([\s\S]*)$/.exec(message);
  if (!m) return null;
  const text = m[2]!;
  const q = /Query Text: ([\s\S]*?)\n(?=\S)/.exec(text);
  const query = (q?.[1] ?? '').replace(/\s+/g, ' ').trim();
  const scans = [...text.matchAll(/(Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan)(?: Backward)?(?: using (\S+))? on (\S+)/g)].map(
    (s) => `${s[1]} on ${s[3]}${s[2] ? ` (${s[2]})` : ''}`,
  );
  // The top node's Buffers line counts the whole statement.
  const b = /Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?/.exec(text);
  return { query, ms: Number(m[1]), scans: [...new Set(scans)], hit: Number(b?.[1] ?? 0), read: Number(b?.[2] ?? 0) };
}

async function calls(s: Session, template: { id: string; pieces: number }, from: number, to: number): Promise<void> {
  for (let a = from; a <= to; a += 5000) {
    const b = Math.min(to, a + 4999);
    const rows = await s.query<{ status: string; n: number }>(OP_SCALEOUT_BATCH, [
      'plans', 'template.published', template.id, 'plans-', 1, 6, 'live', 'iu-core-plans', null, a, b, template.pieces,
    ]);
    const bad = rows.filter((r) => r.status !== 'ok');
    if (bad.length) throw new Error(`calls ${a}..${b}: ${JSON.stringify(bad)}`);
  }
}

async function main(): Promise<number> {
  const server = await startLocalServer();
  let failed = false;
  try {
    const db = await PostgresDb.connect(server.url, { max: 1 });
    await migrateUp(db, listMigrations());
    for (const f of SAMPLE) await runSqlFile(db, await loadSqlFile(join(ROOT, f)));
    const [template] = await db.query<{ id: string; pieces: number }>(
      `SELECT c.id, jsonb_array_length(fn_iu_collection_active_pieces(c.id)) AS pieces FROM iu_piece_collection c WHERE c.collection_key = $1`,
      [TEMPLATE],
    );
    process.stdout.write(`plans: PostgreSQL ${server.major}, template ${TEMPLATE} (${template!.pieces} pieces), one transaction, calls at ${checkpoints.join(', ')}\n`);
    await db.session(async (s) => {
      await s.exec('BEGIN');
      for (const gate of ['iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled']) await s.query(OP_SET_GATE, [gate, 'true']);
      let done = 0;
      for (const n of checkpoints) {
        const started = performance.now();
        await calls(s, template!, done + 1, n - 1);
        const perCall = n - 1 > done ? (performance.now() - started) / (n - 1 - done) : 0;
        await s.exec(`LOAD 'auto_explain'`);
        await s.exec(`SET LOCAL auto_explain.log_min_duration = 0`);
        for (const setting of ['log_nested_statements', 'log_analyze', 'log_buffers']) await s.exec(`SET LOCAL auto_explain.${setting} = on`);
        await s.exec(`SET LOCAL auto_explain.log_level = notice`);
        const notices: Notice[] = [];
        // Notices come with the simple protocol only: the call is quoted by the server's format().
        const [call] = await s.query<{ sql: string }>(
          `SELECT format('SELECT fn_iu_auto_instantiate_from_event(%L::uuid, %L, %L::uuid, %L, %L, %L)', md5('plans:' || $1::int)::uuid, 'template.published', $2::uuid, 'plans-' || $1::int, 'live', 'iu-core-plans') AS sql`,
          [n, template!.id],
        );
        await s.exec(call!.sql, (x) => notices.push(x));
        await s.exec(`SET LOCAL auto_explain.log_min_duration = -1`);
        done = n;
        const statements = notices.map((x) => parsePlan(x.message)).filter((x): x is Statement => x !== null);
        process.stdout.write(`\ncall ${n.toLocaleString('en')} (${perCall ? `calls before it ${perCall.toFixed(2)} ms each` : 'first call'}): ${statements.length} statements\n`);
        for (const st of statements) {
          const seq = st.scans.filter((x) => x.startsWith('Seq Scan') && GROWING.some((t) => x.includes(` on ${t}`)));
          if (seq.length) failed = true;
          process.stdout.write(
            `  ${seq.length ? 'SEQ ✗' : 'ok   '} ${st.ms.toFixed(3).padStart(8)} ms  hit ${String(st.hit).padStart(5)} read ${String(st.read).padStart(3)}  ${st.query.slice(0, 90)}\n` +
              (st.scans.length ? `        ${st.scans.join('; ')}\n` : ''),
          );
        }
      }
      await s.exec('ROLLBACK');
    });
    await db.close();
  } finally {
    await server.destroy();
  }
  process.stdout.write(failed ? '\nFAIL: a table the run grows was read by a sequential scan\n' : '\nPASS: no table the run grows was read by a sequential scan\n');
  return failed ? 1 : 0;
}

process.exitCode = await main();
