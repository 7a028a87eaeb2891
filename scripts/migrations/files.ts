// Migration files on disk: which files are migrations (one rule), how they pair with their
// rollbacks, their checksums and what their headers declare.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CheckFailed, UsageError } from '../errors.ts';
import { displayName } from '../sqlfile.ts';
import type { Pattern, Project } from '../projects.ts';

export const DEFAULT_MIGRATIONS_DIR = 'sql/iu-core';

/** How a project names its files, and whether each must have a rollback and IU Core's Delta header. */
export interface FileRules {
  pattern: Pattern;
  rollbacks: 'required' | 'optional';
  /** The seven-class `-- Delta:` header: IU Core's own convention, required only of it. */
  delta: boolean;
}

export const IU_CORE_RULES: FileRules = { pattern: 'NNN', rollbacks: 'required', delta: true };

export function rulesOf(p: Project): FileRules {
  return { pattern: p.pattern, rollbacks: p.rollbacks, delta: p.builtin };
}

const DIGITS: Record<Pattern, number> = { NNN: 3, NNNN: 4, timestamp: 14 };
const SNAKE = '([a-z0-9]+(?:_[a-z0-9]+)*)';
const PATTERN_TEXT: Record<Pattern, string> = { NNN: 'NNN_snake_name.sql (three digits', NNNN: 'NNNN_snake_name.sql (four digits', timestamp: 'YYYYMMDDHHMMSS_snake_name.sql (a 14-digit UTC timestamp' };

export const migrationFile = (p: Pattern) => new RegExp(`^(\\d{${DIGITS[p]}})_${SNAKE}\\.sql$`);
export const rollbackFile = (p: Pattern) => new RegExp(`^(\\d{${DIGITS[p]}})_${SNAKE}\\.rollback\\.sql$`);
export const migrationRule = (r: FileRules) =>
  `a migration is ${PATTERN_TEXT[r.pattern]}, lowercase snake_case)${r.rollbacks === 'required' ? ` with rollback/${r.pattern === 'timestamp' ? 'YYYYMMDDHHMMSS' : r.pattern}_snake_name.rollback.sql beside it` : `, optionally with rollback/<same stem>.rollback.sql`}`;

/** The one rule for IU Core's migration file names. */
export const MIGRATION_FILE = migrationFile('NNN');
export const ROLLBACK_FILE = rollbackFile('NNN');
export const MIGRATION_RULE = migrationRule(IU_CORE_RULES);

export const CLASSES = ['table', 'view', 'function', 'trigger', 'config', 'event_type', 'route'] as const;
export type ConformanceClass = (typeof CLASSES)[number];
export type Delta = Record<ConformanceClass, number>;

