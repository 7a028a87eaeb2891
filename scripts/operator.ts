// The operator's gated transaction, shared by instantiate, scaleout and rollback-actor:
//
//   BEGIN → gates at rest all 'false'? → matrix before → open exactly these gates → work →
//   close them → every iu_core.*_enabled gate reads 'false' in the transaction → matrix after,
//   judged → COMMIT (only when asked) or ROLLBACK.
//
// The runbook's "always close all gates before COMMIT" becomes the tool's job: a gate is only
// ever changed inside the transaction that also closes it and checks it closed, so no other
// session ever sees it open, and any error, verification failure, Ctrl-C, SIGTERM or crash
// ends in ROLLBACK (explicitly, or by the server when the connection goes away).
import { resolve } from 'node:path';
import { CheckFailed, UsageError, errorMessage, serverError } from './errors.ts';
import { compareMatrix, MATRIX_FILE, type MatrixRow } from './matrix.ts';
import { onShutdown } from './shutdown.ts';
import { loadSqlFile } from './sqlfile.ts';
import {
  OP_BACKEND,
  OP_CANCEL,
  OP_CONNECTION_CHECK,
  OP_GATES,
  OP_ORCHESTRATOR_PRESENT,
  OP_RESOLVE_TEMPLATE,
  OP_SET_GATE,
  OP_SNAPSHOT,
  OP_TX_BOUNDS,
} from './sql.ts';
import type { Io } from './cli.ts';
import type { Db, Queryable, Session } from './db/types.ts';

export const GATE = {
  composer: 'iu_core.composer_enabled',
  autoInstantiate: 'iu_core.auto_instantiate_enabled',
} as const;

export type EmitMode = 'dry_run' | 'live';

/** The gates a mode needs: the composer always, the auto-instantiate gate for live. */
export function gatesFor(mode: EmitMode): string[] {
  return mode === 'live' ? [GATE.composer, GATE.autoInstantiate] : [GATE.composer];
}

