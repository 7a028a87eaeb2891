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

export function parseFlags(command: string, args: string[], spec: FlagSpec, opts: { positionals?: boolean } = {}): Parsed {
  try {
    const r = parseArgs({ args, options: spec, allowPositionals: opts.positionals ?? false, strict: true });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(`${command}: ${msg}`);
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

/** A duration flag such as 500ms, 30s or 2min, in milliseconds (PostgreSQL's own spelling). */
export function durationFlag(p: Parsed, k: string, def: string): { text: string; ms: number } {
  const text = str(p, k) ?? def;
  const m = /^(\d+)(ms|s|min)?$/.exec(text);
  if (!m || Number(m[1]) < 1) throw new UsageError(`--${k} takes a duration such as 500ms, 30s or 2min; got '${text}'`);
  const unit = m[2] ?? 'ms';
  return { text, ms: Number(m[1]) * (unit === 'min' ? 60_000 : unit === 's' ? 1000 : 1) };
}

/** NOTICE and WARNING lines as psql prints them. */
export function printNotice(io: Io, n: Notice): void {
  io.err(`${n.severity}:  ${n.message}`);
}
