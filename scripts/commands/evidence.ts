// iu-core evidence --out DIR [-- COMMAND]: the auditors' bundle. A pg_dump before and after
// (each with its sha256), the regression matrix before and after, an iu-core command run
// in between on the same database (its output and exit code kept), then the probe suite and
// the conformance scan — indexed in evidence.json, evidence.md and a self-contained index.html.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { COMMAND_NAMES } from '../main.ts';
import { outDir } from '../paths.ts';
import { DB_FLAGS, bool, output, parseFlags, progress, str, type Io } from '../cli.ts';
import { openDb, resolveDbSpec, type DbSpec } from '../db/open.ts';
import { PgliteDb } from '../db/pglite.ts';
import { urlOptions } from '../db/postgres.ts';
import { startLocalServer } from '../db/local-server.ts';
import { startContainer } from '../db/container.ts';
import { EVIDENCE_IDENTITY } from '../sql.ts';
import { conformanceReport } from '../conformance.ts';
import { compareMatrix, regressionMatrix, type MatrixRow } from '../matrix.ts';
import { probeFiles, runProbes } from '../probes/run.ts';
import type { ProbeRun } from '../probes/model.ts';
import { FORMATS } from './probe.ts';
import { conformanceMarkdown } from './prove.ts';
import { dumpPglite, dumpServer, findPgDump, RESTRICT_KEY, type DumpInfo, type PgDumpTool } from '../evidence/dump.ts';
import { FILES, fileIndex, gitInfo, maskUrls, redactor, writeSums } from '../evidence/bundle.ts';
import { FORMAT, summarizeProbeFile, verdicts, type Evidence } from '../evidence/model.ts';
import { driftMarkdown, renderEvidenceMarkdown } from '../evidence/markdown.ts';
import { renderEvidenceHtml } from '../evidence/html.ts';
import type { Db } from '../db/types.ts';

export const usage = `iu-core evidence --out DIR [--no-probes] [-- COMMAND…]  auditors' bundle: pg_dump before/after + sha256, conformance,
              probes, regression matrix; COMMAND (an iu-core command line) runs in between`;

/** PGlite cannot cancel a statement: probes run behind the watchdog, as in prove. */
const PROBE_WATCHDOG_MS = 30_000;

/** The database, as the engines and the command in between reach it. */
interface Target {
  kind: 'pglite' | 'postgres';
  /** PGlite data directory (absolute), or null for memory. */
  dir: string | null;
  /** postgres:// URL, or null for the libpq environment. */
  url: string | null;
  /** What the command in between gets: the same database, named explicitly. */
  dbArgs: string[];
  /** Set when evidence started the server itself (--db local / container). */
  stop?: () => Promise<void>;
}

interface Opened {
  db: Db;
  close(): Promise<void>;
}

/**
 * Open the target the way every command opens its database (openDb): the first opening
 * announces it (main prints "database: …" and libpq's warnings, a .pgpass others may read);
 * the reopenings around the command in between and for the probes say nothing again.
 */
async function open(t: Target, opts: { watchdog?: boolean; announce?: boolean } = {}): Promise<Opened> {
  const spec: DbSpec = t.kind === 'pglite' ? { kind: 'pglite', dir: t.dir } : { kind: 'postgres', url: t.url };
  const db = await openDb(spec, { pgliteWatchdogMs: opts.watchdog ? PROBE_WATCHDOG_MS : undefined, announce: opts.announce ?? false });
  // Closed by us before the command in between runs main(), whose shutdown() closes
  // everything still registered: openDb's close() unregisters its shutdown hook.
  return { db, close: () => db.close() };
}

/** Refuse a COMMAND that cannot be evidence of anything, before any database is touched. */
export function checkCommand(argv: string[]): void {
  const [name, ...rest] = argv;
  if (!name) throw new UsageError('evidence: nothing after --; name an iu-core command, e.g. -- run FILE.sql');
  if (!COMMAND_NAMES.includes(name)) {
    throw new UsageError(`evidence: '${name}' after -- is not an iu-core command (give it without 'iu-core', e.g. -- run FILE.sql)`);
  }
  if (name === 'evidence') throw new UsageError('evidence: the command after -- cannot be evidence itself');
  if (name === 'check') throw new UsageError('evidence: check touches no database, so there is nothing to take evidence of');
  if (rest.some((a) => a === '--db' || a.startsWith('--db='))) {
    throw new UsageError('evidence: leave --db out of the command after --; it runs on the database evidence was given');
  }
}

