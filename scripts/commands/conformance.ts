// iu-core conformance: the D9 scan against the SSOT, exit 0 on PASS and 1 on FAIL with
// every missing or unexpected object named; --write-ssot regenerates the SSOT for review.
import { DB_FLAGS, bool, openFromFlags, parseFlags, type Io } from '../cli.ts';
import { CONFORMANCE_FILE, conformanceReport, writeSsot, type ConformanceReport } from '../conformance.ts';

export const usage = `iu-core conformance [--json] [--write-ssot]       the D9 scan: seven classes by name, security rules`;

export function printReport(io: Io, r: ConformanceReport): void {
  io.out(`${'class'.padEnd(11)} ${'expected'.padStart(8)} ${'actual'.padStart(6)}  verdict`);
  for (const c of r.classes) {
    io.out(`${c.item.padEnd(11)} ${String(c.expected).padStart(8)} ${String(c.actual).padStart(6)}  ${c.verdict}`);
    for (const m of c.missing ?? []) io.out(`    missing:    ${m}`);
    for (const u of c.unexpected ?? []) io.out(`    unexpected: ${u}`);
  }
  io.out('security');
  for (const s of r.security) {
    io.out(`  ${s.verdict} ${s.item}: ${s.summary}`);
    for (const v of s.missing ?? []) io.out(`    violation: ${v}`);
  }
  io.out(`D9 conformance: ${r.summary}`);
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('conformance', args, { ...DB_FLAGS, 'write-ssot': { type: 'boolean' } });
  const db = await openFromFlags(p);
  return db.session(async (s) => {
    if (bool(p, 'write-ssot')) {
      const diff = await writeSsot(s);
      if (bool(p, 'json')) io.json({ file: CONFORMANCE_FILE, ...diff });
      else {
        for (const a of diff.added) io.out(`+ ${a}`);
        for (const r of diff.removed) io.out(`- ${r}`);
        io.out(`rewrote the SSOT in ${CONFORMANCE_FILE}: ${diff.added.length} added, ${diff.removed.length} removed; review with git diff`);
      }
      return 0;
    }
    const report = await conformanceReport(s);
    if (bool(p, 'json')) io.json({ database: db.label, ...report });
    else printReport(io, report);
    return report.verdict === 'PASS' ? 0 : 1;
  });
}
