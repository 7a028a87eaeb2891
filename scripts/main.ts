// Dispatch: the verb picks scripts/commands/<verb>.ts; errors become one clear report and an exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_HELP, consoleIo, nearest, output, setOutput, type Io } from './cli.ts';
import { EXIT, ConnectionLost, SqlExecError, UsageError, CheckFailed, serverError } from './errors.ts';
import { shutdown } from './shutdown.ts';
import { maskDeep, maskSecrets } from './db/mask.ts';
import { onDatabaseOpened } from './db/open.ts';
import { PACKAGE_ROOT } from './paths.ts';
import type { Db } from './db/types.ts';

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

export function version(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The version of the --json format every command writes: { format: "iu-core/<command>", version, ok, … }. */
export const JSON_FORMAT_VERSION = 1;

async function helpText(): Promise<string> {
  const usages = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).usage));
  return `iu-core — apply, probe and prove the IU Core PostgreSQL product (version ${version()})

${usages.join('\n')}

iu-core COMMAND --help, iu-core help COMMAND: that command's usage.  iu-core --version
--db: pglite:<dir> | pglite:memory | local | container | postgres://… | 'host=… dbname=…' (libpq)
      default: $DATABASE_URL, else the server the libpq variables name when any is set
      (PGHOST, PGPORT, PGDATABASE, PGUSER, PGSERVICE, PGSSLMODE, … as psql reads them,
      with ~/.pgpass and ~/.pg_service.conf), else pglite:.iu-core/pgdata
${OUTPUT_HELP}
durations (--lock-timeout, --lock-wait, --statement-timeout): 500ms, 10s, 2min, 1h; a bare number is seconds
exit codes: 0 ok, 1 a check or statement failed, 2 usage or connection error`;
}

/** A stable code for an error in --json: the SQLSTATE when there is one. */
function errorCode(e: unknown): string {
  if (e instanceof UsageError) return /^cannot connect to /.test(e.message) ? 'connection' : 'usage';
  if (e instanceof ConnectionLost) return e.code;
  if (e instanceof SqlExecError) return e.server.code;
  const server = serverError(e);
  if (server) return server.code;
  if (e instanceof CheckFailed) return 'failed';
  return 'internal';
}

function errorText(e: unknown): string {
  if (e instanceof SqlExecError) return e.describe();
  const server = serverError(e);
  if (server && !(e instanceof ConnectionLost)) return `${server.message}${server.detail ? ` (${server.detail})` : ''}`;
  return (e as Error)?.message ?? String(e);
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
    // The guards' hint speaks SQL; from the command line the same thing is a flag.
    const force = /iu_core\.force_rollback_(\d{3})/.exec(e.server.hint ?? '');
    if (force) io.err(`  from iu-core: migrate down --force sets iu_core.force_rollback_${force[1]} = true for the migrations it rolls back`);
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

/** Whether the args (before a `--`) ask for this command's help. */
function wantsHelp(args: string[]): boolean {
  const own = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  return own.includes('--help') || own.includes('-h');
}

export async function main(argv: string[], rawIo: Io = consoleIo): Promise<number> {
  const io = maskedIo(rawIo);
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`iu-core ${version()}`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || (name === 'help' && !rest.length)) {
    io.out(await helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === 'help' || wantsHelp(rest)) {
    const which = name === 'help' ? rest[0]! : name;
    const cmd = COMMANDS[which];
    if (!cmd) return unknownCommand(which, io);
    io.out((await cmd()).usage);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) return unknownCommand(name, io);

  // Output mode, set once for every command; restored after, for the command evidence runs inside itself.
  const saved = { ...output };
  setOutput(rest);
  const json = output.json;
  const opened: Db[] = [];
  let result: Record<string, unknown> | null = null;
  // "database: LABEL" on stderr, written just before the command's first line of output: a
  // command that refuses its input before saying anything still answers in one line.
  let pending: string[] = [];
  const flush = () => {
    for (const l of pending) io.err(l);
    pending = [];
  };
  const said = (write: (l: string) => void) => (l: string) => {
    flush();
    write(l);
  };
  // Under --json stdout carries the one object: every other line goes to stderr.
  const cmdIo: Io = json
    ? { out: (l) => io.err(l), err: (l) => io.err(l), json: (v) => void (result = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { result: v }) }
    : { out: said(io.out), err: said(io.err), json: said(io.json as (l: string) => void) as Io['json'] };
  const outer = onDatabaseOpened((db) => {
    opened.push(db);
    if (!output.quiet && !json) pending.push(`iu-core: database: ${db.label}`);
    // What libpq would warn about (a password file others may read) is said at once.
    for (const w of (db as { warnings?: string[] }).warnings ?? []) io.err(w);
  });
  const envelope = (code: number) => ({
    format: `iu-core/${name}`,
    version: JSON_FORMAT_VERSION,
    ok: code === EXIT.ok,
    exitCode: code,
    database: opened[0]?.label ?? null,
  });
  try {
    const code = await (await load()).run(rest, cmdIo);
    flush();
    if (json) io.json({ ...envelope(code), ...(result ?? {}), format: `iu-core/${name}`, version: JSON_FORMAT_VERSION, ok: code === EXIT.ok, exitCode: code });
    return code;
  } catch (e) {
    const code = reportError(e, io);
    if (json) io.json({ ...envelope(code), error: { code: errorCode(e), message: errorText(e) } });
    return code;
  } finally {
    onDatabaseOpened(outer);
    Object.assign(output, saved);
    await shutdown();
  }
}

function unknownCommand(name: string, io: Io): number {
  const near = nearest(name, COMMAND_NAMES);
  io.err(`iu-core: unknown command '${name}'${near ? ` (did you mean '${near}'?)` : ''}; commands: ${COMMAND_NAMES.join(', ')}; iu-core --help for usage`);
  return EXIT.usage;
}
