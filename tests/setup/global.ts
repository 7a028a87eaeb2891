// One throwaway PostgreSQL server for the whole run; each test makes its own databases on it.
// In CI (CI=true) a machine without PostgreSQL binaries is a failure, never a silent skip.
import type { TestProject } from 'vitest/node';
import { findPgBinDir, startLocalServer } from '../../scripts/db/local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
    pgMajor: number;
    pgSkipReason: string;
  }
}

export default async function setup(project: TestProject) {
  const binDir = findPgBinDir();
  if (!binDir) {
    const reason = 'no PostgreSQL server binaries on this machine (pg_config --bindir, /usr/lib/postgresql/*/bin)';
    if (process.env.CI) throw new Error(`CI needs the real-server tests: ${reason}`);
    project.provide('pgUrl', null);
    project.provide('pgMajor', 0);
    project.provide('pgSkipReason', reason);
    return;
  }
  const server = await startLocalServer({ binDir, settings: { max_connections: '200' } });
  project.provide('pgUrl', server.url);
  project.provide('pgMajor', server.major);
  project.provide('pgSkipReason', '');
  return async () => {
    await server.destroy();
  };
}