// ---------------------------------------------------------------------------------------
// Input checks: the product's own rules, applied before any database is opened.

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// eslint-disable-next-line no-control-regex
// What the database refuses in a name (its '[[:cntrl:]]' is Unicode's: C0 and C1 controls, NEL
// U+0085, the line and paragraph separators U+2028/2029) and a lone surrogate (not UTF-8).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cs}/u;
const shown = (v: string) => v.replace(new RegExp(CONTROL.source, 'gu'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const isUuid = (v: string): boolean => UUID.test(v);

export function uuidValue(flag: string, v: string | undefined): string {
  if (v === undefined) throw new UsageError(`--${flag} is required (a uuid)`);
  if (!isUuid(v)) throw new UsageError(`--${flag} takes a uuid such as 25000d25-0000-4000-8000-000000000001; got '${v}'`);
  return v.toLowerCase();
}

/** A one-line text value: 1..max characters, no control characters, optionally no whitespace. */
export function textValue(flag: string, v: string | undefined, opts: { max: number; noSpace?: boolean; def?: string }): string {
  const value = v ?? opts.def;
  if (value === undefined) throw new UsageError(`--${flag} is required`);
  if (!value.trim() || value.length > opts.max || CONTROL.test(value) || (opts.noSpace && /\s/.test(value))) {
    const why = CONTROL.test(value) ? ' (no control characters or line separators)' : '';
    throw new UsageError(`--${flag} takes 1 to ${opts.max} characters on one line${opts.noSpace ? ' without whitespace' : ''}${why}; got '${shown(value)}'`);
  }
  return value;
}

export function modeValue(v: string | undefined, def: EmitMode): EmitMode {
  const m = v ?? def;
  if (m !== 'dry_run' && m !== 'live') throw new UsageError(`--mode takes dry_run or live; got '${m}'`);
  return m;
}

// ---------------------------------------------------------------------------------------
// Templates, checked against the database before anything is written.

export interface Template {
  id: string;
  key: string;
  /** Active pieces: what every instance of it gets. */
  pieces: number;
}

/** The orchestrator must be installed before anything else is asked of it. */
export async function requireOrchestrator(q: Queryable): Promise<void> {
  const [r] = await q.query<{ present: boolean }>(OP_ORCHESTRATOR_PRESENT);
  if (!r?.present) throw new CheckFailed('the orchestrator fn_iu_auto_instantiate_from_event is not installed here: run iu-core migrate up first');
}

/** A template by collection key or uuid; unknown, unmarked or empty ones are refused (exit 2). */
export async function resolveTemplate(q: Queryable, ref: string): Promise<Template> {
  const [r] = await q.query<{ id: string; key: string; marked: boolean; pieces: number }>(OP_RESOLVE_TEMPLATE, [ref, isUuid(ref) ? ref : null]);
  if (!r) throw new UsageError(`unknown template '${ref}': no collection has that key or id`);
  if (!r.marked) throw new UsageError(`'${r.key}' is not a marked template (fn_iu_collection_mark_as_template)`);
  if (r.pieces < 1) throw new UsageError(`template '${r.key}' has no active pieces`);
  return { id: r.id, key: r.key, pieces: Number(r.pieces) };
}

// ---------------------------------------------------------------------------------------
// The regression matrix inside the operator's transaction: sql/runtime/120's function,
// created as a temporary function (pg_temp) in a savepoint that is rolled back. It sees the
// transaction's own uncommitted rows, leaves nothing behind, and needs no privilege beyond
// TEMP and SELECT: the least-privileged iu_core_operator, who may not create anything in
// iu_core_meta, can run every operator command.

let matrixSql: string[] | null = null;

async function matrixStatements(): Promise<string[]> {
  if (matrixSql) return matrixSql;
  const file = await loadSqlFile(resolve(MATRIX_FILE));
  const name = /\biu_core_meta\.fn_iu_regression_matrix\b/g;
  const stmts = file.statements
    .filter((st) => st.head !== 'CREATE SCHEMA')
    .map((st) => st.text.replace(name, 'pg_temp.fn_iu_regression_matrix'));
  if (!stmts.some((t) => t.includes('pg_temp.fn_iu_regression_matrix'))) {
    throw new CheckFailed(`${MATRIX_FILE} no longer defines iu_core_meta.fn_iu_regression_matrix()`);
  }
  matrixSql = stmts;
  return stmts;
}

/**
 * The matrix as the current transaction sees it (call inside BEGIN … COMMIT/ROLLBACK). With
 * `since` (pg_current_snapshot() as the transaction began) each row also says what this
 * transaction itself wrote, which is what a run is judged by.
 */
export async function matrixInTransaction(s: Session, since?: string): Promise<MatrixRow[]> {
  const stmts = await matrixStatements();
  await s.exec('SAVEPOINT iu_core_matrix');
  try {
    for (const text of stmts) await s.exec(text);
    type Raw = { surface: string; row_count: number | null; on_instantiate: 'expected' | 'invariant'; own_count: number | null; own_rows: number | null; own_removals: number | null };
    const rows = await s.query<Raw>(
      `SELECT surface, row_count, on_instantiate, own_count, own_rows, own_removals FROM pg_temp.fn_iu_regression_matrix($1::pg_snapshot) ORDER BY ord`,
      [since ?? null],
    );
    const n = (v: number | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      surface: r.surface,
      rows: n(r.row_count),
      onInstantiate: r.on_instantiate,
      ...(since ? { own: { count: n(r.own_count), rows: n(r.own_rows), removals: n(r.own_removals) } } : {}),
    }));
  } finally {
    await s.exec('ROLLBACK TO SAVEPOINT iu_core_matrix');
    await s.exec('RELEASE SAVEPOINT iu_core_matrix');
  }
}

/** The snapshot a transaction began with, for matrixInTransaction's `since`. */
export async function transactionSnapshot(s: Session): Promise<string> {
  const [r] = await s.query<{ snapshot: string }>(OP_SNAPSHOT);
  return r!.snapshot;
}

/** The matrix on its own (census): read in a transaction that is rolled back. */
export async function readMatrix(s: Session): Promise<MatrixRow[]> {
  await s.exec('BEGIN');
  try {
    return await matrixInTransaction(s);
  } finally {
    await s.exec('ROLLBACK').catch(() => undefined);
  }
}

