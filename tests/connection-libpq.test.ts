// The database psql would reach with the same arguments and environment: keyword strings,
// PG* variables, the password file, the service file, sslmode with a self-signed certificate
// made here, options and application_name. Each case runs iu-core (bin/iu-core.js, a clean
// environment) and psql side by side and compares what each reached, or how each refused.
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../scripts/db/local-server.ts';
import { passwordFromFile, resolveConninfo } from '../scripts/db/conninfo.ts';
import { cleanEnv, pgSkipReason, spawnCli, tempDir } from './helpers.ts';

const PASSWORD = 'p:a\\ss w';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** What a session reached, one line, the same query for psql and iu-core run. */
const WHO = `SELECT current_user || '|' || current_database() || '|' || current_setting('application_name') || '|' || current_setting('search_path') || '|' || coalesce((SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()), 'none') AS who`;

describe('pgpass and service files, offline', () => {
  it('matches pgpass lines as libpq does: escapes, wildcards, localhost for a socket, the first match wins', () => {
    const dir = tempDir('pgpass');
    const file = join(dir, 'pgpass');
    writeFileSync(file, ['# comment', 'db.example:5432:prod:bob:first', String.raw`*:*:*:al\:ice:p\:a\\ss`, 'localhost:5433:*:*:sock', '*:*:*:bob:second'].join('\n'));
    chmodSync(file, 0o600);
    expect(passwordFromFile(file, { host: 'db.example', port: '5432', dbname: 'prod', user: 'bob' })).toEqual({ password: 'first' });
    expect(passwordFromFile(file, { host: 'other', port: '1', dbname: 'x', user: 'al:ice' })).toEqual({ password: String.raw`p:a\ss` });
    expect(passwordFromFile(file, { host: '/var/run/postgresql', port: '5433', dbname: 'x', user: 'y' })).toEqual({ password: 'sock' });
    expect(passwordFromFile(file, { host: 'db.example', port: '5432', dbname: 'test', user: 'bob' })).toEqual({ password: 'second' });
    chmodSync(file, 0o644);
    expect(passwordFromFile(file, { host: 'db.example', port: '5432', dbname: 'prod', user: 'bob' })).toEqual({
      warning: `WARNING: password file "${file}" has group or world access; permissions should be u=rw (0600) or less`,
    });
  });

  it('completes a connection from the service file, then the variables, then the defaults', () => {
    const dir = tempDir('svc');
    writeFileSync(join(dir, 'user.conf'), '[mine]\nhost=h1\nport=6000\n');
    mkdirSync(join(dir, 'sys'));
    writeFileSync(join(dir, 'sys/pg_service.conf'), '# system-wide\n[theirs]\nhost=h2\ndbname=d2\n');
    const env = { HOME: dir, PGSERVICEFILE: join(dir, 'user.conf'), PGSYSCONFDIR: join(dir, 'sys'), PGUSER: 'u', PGPORT: '7000' };
    expect(resolveConninfo({ service: 'mine' }, env).params).toMatchObject({ host: 'h1', port: '6000', user: 'u', dbname: 'u', sslmode: 'prefer' });
    expect(resolveConninfo({}, { ...env, PGSERVICE: 'theirs' }).params).toMatchObject({ host: 'h2', port: '7000', dbname: 'd2' });
    expect(resolveConninfo({ service: 'theirs', dbname: 'given' }, env).params.dbname).toBe('given');
    expect(() => resolveConninfo({ service: 'nope' }, env)).toThrow(/definition of service "nope" not found/);
    expect(resolveConninfo({}, { HOME: dir }).params).toMatchObject({ host: '/var/run/postgresql', port: '5432' });
  });
});

