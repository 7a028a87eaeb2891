// The embedded default: real PostgreSQL (18, compiled to WASM) in this process. One
// connection only, so sessions are taken one at a time.
import { mkdirSync } from 'node:fs';
import { PGlite, protocol, type Results } from '@electric-sql/pglite';
import { pgtap } from '@electric-sql/pglite-pgtap';
import { PGLITE_SETTINGS } from './pglite-settings.ts';
import { lockPgliteDir } from './pglite-lock.ts';
import { lastResult, toTextResult, type ProtocolMessage } from './pglite-text.ts';
import type { CopyResult, Db, ExecOptions, Notice, Row, Session, StatementResult } from './types.ts';

export type PgliteNotice = { severity?: string; message?: string; code?: string; detail?: string; hint?: string; where?: string };

export function toNotice(n: PgliteNotice): Notice {
  return {
    severity: n.severity ?? 'NOTICE',
    message: n.message ?? '',
    code: n.code,
    detail: n.detail,
    hint: n.hint,
    where: n.where,
  };
}

export class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly pg: PGlite,
    readonly label: string,
    private readonly unlock: () => void = () => undefined,
  ) {}

  /** Open a persisted data directory, or memory when `dataDir` is null. pgTAP is always loadable. */
  static async open(dataDir: string | null): Promise<PgliteDb> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    // Taken before the engine touches the directory; a second process is refused here.
    const unlock = dataDir ? lockPgliteDir(dataDir) : () => undefined;
    try {
      const pg = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pgtap }, startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
      return new PgliteDb(pg, dataDir ? `pglite:${dataDir}` : 'pglite:memory', unlock);
    } catch (e) {
      unlock();
      throw e;
    }
  }

  /** A copy of this database (about 1 s, against 3–5 s for a cold start). */
  async clone(): Promise<PgliteDb> {
    return new PgliteDb((await this.pg.clone()) as PGlite, `${this.label} (clone)`);
  }

  async query<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
    const r = await this.pg.query<T>(text, params);
    return r.rows;
  }

  async exec(text: string, onNotice?: (n: Notice) => void, opts: ExecOptions = {}): Promise<StatementResult> {
    const notices = onNotice ? { onNotice: (n: PgliteNotice) => onNotice(toNotice(n)) } : {};
    if (opts.text) return toTextResult(lastResult(await execText(this.pg, text, notices)));
    const results = await this.pg.exec(text, notices);
    return toStatementResult(results[results.length - 1]);
  }

  /** psql's \copy: COPY … FROM / TO '/dev/blob', PGlite's client-side file. */
  async copy(text: string, input: Uint8Array | null, onNotice?: (n: Notice) => void): Promise<CopyResult> {
    const r = await this.pg.query(text, [], { ...(input ? { blob: new Blob([input as Uint8Array<ArrayBuffer>]) } : {}), ...(onNotice ? { onNotice: (n: PgliteNotice) => onNotice(toNotice(n)) } : {}) });
    return { rowCount: r.affectedRows ?? 0, data: input ? null : new Uint8Array(r.blob ? await r.blob.arrayBuffer() : new ArrayBuffer(0)) };
  }

  /** PGlite has one connection: sessions queue behind each other instead of interleaving. */
  session<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => fn(this));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.pg.close();
    } finally {
      this.unlock();
    }
  }
}

function toStatementResult(r: Results | undefined): StatementResult {
  if (!r) return { rows: [], columns: [], command: null, rowCount: null };
  return {
    rows: r.rows as Row[],
    columns: r.fields.map((f) => f.name),
    command: null,
    rowCount: r.affectedRows ?? null,
  };
}

/**
 * One simple query through the protocol, as exec() sends it (the query, then a sync), keeping
 * the messages: exec()'s results keep only the first word of the command tag.
 */
async function execText(pg: PGlite, text: string, notices: { onNotice?: (n: PgliteNotice) => void }): Promise<ProtocolMessage[]> {
  return pg._runExclusiveQuery(async () => {
    try {
      return (await pg.execProtocol(protocol.serialize.query(text), notices)).messages as ProtocolMessage[];
    } finally {
      await pg.execProtocol(protocol.serialize.sync(), { throwOnError: false });
    }
  });
}
