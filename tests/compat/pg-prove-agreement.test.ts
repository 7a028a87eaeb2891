// Another project's pgTAP suite, unchanged: every file under pg_prove and under iu-core probe,
// each on a fresh database with what the suite needs (pgTAP installed), must give the same
// verdict and the same number of assertions.
import { psqlConnArgs } from '../../scripts/db/local-server.ts';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { cli, freshPostgres, pgSkipReason } from '../helpers.ts';

const SUITE = resolve(import.meta.dirname, 'pgtap');
const FILES = readdirSync(join(SUITE, 'test/sql')).filter((f) => f.endsWith('.sql')).sort();

async function withPgtap() {
  const t = await freshPostgres();
  await t.db.exec('CREATE EXTENSION pgtap');
  await t.db.close();
  return t;
}

describe.skipIf(!!pgSkipReason())('pgTAP\'s own suite: iu-core probe agrees with pg_prove file by file', () => {
  it.each(FILES)('%s', async (f) => {
    const a = await withPgtap();
    const b = await withPgtap();
    try {
      const pg = await execa('pg_prove', [...psqlConnArgs(a.flag), `test/sql/${f}`], { cwd: SUITE, reject: false });
      const counted = /Files=1, Tests=(\d+)/.exec(pg.stdout);
      const cwd = process.cwd();
      process.chdir(SUITE);
      const r = await cli('probe', '--db', b.flag, '--json', `test/sql/${f}`).finally(() => process.chdir(cwd));
      const run = JSON.parse(r.out);
      expect(run.totals.assertions, pg.stdout).toBe(Number(counted?.[1] ?? 0));
      expect(run.passed, `${pg.stdout}\n${JSON.stringify(run.files[0]).slice(0, 2000)}`).toBe(pg.exitCode === 0);
    } finally {
      await a.drop();
      await b.drop();
    }
  });
});
