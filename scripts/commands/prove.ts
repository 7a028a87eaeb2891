// iu-core prove: the main job. Migrate, load the sample data, run every probe and the
// conformance scan, print a short report, and write the full report files to a folder.
import { driftMarkdown, mdCode, mdText } from '../evidence/markdown.ts';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DB_FLAGS, bool, openFromFlags, parseFlags, printNotice, progress, str, type Io } from '../cli.ts';
import { maskSecrets } from '../db/mask.ts';
import { outDir } from '../paths.ts';
import { listMigrations } from '../migrations/files.ts';
import { migrateUp } from '../migrations/apply.ts';
import { loadSqlFile, runSqlFile } from '../sqlfile.ts';
import { probeFiles, runProbes } from '../probes/run.ts';
import { conformanceReport, type ConformanceReport } from '../conformance.ts';
import { writeReports } from './probe.ts';
import type { Db, Notice } from '../db/types.ts';

export const usage = `iu-core prove [--out DIR] [--quiet|--verbose]      main job: migrate, sample data, probes, conformance`;

export const SAMPLE_DIR = 'ops/sample';

export function sampleFiles(): string[] {
  const dir = resolve(SAMPLE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((f) => join(dir, f));
}

/** The sample data, through the product's own functions (each file is psql-runnable too). */
export async function loadSample(db: Db, onNotice?: (n: Notice) => void): Promise<number> {
  const files = sampleFiles();
  await db.session(async (s) => {
    for (const path of files) {
      const file = await loadSqlFile(path);
      try {
        await runSqlFile(s, file, { onNotice: (n) => onNotice?.(n) });
      } finally {
        await s.exec('ROLLBACK').catch(() => undefined);
      }
    }
  });
  return files.length;
}

export function conformanceMarkdown(r: ConformanceReport): string {
  // Object names come from the catalog, where anyone who may CREATE names them: every value is escaped.
  const list = (xs: string[] | null) => (xs?.length ? xs.map(mdCode).join(', ') : '—');
  return [
    `# Conformance (D9): ${mdText(r.verdict)}`,
    '',
    `**${mdText(r.summary)}**`,
    '',
    '| class | expected | actual | missing | unexpected | verdict |',
    '|---|---:|---:|---|---|---|',
    ...r.classes.map((c) => `| ${mdText(c.item)} | ${mdText(c.expected)} | ${mdText(c.actual)} | ${list(c.missing)} | ${list(c.unexpected)} | ${mdText(c.verdict)} |`),
    '',
    '| security rule | violations | verdict |',
    '|---|---|---|',
    ...r.security.map((s) => `| ${mdText(s.summary)} | ${list(s.missing)} | ${mdText(s.verdict)} |`),
    '',
    // The verdict above counts drift too: show it, or a FAIL would have no visible cause.
    driftMarkdown(r.drift, '##'),
  ].join('\n');
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('prove', args, { ...DB_FLAGS, out: { type: 'string' }, verbose: { type: 'boolean' } });
  // Checked before the database is opened: a bad --out loses no run.
  const outTarget = outDir(str(p, 'out') ?? join('reports', new Date().toISOString().replace(/[:.]/g, '-')), 'prove: --out');
  const out = outTarget.path;
  const migrations = listMigrations();
  const probes = probeFiles([]);
  const db = await openFromFlags(p, { pgliteWatchdogMs: 30_000 });
  progress(io, `iu-core prove on ${db.label}`);
  // The harness's own SQL: its notices only under --verbose, its warnings always (cli.ts).
  const notice = (n: Notice) => printNotice(io, n, { harness: true });

  const up = await migrateUp(db, migrations, { log: (l) => progress(io, `  ${l}`), onNotice: notice });
  progress(io, `migrations: ${up.applied.length} applied now, ${migrations.length} in all`);

  const samples = await loadSample(db, notice);
  progress(io, `sample data: ${samples} file(s) from ${SAMPLE_DIR}`);

  const probeRun = await runProbes(db, probes);
  const conformance = await db.session((s) => conformanceReport(s));

  outTarget.create();
  writeReports(probeRun, ['tap', 'junit', 'json', 'md'], out);
  writeFileSync(join(out, 'conformance.json'), maskSecrets(`${JSON.stringify(conformance, null, 2)}\n`));
  writeFileSync(join(out, 'conformance.md'), maskSecrets(conformanceMarkdown(conformance)));

  const t = probeRun.totals;
  const passed = probeRun.passed && conformance.verdict === 'PASS';
  if (bool(p, 'json')) {
    io.json({ database: db.label, verdict: passed ? 'PASS' : 'FAIL', out, migrations: migrations.length, probes: t, conformance });
  } else {
    // Under --quiet what is left is what failed and the verdict (cli.ts's policy).
    progress(io, 'conformance:');
    for (const c of conformance.classes) {
      const line = `  ${c.item.padEnd(11)} ${String(c.actual).padStart(4)}  ${c.verdict}`;
      if (c.verdict === 'PASS') progress(io, line);
      else io.out(line);
    }
    for (const s of conformance.security.filter((x) => x.verdict === 'FAIL')) io.out(`  security ${s.item}: FAIL (${(s.missing ?? []).join(', ')})`);
    progress(io, `  D9: ${conformance.summary}`);
    progress(io, `probes: ${t.filesPassed}/${t.files} files, ${t.passed} assertions passed, ${t.failed} failed; leave-no-trace ${probeRun.census.clean ? 'clean' : 'CHANGED'}`);
    for (const f of probeRun.files.filter((x) => !x.passed)) io.out(`  FAIL ${f.file}${f.error ? `: ${f.error.code} ${f.error.message} (line ${f.error.line})` : ''}`);
    if (!probeRun.census.clean) for (const d of probeRun.census.differences) io.out(`  CHANGED ${d}`);
    io.out(`verdict: ${passed ? 'PASS' : 'FAIL'}; full reports in ${out}`);
  }
  return passed ? 0 : 1;
}
