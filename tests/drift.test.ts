// Drift: conformance catches a hand edit made without a migration. Each edit of issue 16, on
// its own copy of a migrated database, on both engines, is named with its diff and exits 1;
// an untouched database and a full down-up round trip report none; --accept records a
// reviewed change (who, why) that every later report shows apart from unnoticed drift.
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations } from '../scripts/migrations/files.ts';
import { migrateDown, migrateUp } from '../scripts/migrations/apply.ts';
import { unifiedDiff } from '../scripts/conformance.ts';
import { ENGINES, ROOT, cli, freshPglite, freshPostgres, pgSkipReason, serverOfThisFile, spawnCli, type EngineName, type TestDb } from './helpers.ts';
import type { DriftEntry, DriftReport } from '../scripts/conformance.ts';

const servers = serverOfThisFile();

interface Edit {
  name: string;
  /** SQL run on the migrated copy (may read the catalog first). */
  apply(t: TestDb): Promise<unknown>;
  kind: DriftEntry['kind'];
  object_class: string;
  object_name: RegExp;
  /** A line the diff must show. */
  diffLine: RegExp;
}

const EDITS: Edit[] = [
  {
    name: 'CREATE OR REPLACE of fn_iu_compose with one more statement',
    async apply(t) {
      const [f] = await t.db.query<{ def: string }>(`SELECT pg_get_functiondef('fn_iu_compose(text,text,text,text,jsonb,text)'::regprocedure) AS def`);
      const edited = f!.def.replace(/\nBEGIN\n/, '\nBEGIN\n  PERFORM 1;\n');
      expect(edited).not.toBe(f!.def);
      await t.db.exec(edited);
    },
    kind: 'changed',
    object_class: 'function',
    object_name: /^fn_iu_compose\(p_collection_key text/,
    diffLine: /^\+\s+PERFORM 1;$/m,
  },
  {
    name: "a view's definition replaced (same columns, a LIMIT added)",
    async apply(t) {
      const [v] = await t.db.query<{ def: string }>(`SELECT pg_get_viewdef('v_iu_gate_status'::regclass) AS def`);
      await t.db.exec(`CREATE OR REPLACE VIEW v_iu_gate_status AS ${v!.def.replace(/;\s*$/, '')} LIMIT 1000`);
    },
    kind: 'changed',
    object_class: 'view',
    object_name: /^v_iu_gate_status$/,
    diffLine: /^\+.*LIMIT 1000/m,
  },
  {
    name: 'ALTER TABLE iu_piece_collection ADD COLUMN note text',
    apply: (t) => t.db.exec(`ALTER TABLE iu_piece_collection ADD COLUMN note text`),
    kind: 'changed',
    object_class: 'table',
    object_name: /^iu_piece_collection$/,
    diffLine: /^\+\s+COLUMN note text$/m,
  },
  {
    name: 'an index dropped',
    apply: (t) => t.db.exec(`DROP INDEX iu_piece_membership_iu_id_idx`),
    kind: 'disappeared',
    object_class: 'index',
    object_name: /^iu_piece_membership_iu_id_idx$/,
    diffLine: /^-CREATE INDEX iu_piece_membership_iu_id_idx ON public\.iu_piece_membership/m,
  },
  {
    name: 'the triggers of iu_piece_collection disabled',
    apply: (t) => t.db.exec(`ALTER TABLE iu_piece_collection DISABLE TRIGGER ALL`),
    kind: 'changed',
    object_class: 'table',
    object_name: /^iu_piece_collection$/,
    diffLine: /^\+\s+INTERNAL TRIGGER .* FOR CONSTRAINT iu_piece_membership_collection_id_fkey ENABLED D$/m,
  },
];

interface Json {
  verdict: string;
  summary: string;
  classes: Array<{ verdict: string }>;
  security: Array<{ verdict: string }>;
  drift: DriftReport;
}

describe.each(ENGINES)('drift on %s', (engine: EngineName) => {
  let template: TestDb | undefined;
  let copy: () => Promise<TestDb>;

  beforeAll(async () => {
    if (engine === 'postgres' && pgSkipReason()) return;
    template = await servers.fresh(engine);
    await migrateUp(template.db, listMigrations());
    await template.db.close();
    if (engine === 'pglite') {
      const dir = template.flag.slice('pglite:'.length);
      copy = () => freshPglite(dir);
    } else {
      const url = new URL(template.flag);
      const name = url.pathname.slice(1);
      const serverUrl = (await servers.server()).url;
      copy = () => freshPostgres(name, serverUrl);
    }
  }, 120_000);
  afterAll(async () => {
    if (template) {
      template.db = await template.reopen();
      await template.drop();
    }
  });

  const skip = () => engine === 'postgres' && !!pgSkipReason();

  /** The CLI on this copy (PGlite: the test's handle closed first, one opener at a time). */
  async function conformance(t: TestDb, ...more: string[]) {
    await t.db.close();
    const r = await cli('conformance', '--db', t.flag, '--json', ...more);
    await t.reopen();
    return { code: r.code, err: r.err, json: r.out ? (JSON.parse(r.out) as Json) : null };
  }

  it('an untouched database reports no drift, compared on this server major, and exits 0', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      const r = await conformance(t);
      expect(r.code, r.err).toBe(0);
      expect(r.json!.drift).toMatchObject({ verdict: 'PASS', state: 'compared', drift: [], accepted: [] });
      expect(r.json!.drift.compared).toBeGreaterThan(100);
      expect(r.json!.drift.recordedOn).toBe(r.json!.drift.serverMajor);
    } finally {
      await t.drop();
    }
  });

  it.for(EDITS)('$name: reported by name with its diff, exit 1', async (edit, ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      await edit.apply(t);
      const r = await conformance(t);
      expect(r.code, r.err).toBe(1);
      const report = r.json!;
      expect(report.verdict).toBe('FAIL');
      // The classes and the security rules still pass: drift alone fails it.
      expect(report.classes.every((c) => c.verdict === 'PASS')).toBe(true);
      expect(report.security.every((s) => s.verdict === 'PASS')).toBe(true);
      expect(report.drift.verdict).toBe('FAIL');
      expect(report.drift.drift).toHaveLength(1);
      const d = report.drift.drift[0]!;
      expect(d).toMatchObject({ kind: edit.kind, object_class: edit.object_class });
      expect(d.object_name).toMatch(edit.object_name);
      expect(d.version).toMatch(/^\d{3}$/);
      expect(d.diff).toMatch(/^--- recorded \(migration \d{3}, PostgreSQL \d+\)/);
      expect(d.diff).toMatch(edit.diffLine);
    } finally {
      await t.drop();
    }
  });

  it('a full migrate down then up leaves no false drift', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      await migrateDown(t.db, listMigrations(), { to: '000' });
      const left = await t.db.query<{ object_class: string }>(`SELECT object_class FROM iu_core_meta.object_fingerprint`);
      expect(left.map((r) => r.object_class)).toEqual(['schema']);
      await migrateUp(t.db, listMigrations());
      const r = await conformance(t);
      expect(r.code, JSON.stringify(r.json?.drift.drift.map((d) => d.diff))).toBe(0);
      expect(r.json!.drift).toMatchObject({ state: 'compared', drift: [] });
      // Ownership: each object carries the migration that last created or changed it.
      const [owner] = await t.db.query<{ version: string; history: string[] }>(
        `SELECT version, history FROM iu_core_meta.object_fingerprint WHERE object_class = 'table' AND object_name = 'iu_piece_collection'`,
      );
      expect(owner!.history[0]).toBe('006');
      expect(owner!.version).toBe(owner!.history.at(-1));
    } finally {
      await t.drop();
    }
  });

  it('--accept records who and why, later reports show it as accepted drift, exit 0; a drift-free object is refused', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      await t.db.exec(`ALTER TABLE iu_piece_collection ADD COLUMN note text`);
      const refused = await conformance(t, '--accept', 'view v_iu_gate_status', '--why', 'reviewed in change ticket 42');
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/view v_iu_gate_status: that object has no drift; nothing to accept \(drifted now: table iu_piece_collection\)/);

      const ok = await conformance(t, '--accept', 'iu_piece_collection', '--why', 'DBA added a note column, reviewed in change ticket 42');
      expect(ok.code, ok.err).toBe(0);
      const [who] = await t.db.query<{ u: string }>(`SELECT current_user AS u`);
      const accepted = { object_class: 'table', object_name: 'iu_piece_collection', why: 'DBA added a note column, reviewed in change ticket 42', accepted_by: who!.u, session_user_name: who!.u };
      expect(ok.json!.drift).toMatchObject({ verdict: 'PASS', drift: [], accepted: [accepted] });
      expect(ok.json!.drift.accepted[0]!.old_sha256).not.toBe(ok.json!.drift.accepted[0]!.new_sha256);

      const later = await conformance(t);
      expect(later.code).toBe(0);
      expect(later.json!.drift.accepted).toMatchObject([accepted]);
      expect(later.json!.drift.summary).toMatch(/none in \d+ objects; 1 accepted change\(s\) on record/);
      // The acceptance is append-only.
      await expect(t.db.exec(`DELETE FROM iu_core_meta.drift_acceptance`)).rejects.toThrow(/append-only/);

      // A further hand edit of the same object is unnoticed drift again.
      await t.db.exec(`ALTER TABLE iu_piece_collection ADD COLUMN note2 text`);
      const again = await conformance(t);
      expect(again.code).toBe(1);
      expect(again.json!.drift.drift.map((d) => d.object_name)).toEqual(['iu_piece_collection']);
      expect(again.json!.drift.drift[0]!.diff).toMatch(/^\+\s+COLUMN note2 text$/m);
      expect(again.json!.drift.drift[0]!.diff).not.toMatch(/^[-+]\s+COLUMN note text$/m);
    } finally {
      await t.drop();
    }
  });

  it('a database migrated before fingerprints gets a baseline, said so; another server major is said and re-recorded', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await copy();
    try {
      await t.db.exec(`DROP TABLE iu_core_meta.object_fingerprint`);
      const first = await conformance(t);
      expect(first.code, first.err).toBe(0);
      expect(first.json!.drift).toMatchObject({ state: 'baseline', verdict: 'PASS' });
      expect(first.json!.drift.note).toMatch(/no fingerprints were recorded .*recorded \d+ object\(s\) now, as a baseline on PostgreSQL \d+; nothing compared this time/);
      expect(first.json!.drift.summary).toBe('not compared (baseline)');
      await t.db.exec(`ALTER TABLE iu_piece_collection ADD COLUMN note text`);
      const second = await conformance(t);
      expect(second.code).toBe(1);
      expect(second.json!.drift.drift[0]!.diff).toMatch(/^--- recorded \(baseline, PostgreSQL \d+\) table iu_piece_collection/);

      await t.db.exec(`UPDATE iu_core_meta.object_fingerprint SET server_major = 14`);
      const major = await conformance(t);
      expect(major.code).toBe(0);
      expect(major.json!.drift).toMatchObject({ state: 'major-changed', recordedOn: 14 });
      expect(major.json!.drift.note).toMatch(/recorded on PostgreSQL 14; this server is PostgreSQL \d+, .*none were compared: re-recorded/);
      const after = await conformance(t);
      expect(after.json!.drift).toMatchObject({ state: 'compared', drift: [] });
    } finally {
      await t.drop();
    }
  });
});