/** Surface names of the matrix (sql/runtime/120), for the deltas a run expects. */
export const SURFACE = {
  units: 'information_unit',
  collections: 'iu_piece_collection',
  memberships: 'iu_piece_membership',
  lineage: 'iu_collection_template_instance_lineage',
  log: 'iu_auto_instantiate_event_log',
  outboxIu: 'event_outbox (iu domain)',
} as const;

/** A matrix row judged: invariants must not move; expected surfaces must move by exactly `want`. */
export interface JudgedRow {
  surface: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  kind: 'expected' | 'invariant';
  /** The delta this run must produce (0 for an invariant). */
  want: number;
  ok: boolean;
}

/**
 * compareMatrix's before / after / delta, judged: a surface the matrix calls invariant must
 * stay put; a surface it calls expected must move by exactly `want[surface]` (0 when the run
 * names no delta for it). Rows read with a snapshot are judged by what the run's own
 * transaction wrote: its own new rows when it only inserted into that table, else the count
 * blind to other sessions' commits. `after` is then shown as `before` plus that delta.
 */
export function judgeMatrix(before: MatrixRow[], after: MatrixRow[], want: Record<string, number>): JudgedRow[] {
  const prior = new Map(before.map((b) => [b.surface, b]));
  return compareMatrix(before, after).map((r) => {
    const kind = r.onInstantiate;
    const w = kind === 'expected' ? (want[r.surface] ?? 0) : 0;
    const a = after.find((x) => x.surface === r.surface)?.own;
    const b = prior.get(r.surface)?.own;
    let delta = r.delta;
    let shownAfter = r.after;
    if (a && b && a.rows !== null && a.count !== null && b.count !== null && r.before !== null) {
      delta = a.removals === 0 ? a.rows - (b.rows ?? 0) : a.count - b.count;
      shownAfter = r.before + delta;
    }
    return { surface: r.surface, before: r.before, after: shownAfter, delta, kind, want: w, ok: delta === w };
  });
}

export function formatJudged(rows: JudgedRow[]): string {
  const w = Math.max(7, ...rows.map((r) => r.surface.length));
  const num = (n: number | null) => (n === null ? 'n/a' : String(n));
  const signed = (n: number | null) => (n === null ? 'n/a' : n > 0 ? `+${n}` : String(n));
  const lines = [`${'surface'.padEnd(w)}  ${'before'.padStart(8)}  ${'after'.padStart(8)}  ${'delta'.padStart(8)}  verdict`];
  for (const r of rows) {
    const verdict =
      r.kind === 'invariant'
        ? r.ok ? 'invariant ✓' : 'invariant MOVED ✗'
        : r.ok ? `expected ${signed(r.want)} ✓` : `expected ${signed(r.want)}, got ${signed(r.delta)} ✗`;
    lines.push(`${r.surface.padEnd(w)}  ${num(r.before).padStart(8)}  ${num(r.after).padStart(8)}  ${signed(r.delta).padStart(8)}  ${verdict}`);
  }
  return lines.join('\n');
}

export function matrixFailures(rows: JudgedRow[]): string[] {
  return rows
    .filter((r) => !r.ok)
    .map((r) =>
      r.kind === 'invariant'
        ? `invariant ${r.surface} moved: ${r.before} -> ${r.after}`
        : `${r.surface} moved by ${r.delta ?? 'n/a'}, expected ${r.want}`,
    );
}

// ---------------------------------------------------------------------------------------
// Gates.

export interface GateRow {
  key: string;
  value: string;
}

export async function readGates(q: Queryable): Promise<GateRow[]> {
  return q.query<GateRow>(OP_GATES);
}

/** Gates that do not read exactly 'false'. */
export const openGates = (gates: GateRow[]): GateRow[] => gates.filter((g) => g.value !== 'false');

// ---------------------------------------------------------------------------------------
// The gated transaction.

export class Interrupted extends CheckFailed {}

export interface TxContext {
  /** Throws Interrupted once Ctrl-C / SIGTERM asked the run to stop: call between batches. */
  checkAbort(): void;
}

export interface TxOptions<T> {
  /** Gates to open after BEGIN and close before the end; [] for ungated work. */
  gates: string[];
  commit: boolean;
  work: (s: Session, ctx: TxContext) => Promise<T>;
  /** The deltas the matrix must show, from what the work did. */
  want: (value: T) => Record<string, number>;
  /** More checks after the gates are closed, before COMMIT: each string is a failure. */
  verify?: (s: Session, value: T) => Promise<string[]>;
  io: Io;
}

