// No password is ever printed: every connection-string form a user may type by mistake,
// through the CLI as users run it (bin/iu-core.js, stdout and stderr) and in-process, and
// the one masking function every output, error, JSON value and report goes through.
import { describe, expect, it } from 'vitest';
import { maskDeep, maskSecrets } from '../scripts/db/mask.ts';
import { urlOptions } from '../scripts/db/postgres.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, cli, freshPostgres, pgSkipReason, spawnCli, tempDir } from './helpers.ts';

const SECRET = 'hunter2Zq';

/** [what, argv]: each puts SECRET somewhere the CLI echoes or reports. */
const FORMS: Array<[string, string[], NodeJS.ProcessEnv?]> = [
  ['a mistyped scheme postgres//', ['migrate', 'status', '--db', `postgres//bob:${SECRET}@db.example/prod`]],
  ['a mistyped scheme postgres:/', ['migrate', 'status', '--db', `postgres:/bob:${SECRET}@db.example/prod`]],
  ['a libpq keyword string', ['migrate', 'status', '--db', `host=db.example user=bob password=${SECRET} dbname=prod`]],
  ['a quoted libpq keyword value', ['migrate', 'status', '--db', `host=db.example password='${SECRET} x' dbname=prod`]],
  ['another driver\'s scheme', ['migrate', 'status', '--db', `postgresql+psycopg://bob:${SECRET}@db.example/prod`]],
  ['?password= in the query', ['migrate', 'status', '--db', `postgres://bob@127.0.0.1:1/prod?sslmode=disable&password=${SECRET}`]],
  ['a URL as a positional argument', ['migrate', 'status', `postgres://bob:${SECRET}@db.example/prod`]],
  ['a URL where a file was expected', ['run', '--db', 'pglite:memory', `postgres://bob:${SECRET}@db.example/prod`]],
  ['a URL with a password that cannot connect', ['migrate', 'status', '--db', `postgres://bob:${SECRET}@127.0.0.1:1/prod`]],
  ['DATABASE_URL with ?password=', ['migrate', 'status'], { DATABASE_URL: `postgres://bob@127.0.0.1:1/prod?password=${SECRET}` }],
  ['--json', ['migrate', 'status', '--json', '--db', `postgres://bob@127.0.0.1:1/prod?password=${SECRET}`]],
];

describe('passwords are masked', () => {
  it('by the one masking function, in every form', () => {
    expect(maskSecrets('postgres://bob:hunter2@db.example:5432/prod')).toBe('postgres://bob:***@db.example:5432/prod');
    expect(maskSecrets('postgres://bob@db.example/prod')).toBe('postgres://bob@db.example/prod');
    expect(maskSecrets('postgres//bob:pw@h/db')).toBe('postgres//bob:***@h/db');
    expect(maskSecrets('postgres:/bob:pw@h/db')).toBe('postgres:/bob:***@h/db');
    expect(maskSecrets('postgresql+psycopg://bob:pw@h/db')).toBe('postgresql+psycopg://bob:***@h/db');
    expect(maskSecrets('cannot connect to postgres://b@h/db?password=pw: refused')).toBe('cannot connect to postgres://b@h/db?password=***: refused');
    expect(maskSecrets('x?sslmode=require&password=a%26b&user=x')).toBe('x?sslmode=require&password=***&user=x');
    expect(maskSecrets("host=h password='a b' user=x")).toBe('host=h password=*** user=x');
    expect(maskSecrets("host=h password=a\\'b user=x")).toBe('host=h password=*** user=x');
    expect(maskSecrets('PGPASSWORD=pw psql; sslpassword=pw')).toBe('PGPASSWORD=*** psql; sslpassword=***');
    // What is not a secret stays: an actor with a colon, file positions.
    expect(maskSecrets('actor ops:alice@example, file a.sql:3:4')).toBe('actor ops:alice@example, file a.sql:3:4');
    expect(maskDeep({ url: 'postgres://b:pw@h/d', n: 1, list: ['password=pw'] })).toEqual({ url: 'postgres://b:***@h/d', n: 1, list: ['password=***'] });
  });

  it('a near miss of --db says what it probably meant', async () => {
    expect((await cli('migrate', 'status', '--db', `postgres//bob:${SECRET}@h/db`)).err).toBe(
      "iu-core: --db takes pglite:<dir>, pglite:memory, local, container, or a postgres:// URL; got 'postgres//bob:***@h/db' (did you mean postgres://…?)",
    );
    expect((await cli('migrate', 'status', '--db', `postgresql+psycopg://bob:${SECRET}@h/db`)).err).toMatch(/another driver's scheme: write postgres:\/\/…\)$/);
    // A keyword string is taken now (libpq's own form); a mistyped keyword is named, its value never shown.
    const kw = await cli('migrate', 'status', '--db', `host=h passwrd=${SECRET}`);
    expect(kw.err).toMatch(/invalid connection option "passwrd"/);
    expect(kw.err).not.toContain(SECRET);
  });

  it.each(FORMS)('through bin/iu-core.js: %s', async (_what, argv, env) => {
    const r = await spawnCli(argv, { env: cleanEnv(env as Record<string, string>) });
    expect(r.code).toBe(2);
    expect(`${r.out}\n${r.err}`).not.toContain(SECRET);
    expect(`${r.out}\n${r.err}`).toContain('***');
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it.each(FORMS.filter(([, , env]) => !env))('through main() in process: %s', async (_what, argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(`${r.out}\n${r.err}`).not.toContain(SECRET);
  });

  it('a ?password= reaches the driver as the password, never as a startup parameter', () => {
    const o = urlOptions(`postgres://bob@db.example:6000/prod?password=${SECRET}&application_name=x`);
    expect(o).toMatchObject({ host: ['db.example'], port: [6000], user: 'bob', password: SECRET, database: 'prod', connection: { application_name: 'x' } });
    expect(JSON.stringify(o.connection)).not.toContain(SECRET);
  });
});

describe('in an evidence bundle', () => {
  it('a ?password= in --db reaches no file of the bundle and no output (pg_dump gets it through the environment)', async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    const t = await freshPostgres();
    try {
      await t.db.close();
      // Trust auth on the run's server: the password is accepted and ignored.
      const u = new URL(t.flag);
      u.searchParams.set('password', SECRET);
      const out = join(tempDir('secrets-evidence'), 'bundle');
      const r = await spawnCli(['evidence', '--db', u.toString(), '--out', out, '--no-probes', '--', 'census'], { env: cleanEnv() });
      // An empty database: the verdicts may FAIL (nothing to census); the bundle is written either way.
      expect([0, 1], r.out + r.err).toContain(r.code);
      expect(r.out).toMatch(/^command exit code: \d$/m);
      expect(`${r.out}\n${r.err}`).not.toContain(SECRET);
      expect(r.out).toContain('***');
      for (const f of readdirSync(out)) expect(readFileSync(join(out, f), 'utf8'), f).not.toContain(SECRET);
      expect(readFileSync(join(out, 'evidence.json'), 'utf8')).toContain('***');
    } finally {
      await t.drop();
    }
  });
});
