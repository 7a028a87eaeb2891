// The iu-core executable: signals handled, then dispatch (scripts/main.ts).
import { main } from './main.ts';
import { handleSignals } from './shutdown.ts';
import { maskSecrets } from './db/mask.ts';

handleSignals();
// Last resort for an error thrown outside every promise (a driver timer writing to a socket
// that is gone): one line, masked, exit 1, never a stack trace with a connection string in it.
const fatal = (e: unknown) => {
  const err = e as Error;
  const fromDriver = /node_modules[\\/]postgres[\\/]/.test(err?.stack ?? '');
  const line = fromDriver
    ? 'ERROR 08006: lost the connection to the database: the server closed the connection; its open transaction was rolled back by the server'
    : `internal error: ${err?.message ?? String(e)}`;
  process.stderr.write(`${maskSecrets(`iu-core: ${line}`)}\n`);
  process.exit(1);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
// `iu-core … | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
