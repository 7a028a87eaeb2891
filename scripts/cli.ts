// Flag parsing shared by every command: unknown flags and malformed values are refused with
// one line and exit 2, before any database is opened.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';
import { openDb, resolveDbSpec, type OpenOptions } from './db/open.ts';
import type { Db, Notice } from './db/types.ts';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export const DB_FLAGS: FlagSpec = { db: { type: 'string' }, json: { type: 'boolean' } };

/** Taken by every command, the same way (main reads them before the command runs). */
export const OUTPUT_FLAGS: FlagSpec = { quiet: { type: 'boolean' }, verbose: { type: 'boolean' }, json: { type: 'boolean' } };

/**
 * How much a command says: the one policy, set once by main for every command (OUTPUT_HELP
 * is its text for --help). Modelled on psql -q (results stay, chatter goes) and pg_prove -Q
 * (only the summary):
 *   results   the command's answer: query rows, the summary, the verdict line, FAIL lines, the
 *             --json object. Always.
 *   progress  headers and steps ("iu-core prove on …", "applied …", "wrote …", command tags,
 *             the "database:" line). Not under --quiet.
 *   detail    per-step detail (each probe file's TAP stream). Only under --verbose.
 *   server    WARNING and errors always, on stderr; NOTICE / INFO / LOG never under --quiet, and
 *             for the harness's own SQL (migrations, sample data) only under --verbose.
 * --quiet wins over --verbose. iu-core writes no colour or terminal escapes into its output, so
 * NO_COLOR (and a pipe, or TERM=dumb) changes nothing: the same text everywhere.
 */
export const output = { quiet: false, verbose: false, json: false, color: false };

/** The policy above as `iu-core --help` prints it. */
export const OUTPUT_HELP = `every command: --json (one object {"format":"iu-core/COMMAND","version":1,"ok":…} on stdout, the rest on stderr),
      --quiet (as psql -q, pg_prove -Q: results, errors, WARNINGs and the verdict line; no headers,
      progress, command tags, NOTICEs or "database:" line), --verbose (server notices of every
      step too, probe's TAP streams). No colour is ever written, so NO_COLOR changes nothing.`;

export function setOutput(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const own = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  output.quiet = own.includes('--quiet');
  output.verbose = own.includes('--verbose') && !output.quiet;
  output.json = own.includes('--json');
  // Nothing is coloured today; whatever colours one day asks this, so NO_COLOR is honoured there too.
  output.color = !env.NO_COLOR && process.stderr.isTTY === true;
}

/** A header or a step: not under --quiet. */
export function progress(io: Io, line: string): void {
  if (!output.quiet) io.out(line);
}

/** Per-step detail: only under --verbose. */
export function detail(io: Io, line: string): void {
  if (output.verbose && !output.quiet) io.out(line);
}

/** Severities psql always shows, whatever the verbosity. */
const LOUD = new Set(['WARNING', 'ERROR', 'FATAL', 'PANIC']);

/**
 * A server message as psql prints it (SEVERITY:  message), by the policy above: WARNING and
 * worse always; anything quieter never under --quiet, and when `harness` (the harness's own
 * SQL, not the user's files) only under --verbose.
 */
export function printNotice(io: Io, n: Notice, opts: { harness?: boolean } = {}): void {
  if (!LOUD.has(n.severity.toUpperCase())) {
    if (output.quiet) return;
    if (opts.harness && !output.verbose) return;
  }
  io.err(`${n.severity}:  ${n.message}`);
}

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `names` to `word`, when it is close enough to be a typo. */
export function nearest(word: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of names) {
    const dist = distance(word, n);
    if (dist < bestD) [best, bestD] = [n, dist];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

export function parseFlags(command: string, args: string[], spec: FlagSpec, opts: { positionals?: boolean } = {}): Parsed {
  const all = { ...OUTPUT_FLAGS, ...spec };
  try {
    const r = parseArgs({ args, options: all, allowPositionals: opts.positionals ?? false, strict: true });
    // A command's own short spelling of --verbose (probe -v, as pg_prove's) counts as --verbose.
    if (r.values.verbose === true && !output.quiet) output.verbose = true;
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    let msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    const unknown = /^Unknown option '--([^']+)'/.exec(msg);
    const near = unknown ? nearest(unknown[1]!, Object.keys(all)) : null;
    if (near) msg += ` (did you mean --${near}?)`;
    throw new UsageError(`${command}: ${msg}; see iu-core ${command.split(' ')[0]} --help`);
  }
}

export const str = (p: Parsed, k: string): string | undefined => p.values[k] as string | undefined;
export const bool = (p: Parsed, k: string): boolean => p.values[k] === true;
export const list = (p: Parsed, k: string): string[] => (p.values[k] as string[] | undefined) ?? [];

/** A positive integer flag within [1, max], or the default. */
export function intFlag(p: Parsed, k: string, def: number | undefined, max: number): number | undefined {
  const v = str(p, k);
  if (v === undefined) return def;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new UsageError(`--${k} takes a whole number from 1 to ${max}; got '${v}'`);
  return Number(v);
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
  json(value: unknown): void;
}

export const consoleIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  json: (v) => process.stdout.write(`${JSON.stringify(v, null, 2)}\n`),
};

/** Open the database named by --db (validated first) or the environment's default. */
export function openFromFlags(p: Parsed, opts: OpenOptions = {}): Promise<Db> {
  return openDb(resolveDbSpec(str(p, 'db')), opts);
}

export const DURATION_RULE = 'a duration such as 500ms, 30s or 2min';
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

/**
 * The one spelling of every duration flag (--lock-timeout, --lock-wait, --statement-timeout):
 * a whole number with ms, s, min or h, or a bare number of seconds. `text` always carries its
 * unit (PostgreSQL's own spelling), so a bare number never reaches the server as milliseconds.
 */
export function parseDuration(flag: string, value: string): { text: string; ms: number } {
  const m = /^(\d+)\s*(ms|s|min|h)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] ?? 's']! : NaN;
  if (!m || !(ms >= 1) || ms > 2_147_483_647) throw new UsageError(`--${flag} takes ${DURATION_RULE}; got '${value}' (units ms, s, min, h; a bare number is seconds; at most 24 days)`);
  return { text: `${m[1]}${m[2] ?? 's'}`, ms };
}

export function durationFlag(p: Parsed, k: string, def: string): { text: string; ms: number } {
  return parseDuration(k, str(p, k) ?? def);
}

/** --db values that give each command a new, empty database: nothing from an earlier command is there. */
const THROWAWAY: Record<string, string> = {
  local: '--db local starts a new, empty server for every command',
  container: '--db container starts a new, empty container for every command',
  'pglite:memory': '--db pglite:memory is a new, empty database for every command',
};

/**
 * Run `check` (the product is installed, the template exists); on a throwaway database its
 * advice to "run iu-core migrate up first" cannot help, so the message says why and what can.
 */
export async function onKeptDatabase<T>(p: Parsed, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (e) {
    const why = THROWAWAY[str(p, 'db') ?? ''];
    if (!why || !(e instanceof Error)) throw e;
    const msg = `${e.message.replace(/: run iu-core migrate up first$/, '')}; ${why}, so no earlier command (migrate up, run) can have prepared it: use a database that keeps its data (pglite:DIR, or a server) and run iu-core migrate up --db … there first`;
    throw e instanceof UsageError ? new UsageError(msg) : Object.assign(e, { message: msg });
  }
}