describe('against real servers, beside psql', () => {
  let tls: LocalServer | undefined;
  let plain: LocalServer | undefined;
  let tlsPort = 0;
  let plainPort = 0;
  let dir = '';
  let cert = '';
  beforeAll(async () => {
    if (pgSkipReason()) return;
    dir = tempDir('libpq');
    chmodSync(dir, 0o755);
    // A self-signed certificate for CN=localhost, readable by the server's user only.
    cert = join(dir, 'server.crt');
    const key = join(dir, 'server.key');
    execaSync('openssl', ['req', '-new', '-x509', '-days', '2', '-nodes', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert]);
    const nobody = Number(execaSync('id', ['-u', 'nobody']).stdout);
    chownSync(key, nobody, -1);
    chmodSync(key, 0o600);
    chmodSync(cert, 0o644);
    tlsPort = await freePort();
    plainPort = await freePort();
    const hba = ['host all alice 127.0.0.1/32 scram-sha-256', 'hostssl all all 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 trust'];
    [tls, plain] = await Promise.all([
      startLocalServer({ settings: { listen_addresses: "'127.0.0.1'", port: String(tlsPort), ssl: 'on', ssl_cert_file: cert, ssl_key_file: key }, hba }),
      startLocalServer({ settings: { listen_addresses: "'127.0.0.1'", port: String(plainPort) }, hba }),
    ]);
    for (const s of [tls, plain]) {
      await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-h', s.socketDir, '-p', String(s.port), '-U', 'postgres', '-d', 'postgres', '-c', `CREATE ROLE alice LOGIN PASSWORD '${PASSWORD.replace(/'/g, "''")}'`, '-c', 'CREATE DATABASE app']);
    }
    writeFileSync(join(dir, 'who.sql'), `${WHO};\n`);
  });
  afterAll(async () => {
    await Promise.all([tls?.destroy(), plain?.destroy()]);
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  /** iu-core run who.sql and psql -c WHO under the same environment (and conninfo, if any). */
  async function both(env: Record<string, string>, conninfo?: string) {
    const e = cleanEnv({ HOME: dir, ...env });
    const iu = await spawnCli(['run', join(dir, 'who.sql'), ...(conninfo ? ['--db', conninfo] : [])], { env: e });
    const ps = await execa('psql', ['-X', '-w', '-At', '-c', WHO, ...(conninfo ? [conninfo] : [])], { env: e, extendEnv: false, reject: false });
    const cell = iu.out.split('\n').find((l) => l.split('|').length === 5)?.trim() ?? null;
    return { iu, ps, iuWho: cell, psWho: ps.exitCode === 0 ? ps.stdout.trim() : null };
  }

  it('a keyword=value string, quoted values included, reaches what psql reaches', async () => {
    const r = await both({}, `host=127.0.0.1 port=${plainPort} user=postgres dbname='app' application_name='my app'`);
    expect(r.iu.code, r.iu.err).toBe(0);
    expect(r.iuWho).toBe(r.psWho);
    expect(r.psWho).toBe('postgres|app|my app|"$user", public|false');
  });

  it('PGHOST/PGPORT/PGUSER/PGDATABASE/PGOPTIONS/PGAPPNAME are read; the database used is said on stderr', async () => {
    const env = { PGHOST: '127.0.0.1', PGPORT: String(plainPort), PGUSER: 'postgres', PGDATABASE: 'app', PGOPTIONS: '-c search_path=opt', PGAPPNAME: 'dba-tool' };
    const r = await both(env);
    expect(r.iu.code, r.iu.err).toBe(0);
    expect(r.psWho).toBe('postgres|app|dba-tool|opt|false');
    expect(r.iuWho).toBe(r.psWho);
    expect(r.iu.err).toContain(`database: postgres://postgres@127.0.0.1:${plainPort}/app (from PGHOST, PGPORT, PGDATABASE, PGUSER, PGOPTIONS, PGAPPNAME)`);
  });

  it('PGPORT without PGHOST means the default socket directory, as psql: never the embedded PGlite', async () => {
    const r = await both({ PGPORT: String(plainPort), PGUSER: 'postgres' });
    expect(r.ps.exitCode).toBe(2);
    expect(r.ps.stderr).toContain('/var/run/postgresql/.s.PGSQL.');
    expect(r.iu.code).toBe(2);
    expect(r.iu.err).toContain(`cannot connect to postgres://postgres@localhost:${plainPort}/postgres?host=/var/run/postgresql`);
    expect(r.iu.err).not.toMatch(/pglite/i);
  });

  it('a password from PGPASSFILE (escaped), refused with a warning when others may read the file, as psql', async () => {
    const pass = join(dir, 'pgpass');
    writeFileSync(pass, `127.0.0.1:${plainPort}:*:alice:${PASSWORD.replace(/\\/g, '\\\\').replace(/:/g, '\\:')}\n`);
    chmodSync(pass, 0o600);
    const env = { PGHOST: '127.0.0.1', PGPORT: String(plainPort), PGUSER: 'alice', PGDATABASE: 'app', PGPASSFILE: pass };
    const ok = await both(env);
    expect(ok.psWho).toBe('alice|app|psql|"$user", public|false');
    expect(ok.iuWho).toBe('alice|app|iu-core|"$user", public|false');
    expect(ok.iu.err).toContain(`password from ${pass}`);
    chmodSync(pass, 0o644);
    const open = await both(env);
    expect(open.ps.stderr).toContain(`has group or world access`);
    expect(open.iu.code).toBe(2);
    expect(open.iu.err).toContain(`WARNING: password file "${pass}" has group or world access; permissions should be u=rw (0600) or less`);
    expect(open.iu.err).toMatch(/authentication failed|password/);
  });

  it('~/.pgpass by default, and PGSERVICE from ~/.pg_service.conf', async () => {
    const home = join(dir, 'home');
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, '.pgpass'), `*:*:*:alice:${PASSWORD.replace(/\\/g, '\\\\').replace(/:/g, '\\:')}\n`);
    chmodSync(join(home, '.pgpass'), 0o600);
    writeFileSync(join(home, '.pg_service.conf'), `[appdb]\nhost=127.0.0.1\nport=${plainPort}\nuser=alice\ndbname=app\n`);
    const r = await both({ HOME: home, PGSERVICE: 'appdb' });
    expect(r.psWho).toBe('alice|app|psql|"$user", public|false');
    expect(r.iuWho).toBe('alice|app|iu-core|"$user", public|false');
    expect(r.iu.err).toContain(`service appdb in ${join(home, '.pg_service.conf')}`);
  });

  it('sslmode: require over TLS, refused by a server without SSL with the words psql uses, verify-full against the certificate', async () => {
    const req = await both({ PGHOST: '127.0.0.1', PGPORT: String(tlsPort), PGUSER: 'postgres', PGSSLMODE: 'require' });
    expect(req.psWho).toBe('postgres|postgres|psql|"$user", public|true');
    expect(req.iuWho).toBe('postgres|postgres|iu-core|"$user", public|true');
    const refused = await both({ PGHOST: '127.0.0.1', PGPORT: String(plainPort), PGUSER: 'postgres', PGSSLMODE: 'require' });
    expect(refused.ps.stderr).toContain('server does not support SSL, but SSL was required');
    expect(refused.iu.code).toBe(2);
    expect(refused.iu.err).toContain('server does not support SSL, but SSL was required');
    const disable = await both({ PGHOST: '127.0.0.1', PGPORT: String(tlsPort), PGUSER: 'postgres', PGSSLMODE: 'disable' });
    expect(disable.iuWho).toBe('postgres|postgres|iu-core|"$user", public|false');
    const full = `host=localhost hostaddr=127.0.0.1 port=${tlsPort} user=postgres sslmode=verify-full sslrootcert=${cert}`;
    const verified = await both({}, full);
    expect(verified.psWho).toBe('postgres|postgres|psql|"$user", public|true');
    expect(verified.iuWho).toBe('postgres|postgres|iu-core|"$user", public|true');
    // The server's certificate is not signed by a CA we trust: both refuse.
    const other = join(dir, 'other.crt');
    execaSync('openssl', ['req', '-new', '-x509', '-days', '2', '-nodes', '-subj', '/CN=localhost', '-keyout', join(dir, 'other.key'), '-out', other]);
    const wrong = await both({}, `host=localhost port=${tlsPort} user=postgres sslmode=verify-ca sslrootcert=${other}`);
    expect(wrong.ps.exitCode).toBe(2);
    expect(wrong.iu.code).toBe(2);
    expect(wrong.iu.err).toMatch(/certificate/);
    const missing = await both({}, `host=localhost port=${tlsPort} user=postgres sslmode=verify-full`);
    expect(missing.ps.stderr).toContain('root certificate file');
    expect(missing.iu.err).toContain(`root certificate file "${join(dir, '.postgresql/root.crt')}" does not exist`);
  });
});
