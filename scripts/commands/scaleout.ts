// iu-core scaleout: N event → instance calls through the orchestrator in ONE transaction, the
// gates opened and closed inside it, verified in the transaction before COMMIT and again
// after it. The calls run server-side in batches (generate_series), and only counts per status
// come back: the harness holds nothing per instance, so N = 100,000 costs no more memory than
// N = 12.
import { randomUUID } from 'node:crypto';
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, onKeptDatabase, output, consoleIo, intFlag, list, openFromFlags, parseFlags, progress as progressLine, str, type Io } from '../cli.ts';
import {
  Progress,
  SURFACE,
  endLine,
  formatJudged,
  gatedTransaction,
  gatesFor,
  gatesLine,
  modeValue,
  ms,
  openGates,
  readGates,
  requireOrchestrator,
  resolveTemplate,
  textValue,
  type EmitMode,
  type Template,
} from '../operator.ts';
import { OP_RUN_ROWS, OP_SCALEOUT_BATCH, OP_SCALEOUT_BULK_BATCH, OP_SUFFIX_PREFIX_IN_USE } from '../sql.ts';
import type { Session } from '../db/types.ts';

export const usage = `iu-core scaleout --n N --template KEY|UUID[,…] --actor A [--mode live|dry_run] [--commit]
              [--template KEY:COUNT[=TAG],…] [--suffix-prefix P] [--suffix-width W] [--event-type T]
              [--run-id R] [--note TEXT] [--batch K] [--bulk]
              N calls of the orchestrator in one gated transaction, verified before and after COMMIT`;

/** N above this is refused as absurd: one transaction of ten million instances is not an operator's run. */
export const MAX_N = 10_000_000;
const TAG = /^[A-Za-z0-9._-]{1,60}$/;
const PREFIX = /^[A-Za-z0-9._:-]{1,120}$/;

export interface MixItem {
  ref: string;
  count: number | null;
  tag: string | null;
}

/** `REF[:COUNT][=TAG]`, comma-separated, repeatable. A key that itself ends in :digits is named by uuid. */
export function parseMix(values: string[]): MixItem[] {
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  if (!items.length || items.some((i) => !i)) throw new UsageError('--template takes KEY|UUID[:COUNT][=TAG], comma-separated; got an empty item');
  return items.map((item) => {
    const m = /^(.+?)(?::(\d+))?(?:=([^=]*))?$/.exec(item)!;
    const [, ref, count, tag] = m;
    if (tag !== undefined && !TAG.test(tag)) throw new UsageError(`--template: a tag is 1 to 60 of A-Z a-z 0-9 . _ -; got '${tag}' in '${item}'`);
    if (count !== undefined && (Number(count) < 1 || Number(count) > MAX_N)) throw new UsageError(`--template: a count is 1 to ${MAX_N}; got '${count}' in '${item}'`);
    return { ref: ref!, count: count === undefined ? null : Number(count), tag: tag ?? null };
  });
}

export interface Segment {
  template: Template;
  tag: string;
  count: number;
  /** Global call numbers first..first+count-1. */
  first: number;
  /** The suffix of call j of this segment is stem || lpad(j, width). */
  stem: string;
}

/** Counts per item: explicit for all, or N split into blocks as even as possible, in order. */
export function distribute(items: MixItem[], n: number | undefined): number[] {
  const explicit = items.filter((i) => i.count !== null).length;
  if (explicit && explicit < items.length) throw new UsageError('--template: give a count to every template or to none');
  if (explicit) {
    const sum = items.reduce((a, i) => a + i.count!, 0);
    if (sum > MAX_N) throw new UsageError(`--template counts add up to ${sum}; at most ${MAX_N}`);
    if (n !== undefined && n !== sum) throw new UsageError(`--n ${n} disagrees with the --template counts, which add up to ${sum}`);
    return items.map((i) => i.count!);
  }
  if (n === undefined) throw new UsageError('scaleout: --n is required (or give every --template a :COUNT)');
  if (n < items.length) throw new UsageError(`--n ${n} is smaller than the ${items.length} templates it is spread over`);
  const base = Math.floor(n / items.length);
  return items.map((_, k) => base + (k < n % items.length ? 1 : 0));
}

interface StatusCount {
  n: number;
  firstCall: number;
  firstRefusal: unknown;
}

