// iu-core probe: run the pgTAP probe files, bounded and isolated, and report them in every
// format asked for from one result model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, durationFlag, intFlag, list, openFromFlags, output, parseFlags, progress, str, type Io } from '../cli.ts';
import { maskSecrets } from '../db/mask.ts';
import { outDir } from '../paths.ts';
import { displayName } from '../sqlfile.ts';
import { PostgresDb } from '../db/postgres.ts';
import { probeFiles, runProbes } from '../probes/run.ts';
import { runProbesParallel } from '../probes/parallel.ts';
import { fileLine, fileStream, renderTap, summary } from '../probes/report/tap.ts';
import { renderJunit } from '../probes/report/junit.ts';
import { renderJson } from '../probes/report/json.ts';
import { renderMarkdown } from '../probes/report/md.ts';
import type { ProbeRun } from '../probes/model.ts';

export const usage = `iu-core probe [FILES|DIRS…] [-r] [--ext .pg] [-v] [--strict] [--format tap,junit,json,md] [--out DIR]
              [-j N] [--runtests [--schema S] [--match RE]] [--statement-timeout 30s] [--lock-timeout 5s]
                                                  pgTAP files as pg_prove runs them, the leave-no-trace census judging`;

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
    writeFileSync(path, maskSecrets(FORMATS[f].render(run)));
    return path;
  });
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags(
    'probe',
    args,
    {
      ...DB_FLAGS,
      format: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'statement-timeout': { type: 'string' },
      'lock-timeout': { type: 'string' },
      recurse: { type: 'boolean', short: 'r' },
      ext: { type: 'string', multiple: true },
      verbose: { type: 'boolean', short: 'v' },
      strict: { type: 'boolean' },
      runtests: { type: 'boolean', short: 'R' },
      schema: { type: 'string', short: 's' },
      match: { type: 'string', short: 'x' },
    },
    { positionals: true },
  );
  const formats = parseFormats(str(p, 'format'));
  const outFlag = str(p, 'out');
  if (!outFlag && formats.some((f) => f !== 'tap')) throw new UsageError(`--format ${formats.join(',')} writes files: give --out DIR`);
  // Checked before the database is opened: a bad --out loses no run.
  const out = outFlag ? outDir(outFlag, 'probe: --out') : null;
  const jobs = intFlag(p, 'jobs', 1, 64)!;
  const statementTimeout = durationFlag(p, 'statement-timeout', '30s');
  const lockTimeout = durationFlag(p, 'lock-timeout', '5s');
  const runtests = bool(p, 'runtests');
  if (!runtests && (str(p, 'schema') !== undefined || str(p, 'match') !== undefined)) throw new UsageError('--schema and --match go with --runtests');
  if (runtests && p.positionals.length) throw new UsageError('--runtests runs pgTAP\'s runtests() in the database: name no files with it');
  const files = runtests ? ['(runtests)'] : probeFiles(p.positionals, { recurse: bool(p, 'recurse'), ext: list(p, 'ext') });
  if (!files.length) throw new UsageError(p.positionals.length ? `no probe files in ${p.positionals.join(', ')} (extensions ${list(p, 'ext').join(', ') || '.sql'}${bool(p, 'recurse') ? '' : '; -r to recurse'})` : 'no probe files: none named and tests/probes/ has no .sql files');

  // PGlite cannot honour statement_timeout: a watchdog stops an overrunning statement instead.
  const db = await openFromFlags(p, { pgliteWatchdogMs: statementTimeout.ms });
  const json = bool(p, 'json');
  const width = Math.max(...files.map((f) => displayName(f).length));
  // One line per file as it finishes (pg_prove's), with its TAP stream under -v; none under
  // --quiet, which keeps the summary alone, as pg_prove -Q does (cli.ts's policy).
  const onFile = json || output.quiet ? undefined : (r: Parameters<typeof fileLine>[0]) => io.out(maskSecrets(output.verbose ? `${fileStream(r)}${fileLine(r, width)}` : fileLine(r, width)));
  const opts = {
    statementTimeout: statementTimeout.text,
    statementTimeoutMs: statementTimeout.ms,
    lockTimeout: lockTimeout.text,
    strict: bool(p, 'strict'),
    runtests: runtests ? { schema: str(p, 'schema'), match: str(p, 'match') } : undefined,
    onFile,
  };
  let result: ProbeRun;
  if (jobs > 1 && db instanceof PostgresDb && !runtests) {
    result = await runProbesParallel(db, files, jobs, opts);
  } else {
    if (jobs > 1) io.err(`note: --jobs ${jobs} needs a real server and files (PGlite has one connection; --runtests is one call); running one at a time`);
    result = await runProbes(db, files, opts);
  }
  if (json) io.json(result);
  else io.out(maskSecrets(summary(result)));
  if (out) {
    out.create();
    for (const path of writeReports(result, formats, out.path)) if (!json) progress(io, `wrote ${path}`);
  }
  return result.passed ? 0 : 1;
}