export interface TxOutcome<T> {
  value?: T;
  committed: boolean;
  /** Whether the gates were opened (and so had to be closed). */
  gatesOpened: string[];
  /** Every gate as the transaction read it after closing (or at the start, ungated). */
  gatesInTx?: GateRow[];
  before?: MatrixRow[];
  matrix?: JudgedRow[];
  /** Why the run did not commit, when it failed. */
  failures: string[];
  error?: unknown;
  interrupted: boolean;
  ms: { begin: number; work: number; verify: number; end: number; total: number };
}

const now = () => performance.now();

/**
 * Run `work` inside one transaction with `gates` open, then close them, verify, and commit
 * (only with `commit`) or roll back. Never throws for what happens inside the transaction:
 * errors, refusals and interrupts come back as failures of a rolled-back outcome.
 */
export async function gatedTransaction<T>(db: Db, opts: TxOptions<T>): Promise<TxOutcome<T>> {
  const t0 = now();
  const out: TxOutcome<T> = {
    committed: false,
    gatesOpened: [],
    failures: [],
    interrupted: false,
    ms: { begin: 0, work: 0, verify: 0, end: 0, total: 0 },
  };
  let abortRequested = false;
  let backendPid: number | null = null;
  let settle!: () => void;
  const settled = new Promise<void>((r) => (settle = r));
  let inTx = false;

  // Ctrl-C / SIGTERM (scripts/shutdown.ts runs this before it closes the connections): stop
  // the running statement, let the transaction roll back, then let the shutdown go on.
  const unregister = onShutdown(async () => {
    abortRequested = true;
    if (!inTx) return;
    if (db.kind === 'postgres' && backendPid !== null) await db.query(OP_CANCEL, [backendPid]).catch(() => undefined);
    await Promise.race([settled, new Promise((r) => setTimeout(r, 4000).unref())]);
    opts.io.err(out.committed ? 'interrupted after COMMIT: the run was already committed' : 'interrupted: rolled back; nothing was committed, every gate is closed');
  });
  const ctx: TxContext = {
    checkAbort() {
      if (abortRequested) throw new Interrupted('interrupted (signal): the run was stopped');
    },
  };

  try {
    await db.session(async (s) => {
      try {
        const [be] = await s.query<{ pid: number; version_num: number }>(OP_BACKEND);
        await s.exec('BEGIN');
        inTx = true;
        backendPid = be ? Number(be.pid) : null;
        await s.query(OP_TX_BOUNDS, ['10s', '5min']);
        if (db.kind === 'postgres' && be && Number(be.version_num) >= 140000) await s.query(OP_CONNECTION_CHECK, ['1s']);

        const atRest = openGates(await readGates(s));
        if (atRest.length) {
          out.failures.push(`gate(s) open at rest: ${atRest.map((g) => `${g.key}=${g.value}`).join(', ')}; close them first (they must read 'false' between operator sessions)`);
          return;
        }
        // What other sessions commit from here on is theirs: the run is judged by its own writes.
        const since = await transactionSnapshot(s);
        out.before = await matrixInTransaction(s, since);
        ctx.checkAbort();
        for (const gate of opts.gates) {
          const rows = await s.query(OP_SET_GATE, [gate, 'true']).catch((e: unknown) => {
            // Another operator's transaction holds the gate row: one run at a time.
            if (serverError(e)?.code === '55P03') throw new CheckFailed(`another operator transaction holds gate ${gate} (waited 10 s for it); try again when that run ends`);
            throw e;
          });
          if (!rows.length) {
            out.failures.push(`gate ${gate} does not exist here (is its migration applied?)`);
            return;
          }
          out.gatesOpened.push(gate);
        }
        out.ms.begin = now() - t0;

        const tWork = now();
        out.value = await opts.work(s, ctx);
        out.ms.work = now() - tWork;

        const tVerify = now();
        for (const gate of opts.gates) await s.query(OP_SET_GATE, [gate, 'false']);
        out.gatesInTx = await readGates(s);
        const stillOpen = openGates(out.gatesInTx);
        if (stillOpen.length) out.failures.push(`gate(s) still open before COMMIT: ${stillOpen.map((g) => g.key).join(', ')}`);
        const after = await matrixInTransaction(s, since);
        out.matrix = judgeMatrix(out.before, after, opts.want(out.value));
        out.failures.push(...matrixFailures(out.matrix));
        if (opts.verify) out.failures.push(...(await opts.verify(s, out.value)));
        out.ms.verify = now() - tVerify;
        ctx.checkAbort();

        const tEnd = now();
        if (!out.failures.length && opts.commit) {
          await s.exec('COMMIT');
          out.committed = true;
        }
        out.ms.end = now() - tEnd;
      } catch (e) {
        if (e instanceof Interrupted || (abortRequested && serverError(e)?.code === '57014')) {
          out.interrupted = true;
          out.failures.push('interrupted by a signal');
        } else {
          out.error = e;
          out.failures.push(describeError(e));
        }
      } finally {
        // Everything that did not commit ends here; after an error the server may already
        // have ended the transaction, and a lost connection rolls it back by itself.
        if (!out.committed && inTx) await s.exec('ROLLBACK').catch(() => undefined);
        inTx = false;
      }
    });
  } catch (e) {
    // The session itself could not be had (connection lost before BEGIN).
    out.error ??= e;
    out.failures.push(describeError(e));
  } finally {
    settle();
    unregister();
  }
  out.ms.total = now() - t0;
  return out;
}

