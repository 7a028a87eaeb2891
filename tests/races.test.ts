// Races on a real PostgreSQL: many sessions calling the orchestrator on shared keys, two
// composers of one key, operators toggling gates, runners migrating at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { readLedger } from '../scripts/migrations/ledger.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { pgSkipReason, privateServer, spawnCli, type TestDb } from './helpers.ts';

const CONNECTIONS = 8;
const CALLS_PER_CONNECTION = 2500;
const SHARED = CALLS_PER_CONNECTION / 2;

describe('races on PostgreSQL', () => {
  let server: Awaited<ReturnType<typeof privateServer>> | undefined;
  let t: TestDb;
  let template: string;

  beforeAll(async () => {
    if (pgSkipReason()) return;
    server = await privateServer();
    t = await server.fresh();
    await migrateUp(t.db, listMigrations());
    // A five-piece template, composed and marked through the product's functions.
    await t.db.session(async (s) => {
      await s.exec('BEGIN');
      await s.exec(`UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`);
      const [c] = await s.query<{ r: { status: string; collection_id: string } }>(
        `SELECT fn_iu_compose('race:tpl', 'workflow', 'Race template', NULL,
           (SELECT jsonb_agg(jsonb_build_object('role', 'step', 'new_piece', jsonb_build_object(
              'canonical_address', 'race/tpl/' || g, 'title', 'Step ' || g, 'body', 'b', 'unit_kind', 'doc', 'section_type', 'section')) ORDER BY g)
              FROM generate_series(1, 5) g), 'race') AS r`,
      );
      template = c!.r.collection_id;
      await s.query(`SELECT fn_iu_collection_mark_as_template($1, 'race', NULL, 'race')`, [template]);
      await s.exec(`UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled'`);
      await s.exec('COMMIT');
    });
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
    await server?.destroy();
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  /** Commit a gate open on purpose, the authorised way (037 refuses any other COMMIT of an open gate). */
  async function keepOpen(update: string): Promise<void> {
    await t.db.session(async (s) => {
      await s.exec('BEGIN');
      await s.exec(`SET LOCAL iu_core.keep_gates_open = 'true'`);
      await s.exec(update);
      await s.exec('COMMIT');
    });
  }

  it(`${CONNECTIONS} connections × ${CALLS_PER_CONNECTION} live calls, half the keys shared: 0 errors, one instance per key, no orphans`, async () => {
    // Open the gates for the test's duration, as a long-running event consumer would.
    await keepOpen(`UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled')`);
    const errors: string[] = [];
    const byKey = new Map<string, Set<string>>();
    const statuses = new Map<string, number>();
    try {
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async (_, c) => {
          const db = await PostgresDb.connect(t.flag, { max: 1 });
          try {
            for (let i = 0; i < CALLS_PER_CONNECTION; i++) {
              // Even calls use a key every connection shares (same order everywhere, so they
              // collide); odd calls use keys of this connection alone.
              const shared = i % 2 === 0;
              const k = shared ? `s${i / 2}` : `c${c}-p${(i - 1) / 2}`;
              const event = shared ? `00000000-0000-4000-8000-${String(i / 2).padStart(12, '0')}` : `00000000-0000-4000-9${String(c).padStart(3, '0')}-${String((i - 1) / 2).padStart(12, '0')}`;
              try {
                const [row] = await db.query<{ r: { status: string; instance_collection_id?: string } }>(
                  `SELECT fn_iu_auto_instantiate_from_event($1::uuid, 'race.event', $2::uuid, $3, 'live', 'race-actor') AS r`,
                  [event, template, `race-${k}`],
                );
                const status = row!.r.status;
                statuses.set(status, (statuses.get(status) ?? 0) + 1);
                if (!byKey.has(k)) byKey.set(k, new Set());
                byKey.get(k)!.add(row!.r.instance_collection_id ?? `(no id: ${status})`);
              } catch (e) {
                errors.push(`${(e as { code?: string }).code} ${(e as Error).message}`);
              }
            }
          } finally {
            await db.close();
          }
        }),
      );
    } finally {
      await t.db.exec(`UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled')`);
    }

    const distinct = SHARED + CONNECTIONS * SHARED;
    expect(errors.slice(0, 5), `${errors.length} errors`).toEqual([]);
    expect(statuses.get('ok')).toBe(distinct);
    expect(statuses.get('idempotent_replay')).toBe(CONNECTIONS * CALLS_PER_CONNECTION - distinct);
    expect([...statuses.keys()].sort()).toEqual(['idempotent_replay', 'ok']);
    // Every caller of a key got the one winner's instance.
    expect(byKey.size).toBe(distinct);
    expect([...byKey.values()].filter((ids) => ids.size !== 1)).toEqual([]);

    const [check] = await t.db.query<Record<string, number>>(`
      SELECT (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'race-actor')::int AS log_rows,
             (SELECT count(DISTINCT idempotency_key) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'race-actor')::int AS keys,
             (SELECT count(*) FROM iu_piece_collection WHERE collection_key LIKE 'tpl-inst:auto:race-%')::int AS collections,
             (SELECT count(*) FROM iu_piece_collection c WHERE c.collection_key LIKE 'tpl-inst:auto:race-%'
                 AND NOT EXISTS (SELECT 1 FROM iu_collection_template_instance_lineage l WHERE l.instance_collection_id = c.id))::int AS collections_without_lineage,
             (SELECT count(*) FROM iu_collection_template_instance_lineage l WHERE l.recorded_by = 'race-actor'
                 AND NOT EXISTS (SELECT 1 FROM iu_auto_instantiate_event_log a WHERE a.instance_collection_id = l.instance_collection_id))::int AS lineage_without_log,
             (SELECT count(*) FROM iu_piece_membership m JOIN iu_piece_collection c ON c.id = m.collection_id WHERE c.collection_key LIKE 'tpl-inst:auto:race-%')::int AS memberships,
             (SELECT count(*) FROM v_iu_auto_instantiate_event_log WHERE triggered_by = 'race-actor' AND NOT digest_matches_template)::int AS digest_mismatches,
             (SELECT count(*) FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' AND value <> 'false')::int AS open_gates`);
    expect(check).toEqual({
      log_rows: distinct,
      keys: distinct,
      collections: distinct,
      collections_without_lineage: 0,
      lineage_without_log: 0,
      memberships: distinct * 5,
      digest_mismatches: 0,
      open_gates: 0,
    });
  }, 600_000);

  it('two sessions composing one collection_key at once: one ok, one collision, never an exception', async () => {
    const a = await PostgresDb.connect(t.flag, { max: 1 });
    const b = await PostgresDb.connect(t.flag, { max: 1 });
    // Objects, not strings: the driver serializes jsonb parameters itself.
    const pieces = [{ role: 'title', new_piece: { canonical_address: 'race/key/a', title: 'A', body: 'a', unit_kind: 'doc', section_type: 'title' } }];
    const piecesB = [{ role: 'title', new_piece: { canonical_address: 'race/key/b', title: 'B', body: 'b', unit_kind: 'doc', section_type: 'title' } }];
    try {
      // The gate is opened for the test (committed), so neither session holds its row lock.
      await keepOpen(`UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`);
      const results = await a.session((sa) =>
        b.session(async (sb) => {
          await sa.exec('BEGIN');
          await sb.exec('BEGIN');
          const first = await sa.query<{ r: { status: string } }>(`SELECT fn_iu_compose('race:same-key', 'doc', 'A', NULL, $1::jsonb, 'a') AS r`, [pieces]);
          // B blocks on A's uncommitted claim of the key until A commits.
          const second = sb.query<{ r: { status: string } }>(`SELECT fn_iu_compose('race:same-key', 'doc', 'B', NULL, $1::jsonb, 'b') AS r`, [piecesB]);
          await new Promise((r) => setTimeout(r, 300));
          await sa.exec('COMMIT');
          const secondRows = await second;
          await sb.exec('COMMIT');
          return [first[0]!.r.status, secondRows[0]!.r.status];
        }),
      );
      expect(results).toEqual(['ok', 'collection_key_collision']);
      const [n] = await t.db.query<{ n: number; units: number }>(
        `SELECT (SELECT count(*) FROM iu_piece_collection WHERE collection_key = 'race:same-key')::int AS n,
                (SELECT count(*) FROM information_unit WHERE canonical_address = 'race/key/b')::int AS units`,
      );
      expect(n).toEqual({ n: 1, units: 0 });
    } finally {
      await t.db.exec(`UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled'`);
      await a.close();
      await b.close();
    }
  });

  it('a gate opened inside a transaction is never seen open by a concurrent reader, and a second operator waits on it', async () => {
    const operator = await PostgresDb.connect(t.flag, { max: 1 });
    const reader = await PostgresDb.connect(t.flag, { max: 1 });
    const other = await PostgresDb.connect(t.flag, { max: 1 });
    try {
      await operator.session(async (op) => {
        await op.exec('BEGIN');
        await op.exec(`UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`);
        const [inside] = await op.query<{ open: boolean }>(`SELECT fn_iu_composer_enabled() AS open`);
        expect(inside!.open).toBe(true);
        const seen = new Set<string>();
        for (let i = 0; i < 50; i++) {
          const [r] = await reader.query<{ value: string; open: boolean }>(
            `SELECT value, fn_iu_composer_enabled() AS open FROM dot_config WHERE key = 'iu_core.composer_enabled'`,
          );
          seen.add(`${r!.value}/${r!.open}`);
        }
        expect([...seen]).toEqual(['false/false']);
        // The gate row is locked by the open transaction: another operator cannot toggle it.
        await other.session(async (o) => {
          await o.exec('BEGIN');
          await o.exec(`SET LOCAL lock_timeout = '300ms'`);
          await expect(o.exec(`UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`)).rejects.toMatchObject({ code: '55P03' });
          await o.exec('ROLLBACK');
        });
        await op.exec(`UPDATE dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled'`);
        await op.exec('COMMIT');
      });
      const [after] = await reader.query<{ value: string }>(`SELECT value FROM dot_config WHERE key = 'iu_core.composer_enabled'`);
      expect(after!.value).toBe('false');
    } finally {
      await operator.close();
      await reader.close();
      await other.close();
    }
  });

  it('four iu-core migrate up started at once on an empty database apply each migration once; the others wait and find nothing pending', async () => {
    const empty = await server!.fresh();
    try {
      await empty.db.close();
      const runs = await Promise.all([1, 2, 3, 4].map(() => spawnCli(['migrate', 'up', '--db', empty.flag])));
      for (const r of runs) expect(r.code, r.err).toBe(0);
      const migrations = listMigrations();
      expect(runs.filter((r) => r.out.includes(`${migrations.length} migration(s) applied`))).toHaveLength(1);
      expect(runs.filter((r) => r.out.includes(`nothing to apply: up to date at ${migrations.at(-1)!.version}`))).toHaveLength(3);
      const db = await empty.reopen();
      expect((await readLedger(db)).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      await empty.drop();
    }
  });
});
