// iu-core evidence: the auditors' bundle, on both engines, around a seeds' driver that
// writes (03, one durable auto-instantiated instance) and as a snapshot; its page rendered
// by a real headless Chromium, whose DOM must show exactly the verdicts and counts of
// evidence.json. One migrated database with the sample per engine.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { loadSample } from '../scripts/commands/prove.ts';
import { findPgBinDir } from '../scripts/db/local-server.ts';
import { slug } from '../scripts/evidence/html.ts';
import type { Evidence } from '../scripts/evidence/model.ts';
import { ENGINES, ROOT, cleanEnv, cli, pgSkipReason, serverOfThisFile, spawnCli, tempDir, type TestDb } from './helpers.ts';

const DRIVER_03 = join(ROOT, 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/03_durable_auto_instantiate_event.sql');
const PASSWORD = 'evidence-Pw-5e1c9a';
const BUNDLE_TIMEOUT = 300_000;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const readJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')) as Evidence;

/** The regression matrix's delta per surface. */
const deltas = (e: Evidence) => Object.fromEntries(e.matrix.map((r) => [r.surface, r.delta]));

/** Every file of a bundle holds no trace of the password, nor does what the CLI printed. */
function expectNoPassword(dir: string, ...outputs: string[]): void {
  for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain(PASSWORD);
  for (const o of outputs) expect(o).not.toContain(PASSWORD);
}

/** sha256sum -c in the bundle folder: every file listed, every file OK. */
async function expectSumsVerify(dir: string): Promise<void> {
  const r = await execa('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, reject: false });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  const listed = r.stdout.split('\n').map((l) => /^(.+): OK$/.exec(l)?.[1]);
  expect(listed.sort()).toEqual(readdirSync(dir).filter((f) => f !== 'SHA256SUMS').sort());
}

// ---- Chromium ----------------------------------------------------------------------------

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromiumBin = CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
const chromiumSkip = chromiumBin ? '' : `no Chromium here (tried ${CHROMIUM_CANDIDATES.filter(Boolean).join(', ')}); install Debian's chromium package`;

/** The page as a real headless Chromium parsed and rendered it: its DOM, serialized. */
async function renderedDom(page: string): Promise<string> {
  const profile = tempDir('chromium');
  const r = await execa(
    chromiumBin!,
    [
      '--headless',
      '--no-sandbox', // we run as root
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--virtual-time-budget=5000',
      '--dump-dom',
      `file://${page}`,
    ],
    { reject: false, timeout: 60_000 },
  );
  expect(r.exitCode, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^<!DOCTYPE html>/i);
  return r.stdout;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');

/** The text an element with this data-testid shows (the element must be there exactly once). */
function shown(dom: string, id: string): string {
  const re = new RegExp(`<(\\w+)\\b[^>]*\\bdata-testid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  const hits = [...dom.matchAll(re)];
  expect(hits.length, `data-testid="${id}" in the rendered page`).toBe(1);
  return decode(hits[0]![2]!.replace(/<[^>]*>/g, '')).trim();
}

const shownNumber = (dom: string, id: string): number | null => {
  const text = shown(dom, id);
  return text === 'n/a' ? null : Number(text);
};

// ---- the suite ---------------------------------------------------------------------------

// 034 creates cluster roles: on PostgreSQL a cluster of this file's own keeps parallel test
// files from racing on them.
const own = serverOfThisFile();

describe('iu-core evidence refuses a bad command line with exit 2, and writes nothing', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no --out', [], /--out DIR is required/],
    ['an unknown flag', ['--bogus'], /evidence: Unknown option '--bogus'/],
    ['nothing after --', ['--'], /nothing after --/],
    ['a command that does not exist', ['--', 'nosuch', 'x'], /'nosuch' after -- is not an iu-core command/],
    ['iu-core spelled out', ['--', 'iu-core', 'run', 'x.sql'], /'iu-core' after -- is not an iu-core command/],
    ['evidence inside evidence', ['--', 'evidence', '--out', 'x'], /cannot be evidence itself/],
    ['check, which touches no database', ['--', 'check'], /check touches no database/],
    ['a --db of its own', ['--', 'run', DRIVER_03, '--db', 'pglite:memory'], /leave --db out of the command/],
    ['a --db= of its own', ['--', 'run', DRIVER_03, '--db=local'], /leave --db out of the command/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const out = join(tempDir('evidence-usage'), 'bundle');
    const withOut = args[0] === '--bogus' || args[0] === '--' ? ['--out', out, ...args] : args;
    const r = await cli('evidence', '--db', 'pglite:memory', ...withOut);
    expect(r.code, r.out + r.err).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('a command on pglite:memory (it would open an empty database of its own)', async () => {
    const out = join(tempDir('evidence-usage'), 'bundle');
    const r = await cli('evidence', '--db', 'pglite:memory', '--out', out, '--', 'run', DRIVER_03);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot run on pglite:memory/);
    expect(existsSync(out)).toBe(false);
  });

  it('an --out that is a dangling symbolic link, or under /proc/self: one line, exit 2, no stack trace, no hang', async () => {
    const base = tempDir('evidence-out');
    const link = join(base, 'bundle');
    symlinkSync(join(base, 'nowhere', 'deeper'), link);
    const dangling = await cli('evidence', '--db', 'pglite:memory', '--out', link, '--no-probes');
    expect(dangling.code, dangling.err).toBe(2);
    expect(dangling.err).toBe(`iu-core: evidence: --out: ${link} is a symbolic link to ${join(base, 'nowhere', 'deeper')}, which does not exist`);
    expect(existsSync(join(base, 'nowhere'))).toBe(false);
    // Node's recursive mkdir loops forever here (synchronously): a child process, with a bound.
    const proc = await spawnCli(['evidence', '--db', 'pglite:memory', '--out', '/proc/self/x/y', '--no-probes'], { env: cleanEnv(), timeout: 60_000 });
    expect(proc.code, proc.err).toBe(2);
    // the folder is made once the database has answered (so a refused pg_dump writes nothing):
    // by then evidence has said which database it opened, as every command does
    expect(proc.err).toBe('iu-core: database: pglite:memory\niu-core: evidence: --out: cannot create /proc/self/x (ENOENT)');
  }, 120_000);

  it('an --out folder that already holds something (a bundle is never written over)', async () => {
    const out = tempDir('evidence-usage');
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = await cli('evidence', '--db', 'pglite:memory', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/exists and is not an empty folder/);
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });
});

describe.each(ENGINES)('iu-core evidence on %s', (engine) => {
  let t: TestDb;
  /** The --db given to evidence: on PostgreSQL with a password (trust auth accepts and ignores it). */
  let flag: string;
  const bundles: { snapshot?: string; run?: string } = {};
  const skip = () => (engine === 'postgres' ? pgSkipReason() : '');

  beforeAll(async () => {
    if (skip()) return;
    t = await own.fresh(engine);
    await migrateUp(t.db, listMigrations());
    await loadSample(t.db);
    await t.db.close(); // PGlite: one opener at a time, and the CLI is the next
    if (engine === 'postgres') {
      const u = new URL(t.flag);
      u.password = PASSWORD;
      flag = u.toString();
    } else {
      flag = t.flag;
    }
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
  });
  beforeEach((ctx) => {
    if (skip()) ctx.skip(skip());
  });

  it('a snapshot: before and after are the same bytes, listed in SHA256SUMS, every verdict PASS', async () => {
    const out = join(tempDir('evidence'), 'snapshot');
    const r = await cli('evidence', '--db', flag, '--out', out, '--no-probes');
    expect(r.code, r.out + r.err).toBe(0);
    bundles.snapshot = out;
    const e = readJson(out);
    expect(readFileSync(join(out, 'after.sql')).equals(readFileSync(join(out, 'before.sql')))).toBe(true);
    expect(e.dumps.identical).toBe(true);
    for (const k of ['before', 'after'] as const) {
      expect(e.dumps[k].sha256).toBe(sha256(join(out, e.dumps[k].file)));
      expect(e.dumps[k].bytes).toBe(readFileSync(join(out, e.dumps[k].file)).length);
    }
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toMatch(new RegExp(`^${e.dumps.before.sha256}  before\\.sql\\n${e.dumps.after.sha256}  after\\.sql\\n`));
    await expectSumsVerify(out);
    expect(e.command).toBeNull();
    expect(e.verdicts).toMatchObject({
      overall: 'PASS',
      command: { verdict: 'SKIPPED' },
      dumps: { verdict: 'PASS' },
      conformance: { verdict: 'PASS' },
      probes: { verdict: 'SKIPPED', totals: null },
      matrix: { verdict: 'PASS', moved: [] },
    });
    expect(e.matrix.every((m) => m.delta === 0)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(
      ['SHA256SUMS', 'after.sql', 'before.sql', 'conformance.json', 'conformance.md', 'evidence.json', 'evidence.md', 'index.html', 'matrix.json'].sort(),
    );
    expect(e.engine).toBe(engine);
    expect(e.server.versionNum).toBeGreaterThanOrEqual(engine === 'pglite' ? 180000 : 150000);
    const head = (await execa('git', ['-C', ROOT, 'rev-parse', 'HEAD'])).stdout.trim();
    expect(e.git.commit).toBe(head);
    if (engine === 'postgres') {
      expect(e.database).toContain(':***@');
      expect(e.dumps.tool).toMatch(new RegExp(`^pg_dump \\(PostgreSQL\\) ${Math.floor(e.server.versionNum / 10000)}\\.`));
      expect(e.dumps.restrictKey).toBe('iucoreevidence');
      expect(readFileSync(join(out, 'before.sql'), 'utf8')).toContain('\\restrict iucoreevidence');
      expectNoPassword(out, r.out, r.err);
    } else {
      expect(e.dumps.tool).toMatch(/^pg_dump 18\.\d+ in WASM/);
    }
  }, BUNDLE_TIMEOUT);

  it('around run 03: the dumps differ, the matrix shows exactly the driver’s deltas, probes and conformance PASS', async () => {
    const out = join(tempDir('evidence'), 'run-03');
    const r = await cli('evidence', '--db', flag, '--out', out, '--', 'run', DRIVER_03);
    expect(r.code, r.out + r.err).toBe(0);
    bundles.run = out;
    const e = readJson(out);

    // The dumps: each file's sha256 is the one recorded, and they differ.
    for (const k of ['before', 'after'] as const) expect(e.dumps[k].sha256).toBe(sha256(join(out, e.dumps[k].file)));
    expect(e.dumps.before.sha256).not.toBe(e.dumps.after.sha256);
    expect(e.dumps.identical).toBe(false);
    const after = readFileSync(join(out, 'after.sql'), 'utf8');
    expect(after).toContain('tpl-inst:auto:25000x-durable-001');
    expect(readFileSync(join(out, 'before.sql'), 'utf8')).not.toContain('tpl-inst:auto:25000x-durable-001');
    await expectSumsVerify(out);
    // The "before" of this run is the snapshot's state: the same database, the same bytes.
    if (bundles.snapshot) expect(e.dumps.before.sha256).toBe(readJson(bundles.snapshot).dumps.after.sha256);

    // The command: its line without --db, its exit code, its output in command.log.
    expect(e.command).toMatchObject({ argv: ['run', DRIVER_03], exitCode: 0, log: 'command.log' });
    const log = readFileSync(join(out, 'command.log'), 'utf8');
    expect(log).toContain('03 post-commit: durable rows for iu-core-25000x-durable = 1');
    expect(log).toMatch(/# exit code 0 after \d+ ms\n$/);

    // The seeds' 03: collections +1, memberships +5, lineage +1, auto-instantiate log +1,
    // three iu events; every invariant still.
    expect(deltas(e)).toEqual({
      information_unit: 0,
      iu_piece_collection: 1,
      iu_piece_membership: 5,
      iu_collection_template_instance_lineage: 1,
      iu_auto_instantiate_event_log: 1,
      iu_collection_template_registry: 0,
      iu_collection_template_version: 0,
      iu_vector_sync_point: 0,
      iu_lifecycle_log: 0,
      'event_outbox (iu domain)': 3,
      'event_outbox (system domain)': 0,
      'gates open (iu_core.*_enabled = true)': 0,
    });
    const matrixFile = JSON.parse(readFileSync(join(out, 'matrix.json'), 'utf8'));
    expect(matrixFile).toEqual({ verdict: 'PASS', moved: [], rows: e.matrix });

    expect(e.verdicts.overall).toBe('PASS');
    expect(e.verdicts.command).toMatchObject({ verdict: 'PASS', exitCode: 0 });
    expect(e.verdicts.conformance.verdict).toBe('PASS');
    expect(e.verdicts.conformance.summary).toMatch(/^7\/7 PASS at \d+ objects; security \d+\/\d+$/);
    expect(e.verdicts.probes).toMatchObject({ verdict: 'PASS', leaveNoTrace: true });
    expect(e.verdicts.probes.totals!.failed).toBe(0);
    expect(e.verdicts.probes.totals!.files).toBe(readdirSync(join(ROOT, 'tests/probes')).filter((f) => f.endsWith('.sql')).length);

    // The report files a probe run and a conformance scan write, agreeing with the index.
    const probes = JSON.parse(readFileSync(join(out, 'probes.json'), 'utf8'));
    expect(probes.totals).toEqual(e.verdicts.probes.totals);
    expect(JSON.parse(readFileSync(join(out, 'conformance.json'), 'utf8'))).toEqual(e.conformance);
    for (const f of ['probes.tap', 'probes.junit.xml', 'probes.md', 'conformance.md', 'evidence.md', 'index.html']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(e.files.map((f) => f.file).sort()).toEqual(readdirSync(out).sort());
    const md = readFileSync(join(out, 'evidence.md'), 'utf8');
    expect(md).toMatch(/^# IU Core evidence: PASS\n/);
    expect(md).toContain(e.dumps.before.sha256);
    expect(md).toContain(e.dumps.after.sha256);
    if (engine === 'postgres') expectNoPassword(out, r.out, r.err);
  }, BUNDLE_TIMEOUT);

  it('index.html, rendered by headless Chromium, shows the verdicts and counts of evidence.json', async (ctx) => {
    if (!chromiumBin) {
      if (process.env.CI) throw new Error(`CI needs the Chromium check: ${chromiumSkip}`);
      ctx.skip(chromiumSkip);
    }
    if (!bundles.run) ctx.skip('the bundle around run 03 was not written');
    const out = bundles.run!;
    const e = readJson(out);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    // Self-contained: nothing to fetch, nothing to run.
    expect(html).not.toMatch(/https?:\/\/|<script|<link\b|<img\b|<iframe|@import|url\(/i);

    const dom = await renderedDom(join(out, 'index.html'));
    const ids = [...dom.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size, 'every data-testid once').toBe(ids.length);

    // Verdicts first, then conformance, probes and the matrix.
    const at = (id: string) => dom.indexOf(`<section id="${id}"`);
    expect(at('verdicts')).toBeGreaterThan(0);
    expect(at('verdicts')).toBeLessThan(at('conformance'));
    expect(at('conformance')).toBeLessThan(at('probes'));
    expect(at('probes')).toBeLessThan(at('matrix'));

    expect(shown(dom, 'verdict-overall')).toBe(e.verdicts.overall);
    for (const k of ['command', 'dumps', 'conformance', 'drift', 'probes', 'matrix'] as const) expect(shown(dom, `verdict-${k}`), k).toBe(e.verdicts[k].verdict);
    expect(shown(dom, 'drift-summary')).toBe(e.verdicts.drift.summary);
    expect(shownNumber(dom, 'drift-count')).toBe(e.conformance.drift.drift.length);
    expect(shownNumber(dom, 'drift-compared')).toBe(e.conformance.drift.compared);
    expect(shown(dom, 'conformance-summary')).toBe(e.verdicts.conformance.summary);
    for (const c of e.conformance.classes) {
      expect(shownNumber(dom, `conformance-actual-${slug(c.item)}`), c.item).toBe(c.actual);
      expect(shownNumber(dom, `conformance-expected-${slug(c.item)}`), c.item).toBe(c.expected);
      expect(shown(dom, `conformance-verdict-${slug(c.item)}`), c.item).toBe(c.verdict);
    }
    const t = e.verdicts.probes.totals!;
    expect({
      files: shownNumber(dom, 'probes-files'),
      filesPassed: shownNumber(dom, 'probes-files-passed'),
      assertions: shownNumber(dom, 'probes-assertions'),
      passed: shownNumber(dom, 'probes-passed'),
      failed: shownNumber(dom, 'probes-failed'),
      skipped: shownNumber(dom, 'probes-skipped'),
      todo: shownNumber(dom, 'probes-todo'),
    }).toEqual(t);
    expect(shown(dom, 'probes-leave-no-trace')).toBe(e.verdicts.probes.leaveNoTrace ? 'clean' : 'CHANGED');
    for (const m of e.matrix) {
      const k = slug(m.surface);
      expect(shownNumber(dom, `matrix-before-${k}`), m.surface).toBe(m.before);
      expect(shownNumber(dom, `matrix-after-${k}`), m.surface).toBe(m.after);
      expect(shownNumber(dom, `matrix-delta-${k}`), m.surface).toBe(m.delta);
      expect(shown(dom, `matrix-verdict-${k}`), m.surface).toBe(m.verdict);
    }
    expect(shown(dom, 'dump-before-sha256')).toBe(e.dumps.before.sha256);
    expect(shown(dom, 'dump-after-sha256')).toBe(e.dumps.after.sha256);
    expect(shown(dom, 'command-exit-code')).toBe(String(e.command!.exitCode));
    expect(shown(dom, 'git-commit')).toBe(e.git.commit);
    expect(shown(dom, 'server-version')).toBe(e.server.version);
  }, 120_000);

  // In one transaction (-1): COPY into a table created in it fills pages in order; on its own
  // it may use free space of earlier pages, reordering a multi-page table's rows in the dump.
  it('after.sql restored with psql into a new database dumps again to the very same bytes', async (ctx) => {
    if (engine === 'pglite') ctx.skip('psql restores the real server’s dump; PGlite’s is restored with pg.exec (docs/evidence.md)');
    if (!bundles.run) ctx.skip('the bundle around run 03 was not written');
    const original = readJson(bundles.run!);
    const copy = await (await own.server()).fresh();
    try {
      await copy.db.close();
      const psql = join(findPgBinDir()!, 'psql');
      const restore = await execa(psql, ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', copy.flag, '-f', join(bundles.run!, 'after.sql')], { reject: false });
      expect(restore.exitCode, restore.stderr).toBe(0);
      const out = join(tempDir('evidence'), 'restored');
      const r = await cli('evidence', '--db', copy.flag, '--out', out, '--no-probes');
      expect(r.code, r.out + r.err).toBe(0);
      expect(readJson(out).dumps.before.sha256).toBe(original.dumps.after.sha256);
      expect(readJson(out).matrix.map((m) => [m.surface, m.after])).toEqual(original.matrix.map((m) => [m.surface, m.after]));
    } finally {
      await copy.drop();
    }
  }, BUNDLE_TIMEOUT);

  // The write is an event queued behind the orchestrator's back (a gate left open, the old
  // example, is now refused by the database itself at COMMIT: migration 037).
  it('a command that fails after a stray write: exit 1, the bundle written, the command and the matrix FAIL', async () => {
    const dir = tempDir('evidence-fail');
    mkdirSync(join(dir, 'ops'));
    const sql = join(dir, 'ops', 'stray_event_then_fail.sql');
    writeFileSync(
      sql,
      `INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, created_by)\n` +
        `  SELECT 'system', event_type, 'evidence_test', gen_random_uuid(), 'evidence-test' FROM event_type_registry ORDER BY event_type LIMIT 1;\n` +
        `SELECT 1 / 0;\n`,
    );
    const out = join(dir, 'bundle');
    const r = await cli('evidence', '--db', flag, '--out', out, '--no-probes', '--', 'run', sql);
    expect(r.code, r.out + r.err).toBe(1);
    const e = readJson(out);
    expect(e.verdicts).toMatchObject({
      overall: 'FAIL',
      command: { verdict: 'FAIL', exitCode: 1 },
      matrix: { verdict: 'FAIL', moved: ['event_outbox (system domain)'] },
    });
    expect(deltas(e)['event_outbox (system domain)']).toBe(1);
    expect(readFileSync(join(out, 'command.log'), 'utf8')).toMatch(/ERROR 22012: division by zero/);
    await expectSumsVerify(out);
    expect(r.out).toContain(`verdict: FAIL; bundle in ${out}`);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<span data-testid="verdict-overall">FAIL</span>');
    if (engine === 'postgres') expectNoPassword(out, r.out, r.err);
  }, BUNDLE_TIMEOUT);

  // Last in this block: it edits the shared database by hand.
  it('a hand edit is drift in every rendering of the bundle (FAIL); once accepted, shown as accepted with who and why (PASS)', async () => {
    const db = await t.reopen();
    await db.exec(`ALTER TABLE iu_piece_collection ADD COLUMN note text`);
    await db.close();
    const out = join(tempDir('evidence-drift'), 'bundle');
    const r = await cli('evidence', '--db', flag, '--out', out, '--no-probes');
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toMatch(/^drift: +FAIL \(1 object\(s\) drifted from their migrations \(1 changed\) in \d+ objects\)$/m);
    const e = readJson(out);
    expect(e.verdicts).toMatchObject({ overall: 'FAIL', conformance: { verdict: 'PASS' }, drift: { verdict: 'FAIL', state: 'compared' } });
    expect(e.conformance.drift.drift).toMatchObject([{ kind: 'changed', object_class: 'table', object_name: 'iu_piece_collection' }]);
    const md = readFileSync(join(out, 'evidence.md'), 'utf8');
    expect(md).toContain('| drift (hand edits) | FAIL |');
    expect(md).toMatch(/### changed: <code>table iu\\_piece\\_collection<\/code>\n\n<pre>--- recorded \(migration \d{3}, PostgreSQL \d+\) table iu_piece_collection\n\+\+\+ live table iu_piece_collection\n@@ [^\n]+\n[^]*\n\+ +COLUMN note text\n/);
    expect(readFileSync(join(out, 'conformance.md'), 'utf8')).toContain('## Drift (hand edits): FAIL');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<span class="v fail" data-testid="verdict-drift">FAIL</span>');
    expect(html).toMatch(/<span class="add">\+ +COLUMN note text<\/span>/);
    await expectSumsVerify(out);

    const accept = await cli('conformance', '--db', flag, '--accept', 'table iu_piece_collection', '--why', 'note column added by the DBA, reviewed in ticket 42');
    expect(accept.code, accept.out + accept.err).toBe(0);
    const out2 = join(tempDir('evidence-drift'), 'bundle');
    const r2 = await cli('evidence', '--db', flag, '--out', out2, '--no-probes');
    expect(r2.code, r2.out + r2.err).toBe(0);
    const e2 = readJson(out2);
    expect(e2.verdicts.drift).toMatchObject({ verdict: 'PASS', summary: expect.stringMatching(/^none in \d+ objects; 1 accepted change\(s\) on record$/) });
    expect(e2.conformance.drift.accepted).toMatchObject([{ object_name: 'iu_piece_collection', why: 'note column added by the DBA, reviewed in ticket 42' }]);
    expect(readFileSync(join(out2, 'evidence.md'), 'utf8')).toMatch(/\| <code>table iu\\_piece\\_collection<\/code> \| [^|]+ \([^|]+\) \| <code>[0-9a-f]{12}<\/code> → <code>[0-9a-f]{12}<\/code> \| note column added by the DBA, reviewed in ticket 42 \|/);
    expect(readFileSync(join(out2, 'index.html'), 'utf8')).toContain('<td>note column added by the DBA, reviewed in ticket 42</td>');
    if (engine === 'postgres') expectNoPassword(out, r.out, r.err, r2.out, accept.out, accept.err);
  }, BUNDLE_TIMEOUT);

  it('a command its own flags refuse: exit 2, and the bundle (--json on stdout) says the command changed nothing', async (ctx) => {
    // The same code path on both engines; on PostgreSQL it costs a second, on PGlite ten.
    if (engine === 'pglite') ctx.skip('runs on PostgreSQL only, to keep the suite fast');
    const out = join(tempDir('evidence-refused'), 'bundle');
    const r = await cli('evidence', '--db', flag, '--out', out, '--no-probes', '--json', '--', 'run', '--no-such-flag', DRIVER_03);
    expect(r.code, r.out + r.err).toBe(2);
    expect(r.err).toMatch(/the command after -- was refused \(exit 2\); the bundle records it/);
    const summary = JSON.parse(r.out);
    const e = readJson(out);
    expect(summary.verdicts).toEqual(e.verdicts);
    expect(e.verdicts.command).toMatchObject({ verdict: 'FAIL', exitCode: 2 });
    expect(e.dumps.identical).toBe(true);
    expect(readFileSync(join(out, 'command.log'), 'utf8')).toMatch(/run: Unknown option '--no-such-flag'/);
    expectNoPassword(out, r.out, r.err);
  }, BUNDLE_TIMEOUT);
});
