// Bundle the CLI into dist/iu-core.mjs (our code only; packages stay in node_modules), so a
// command starts in a fraction of the time the TypeScript loader needs. bin/iu-core.js
// uses the bundle when it is newer than every file under scripts/, and tsx otherwise.
// Built beside dist/ and swapped in by rename: an iu-core starting meanwhile (a test suite
// runs many) finds the old bundle or the new one, never a half-emptied folder.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const next = join(root, `dist.building-${process.pid}`);
const old = join(root, `dist.old-${process.pid}`);
rmSync(next, { recursive: true, force: true });
mkdirSync(next, { recursive: true });
try {
  await build({
    entryPoints: [join(root, 'scripts/iu-core.ts')],
    outdir: next,
    outExtension: { '.js': '.mjs' },
    // Each command stays its own chunk, loaded only when run: `check` never loads PGlite.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  // The PGlite watchdog starts this file as a worker, next to the bundle.
  copyFileSync(join(root, 'scripts/db/pglite-worker.mjs'), join(next, 'pglite-worker.mjs'));
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
} finally {
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
console.log('built dist/iu-core.mjs');
