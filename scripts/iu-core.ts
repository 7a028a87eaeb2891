// The iu-core executable: signals handled, then dispatch (scripts/main.ts).
import { main } from './main.ts';
import { handleSignals } from './shutdown.ts';

handleSignals();
// `iu-core … | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
