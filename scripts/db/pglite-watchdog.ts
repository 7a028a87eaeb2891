// PGlite behind a watchdog: the engine runs in a worker thread and every call has a time
// limit. PGlite cannot honour statement_timeout (WASM has no signals), so when a call
// overruns, the worker is terminated, the call fails with SQLSTATE 57014 like a real
// timeout, and the engine restarts on the same data directory — whose crash recovery
// discards the transaction that was open, exactly as a server's would.
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { PGLITE_SETTINGS } from './pglite-settings.ts';
import { lockPgliteDir } from './pglite-lock.ts';
import { toTextResult, type PgliteResult } from './pglite-text.ts';
import type { CopyResult, Db, ExecOptions, Notice, Row, Session, StatementResult } from './types.ts';

interface Reply {
  id?: number;
  type?: string;
  rows?: Row[];
  columns?: string[];
  rowCount?: number | null;
  /** A text-rows exec's result, as PGlite gave it. */
  result?: PgliteResult | null;
  notices?: Notice[];
  /** A copy's output (COPY … TO '/dev/blob'). */
  data?: Uint8Array | null;
  error?: Record<string, unknown>;
}

export class StatementTimeout extends Error {
  readonly code = '57014';
  constructor(ms: number, restarted: boolean) {
    super(
      `canceling statement due to statement timeout (${ms} ms): PGlite cannot cancel a statement, so its engine was stopped` +
        (restarted ? ' and restarted; the open transaction was rolled back' : '; the in-memory database is gone'),
    );
  }
}

function serverErrorFrom(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message ?? 'error')), fields);
}

export class PgliteWatchdogDb implements Db {
  readonly kind = 'pglite' as const;
  private worker!: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: unknown) => void; timer: NodeJS.Timeout }>();
  private queue: Promise<unknown> = Promise.resolve();
  private lost: Error | null = null;
  private unlock: () => void = () => undefined;

  private constructor(
    private readonly dataDir: string | null,
    readonly label: string,
    private readonly timeoutMs: number,
  ) {}

  static async open(dataDir: string | null, timeoutMs: number): Promise<PgliteWatchdogDb> {
    // As PgliteDb.open: PGlite creates the data directory but not its parents (.iu-core/).
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = new PgliteWatchdogDb(dataDir, dataDir ? `pglite:${dataDir}` : 'pglite:memory', timeoutMs);
    // Held by this thread across the worker's restarts; the worker itself never locks.
    if (dataDir) db.unlock = lockPgliteDir(dataDir);
    try {
      await db.start();
    } catch (e) {
      db.unlock();
      throw e;
    }
    return db;
  }

  private start(): Promise<void> {
    this.worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir: this.dataDir, settings: PGLITE_SETTINGS } });
    this.worker.unref();
    return new Promise((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      this.worker.once('error', onError);
      this.worker.on('message', (m: Reply) => {
        if (m.type === 'ready') {
          this.worker.off('error', onError);
          resolve();
          return;
        }
        const p = m.id !== undefined ? this.pending.get(m.id) : undefined;
        if (!p) return;
        this.pending.delete(m.id!);
        clearTimeout(p.timer);
        p.resolve(m);
      });
    });
  }

  private async call(message: Record<string, unknown>, onNotice?: (n: Notice) => void): Promise<Reply> {
    if (this.lost) throw this.lost;
    const id = this.nextId++;
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => void this.overrun(id), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ ...message, id });
    });
    for (const n of reply.notices ?? []) onNotice?.(n);
    if (reply.error) throw serverErrorFrom(reply.error);
    return reply;
  }

  private async overrun(id: number): Promise<void> {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    await this.worker.terminate();
    const restarted = this.dataDir !== null;
    const error = new StatementTimeout(this.timeoutMs, restarted);
    if (restarted) await this.start();
    else this.lost = error;
    p.reject(error);
  }

  async query<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.call({ type: 'query', text, params })).rows as T[];
  }

  async exec(text: string, onNotice?: (n: Notice) => void, opts: ExecOptions = {}): Promise<StatementResult> {
    if (opts.text) return toTextResult((await this.call({ type: 'exec', text, textRows: true }, onNotice)).result ?? undefined);
    const r = await this.call({ type: 'exec', text }, onNotice);
    return { rows: r.rows ?? [], columns: r.columns ?? [], command: null, rowCount: r.rowCount ?? null };
  }

  async copy(text: string, input: Uint8Array | null, onNotice?: (n: Notice) => void): Promise<CopyResult> {
    const r = await this.call({ type: 'copy', text, input }, onNotice);
    return { rowCount: r.rowCount ?? 0, data: input ? null : (r.data ?? new Uint8Array(0)) };
  }

  session<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => fn(this));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    try {
      if (!this.lost) await this.call({ type: 'close' }).catch(() => undefined);
      await this.worker.terminate();
    } finally {
      this.unlock();
    }
  }
}