interface Calls {
  done: number;
  statuses: Record<string, StatusCount>;
  matches: number;
  full: number;
  /** Pieces attached by the ok calls: what iu_piece_membership must grow by. */
  okPieces: number;
  batches: number;
  maxBatch: number;
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('scaleout', args, {
    ...DB_FLAGS,
    n: { type: 'string' },
    template: { type: 'string', multiple: true },
    actor: { type: 'string' },
    mode: { type: 'string' },
    commit: { type: 'boolean' },
    'event-type': { type: 'string' },
    'suffix-prefix': { type: 'string' },
    'suffix-width': { type: 'string' },
    'run-id': { type: 'string' },
    note: { type: 'string' },
    batch: { type: 'string' },
    bulk: { type: 'boolean' },
  });
  // Everything about the input is checked here, before a database is opened.
  const n = intFlag(p, 'n', undefined, MAX_N);
  if (!list(p, 'template').length) throw new UsageError('scaleout: --template is required (KEY|UUID[:COUNT][=TAG], comma-separated)');
  const mix = parseMix(list(p, 'template'));
  const counts = distribute(mix, n);
  const total = counts.reduce((a, c) => a + c, 0);
  const actor = textValue('actor', str(p, 'actor'), { max: 256 });
  const mode: EmitMode = modeValue(str(p, 'mode'), 'live');
  const eventType = textValue('event-type', str(p, 'event-type'), { max: 200, def: 'template.published' });
  const note = str(p, 'note') === undefined ? null : textValue('note', str(p, 'note'), { max: 10_000 });
  const runId = str(p, 'run-id') ?? randomUUID();
  if (!PREFIX.test(runId)) throw new UsageError(`--run-id takes 1 to 120 of A-Z a-z 0-9 . _ : -; got '${runId}'`);
  const prefix = str(p, 'suffix-prefix') ?? `scaleout-${runId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`;
  if (!PREFIX.test(prefix)) throw new UsageError(`--suffix-prefix takes 1 to 120 of A-Z a-z 0-9 . _ : -; got '${prefix}'`);
  // Three digits by default, as the runbook's bulk recipe pads them (lpad(i, 3, '0')).
  const width = intFlag(p, 'suffix-width', Math.max(3, String(Math.max(...counts)).length), 9)!;
  const maxBatch = intFlag(p, 'batch', 5000, 100_000)!;
  const tags = mix.map((m, k) => m.tag ?? (mix.length > 1 ? `t${k + 1}` : ''));
  const dup = tags.find((t, k) => tags.indexOf(t) !== k);
  if (dup !== undefined) throw new UsageError(`--template: two templates share the suffix tag '${dup}'; give each its own =TAG`);
  const commit = bool(p, 'commit');
  const json = bool(p, 'json');
  // --bulk: the set-based entry point (035), one call per batch, same guarantees per item.
  const bulk = bool(p, 'bulk');

  const db = await openFromFlags(p);
  // Against the database, still before any write: the orchestrator, the templates, the suffixes.
  await onKeptDatabase(p, () => requireOrchestrator(db));
  const segments: Segment[] = [];
  let first = 1;
  for (const [k, item] of mix.entries()) {
    const template = await onKeptDatabase(p, () => resolveTemplate(db, item.ref));
    const stem = `${prefix}-${tags[k] ? `${tags[k]}-` : ''}`;
    segments.push({ template, tag: tags[k]!, count: counts[k]!, first, stem });
    first += counts[k]!;
  }
  for (const seg of segments) {
    const longest = `${seg.stem}${'9'.repeat(Math.max(width, String(seg.count).length))}`;
    if (longest.length > 200) throw new UsageError(`suffixes such as '${longest}' are longer than the orchestrator's 200 characters: shorten --suffix-prefix`);
    const [used] = await db.query<{ n: number }>(OP_SUFFIX_PREFIX_IN_USE, [`tpl-inst:auto:${seg.stem}`]);
    if (used && Number(used.n) > 0) {
      throw new UsageError(
        `suffix prefix '${seg.stem}' is already used by ${used.n} instance(s) (tpl-inst:auto:${seg.stem}…): choose another --suffix-prefix, or remove them with iu-core rollback-actor`,
      );
    }
  }
  const pieces = segments.reduce((a, s) => a + s.count * s.template.pieces, 0);
  const range = (s: Segment) => {
    const pad = (j: number) => String(j).padStart(width, '0');
    return s.count === 1 ? `${s.stem}${pad(1)}` : `${s.stem}${pad(1)}..${pad(s.count)}`;
  };

  if (!json) {
    progressLine(io, `iu-core scaleout on ${db.label}: N=${total} ${mode}, actor ${actor}, event type ${eventType}, run ${runId}`);
    for (const s of segments) progressLine(io, `  ${s.template.key}  ${s.count} × ${s.template.pieces} pieces  suffixes ${range(s)}`);
    progressLine(io, `  expected: collections, lineage and log +${total}, memberships +${pieces}, iu events +${3 * total}; units, lifecycle log, sync points, templates, versions, system events unchanged`);
  }

