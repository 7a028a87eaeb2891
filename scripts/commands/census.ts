// iu-core census: the row count of every product surface (the seeds' regression matrix,
// sql/runtime/120, created as a temporary function in a transaction that is rolled back)
// and every gate's value. Read-only, and open to the least-privileged iu_core_operator.
import { DB_FLAGS, bool, openFromFlags, parseFlags, progress, type Io } from '../cli.ts';
import { openGates, readGates, readMatrix } from '../operator.ts';

export const usage = `iu-core census [--json]                          row counts of every product surface, and the gates`;

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('census', args, DB_FLAGS);
  const db = await openFromFlags(p);
  const matrix = await db.session((s) => readMatrix(s));
  const gates = await readGates(db).catch(() => []);
  if (bool(p, 'json')) {
    io.json({ command: 'census', database: db.label, surfaces: matrix, gates });
    return 0;
  }
  const w = Math.max(7, ...matrix.map((r) => r.surface.length));
  progress(io, `iu-core census on ${db.label}`);
  io.out(`${'surface'.padEnd(w)}  ${'rows'.padStart(9)}  on instantiate`);
  for (const r of matrix) io.out(`${r.surface.padEnd(w)}  ${(r.rows === null ? 'n/a' : String(r.rows)).padStart(9)}  ${r.onInstantiate}`);
  const open = openGates(gates);
  io.out(`gates: ${gates.map((g) => `${g.key}=${g.value}`).join(', ') || 'none (migration 001 not applied)'}`);
  if (open.length) io.out(`WARNING: gate(s) open at rest: ${open.map((g) => g.key).join(', ')} (they must read 'false' between operator sessions)`);
  return 0;
}