export interface Migration {
  version: string;
  name: string;
  stem: string;
  path: string;
  /** Where its rollback is (or would be, when rollbacks are optional and it has none). */
  rollbackPath: string;
  checksum: string;
  /** sha256 of the rollback file as it is now (recorded in the ledger when the migration is applied); null when it has none. */
  rollbackChecksum: string | null;
  /** Declared by the `-- Delta:` header line, or null when the file declares none. */
  delta: Delta | null;
  noTransaction: boolean;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The `-- Delta: table +1, view +2, …` header line, all seven classes. */
export function parseDelta(text: string, file: string): Delta | null {
  const m = /^--\s*Delta:\s*(.+)$/m.exec(text);
  if (!m) return null;
  const delta: Partial<Delta> = {};
  for (const part of m[1]!.split(',')) {
    const pm = /^\s*([a-z_]+)\s+([+-]?\d+)\s*$/.exec(part);
    if (!pm || !(CLASSES as readonly string[]).includes(pm[1]!)) {
      throw new CheckFailed(`${file}: bad Delta header part '${part.trim()}': expected '<class> +N' with class one of ${CLASSES.join(', ')}`);
    }
    delta[pm[1] as ConformanceClass] = Number(pm[2]);
  }
  const missing = CLASSES.filter((c) => delta[c] === undefined);
  if (missing.length) throw new CheckFailed(`${file}: Delta header omits ${missing.join(', ')} (list all seven classes)`);
  return delta as Delta;
}

export const NO_TRANSACTION = /^--\s*iu-core:\s*no-transaction\s*$/m;

/**
 * A name that looks meant as a migration or rollback but does not follow the rule (036_x.SQL,
 * 036_x.sql.bak, 36_x.sql, "036_x.sql "): refused by name, never skipped in silence.
 */
const nearMiss = (f: string) => /\.sql/i.test(f) || /^\d/.test(f);
const isFile = (p: string) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * Every migration in `dir`, ordered, each paired with its rollback. A stray .sql name, a
 * duplicate number, a forward file without its rollback or a rollback without its forward
 * is refused here, before anything runs.
 */
export function listMigrations(dir: string = DEFAULT_MIGRATIONS_DIR, rules: FileRules = IU_CORE_RULES): Migration[] {
  const MIGRATION = migrationFile(rules.pattern);
  const ROLLBACK = rollbackFile(rules.pattern);
  const RULE = migrationRule(rules);
  const abs = resolve(dir);
  if (!existsSync(abs)) throw new UsageError(`migrations folder ${dir} does not exist`);
  const rollbackDir = join(abs, 'rollback');
  const problems: string[] = [];
  const forward = new Map<string, string>();
  for (const f of readdirSync(abs).sort()) {
    if (!nearMiss(f) || !isFile(join(abs, f))) continue;
    const m = MIGRATION.exec(f);
    if (!m) {
      problems.push(`${displayName(join(abs, f))}: not a migration file name (${RULE})`);
      continue;
    }
    const prev = forward.get(m[1]!);
    if (prev) problems.push(`${displayName(join(abs, f))}: number ${m[1]} is already used by ${prev}`);
    else forward.set(m[1]!, f);
  }
  const rollbacks = new Map<string, string>();
  if (existsSync(rollbackDir)) {
    for (const f of readdirSync(rollbackDir).sort()) {
      if (!nearMiss(f) || !isFile(join(rollbackDir, f))) continue;
      const m = ROLLBACK.exec(f);
      if (!m) {
        problems.push(`${displayName(join(rollbackDir, f))}: not a rollback file name (${RULE})`);
        continue;
      }
      rollbacks.set(`${m[1]}_${m[2]}`, f);
      const fwd = `${m[1]}_${m[2]}.sql`;
      if (forward.get(m[1]!) !== fwd) problems.push(`${displayName(join(rollbackDir, f))}: rollback without its forward migration ${fwd}`);
    }
  }
  const out: Migration[] = [];
  for (const [version, f] of [...forward].sort(([a], [b]) => a.localeCompare(b))) {
    const stem = f.slice(0, -'.sql'.length);
    const path = join(abs, f);
    const rollbackPath = join(rollbackDir, `${stem}.rollback.sql`);
    if (!rollbacks.has(stem) && rules.rollbacks === 'required') {
      problems.push(`${displayName(path)}: no rollback file ${displayName(rollbackPath)}`);
      continue;
    }
    const text = readFileSync(path);
    const source = text.toString('utf8');
    out.push({
      version,
      name: stem.slice(version.length + 1),
      stem,
      path,
      rollbackPath,
      checksum: sha256(text),
      rollbackChecksum: rollbacks.has(stem) ? sha256(readFileSync(rollbackPath)) : null,
      delta: rules.delta ? parseDeltaOrProblem(source, displayName(path), problems) : null,
      noTransaction: NO_TRANSACTION.test(source),
    });
  }
  if (problems.length) throw new CheckFailed(`migration files refused:\n  ${problems.join('\n  ')}`);
  return out;
}

function parseDeltaOrProblem(text: string, file: string, problems: string[]): Delta | null {
  try {
    return parseDelta(text, file);
  } catch (e) {
    problems.push((e as Error).message);
    return null;
  }
}

/**
 * Normalise a user's version to the project's pattern ("33" or "033" to 033 under NNN, 7 to
 * 0007 under NNNN; a timestamp is given whole), or refuse.
 */
export function parseVersion(v: string, flag: string, pattern: Pattern = 'NNN'): string {
  const n = DIGITS[pattern];
  if (pattern === 'timestamp') {
    if (!/^\d{14}$/.test(v)) throw new UsageError(`${flag} takes a migration timestamp YYYYMMDDHHMMSS (14 digits); got '${v}'`);
    return v;
  }
  if (!new RegExp(`^\\d{1,${n}}$`).test(v)) throw new UsageError(`${flag} takes a migration number ${pattern}; got '${v}'`);
  return v.padStart(n, '0');
}

/** The version that means "before the first migration" (migrate down --to 000). */
export const zeroVersion = (pattern: Pattern) => '0'.repeat(DIGITS[pattern]);

/** A project's migrations, from its folder or `dir` when given (--dir). */
export function projectMigrations(p: Project, dir?: string): Migration[] {
  return listMigrations(dir ?? p.migrationsDir, rulesOf(p));
}