  // --quiet: no progress, as in every command.
  const progress = new Progress(total, output.quiet ? { ...io, err: () => undefined } : io, !output.quiet && io === consoleIo && process.stderr.isTTY === true);
  let readBack: { rows: number; matches: number } | undefined;
  const outcome = await gatedTransaction<Calls>(db, {
    gates: gatesFor(mode),
    commit,
    io,
    work: (s, ctx) => drive(s, segments, { runId, eventType, mode, actor, note, width, maxBatch, engine: db.kind, bulk }, progress, ctx.checkAbort),
    want: (c) => {
      const ok = c.statuses.ok?.n ?? 0;
      return { [SURFACE.collections]: ok, [SURFACE.memberships]: c.okPieces, [SURFACE.lineage]: ok, [SURFACE.log]: ok, [SURFACE.outboxIu]: 3 * ok };
    },
    verify: async (s, c) => {
      const failures: string[] = [];
      const ok = c.statuses.ok?.n ?? 0;
      for (const [status, sc] of Object.entries(c.statuses)) {
        if (status !== 'ok') failures.push(`${sc.n} call(s) returned ${status}; the first, call #${sc.firstCall}: ${JSON.stringify(sc.firstRefusal)}`);
      }
      if (c.done !== total) failures.push(`only ${c.done} of ${total} calls were made (the run stops at the first refused batch)`);
      if (ok !== total) failures.push(`${ok} of ${total} calls returned ok`);
      if (c.matches !== ok) failures.push(`${ok - c.matches} instance(s) do not match their template's digest`);
      if (c.full !== ok) failures.push(`${ok - c.full} instance(s) did not get every piece of their template`);
      const [rows] = await s.query<{ rows: number; matches: number }>(OP_RUN_ROWS, [runId, total, actor]);
      readBack = { rows: Number(rows?.rows ?? 0), matches: Number(rows?.matches ?? 0) };
      if (readBack.rows !== total || readBack.matches !== total) {
        failures.push(`read back in the transaction: ${readBack.rows} log rows with lineage and instance for the run, ${readBack.matches} digest matches; expected ${total} and ${total}`);
      }
      return failures;
    },
  });
  progress.finish();

  // After COMMIT, from a fresh look: the run's rows are there, and every gate reads 'false'.
  let durable: { rows: number; matches: number; openGates: string[] } | undefined;
  const failures = [...outcome.failures];
  if (outcome.committed) {
    const [rows] = await db.query<{ rows: number; matches: number }>(OP_RUN_ROWS, [runId, total, actor]);
    durable = { rows: Number(rows?.rows ?? 0), matches: Number(rows?.matches ?? 0), openGates: openGates(await readGates(db)).map((g) => g.key) };
    if (durable.rows !== total || durable.matches !== total) failures.push(`post-commit: ${durable.rows} of ${total} instances found durable, ${durable.matches} matching`);
    if (durable.openGates.length) failures.push(`post-commit: gate(s) read open: ${durable.openGates.join(', ')}`);
  }

  const c = outcome.value;
  const perInstance = c?.done ? outcome.ms.work / c.done : null;
  if (json) {
    io.json({
      command: 'scaleout',
      database: db.label,
      verdict: failures.length ? 'FAIL' : 'PASS',
      committed: outcome.committed,
      interrupted: outcome.interrupted,
      run: {
        id: runId, n: total, mode, actor, eventType, note, suffixPrefix: prefix, suffixWidth: width,
        templates: segments.map((s) => ({ key: s.template.key, id: s.template.id, count: s.count, pieces: s.template.pieces, suffixes: range(s) })),
      },
      calls: c ? { done: c.done, statuses: Object.fromEntries(Object.entries(c.statuses).map(([k, v]) => [k, v.n])), digestMatches: c.matches, batches: c.batches, largestBatch: c.maxBatch } : null,
      refusals: c ? Object.fromEntries(Object.entries(c.statuses).filter(([k]) => k !== 'ok').map(([k, v]) => [k, { count: v.n, firstCall: v.firstCall, first: v.firstRefusal }])) : {},
      inTransaction: readBack ?? null,
      gates: outcome.gatesInTx ?? null,
      gatesOpened: outcome.gatesOpened,
      matrix: outcome.matrix ?? null,
      durable: durable ?? null,
      failures,
      ms: { ...roundAll(outcome.ms), perInstance: perInstance === null ? null : Number(perInstance.toFixed(3)) },
    });
  } else {
    if (c) {
      const st = Object.entries(c.statuses).map(([k, v]) => `${v.n} ${k}`).join(', ') || 'none';
      io.out(`calls: ${st} (${c.matches} digest matches) in ${ms(outcome.ms.work)}${perInstance !== null ? `, ${perInstance.toFixed(2)} ms per instance` : ''}, ${c.batches} batches`);
    }
    if (outcome.matrix) io.out(formatJudged(outcome.matrix));
    if (readBack) io.out(`in the transaction: ${readBack.rows} log rows for the run with lineage and instance, ${readBack.matches} digest matches`);
    if (outcome.gatesInTx) io.out(gatesLine(outcome));
    for (const f of failures) io.out(`FAILED: ${f}`);
    io.out(endLine(outcome, commit));
    if (durable) io.out(`post-commit: ${durable.rows} instances of the run durable, ${durable.matches} digest matches; ${durable.openGates.length ? `OPEN gates: ${durable.openGates.join(', ')}` : "every gate reads 'false'"}`);
    io.out(`timings: begin ${ms(outcome.ms.begin)}, calls ${ms(outcome.ms.work)}, verify ${ms(outcome.ms.verify)}, ${outcome.committed ? 'commit' : 'end'} ${ms(outcome.ms.end)}, total ${ms(outcome.ms.total)}`);
  }
  return failures.length ? 1 : 0;
}

