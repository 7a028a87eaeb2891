// Bundle the CLI into dist/iu-core.mjs (our code only; packages stay in node_modules), so a
// command starts in a fraction of the time the TypeScript loader needs. bin/iu-core.js
// uses the bundle when it is newer than every file under scripts/, and tsx otherwise.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/iu-core.ts')],
  outdir: join(root, 'dist'),
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
copyFileSync(join(root, 'scripts/db/pglite-worker.mjs'), join(root, 'dist/pglite-worker.mjs'));
console.log('built dist/iu-core.mjs');
