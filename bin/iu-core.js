#!/usr/bin/env node
// Runs the CLI: the bundle in dist/ when it is current (fast start), otherwise the
// TypeScript sources through tsx's loader, so an edit never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/iu-core.mjs');

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  const dir = join(root, 'scripts');
  return readdirSync(dir, { recursive: true }).every((f) => statSync(join(dir, f)).mtimeMs <= built);
}

// IU_CORE_RUN=dist runs the bundle whatever its age (the end-to-end tests run what was
// built even while sources are being edited); IU_CORE_RUN=src always runs the sources.
const want = process.env.IU_CORE_RUN;
if (want === 'dist' && !existsSync(bundle)) {
  process.stderr.write('iu-core: IU_CORE_RUN=dist but there is no dist/iu-core.mjs; run npm run build\n');
  process.exit(2);
}
if (want === 'dist' || (want !== 'src' && bundleIsCurrent())) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../scripts/iu-core.ts');
}
