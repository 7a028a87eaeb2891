// Issue 13: migrate up/down record each migration's objects by reading again only what it
// touched (sql/runtime/130 fn_iu_object_fingerprint_changes). The oracle is the full method
// (every definition after every migration, IU_CORE_FINGERPRINTS=full): both must leave the
// same iu_core_meta.object_fingerprint rows (class, name, sha256, definition, version,
// history, origin) after IU Core, the app fixture and fp-edge, whose migrations each make a
// change visible only in a detail or in a dependent (comment, grant, revoke, index, seeded
// row, column rename under a view, type rename in a function's arguments, role rename, drop,
// re-create the same, enum label, foreign-key rename, column type, comment/policy/foreign key
// dropped, schema rename). The oracle's own histories are checked too: each change was seen.. `history` lists every migration that changed an object, so a
// migration whose change went unseen shows even when a later one changes the object again.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, cli, freshPglite, pgSkipReason, serverOfThisFile, type EngineName, type TestDb } from './helpers.ts';
import { ensureFingerprints } from '../scripts/migrations/ledger.ts';
import { FINGERPRINT_CHANGES } from '../scripts/sql.ts';
import type { Session } from '../scripts/db/types.ts';

const CONFIG = join(ROOT, 'tests/fixtures/projects/fp-edge/iu-core.config.json');
// fp-edge creates and renames a role: a server of this file's own, one database at a time.
const servers = serverOfThisFile();

const ROWS = `
  SELECT project, object_class, object_name, sha256, version, history, origin, server_major, definition
    FROM iu_core_meta.object_fingerprint ORDER BY project, object_class, object_name`;

type Snapshot = Record<string, unknown[]>;

/** Each step's command, and the fingerprint rows it left, with IU_CORE_FINGERPRINTS=`mode`. */
async function runAll(engine: EngineName, mode: 'full' | 'incremental', steps: Array<[string, string[]]>): Promise<Snapshot> {
  const t: TestDb = engine === 'postgres' ? await servers.fresh('postgres') : await freshPglite();
  const out: Snapshot = {};
  const saved = process.env.IU_CORE_FINGERPRINTS;
  try {
    if (mode === 'full') process.env.IU_CORE_FINGERPRINTS = 'full';
    else delete process.env.IU_CORE_FINGERPRINTS;
    for (const [name, args] of steps) {
      await t.db.close();
      const r = await cli(...args, '--db', t.flag);
      await t.reopen();
      expect(r.code, `${mode}: ${name}\n${r.err}`).toBe(0);
      out[name] = await t.db.query(ROWS);
    }
    return out;
  } finally {
    if (saved === undefined) delete process.env.IU_CORE_FINGERPRINTS;
    else process.env.IU_CORE_FINGERPRINTS = saved;
    await t.drop();
  }
}

/** Rows of `a` and `b` that differ, by (project, class, name): what a test failure names. */
function differences(a: unknown[], b: unknown[]): string[] {
  const key = (r: unknown) => { const x = r as Record<string, string>; return `${x.project} ${x.object_class} ${x.object_name}`; };
  const am = new Map(a.map((r) => [key(r), JSON.stringify(r)]));
  const bm = new Map(b.map((r) => [key(r), JSON.stringify(r)]));
  return [...new Set([...am.keys(), ...bm.keys()])].filter((k) => am.get(k) !== bm.get(k)).map((k) => `${k}\n  full:        ${am.get(k) ?? '(none)'}\n  incremental: ${bm.get(k) ?? '(none)'}`);
}

const FP_EDGE_DOWN: Array<[string, string[]]> = [
  // Undoes 018 … 007: every rollback of a detail, still visible in the objects left.
  ['down fp-edge to 006', ['migrate', 'down', '--config', CONFIG, '--project', 'fp-edge', '--to', '006']],
  ['down fp-edge to 000', ['migrate', 'down', '--config', CONFIG, '--project', 'fp-edge', '--to', '000']],
];
// PostgreSQL: everything. PGlite (PostgreSQL 18 renders and catalogs some things otherwise):
// fp-edge alone, to keep the test short.
const STEPS: Record<EngineName, Array<[string, string[]]>> = {
  postgres: [
    ['up', ['migrate', 'up', '--config', CONFIG]],
    ...FP_EDGE_DOWN,
    ['down IU Core to 035', ['migrate', 'down', '--config', CONFIG, '--project', 'iu-core', '--to', '035']],
  ],
  pglite: [['up', ['migrate', 'up', '--config', CONFIG, '--project', 'fp-edge']], ...FP_EDGE_DOWN],
};

