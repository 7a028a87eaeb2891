// iu-core rollback-actor ACTOR [--apply]: the runbook's actor-scoped rollback. A dry run
// (the default) reports what fn_iu_auto_instantiate_rollback_by_actor would remove and
// changes nothing; --apply removes it in one transaction, judged against the matrix (exactly
// those rows gone, nothing else moved) before COMMIT.
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, onKeptDatabase, openFromFlags, parseFlags, progress, type Io } from '../cli.ts';
import { SURFACE, endLine, formatJudged, gatedTransaction, ms, requireOrchestrator, textValue } from '../operator.ts';
import { OP_ROLLBACK_ACTOR } from '../sql.ts';

export const usage = `iu-core rollback-actor ACTOR [--apply]        what ACTOR auto-instantiated: report it (dry run) or remove it`;

interface Counts {
  targets: number;
  collections: number;
  lineage: number;
  log: number;
  memberships: number;
}

type Reply = { r: Record<string, unknown>; targets: number };

function counts(x: Reply, prefix: 'would_delete_' | 'deleted_'): Counts {
  const n = (k: string) => Number(x.r[`${prefix}${k}`] ?? 0);
  return { targets: Number(x.targets), collections: n('instance_collections'), lineage: n('lineage_rows'), log: n('log_rows'), memberships: n('memberships') };
}

/** instances_in_use names what references the instances; anything else is shown as it came. */
function refusal(actor: string, x: Reply): string {
  if (x.r.status === 'instances_in_use') {
    const refs = (x.r.referenced_by as Array<{ table: string; column: string; rows: number }> | undefined) ?? [];
    return `refused (instances_in_use): ${x.targets} instance(s) of ${actor} are referenced by ${refs.map((r) => `${r.table}.${r.column} (${r.rows} rows)`).join(', ')}; nothing was removed`;
  }
  return `refused: the rollback answered ${JSON.stringify(x.r)}; nothing was removed`;
}

const line = (c: Counts) => `${c.collections} instance collections, ${c.memberships} memberships, ${c.lineage} lineage rows, ${c.log} log rows`;

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('rollback-actor', args, { ...DB_FLAGS, apply: { type: 'boolean' } }, { positionals: true });
  if (p.positionals.length !== 1) throw new UsageError('rollback-actor: name exactly one actor: iu-core rollback-actor ACTOR [--apply]');
  const actor = textValue('actor', p.positionals[0], { max: 256 });
  const apply = bool(p, 'apply');
  const json = bool(p, 'json');
  const db = await openFromFlags(p);
  await onKeptDatabase(p, () => requireOrchestrator(db));

  if (!apply) {
    // Read-only by contract; still run inside a transaction that is rolled back.
    const reply = await db.session(async (s) => {
      await s.exec('BEGIN');
      try {
        const [x] = await s.query<Reply>(OP_ROLLBACK_ACTOR, [actor, true]);
        return x!;
      } finally {
        await s.exec('ROLLBACK').catch(() => undefined);
      }
    });
    if (reply.r.status !== 'dry_run') {
      if (json) io.json({ command: 'rollback-actor', database: db.label, actor, applied: false, status: reply.r.status, result: reply.r });
      else io.out(refusal(actor, reply));
      return 1;
    }
    const c = counts(reply, 'would_delete_');
    if (json) io.json({ command: 'rollback-actor', database: db.label, actor, applied: false, status: 'dry_run', wouldRemove: c });
    else {
      progress(io, `iu-core rollback-actor on ${db.label}: ${actor} (dry run)`);
      io.out(c.targets ? `would remove: ${line(c)}` : `nothing to remove: ${actor} auto-instantiated nothing here`);
      io.out('dry run: nothing changed; pass --apply to remove them');
    }
    return 0;
  }

  let removed: Counts | undefined;
  const outcome = await gatedTransaction<Reply>(db, {
    gates: [],
    commit: true,
    io,
    work: async (s) => (await s.query<Reply>(OP_ROLLBACK_ACTOR, [actor, false]))[0]!,
    want: (x) => {
      removed = counts(x, 'deleted_');
      // The rollback leaves its audit trail: one iu.collection.compensated event per instance removed.
      return {
        [SURFACE.collections]: -removed.collections, [SURFACE.memberships]: -removed.memberships, [SURFACE.lineage]: -removed.lineage,
        [SURFACE.log]: -removed.log, [SURFACE.outboxIu]: removed.collections,
      };
    },
    verify: async (_s, x) => {
      const c = counts(x, 'deleted_');
      const failures: string[] = [];
      if (x.r.status !== 'rolled_back') failures.push(refusal(actor, x));
      if (c.log !== c.targets || c.lineage !== c.targets || c.collections !== c.targets) {
        failures.push(`removed ${line(c)} for ${c.targets} instances: they should all be ${c.targets}`);
      }
      return failures;
    },
  });
  if (json) {
    io.json({
      command: 'rollback-actor', database: db.label, actor, applied: true, committed: outcome.committed,
      verdict: outcome.failures.length ? 'FAIL' : 'PASS', removed: removed ?? null, matrix: outcome.matrix ?? null,
      failures: outcome.failures, ms: Math.round(outcome.ms.total),
    });
  } else {
    progress(io, `iu-core rollback-actor on ${db.label}: ${actor} (--apply)`);
    if (removed) io.out(removed.targets ? `removed: ${line(removed)}` : `nothing to remove: ${actor} auto-instantiated nothing here`);
    if (outcome.matrix) io.out(formatJudged(outcome.matrix));
    for (const f of outcome.failures) io.out(`FAILED: ${f}`);
    io.out(endLine(outcome, true));
    io.out(`timings: total ${ms(outcome.ms.total)}`);
  }
  return outcome.failures.length ? 1 : 0;
}