describe('drift through the CLI as users run it', () => {
  it('node bin/iu-core.js conformance names the edited table with its diff and exits 1', async () => {
    const t = await freshPglite();
    try {
      await migrateUp(t.db, listMigrations());
      await t.db.exec(`ALTER TABLE iu_piece_collection ADD COLUMN note text`);
      await t.db.close();
      const r = await spawnCli(['conformance', '--db', t.flag]);
      expect(r.code, r.err).toBe(1);
      expect(r.out).toContain('DRIFT changed table iu_piece_collection (last changed by migration');
      expect(r.out).toMatch(/^ +\+ +COLUMN note text$/m);
      expect(r.out).toMatch(/D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6; drift: 1 object\(s\) drifted from their migrations \(1 changed\) in \d+ objects => FAIL/);
      await t.reopen();
    } finally {
      await t.drop();
    }
  });

  it('sql/runtime/110 under plain psql names the drifted object in a drift row and warns', async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    const t = await servers.fresh('postgres');
    try {
      await migrateUp(t.db, listMigrations());
      const psql = () => execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', join(ROOT, 'sql/runtime/110_iu_core_dot_conformance_scan.sql')], { reject: false });
      const clean = await psql();
      expect(clean.exitCode, clean.stderr).toBe(0);
      expect(clean.stdout).toMatch(/^ drift +\| drift +\| +\| +0 \| PASS/m);
      expect(clean.stderr).toMatch(/NOTICE: {2}D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6$/m);
      await t.db.exec(`ALTER TABLE iu_piece_collection ADD COLUMN note text`);
      const drifted = await psql();
      expect(drifted.exitCode, drifted.stderr).toBe(0);
      expect(drifted.stdout).toMatch(/^ drift +\| drift +\| +\| +1 \| FAIL +\| changed table iu_piece_collection/m);
      expect(drifted.stderr).toMatch(/WARNING: {2}D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6; drift: 1 object\(s\) differ from what their migrations recorded/);
    } finally {
      await t.drop();
    }
  });

  it('--accept and --why are checked before any database is touched (exit 2)', async () => {
    const nowhere = 'postgres://nobody@127.0.0.1:1/none';
    const cases: Array<[string[], RegExp]> = [
      [['--accept', 'iu_piece_collection'], /--why TEXT is required/],
      [['--why', 'because it was reviewed'], /--why goes with --accept OBJECT/],
      [['--accept', '  ', '--why', 'because it was reviewed'], /OBJECT is empty/],
      [['--accept', 'iu_piece_collection', '--why', 'ok'], /--why TEXT must say why, in at least 10 characters/],
      [['--accept', 'a\u001bb', '--why', 'because it was reviewed'], /OBJECT must be one line/],
    ];
    for (const [args, message] of cases) {
      const r = await cli('conformance', '--db', nowhere, ...args);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('the unified diff shows removed lines before added ones, with context', () => {
    const d = unifiedDiff('a\nb\nc\nd\ne\nf\ng\nh\ni', 'a\nb\nc\nd\nE\nf\ng\nh\ni', 'old', 'new');
    expect(d).toBe(['--- old', '+++ new', '@@ -2,7 +2,7 @@', ' b', ' c', ' d', '-e', '+E', ' f', ' g', ' h'].join('\n'));
  });
});