describe.each(['postgres', 'pglite'] as const)('incremental fingerprints on %s', (engine: EngineName) => {
  afterAll(() => {
    delete process.env.IU_CORE_FINGERPRINTS;
  });

  it('record exactly what the full read records, up and down', async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    const full = await runAll(engine, 'full', STEPS[engine]);
    const incremental = await runAll(engine, 'incremental', STEPS[engine]);
    for (const step of Object.keys(full)) {
      expect(differences(full[step]!, incremental[step]!), step).toEqual([]);
    }
    // The oracle saw each hostile change (else the comparison above proves nothing).
    const up = full['up']! as Array<{ project: string; object_class: string; object_name: string; history: string[] }>;
    const history = (cls: string, name: string) => up.find((r) => r.project === 'fp-edge' && r.object_class === cls && r.object_name === name)?.history;
    expect(history('table', 'fp.item')).toEqual(['001', '002', '003', '004', '007', '009', '012', '013', '014', '016', '017']);
    expect(history('table', 'fp.part')).toEqual(['001', '013', '017']);
    expect(history('index', 'fp.item_label_idx')).toEqual(['005', '007']);
    expect(history('view', 'fp.item_labels')).toEqual(['001', '007', '012']);
    expect(history('view', 'fp.aux_view')).toEqual(['001', '018']);
    expect(history('function', 'fp.area(s fp.dims)')).toEqual(['008', '015']);
    expect(history('function', 'fp.touch()')).toEqual(['001']);
    expect(history('trigger', 'fp.item.item_touch')).toEqual(['001']);
    expect(history('view', 'fp.doomed')).toBeUndefined();
    if (engine === 'postgres') expect(up.find((r) => r.project === 'fp-edge' && r.object_class === 'config')?.history).toEqual(['006']);
  }, 240_000);
});

/** What fn_iu_object_fingerprint_changes reports since its last call in this session, as "class name". */
async function changedSinceLastCall(s: Session): Promise<string[]> {
  return (await s.query<{ object_class: string; object_name: string }>(FINGERPRINT_CHANGES, [false])).map((r) => `${r.object_class} ${r.object_name}`);
}

// migrate calls it once per migration transaction; a caller may call it twice in one. What
// that transaction changes after a call is new at the next call; what it changed before is not.
it('a second call in the same transaction sees what changed after the first, and only that', async () => {
  const t = await freshPglite();
  try {
    await t.db.session(async (s) => {
      await ensureFingerprints(s);
      await s.exec('CREATE TABLE fp_t (id integer)');
      await s.query(FINGERPRINT_CHANGES, [true]);
      await s.exec('BEGIN');
      await s.exec(`COMMENT ON TABLE fp_t IS 'one'`);
      expect(await changedSinceLastCall(s)).toEqual(['table fp_t']);
      expect(await changedSinceLastCall(s)).toEqual([]);
      await s.exec(`COMMENT ON TABLE fp_t IS 'two'`);
      expect(await changedSinceLastCall(s)).toEqual(['table fp_t']);
      await s.exec('COMMIT');
      expect(await changedSinceLastCall(s)).toEqual([]);
    });
  } finally {
    await t.drop();
  }
}, 60_000);

// Between calls, only what was touched is counted again unless the catalogs' deleted-row
// statistics moved. Without track_counts there are none: every call must count everything,
// or a dropped comment (a DELETE, no new row anywhere) would go unseen.
it('without track_counts, a dropped comment is still seen at the next call', async () => {
  const t = await freshPglite();
  try {
    await t.db.session(async (s) => {
      await ensureFingerprints(s);
      await s.exec(`CREATE TABLE fp_c (id integer); COMMENT ON TABLE fp_c IS 'kept'`);
      await s.exec('SET track_counts = off');
      await s.query(FINGERPRINT_CHANGES, [true]);
      await s.exec(`COMMENT ON TABLE fp_c IS NULL`);
      expect(await changedSinceLastCall(s)).toEqual(['table fp_c']);
      expect(await changedSinceLastCall(s)).toEqual([]);
    });
  } finally {
    await t.drop();
  }
}, 60_000);

// The recording keeps its state in temporary tables. A migrator without the TEMP privilege
// gets the full read instead (startFingerprints: only 42501 takes that path), and must leave
// the same fingerprint rows as one with it. Both migrate as the same non-superuser role, so
// the owners in the definitions agree; only TEMP on the database differs.
describe('a migrator without TEMP', () => {
  it('records by the full read, and the rows equal those recorded incrementally', async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    const basic = join(ROOT, 'tests/fixtures/migrations/basic');
    const asMigrator = (url: string) => Object.assign(new URL(url), { username: 'fp_migrator', password: 'trust' }).toString();
    const dbs = [await servers.fresh('postgres'), await servers.fresh('postgres')];
    try {
      const rows: unknown[][] = [];
      for (const [i, t] of dbs.entries()) {
        const name = new URL(t.flag).pathname.slice(1);
        // The role is the server's (one per file); each database grants it what a migrator needs.
        await t.db.exec(`DO $r$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fp_migrator') THEN CREATE ROLE fp_migrator LOGIN; END IF; END $r$`);
        const [g] = await t.db.query<{ sql: string }>(
          `SELECT format('GRANT CREATE ON DATABASE %1$I TO fp_migrator; GRANT CREATE ON SCHEMA public TO fp_migrator; ', $1::text)
                  || CASE WHEN $2 THEN format('REVOKE TEMP ON DATABASE %1$I FROM PUBLIC', $1::text) ELSE 'SELECT 1' END AS sql`,
          [name, i === 0],
        );
        await t.db.exec(g!.sql);
        const up = await cli('migrate', 'up', '--db', asMigrator(t.flag), '--dir', basic);
        expect(up.code, up.err).toBe(0);
        rows.push(await t.db.query(ROWS));
      }
      const [withoutTemp] = await dbs[0]!.db.query<{ has: boolean }>(`SELECT has_database_privilege('fp_migrator', current_database(), 'TEMP') AS has`);
      expect(withoutTemp!.has).toBe(false);
      expect(rows[0]!.length).toBeGreaterThan(5);
      expect(differences(rows[1]!, rows[0]!)).toEqual([]);
    } finally {
      for (const t of dbs) await t.drop();
    }
  }, 120_000);
});
