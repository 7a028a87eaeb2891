import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` refuses a lock that lacks an entry for any optional dependency, even one for
// another platform. The npm mirror on these machines serves only squawk's linux-x64 binary,
// so `npm install` here drops the other platforms' entries and CI then fails in one second.
describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string>; version?: string }>;
  };

  it('has an entry for every optional dependency of every locked package, so npm ci accepts it', () => {
    const missing: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
        // npm resolves a dependency from the nearest node_modules folder upwards.
        const candidates: string[] = [];
        let base = path;
        for (;;) {
          candidates.push(`${base ? `${base}/` : ''}node_modules/${name}`);
          const cut = base.lastIndexOf('node_modules/');
          if (cut < 0) break;
          base = base.slice(0, Math.max(0, cut - 1));
        }
        if (!candidates.some((c) => lock.packages[c])) missing.push(`${name}@${range} (wanted by ${path || 'the root'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
