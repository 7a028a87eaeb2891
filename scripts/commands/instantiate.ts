// iu-core instantiate: the runbook's dry_run / live recipe as one command. Exactly the gates
// the mode needs are opened inside one transaction, the orchestrator is called once, the gates
// are closed and checked closed, the matrix is judged, and the transaction commits only with
// --commit.
import { DB_FLAGS, bool, onKeptDatabase, openFromFlags, parseFlags, progress, str, type Io } from '../cli.ts';
import {
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
  uuidValue,
  type EmitMode,
} from '../operator.ts';
import { OP_INSTANCE_BY_KEY, OP_INSTANTIATE_ONE } from '../sql.ts';

export const usage = `iu-core instantiate --event UUID --event-type T --template KEY|UUID --suffix S
              [--mode dry_run|live] [--actor A] [--note N] [--commit]
              one orchestrator call, its gates opened and closed in one transaction`;

export const DEFAULT_ACTOR = 'iu-core-cli';

/** Statuses after which the run is a success: a new instance, or the one an earlier call made. */
const SUCCESS = new Set(['ok', 'idempotent_replay']);

type Result = Record<string, unknown> & { status?: string };

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('instantiate', args, {
    ...DB_FLAGS,
    event: { type: 'string' },
    'event-type': { type: 'string' },
    template: { type: 'string' },
    suffix: { type: 'string' },
    mode: { type: 'string' },
    actor: { type: 'string' },
    note: { type: 'string' },
    commit: { type: 'boolean' },
  });
  const event = uuidValue('event', str(p, 'event'));
  const eventType = textValue('event-type', str(p, 'event-type'), { max: 200 });
  const ref = textValue('template', str(p, 'template'), { max: 256, noSpace: true });
  const suffix = textValue('suffix', str(p, 'suffix'), { max: 200, noSpace: true });
  const mode: EmitMode = modeValue(str(p, 'mode'), 'dry_run');
  const actor = textValue('actor', str(p, 'actor'), { max: 256, def: DEFAULT_ACTOR });
  const note = str(p, 'note') === undefined ? null : textValue('note', str(p, 'note'), { max: 10_000 });
  const commit = bool(p, 'commit');
  const json = bool(p, 'json');

  const db = await openFromFlags(p);
  await onKeptDatabase(p, () => requireOrchestrator(db));
  const template = await onKeptDatabase(p, () => resolveTemplate(db, ref));
  if (!json) {
    progress(io, `iu-core instantiate on ${db.label}: ${mode}, template ${template.key} (${template.id}, ${template.pieces} pieces)`);
    progress(io, `  event ${event} (${eventType}), suffix ${suffix} (instance tpl-inst:auto:${suffix}), actor ${actor}`);
  }

  let present: { id: string; key: string; mode: string; matches: boolean } | undefined;
  const outcome = await gatedTransaction<Result>(db, {
    gates: gatesFor(mode),
    commit,
    io,
    work: async (s) => {
      const [row] = await s.query<{ r: Result }>(OP_INSTANTIATE_ONE, [event, eventType, template.id, suffix, mode, actor, note]);
      return row?.r ?? {};
    },
    want: (r): Record<string, number> =>
      r.status === 'ok'
        ? { [SURFACE.collections]: 1, [SURFACE.memberships]: template.pieces, [SURFACE.lineage]: 1, [SURFACE.log]: 1, [SURFACE.outboxIu]: 3 }
        : {},
    verify: async (s, r) => {
      const failures: string[] = [];
      if (!SUCCESS.has(String(r.status))) failures.push(`the orchestrator refused: ${r.status ?? '(no status)'}`);
      if (r.status === 'ok') {
        if (r.digest_matches_template !== true) failures.push(`the instance's digest ${r.instance_digest} differs from the template's ${r.template_digest}`);
        if (Number(r.pieces_attached) !== template.pieces) failures.push(`the instance got ${r.pieces_attached} pieces; the template has ${template.pieces}`);
      }
      if (SUCCESS.has(String(r.status))) {
        [present] = await s.query(OP_INSTANCE_BY_KEY, [r.idempotency_key]);
        if (!present) failures.push('the instance is not in the log within the transaction');
      }
      return failures;
    },
  });

  const r = outcome.value;
  const failures = [...outcome.failures];
  let durable: { present: boolean; openGates: string[] } | undefined;
  if (outcome.committed && r?.idempotency_key) {
    const [row] = await db.query(OP_INSTANCE_BY_KEY, [r.idempotency_key]);
    durable = { present: !!row, openGates: openGates(await readGates(db)).map((g) => g.key) };
    if (!durable.present) failures.push('post-commit: the instance is not there');
    if (durable.openGates.length) failures.push(`post-commit: gate(s) read open: ${durable.openGates.join(', ')}`);
  }

  if (json) {
    io.json({
      command: 'instantiate',
      database: db.label,
      verdict: failures.length ? 'FAIL' : 'PASS',
      status: r?.status ?? null,
      committed: outcome.committed,
      interrupted: outcome.interrupted,
      input: { event, eventType, template: template.key, templateId: template.id, suffix, mode, actor, note },
      result: r ?? null,
      gatesOpened: outcome.gatesOpened,
      gates: outcome.gatesInTx ?? null,
      matrix: outcome.matrix ?? null,
      durable: durable ?? null,
      failures,
      ms: Object.fromEntries(Object.entries(outcome.ms).map(([k, v]) => [k, Math.round(v)])),
    });
  } else {
    if (r) io.out(`status: ${r.status ?? '(none)'}${describe(r)}`);
    if (outcome.matrix) io.out(formatJudged(outcome.matrix));
    if (outcome.gatesInTx) io.out(gatesLine(outcome));
    for (const f of failures) io.out(`FAILED: ${f}`);
    io.out(endLine(outcome, commit));
    if (durable) io.out(`post-commit: instance ${durable.present ? 'present' : 'MISSING'}; ${durable.openGates.length ? `OPEN gates: ${durable.openGates.join(', ')}` : "every gate reads 'false'"}`);
    progress(io, `timings: total ${ms(outcome.ms.total)}`);
  }
  return failures.length ? 1 : 0;
}

function describe(r: Result): string {
  switch (r.status) {
    case 'ok':
      return ` — instance ${r.instance_collection_key} (${r.instance_collection_id}), ${r.pieces_attached} pieces, digest ${r.instance_digest} ${r.digest_matches_template ? "= the template's ✓" : `≠ the template's ${r.template_digest} ✗`}, emit_mode ${r.emit_mode}`;
    case 'idempotent_replay':
      return ` — already instantiated by an earlier call: instance ${r.instance_collection_id}; nothing new was written`;
    default: {
      const rest = { ...r };
      delete rest.status;
      return Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    }
  }
}