export function describeError(e: unknown): string {
  const s = serverError(e);
  if (s) return `ERROR ${s.code}: ${s.message}${s.detail ? ` (${s.detail})` : ''}${s.where ? ` [${s.where.split('\n')[0]}]` : ''}`;
  return errorMessage(e);
}

// ---------------------------------------------------------------------------------------
// Printing.

/** The closing line every gated command prints. */
export function endLine(o: TxOutcome<unknown>, commit: boolean): string {
  if (o.committed) return 'committed.';
  if (o.failures.length) return 'rolled back: nothing was committed (the run failed; see above)';
  return commit ? 'rolled back: nothing was committed' : 'rolled back: nothing was committed; pass --commit to keep it';
}

export function gatesLine(o: TxOutcome<unknown>): string {
  const gates = o.gatesInTx ?? [];
  const open = openGates(gates);
  if (!gates.length) return 'gates: not read';
  return open.length
    ? `gates: OPEN before COMMIT: ${open.map((g) => g.key).join(', ')} ✗`
    : `gates: ${o.gatesOpened.length ? `opened ${o.gatesOpened.join(', ')} in the transaction, closed again; ` : ''}all ${gates.length} iu_core.*_enabled read 'false' before ${o.committed ? 'COMMIT' : 'the end'} ✓`;
}

export const ms = (n: number): string => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);

/**
 * Progress on stderr: one redrawn bar on a terminal, else a plain line every ~10%.
 */
export class Progress {
  private lastDecile = 0;
  private started = now();
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly io: Io,
    private readonly tty: boolean,
    private readonly label = 'instances',
  ) {}

  /** The clock starts with the first call, not with the transaction's set-up. */
  start(): void {
    this.started = now();
  }

  update(done: number): void {
    const elapsed = now() - this.started;
    const per = done ? elapsed / done : 0;
    const eta = per * (this.total - done);
    const pct = Math.floor((done * 100) / this.total);
    if (this.tty) {
      const width = 30;
      const fill = Math.round((done / this.total) * width);
      process.stderr.write(
        `\r[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${String(pct).padStart(3)}% ${done}/${this.total} ${this.label}  ${per.toFixed(2)} ms each  eta ${ms(eta)}   `,
      );
      this.drawn = true;
      return;
    }
    const decile = Math.floor((done * 10) / this.total);
    if (decile > this.lastDecile || done === this.total) {
      this.lastDecile = decile;
      this.io.err(`progress: ${done}/${this.total} ${this.label} (${pct}%), ${per.toFixed(2)} ms each, ${ms(elapsed)} so far`);
    }
  }

  finish(): void {
    if (this.drawn) process.stderr.write('\n');
  }
}
