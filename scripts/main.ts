// Dispatch: the verb picks scripts/commands/<verb>.ts; errors become one clear report and an exit code.
import { consoleIo, type Io } from './cli.ts';
import { EXIT, ConnectionLost, SqlExecError, UsageError, CheckFailed, serverError } from './errors.ts';
import { shutdown } from './shutdown.ts';
import { maskDeep, maskSecrets } from './db/mask.ts';

interface Command {
  run(args: string[], io: Io): Promise<number>;
  usage: string;
}

// Loaded lazily: `check` needs no database engine, and PGlite costs time to load.
const COMMANDS: Record<string, () => Promise<Command>> = {
  prove: () => import('./commands/prove.ts'),
  migrate: () => import('./commands/migrate.ts'),
  check: () => import('./commands/check.ts'),
  probe: () => import('./commands/probe.ts'),
  run: () => import('./commands/run.ts'),
  conformance: () => import('./commands/conformance.ts'),
  evidence: () => import('./commands/evidence.ts'),
  census: () => import('./commands/census.ts'),
  instantiate: () => import('./commands/instantiate.ts'),
  scaleout: () => import('./commands/scaleout.ts'),
  'rollback-actor': () => import('./commands/rollback-actor.ts'),
};

/**
 * The command names, from the dispatch table itself: what `evidence -- COMMAND` accepts. (It
 * once looked for ./NAME.ts beside its own module, which in the bundle is dist/, where no .ts is.)
 */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

async function helpText(): Promise<string> {
  const usages = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).usage));
  return `iu-core — apply, probe and prove the IU Core PostgreSQL product

${usages.join('\n')}

--db: pglite:<dir> | pglite:memory | local | container | postgres://…
      default: $DATABASE_URL, else PG* variables when PGHOST is set, else pglite:.iu-core/pgdata
exit codes: 0 ok, 1 a check or statement failed, 2 usage or connection error`;
}

/** Print an error the way its kind deserves and return the exit code. */
export function reportError(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(`iu-core: ${e.message}`);
    return EXIT.usage;
  }
  if (e instanceof ConnectionLost) {
    io.err(`iu-core: ERROR ${e.code}: ${e.message}`);
    return EXIT.failed;
  }
  if (e instanceof SqlExecError) {
    io.err(e.describe());
    return EXIT.failed;
  }
  if (e instanceof CheckFailed) {
    io.err(e.message);
    return EXIT.failed;
  }
  const server = serverError(e);
  if (server) {
    io.err(`ERROR ${server.code}: ${server.message}${server.detail ? `\n  DETAIL: ${server.detail}` : ''}`);
    return EXIT.failed;
  }
  io.err(`iu-core: internal error: ${(e as Error)?.stack ?? String(e)}`);
  return EXIT.failed;
}

/** Everything a command prints passes through the one masking function: no password is ever shown. */
export function maskedIo(io: Io): Io {
  return { out: (l) => io.out(maskSecrets(l)), err: (l) => io.err(maskSecrets(l)), json: (v) => io.json(maskDeep(v)) };
}

export async function main(argv: string[], rawIo: Io = consoleIo): Promise<number> {
  const io = maskedIo(rawIo);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`iu-core: unknown command '${name}'; commands: ${Object.keys(COMMANDS).join(', ')}`);
    return EXIT.usage;
  }
  try {
    return await (await load()).run(rest, io);
  } catch (e) {
    return reportError(e, io);
  } finally {
    await shutdown();
  }
}
