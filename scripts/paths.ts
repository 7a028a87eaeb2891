// Where this package lives, whether it runs from scripts/ through tsx or bundled in dist/.
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './errors.ts';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'iu-core') return dir;
    if (dirname(dir) === dir) return from;
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * An output folder named by --out: checked now (before any database work), created by
 * `create()`. Node's own `mkdirSync(…, { recursive: true })` loops forever under /proc/self
 * and throws a bare ENOENT through a dangling symbolic link; here each is one clear line.
 */
export function outDir(path: string, what: string): { path: string; create(): void } {
  const abs = resolve(path);
  const missing: string[] = [];
  let dir = abs;
  while (!existsSync(dir)) {
    const link = linkTarget(dir);
    if (link !== null) throw new UsageError(`${what}: ${dir} is a symbolic link to ${link}, which does not exist`);
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
    dir = dirname(dir);
  }
  if (!statSync(dir).isDirectory()) throw new UsageError(`${what}: ${dir} exists and is not a directory`);
  return {
    path: abs,
    create() {
      for (const d of missing) {
        try {
          mkdirSync(d);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EEXIST' && statSync(d).isDirectory()) continue;
          throw new UsageError(`${what}: cannot create ${d} (${code ?? (e as Error).message})`);
        }
      }
    },
  };
}

function linkTarget(path: string): string | null {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : null;
  } catch {
    return null;
  }
}
