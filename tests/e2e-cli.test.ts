// End to end, as users run it: `npm run build` makes dist/, and every command runs through
// the installed bin/iu-core.js as a child process (IU_CORE_RUN=dist: the bundle, never the
// sources through tsx). The other suites call main() in process, which is how the built CLI
// could refuse every `evidence -- COMMAND` while all of them passed.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv, freshPostgres, pgSkipReason, tempDir, type CliResult, type TestDb } from './helpers.ts';

const SAMPLE = ['ops/sample/010_templates_and_manual_instances.sql', 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql'];
const TEMPLATE = 'tpl:wf:onboarding/v2';
const PROBE = 'tests/probes/gates_closed_by_default.sql';

/** bin/iu-core.js as a child process, on the bundle. */
async function iu(...args: string[]): Promise<CliResult> {
  const r = await execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), ...args], {
    cwd: ROOT,
    env: cleanEnv({ IU_CORE_RUN: 'dist' }),
    extendEnv: false,
    reject: false,
    timeout: 600_000,
  });
  return { code: r.exitCode ?? -1, out: r.stdout, err: r.stderr };
}

function ok(r: CliResult, ...lines: Array<string | RegExp>): void {
  expect(r.code, `${r.out}\n${r.err}`).toBe(0);
  for (const l of lines) expect(r.out, r.err).toMatch(l);
  expect(r.err).not.toMatch(/internal error|^\s+at /m);
}

beforeAll(async () => {
  const b = await execa('npm', ['run', 'build'], { cwd: ROOT, reject: false });
  expect(b.exitCode, b.stderr).toBe(0);
  expect(existsSync(join(ROOT, 'dist/iu-core.mjs'))).toBe(true);
}, 180_000);

describe('the built CLI without a database', () => {
  it('help, an unknown command, check', async () => {
    ok(await iu('help'), /^iu-core — apply, probe and prove/, /exit codes: 0 ok, 1 a check or statement failed, 2 usage or connection error/);
    const unknown = await iu('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^iu-core: unknown command 'frobnicate'/);
    ok(await iu('check', '--no-squawk'));
    ok(await iu('scaleout', '--help'), /^iu-core scaleout --n N/);
    ok(await iu('help', 'probe'), /^iu-core probe/);
    ok(await iu('--version'), /^iu-core \d+\.\d+\.\d+$/);
    const typo = await iu('censsu');
    expect(typo.err).toContain("(did you mean 'census'?)");
    const json = await iu('check', '--no-squawk', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ format: 'iu-core/check', version: 1, ok: true });
  });
});

describe('every command on PGlite (pglite:<dir>)', () => {
  const base = tempDir('e2e-pglite');
  const db = ['--db', `pglite:${join(base, 'data')}`];

  it('migrate status, up, down, up again', async () => {
    ok(await iu('migrate', 'status', ...db), /pending/);
    ok(await iu('migrate', 'up', ...db), /applied/);
    ok(await iu('migrate', 'down', '--steps', '1', ...db));
    ok(await iu('migrate', 'up', ...db), /applied/);
    ok(await iu('migrate', 'status', ...db), /0 pending/);
  });

  it('run, census, conformance, probe', async () => {
    ok(await iu('run', '--quiet', ...db, ...SAMPLE));
    ok(await iu('census', ...db), /^iu-core census on pglite:/);
    ok(await iu('conformance', ...db), /PASS/);
    ok(await iu('probe', ...db, PROBE), /\.\. ok /, /^Result: PASS$/m);
  });

  it('instantiate, scaleout, rollback-actor', async () => {
    ok(await iu('instantiate', ...db, '--event', randomUUID(), '--event-type', 'template.published', '--template', TEMPLATE, '--suffix', 'e2e-one', '--mode', 'live', '--actor', 'e2e-one', '--commit'), /committed/);
    ok(await iu('scaleout', ...db, '--n', '5', '--template', TEMPLATE, '--actor', 'e2e-many', '--suffix-prefix', 'e2e-many-', '--commit'), /committed/);
    ok(await iu('rollback-actor', 'e2e-many', ...db), /would remove: /);
    ok(await iu('rollback-actor', 'e2e-many', '--apply', ...db), /removed: /);
  });

  it.each([
    ['run', ['run', '--quiet', SAMPLE[0]!]],
    ['census', ['census']],
    ['scaleout', ['scaleout', '--n', '3', '--template', TEMPLATE, '--actor', 'e2e-evidence', '--suffix-prefix', 'e2e-ev-', '--commit']],
  ])('evidence -- %s runs the command in between (the built CLI refused every one)', async (name, command) => {
    const out = join(tempDir(`e2e-evidence-${name}`), 'bundle');
    const r = await iu('evidence', ...db, '--out', out, '--no-probes', '--', ...command);
    expect(r.err).not.toMatch(/is not an iu-core command/);
    expect(r.out, r.err).toMatch(/^command exit code: 0$/m);
    const e = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')) as { command: { exitCode: number; argv: string[] } };
    expect(e.command).toMatchObject({ exitCode: 0, argv: command });
    expect([0, 1]).toContain(r.code);
  });
});

describe('on PostgreSQL', () => {
  let t: TestDb | undefined;
  beforeAll(async () => {
    if (pgSkipReason()) return;
    t = await freshPostgres();
    await t.db.close();
  });
  afterAll(async () => {
    await t?.drop().catch(() => undefined);
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('migrate, run, scaleout, evidence -- scaleout, rollback-actor on a server', async () => {
    const db = ['--db', t!.flag];
    ok(await iu('migrate', 'up', ...db), /applied/);
    ok(await iu('run', '--quiet', ...db, ...SAMPLE));
    ok(await iu('scaleout', ...db, '--n', '20', '--template', TEMPLATE, '--actor', 'e2e-pg', '--suffix-prefix', 'e2e-pg-', '--commit'), /committed/);
    const out = join(tempDir('e2e-evidence-pg'), 'bundle');
    const ev = await iu('evidence', ...db, '--out', out, '--no-probes', '--', 'scaleout', '--n', '5', '--template', TEMPLATE, '--actor', 'e2e-pg-ev', '--suffix-prefix', 'e2e-pg-ev-', '--commit');
    expect(ev.out, ev.err).toMatch(/^command exit code: 0$/m);
    ok(await iu('rollback-actor', 'e2e-pg', '--apply', ...db), /removed: /);
  });

  it('prove on --db local (a throwaway server of its own, on a private socket)', async () => {
    const out = join(tempDir('e2e-prove'), 'reports');
    const r = await iu('prove', '--db', 'local', '--out', out);
    ok(r, /^iu-core prove on postgres:\/\/postgres@localhost:5432\/postgres\?host=/);
    expect(existsSync(join(out, 'conformance.json'))).toBe(true);
  });
});

describe('the build is what ran', () => {
  it('IU_CORE_RUN=dist without a bundle is refused in one line', async () => {
    // A copy of bin/ beside an empty package: no dist/ there.
    const root = tempDir('e2e-nobundle');
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'scripts'));
    copyFileSync(join(ROOT, 'bin/iu-core.js'), join(root, 'bin/iu-core.js'));
    writeFileSync(join(root, 'package.json'), '{"name":"iu-core","type":"module"}');
    const r = await execa(process.execPath, [join(root, 'bin/iu-core.js'), 'help'], { env: cleanEnv({ IU_CORE_RUN: 'dist' }), extendEnv: false, reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('iu-core: IU_CORE_RUN=dist but there is no dist/iu-core.mjs; run npm run build');
  });
});
