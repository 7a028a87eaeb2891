#!/usr/bin/env node
// Runs the CLI: the bundle in dist/ when it is current (fast start), otherwise the
// TypeScript sources through tsx's loader, so an edit never runs stale code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node 22.1 and later keep the compiled code of the bundle and its packages on disk between
// runs (start-up is mostly compiling them); older versions have no such cache: nothing to do.
module.enableCompileCache?.();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/iu-core.mjs');

// --version needs neither the bundle nor the sources: answered here, as main() answers it.
const [first, ...others] = process.argv.slice(2);
if (!others.length && (first === '--version' || first === '-V' || first === 'version')) {
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  } catch {
    // as main's version(): an unreadable package.json is 'unknown', not a crash
  }
  process.stdout.write(`iu-core ${version}\n`);
} else {
  await run();
}

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  const dir = join(root, 'scripts');
  return readdirSync(dir, { recursive: true }).every((f) => statSync(join(dir, f)).mtimeMs <= built);
}

// IU_CORE_RUN=dist runs the bundle whatever its age (the end-to-end tests run what was
// built even while sources are being edited); IU_CORE_RUN=src always runs the sources.
async function run() {
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
}
