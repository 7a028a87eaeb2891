// Reading the plans of one orchestrator call with auto_explain, on either engine: shared by
// npm run plans and tests/plans-after-analyze.test.ts.
import { OP_SCALEOUT_BATCH } from '../scripts/sql.ts';
import type { Notice, Session } from '../scripts/db/types.ts';

/** The tables a scaleout grows: a sequential scan of any of them makes the cost grow with N. */
export const GROWING = ['iu_piece_collection', 'iu_piece_membership', 'iu_collection_template_instance_lineage', 'iu_auto_instantiate_event_log', 'event_outbox'];

export interface Statement {
  query: string;
  ms: number;
  /** "Seq Scan on t", "Index Scan on t (index)", … once each. */
  scans: string[];
  hit: number;
  read: number;
}

/** One auto_explain NOTICE: "duration: X ms  plan:\nQuery Text: …\n<plan>"; null for any other notice. */
export function parsePlan(message: string): Statement | null {
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

/** The sequential scans of a statement on a table the run grows. */
export const seqScansOnGrowing = (st: Statement) => st.scans.filter((x) => x.startsWith('Seq Scan') && GROWING.some((t) => x === `Seq Scan on ${t}`));

export interface Template {
  id: string;
  pieces: number;
}

/**
 * Calls from..to of run `run` inside the session's open transaction, exactly as
 * `iu-core scaleout` makes them (OP_SCALEOUT_BATCH, the CLI's per-call statement); throws on
 * any status but ok.
 */
export async function makeCalls(s: Session, run: string, template: Template, from: number, to: number, batch = 5000): Promise<void> {
  for (let a = from; a <= to; a += batch) {
    const b = Math.min(to, a + batch - 1);
    const rows = await s.query<{ status: string; n: number }>(OP_SCALEOUT_BATCH, [
      run, 'template.published', template.id, `${run}-`, 1, 6, 'live', `iu-core-${run}`, null, a, b, template.pieces,
    ]);
    const bad = rows.filter((r) => r.status !== 'ok');
    if (bad.length) throw new Error(`calls ${a}..${b}: ${JSON.stringify(bad)}`);
  }
}

/**
 * Call n of run `run`, the same call makeCalls would make, with auto_explain on (nested
 * statements, analyze, buffers, delivered as NOTICEs): every statement it ran, FK checks
 * included. The session must be inside a transaction (the settings are LOCAL) and
 * auto_explain loadable (PGlite: opened with the auto_explain extension).
 */
export async function explainedCall(s: Session, run: string, template: Template, n: number): Promise<Statement[]> {
  const notices = await explainOn(s);
  // Notices come with the simple protocol only: the call is quoted by the server's format(),
  // with the arguments OP_SCALEOUT_BATCH gives call n.
  const [call] = await s.query<{ sql: string }>(
    `SELECT format('SELECT fn_iu_auto_instantiate_from_event(%L::uuid, %L, %L::uuid, %L, %L, %L)',
                   md5($3 || ':' || $1::int)::uuid, 'template.published', $2::uuid, $3 || '-' || lpad($1::text, greatest(6, length($1::text)), '0'),
                   'live', 'iu-core-' || $3) AS sql`,
    [n, template.id, run],
  );
  const r = await s.exec(call!.sql, (x) => notices.push(x));
  const answer = Object.values(r.rows[0] ?? {})[0];
  const status = (typeof answer === 'string' ? JSON.parse(answer) : answer)?.status;
  if (status !== 'ok') throw new Error(`call ${n}: ${JSON.stringify(answer)}`);
  return explainOff(s, notices);
}

/**
 * Calls from..to of run `run` as one `scaleout --bulk` batch would make them (the same event
 * ids and suffixes as makeCalls), through fn_iu_auto_instantiate_bulk under auto_explain:
 * every statement it ran. Same conditions as explainedCall; throws unless every item is ok.
 */
export async function explainedBulk(s: Session, run: string, template: Template, from: number, to: number): Promise<Statement[]> {
  const notices = await explainOn(s);
  const [call] = await s.query<{ sql: string }>(
    `SELECT format('SELECT fn_iu_auto_instantiate_bulk(%L::uuid[], %L, %L::uuid, %L::text[], %L, %L)',
                   array_agg(md5($3 || ':' || g.i)::uuid ORDER BY g.i), 'template.published', $4::uuid,
                   array_agg($3 || '-' || lpad(g.i::text, greatest(6, length(g.i::text)), '0') ORDER BY g.i), 'live', 'iu-core-' || $3) AS sql
       FROM generate_series($1::int, $2::int) AS g (i)`,
    [from, to, run, template.id],
  );
  const r = await s.exec(call!.sql, (x) => notices.push(x));
  const answer = Object.values(r.rows[0] ?? {})[0];
  const result = typeof answer === 'string' ? JSON.parse(answer) : answer;
  if (result?.status !== 'ok' || result?.statuses?.ok !== to - from + 1) throw new Error(`bulk ${from}..${to}: ${JSON.stringify(result)}`);
  return explainOff(s, notices);
}

/** auto_explain on for the rest of the transaction (every nested statement, analysed, with buffers, as NOTICEs). */
async function explainOn(s: Session): Promise<Notice[]> {
  await s.exec(`LOAD 'auto_explain'`);
  await s.exec(`SET LOCAL auto_explain.log_min_duration = 0`);
  for (const setting of ['log_nested_statements', 'log_analyze', 'log_buffers']) await s.exec(`SET LOCAL auto_explain.${setting} = on`);
  await s.exec(`SET LOCAL auto_explain.log_level = notice`);
  return [];
}

async function explainOff(s: Session, notices: Notice[]): Promise<Statement[]> {
  await s.exec(`SET LOCAL auto_explain.log_min_duration = -1`);
  return notices.map((x) => parsePlan(x.message)).filter((x): x is Statement => x !== null);
}