const roundAll = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));

interface DriveOptions {
  runId: string;
  eventType: string;
  mode: EmitMode;
  actor: string;
  note: string | null;
  width: number;
  maxBatch: number;
  engine: string;
  bulk: boolean;
}

/** Aim for batches of about this long: smooth progress, a prompt stop between batches. */
const TARGET_BATCH_MS = 500;

interface BulkResult {
  status: string;
  statuses?: Record<string, number>;
  first?: Record<string, { n: number; suffix: string | null }>;
  pieces_per_instance?: number;
  digest_matches_template?: boolean;
}

/** fn_iu_auto_instantiate_bulk's answer in the per-status rows the per-call batch returns. */
function bulkRows(r: BulkResult, from: number, to: number, pieces: number) {
  if (r.status !== 'ok') return [{ status: r.status, n: to - from + 1, matches: 0, full: 0, first_i: from, first_refusal: r }];
  return Object.entries(r.statuses ?? {}).map(([status, n]) => ({
    status,
    n,
    matches: status === 'ok' && r.digest_matches_template ? n : 0,
    full: status === 'ok' && r.pieces_per_instance === pieces ? n : 0,
    first_i: from + (r.first?.[status]?.n ?? 1) - 1,
    first_refusal: status === 'ok' ? null : (r.first?.[status] ?? null),
  }));
}

async function drive(s: Session, segments: Segment[], o: DriveOptions, progress: Progress, checkAbort: () => void): Promise<Calls> {
  const calls: Calls = { done: 0, statuses: {}, matches: 0, full: 0, okPieces: 0, batches: 0, maxBatch: 0 };
  let size = Math.min(o.maxBatch, o.bulk ? 2000 : o.engine === 'postgres' ? 50 : 10);
  progress.start();
  for (const seg of segments) {
    const last = seg.first + seg.count - 1;
    let from = seg.first;
    while (from <= last) {
      // Let the event loop turn between batches: PGlite answers in-process, so without this
      // the awaits chain as microtasks and a Ctrl-C would not be seen until the run ended.
      await new Promise((r) => setImmediate(r));
      checkAbort();
      const to = Math.min(last, from + size - 1);
      const t = performance.now();
      const params = [o.runId, o.eventType, seg.template.id, seg.stem, seg.first, o.width, o.mode, o.actor, o.note, from, to];
      const rows = o.bulk
        ? bulkRows((await s.query<{ r: BulkResult }>(OP_SCALEOUT_BULK_BATCH, params))[0]!.r, from, to, seg.template.pieces)
        : await s.query<{ status: string; n: number; matches: number; full: number; first_i: number; first_refusal: unknown }>(OP_SCALEOUT_BATCH, [...params, seg.template.pieces]);
      const elapsed = performance.now() - t;
      let refused = false;
      for (const r of rows) {
        const sc = (calls.statuses[r.status] ??= { n: 0, firstCall: Number(r.first_i), firstRefusal: r.first_refusal ?? null });
        sc.n += Number(r.n);
        calls.matches += Number(r.matches);
        calls.full += Number(r.full);
        if (r.status === 'ok') calls.okPieces += Number(r.n) * seg.template.pieces;
        else refused = true;
      }
      const made = to - from + 1;
      calls.done += made;
      calls.batches++;
      calls.maxBatch = Math.max(calls.maxBatch, made);
      progress.update(calls.done);
      // A refused call fails the run: stop here, the transaction rolls back.
      if (refused) return calls;
      from = to + 1;
      size = Math.max(1, Math.min(o.maxBatch, Math.round((TARGET_BATCH_MS * made) / Math.max(elapsed, 1)), size * 4));
    }
  }
  return calls;
}