/** A command line for people: arguments quoted only where a shell would need it. */
export function commandLine(argv: string[]): string {
  return ['iu-core', ...argv].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

async function resolveTarget(flag: string | undefined): Promise<Target> {
  const spec = resolveDbSpec(flag);
  switch (spec.kind) {
    case 'pglite': {
      const dir = spec.dir === null ? null : resolve(spec.dir);
      return { kind: 'pglite', dir, url: null, dbArgs: dir ? ['--db', `pglite:${dir}`] : [] };
    }
    case 'postgres':
      // No URL: the command resolves the same PG* environment evidence did.
      return { kind: 'postgres', dir: null, url: spec.url, dbArgs: spec.url ? ['--db', spec.url] : [] };
    case 'local': {
      const server = await startLocalServer();
      return { kind: 'postgres', dir: null, url: server.url, dbArgs: ['--db', server.url], stop: () => server.destroy() };
    }
    case 'container': {
      const server = await startContainer();
      return { kind: 'postgres', dir: null, url: server.url, dbArgs: ['--db', server.url], stop: () => server.stop() };
    }
  }
}

interface CommandResult {
  exitCode: number;
  ms: number;
  log: string[];
}

/** The command in between, in this process through main(), its output captured line by line. */
async function runCommand(argv: string[], t: Target, io: Io, echo: boolean, redact: (s: string) => string): Promise<CommandResult> {
  const { main } = await import('../main.ts');
  const log: string[] = [];
  const keep = (line: string, to: (l: string) => void) => {
    const safe = redact(line);
    log.push(safe);
    if (echo) to(safe.split('\n').map((l) => `  │ ${l}`).join('\n'));
  };
  const captured: Io = {
    out: (l) => keep(l, io.out),
    err: (l) => keep(l, io.err),
    json: (v) => keep(JSON.stringify(v, null, 2), io.out),
  };
  const started = performance.now();
  const exitCode = await main([...argv, ...t.dbArgs], captured);
  return { exitCode, ms: Math.round(performance.now() - started), log };
}

export async function run(args: string[], io: Io): Promise<number> {
  const sep = args.indexOf('--');
  const own = sep < 0 ? args : args.slice(0, sep);
  const command = sep < 0 ? null : args.slice(sep + 1);
  const p = parseFlags('evidence', own, { ...DB_FLAGS, out: { type: 'string' }, 'no-probes': { type: 'boolean' } });
  const outFlag = str(p, 'out');
  if (!outFlag) throw new UsageError('evidence: --out DIR is required (a new or empty folder for the bundle)');
  const outFolder = outDir(outFlag, 'evidence: --out');
  const out = outFolder.path;
  if (existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length > 0)) {
    throw new UsageError(`evidence: ${out} exists and is not an empty folder; a bundle is never written over another`);
  }
  if (command) checkCommand(command);
  const spec = resolveDbSpec(str(p, 'db'));
  if (command && spec.kind === 'pglite' && spec.dir === null) {
    throw new UsageError('evidence: a command cannot run on pglite:memory (it would open an empty database of its own); use pglite:<dir>');
  }
  const json = bool(p, 'json');
  const noProbes = bool(p, 'no-probes');
  // Steps: none under --json (stdout is the object) or --quiet (cli.ts's policy).
  const say = (l: string) => {
    if (!json) progress(io, l);
  };

  const target = await resolveTarget(str(p, 'db'));
  // The password however it was given (in the URL, its query, or PGPASSWORD): never in the bundle.
  const password = target.url ? String(urlOptions(target.url).password ?? '') : (process.env.PGPASSWORD ?? '');
  const redact = redactor([password]);
  try {
    let conn = await open(target, { announce: true });
    const database = conn.db.label;
    const [ident] = await conn.db.query<{ database: string; user: string; version: string; version_num: number }>(EVIDENCE_IDENTITY);
    const server = { version: ident!.version, versionNum: Number(ident!.version_num), database: ident!.database, user: ident!.user };
    const major = Math.floor(server.versionNum / 10000);
    // Refused here, before anything is written: no pg_dump of the server's own major version.
    const tool: PgDumpTool | null = target.kind === 'postgres' ? findPgDump(major) : null;
    say(`iu-core evidence on ${database} (PostgreSQL ${server.version}) into ${out}`);
    outFolder.create();
    const generatedAt = new Date().toISOString();
    const git = gitInfo();

    const wasm = { dumpedBy: null as string | null };
    const dump = async (file: string): Promise<DumpInfo> => {
      const path = join(out, file);
      if (tool) return dumpServer(tool, target.url, path, file);
      const { dumpedBy, ...info } = await dumpPglite(conn.db as PgliteDb, path, file);
      wasm.dumpedBy = dumpedBy;
      return info;
    };

    const matrixBefore: MatrixRow[] = await conn.db.session((s) => regressionMatrix(s));
    const before = await dump(FILES.before);
    say(`before: ${before.file} ${before.sha256} (${before.bytes} bytes)`);

    let commandResult: CommandResult | null = null;
    if (command) {
      say(`command: ${redact(commandLine(command))}`);
      await conn.close();
      commandResult = await runCommand(command, target, io, !json && !output.quiet, redact);
      say(`command exit code: ${commandResult.exitCode}`);
      conn = await open(target);
    }

    const matrixAfter = await conn.db.session((s) => regressionMatrix(s));
    const after = await dump(FILES.after);
    say(`after:  ${after.file} ${after.sha256} (${after.bytes} bytes)`);
    const conformance = await conn.db.session((s) => conformanceReport(s));

    let probeRun: ProbeRun | null = null;
    if (!noProbes) {
      if (target.kind === 'pglite') {
        await conn.close();
        conn = await open(target, { watchdog: true });
      }
      probeRun = await runProbes(conn.db, probeFiles([]));
    }
    await conn.close();

    const matrix = compareMatrix(matrixBefore, matrixAfter);
    const identical = before.sha256 === after.sha256;
    const v = verdicts({ command: commandResult, identical, conformance, probes: probeRun, matrix });

    // Every text file with its URLs masked (the dumps are pg_dump's own bytes, untouched);
    // the command's output was redacted as it was captured.
    const write = (file: string, text: string) => writeFileSync(join(out, file), maskUrls(text));
    write(FILES.conformanceJson, `${JSON.stringify(conformance, null, 2)}\n`);
    write(FILES.conformanceMd, `${conformanceMarkdown(conformance)}\n${driftMarkdown(conformance.drift, '##')}`);
    write(FILES.matrix, `${JSON.stringify({ verdict: v.matrix.verdict, moved: v.matrix.moved, rows: matrix }, null, 2)}\n`);
    if (probeRun) for (const f of Object.values(FORMATS)) write(f.file, f.render(probeRun));
    let commandLog: string | undefined;
    if (command && commandResult) {
      commandLog = [
        `# ${redact(commandLine(command))}`,
        `# on ${database}, between ${FILES.before} and ${FILES.after}`,
        ...commandResult.log,
        `# exit code ${commandResult.exitCode} after ${commandResult.ms} ms`,
        '',
      ].join('\n');
      write(FILES.commandLog, commandLog);
    }

    const written = readdirSync(out);
    const evidence: Evidence = {
      format: FORMAT,
      generatedAt,
      database,
      engine: target.kind,
      server,
      git,
      command:
        command && commandResult
          ? { argv: command.map(redact), line: redact(commandLine(command)), exitCode: commandResult.exitCode, ms: commandResult.ms, log: FILES.commandLog }
          : null,
      dumps: {
        tool: tool
          ? `${tool.version} (${tool.path})`
          : `${wasm.dumpedBy ? `pg_dump ${wasm.dumpedBy}` : 'pg_dump'} in WASM (@electric-sql/pglite-tools), on a clone of the database`,
        restrictKey: tool?.restrictKey ? RESTRICT_KEY : null,
        before,
        after,
        identical,
      },
      verdicts: v,
      conformance,
      probes: probeRun ? { startedAt: probeRun.startedAt, ms: probeRun.ms, files: probeRun.files.map(summarizeProbeFile), census: probeRun.census } : null,
      matrix,
      files: fileIndex(written),
    };
    write(FILES.json, `${JSON.stringify(evidence, null, 2)}\n`);
    write(FILES.md, renderEvidenceMarkdown(evidence));
    write(FILES.html, renderEvidenceHtml(evidence, { commandLog }));
    writeSums(out);

    if (json) {
      io.json({ out, verdicts: v, dumps: evidence.dumps, command: evidence.command });
    } else {
      // Under --quiet, the sections that failed and the verdict.
      const section = (verdict: string, line: string) => (verdict === 'PASS' ? progress(io, line) : io.out(line));
      section(v.command.verdict, `command:     ${v.command.verdict} (${v.command.note})`);
      section(v.dumps.verdict, `dumps:       ${v.dumps.verdict} (${v.dumps.note})`);
      section(v.conformance.verdict, `conformance: ${v.conformance.verdict} (${v.conformance.summary})`);
      section(v.drift.verdict, `drift:       ${v.drift.verdict} (${v.drift.summary})`);
      section(v.probes.verdict, `probes:      ${v.probes.verdict} (${v.probes.note})`);
      section(v.matrix.verdict, `matrix:      ${v.matrix.verdict} (${v.matrix.note})`);
      io.out(`verdict: ${v.overall}; bundle in ${out} (open ${join(out, FILES.html)}; verify with sha256sum -c ${FILES.sums})`);
    }
    // A command refused for its usage is a usage error of this command line too.
    if (commandResult?.exitCode === 2) {
      io.err(`iu-core: evidence: the command after -- was refused (exit 2); the bundle records it`);
      return 2;
    }
    return v.overall === 'PASS' ? 0 : 1;
  } finally {
    await target.stop?.().catch(() => undefined);
  }
}

