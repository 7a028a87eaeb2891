// The README's main job: one command on the embedded default migrates, loads the sample,
// runs every probe and the conformance scan, prints a short report and writes the files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../scripts/migrations/files.ts';
import { cleanEnv, spawnCli, tempDir } from './helpers.ts';

describe('iu-core prove (npm start)', () => {
  it('on the embedded default: PASS, a short report, and the full reports in the folder it names', async () => {
    const dir = tempDir('prove');
    const out = join(dir, 'reports');
    // Where the default puts it: on a fresh clone .iu-core/ does not exist yet.
    const pgdata = join(dir, '.iu-core', 'pgdata');
    const r = await spawnCli(['prove', '--db', `pglite:${pgdata}`, '--out', out], { env: cleanEnv(), timeout: 300_000 });
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/D9: 7\/7 PASS at \d+ objects; security 6\/6/);
    expect(r.out).toMatch(/probes: (\d+)\/\1 files, \d+ assertions passed, 0 failed; leave-no-trace clean/);
    expect(r.out).toContain(`verdict: PASS; full reports in ${out}`);
    for (const f of ['probes.tap', 'probes.junit.xml', 'probes.json', 'probes.md', 'conformance.json', 'conformance.md']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const conformance = JSON.parse(readFileSync(join(out, 'conformance.json'), 'utf8'));
    expect(conformance.verdict).toBe('PASS');
    expect(readFileSync(join(out, 'conformance.md'), 'utf8')).toContain('## Drift (hand edits): PASS');

    // The second run finds everything in place: nothing to migrate, the sample already loaded.
    const again = await spawnCli(['prove', '--db', `pglite:${pgdata}`, '--out', out], { env: cleanEnv(), timeout: 300_000 });
    expect(again.code, again.out + again.err).toBe(0);
    expect(again.out).toContain(`nothing to apply: up to date at ${listMigrations().at(-1)!.version}`);
    expect(again.out).toContain('migrations: 0 applied now');
  }, 300_000); // two whole prove runs on PGlite: about 100 s on two loaded cores
});
