// The floor on PGlite, in a process of its own: `node --import tsx bench/floor-child.ts DIR N
// NAMES_JSON` prints {"ms", "rows"}. PGlite compiles its WebAssembly lazily and optimizes it as
// it runs, so a statement timed in the bench's own process, which has run PGlite for minutes,
// would meet an engine the scaleout it is compared with (a new process) does not have.
import { PgliteDb } from '../scripts/db/pglite.ts';
import { floor, type RunNames } from './floor.ts';

const [dir, n, names] = process.argv.slice(2);
if (!dir || !n || !names) throw new Error('usage: bench/floor-child.ts DIR N NAMES_JSON');
const db = await PgliteDb.open(dir);
try {
  process.stdout.write(JSON.stringify(await floor(db, Number(n), JSON.parse(names) as RunNames)));
} finally {
  await db.close();
}
