// iu-core probe: run the pgTAP probe files, bounded and isolated, and report them in every
// format asked for from one result model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, durationFlag, intFlag, openFromFlags, parseFlags, str, type Io } from '../cli.ts';
import { listMigrations } from '../migrations/files.ts';
import { displayName } from '../sqlfile.ts';
import { PostgresDb } from '../db/postgres.ts';
import { probeFiles, runProbes } from '../probes/run.ts';
import { runProbesParallel } from '../probes/parallel.ts';
import { fileLine, renderTap, summary } from '../probes/report/tap.ts';
import { renderJunit } from '../probes/report/junit.ts';
import { renderJson } from '../probes/report/json.ts';
import { renderMarkdown } from '../probes/report/md.ts';
import type { ProbeRun } from '../probes/model.ts';

export const usage = `iu-core probe [FILES…] [--format tap,junit,json,md] [--out DIR] [--jobs N]
              [--statement-timeout 30s] [--lock-timeout 5s] [--dir MIGRATIONS]   pgTAP probes, each in BEGIN … ROLLBACK`;

export const FORMATS = {
  tap: { file: 'probes.tap', render: renderTap },
  junit: { file: 'probes.junit.xml', render: renderJunit },
  json: { file: 'probes.json', render: renderJson },
  md: { file: 'probes.md', render: renderMarkdown },
} as const;
export type Format = keyof typeof FORMATS;

export function parseFormats(value: string | undefined): Format[] {
  const formats = (value ?? 'tap').split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (!(f in FORMATS)) throw new UsageError(`--format takes tap, junit, json or md (comma-separated); got '${f}'`);
  return [...new Set(formats)] as Format[];
}

/** Write the chosen formats into `dir`; returns the paths written. */
export function writeReports(run: ProbeRun, formats: Format[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return formats.map((f) => {
    const path = join(dir, FORMATS[f].file);
    writeFileSync(path, FORMATS[f].render(run));
    return path;
  });
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags(
    'probe',
    args,
    { ...DB_FLAGS, format: { type: 'string' }, out: { type: 'string' }, jobs: { type: 'string' }, 'statement-timeout': { type: 'string' }, 'lock-timeout': { type: 'string' }, dir: { type: 'string' } },
    { positionals: true },
  );
  const formats = parseFormats(str(p, 'format'));
  const out = str(p, 'out');
  if (!out && formats.some((f) => f !== 'tap')) throw new UsageError(`--format ${formats.join(',')} writes files: give --out DIR`);
  const jobs = intFlag(p, 'jobs', 1, 64)!;
  const statementTimeout = durationFlag(p, 'statement-timeout', '30s');
  const lockTimeout = durationFlag(p, 'lock-timeout', '5s');
  const files = probeFiles(p.positionals);
  if (!files.length) throw new UsageError('no probe files: none named and tests/probes/ has no .sql files');
  const migrations = jobs > 1 ? listMigrations(str(p, 'dir')) : [];

  // PGlite cannot honour statement_timeout: a watchdog stops an overrunning statement instead.
  const db = await openFromFlags(p, { pgliteWatchdogMs: statementTimeout.ms });
  const json = bool(p, 'json');
  const width = Math.max(...files.map((f) => displayName(f).length));
  const onFile = json ? undefined : (r: Parameters<typeof fileLine>[0]) => io.out(fileLine(r, width));
  let result: ProbeRun;
  if (jobs > 1 && db instanceof PostgresDb) {
    result = await runProbesParallel(db, files, jobs, migrations, { statementTimeout: statementTimeout.text, statementTimeoutMs: statementTimeout.ms, lockTimeout: lockTimeout.text, onFile });
  } else {
    if (jobs > 1) io.err(`note: --jobs ${jobs} needs a real server (PGlite has one connection); running one file at a time`);
    result = await runProbes(db, files, { statementTimeout: statementTimeout.text, statementTimeoutMs: statementTimeout.ms, lockTimeout: lockTimeout.text, onFile });
  }
  if (json) io.json(result);
  else io.out(summary(result));
  if (out) {
    for (const path of writeReports(result, formats, resolve(out))) if (!json) io.out(`wrote ${path}`);
  }
  return result.passed ? 0 : 1;
}
