// Connection strings the driver used to misread: an IPv6 host in brackets ("host not found"),
// a private socket directory in ?host=, a password in the query.
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../scripts/db/local-server.ts';
import { PostgresDb, urlOptions } from '../scripts/db/postgres.ts';
import { cleanEnv, pgSkipReason, spawnCli } from './helpers.ts';

function freeIpv6Port(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '::1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

describe('URL parsing', () => {
  it('takes brackets off an IPv6 host, a socket directory from ?host=, the password from the query', () => {
    expect(urlOptions('postgres://bob@[::1]:6000/db')).toMatchObject({ host: ['::1'], port: [6000], user: 'bob', database: 'db' });
    expect(urlOptions('postgres://bob@localhost:5432/db?host=%2Ftmp%2Fs')).toMatchObject({ path: '/tmp/s/.s.PGSQL.5432', database: 'db' });
    expect(urlOptions('postgres://h/db?password=pw&options=-c%20x%3D1')).toMatchObject({ password: 'pw', connection: { options: '-c x=1' } });
    expect(urlOptions('postgres://h/db?sslmode=disable')).toMatchObject({ ssl: false });
  });
});

describe('a server on [::1]', () => {
  let server: LocalServer | undefined;
  let url = '';
  beforeAll(async () => {
    if (pgSkipReason()) return;
    const port = await freeIpv6Port();
    server = await startLocalServer({ settings: { listen_addresses: "'::1'", port: String(port) } });
    url = `postgres://postgres@[::1]:${port}/postgres`;
  });
  afterAll(async () => {
    await server?.destroy();
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('is reached by a postgres://…@[::1]:PORT URL, in process and through bin/iu-core.js', async () => {
    const db = await PostgresDb.connect(url, { max: 1 });
    try {
      expect(await db.query<{ a: string }>(`SELECT host(inet_server_addr()) AS a`)).toEqual([{ a: '::1' }]);
    } finally {
      await db.close();
    }
    const r = await spawnCli(['migrate', 'status', '--db', url], { env: cleanEnv() });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`on postgres://postgres@[::1]:`);
  });
});
