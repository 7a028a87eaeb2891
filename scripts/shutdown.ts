// Everything the process opened is closed on the way out: an unclosed PGlite keeps Node
// alive forever, and a throwaway server must not outlive the command that started it.

const syncHooks = new Set<() => void>();
const asyncHooks = new Set<() => Promise<void>>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    for (const fn of [...syncHooks].reverse()) {
      try {
        fn();
      } catch {
        // exiting anyway: nothing left to report to
      }
    }
  });
}

/** A synchronous hook that runs even on process.exit(); returns its unregister function. */
export function onExitSync(fn: () => void): () => void {
  install();
  syncHooks.add(fn);
  return () => syncHooks.delete(fn);
}

/** An async hook run by `shutdown()` (normal end of a command, or a signal). */
export function onShutdown(fn: () => Promise<void>): () => void {
  asyncHooks.add(fn);
  return () => asyncHooks.delete(fn);
}

export async function shutdown(): Promise<void> {
  const hooks = [...asyncHooks].reverse();
  asyncHooks.clear();
  for (const fn of hooks) {
    try {
      await fn();
    } catch {
      // keep closing the rest
    }
  }
}

/**
 * On Ctrl-C or SIGTERM: close connections (the server rolls back any open transaction,
 * gates included), stop throwaway servers, exit with the conventional code.
 */
export function handleSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      process.stderr.write(`\ninterrupted (${signal}): rolling back and closing\n`);
      const force = setTimeout(() => process.exit(code), 5000);
      force.unref();
      void shutdown().finally(() => process.exit(code));
    });
  }
}
