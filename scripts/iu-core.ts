// The iu-core executable: signals handled, then dispatch (scripts/main.ts).
import { main } from './main.ts';
import { handleSignals } from './shutdown.ts';

handleSignals();
process.exitCode = await main(process.argv.slice(2));
