// An auditor pointed at a database without IU Core must read "absent" and FAIL, not a
// regression matrix that "passed" because every surface read null.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, freshPglite, spawnCli, tempDir } from './helpers.ts';

describe('evidence on a database without the product', () => {
  it('says the product is absent on the conformance and matrix cards and exits 1', async () => {
    const t = await freshPglite();
    await t.db.close();
    const out = join(tempDir('evidence-absent'), 'bundle');
    const r = await spawnCli(['evidence', '--db', t.flag, '--no-probes', '--out', out], { env: cleanEnv(), timeout: 240_000 });
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toMatch(/matrix: +FAIL \(the product is absent/);
    expect(r.out).toMatch(/conformance: FAIL \(the product is absent/);
    expect(r.out).not.toMatch(/no invariant surface moved/);
    const e = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8'));
    expect(e.verdicts.overall).toBe('FAIL');
    expect(e.verdicts.matrix.verdict).toBe('FAIL');
    expect(readFileSync(join(out, 'evidence.md'), 'utf8')).toContain('the product is absent');
    await t.drop();
  }, 300_000);
});
