// pg_prove runs files with ON_ERROR_ROLLBACK on, so inside a transaction psql wraps every
// statement in SAVEPOINT … RELEASE: three round trips for one statement. Here the savepoint
// and the previous statement's release travel in front of the statement, in one simple-query
// message ("RELEASE …; SAVEPOINT …; stmt"): inside the file's transaction the server runs
// them one after another exactly as three messages, and a failing statement still leaves the
// savepoint in place for the ROLLBACK TO that follows. Anything else sent (a query, a
// ROLLBACK TO) first sends what is held.
import type { Session } from '../db/types.ts';

const HELD = new Set(['SAVEPOINT pg_psql_temporary_savepoint', 'RELEASE pg_psql_temporary_savepoint']);

export function batchSavepoints(s: Session): Session {
  let held: string[] = [];
  const flush = async () => {
    if (!held.length) return;
    const text = held.join('; ');
    held = [];
    await s.exec(text);
  };
  return {
    async query(text, params) {
      await flush();
      return s.query(text, params);
    },
    // psql's \copy: what is held goes first, on its own.
    ...(s.copy ? { copy: async (text: string, input: Uint8Array | null, onNotice?: Parameters<NonNullable<Session['copy']>>[2]) => (await flush(), s.copy!(text, input, onNotice)) } : {}),
    async exec(text, onNotice, opts) {
      if (HELD.has(text)) {
        held.push(text);
        return { rows: [], columns: [], command: text.split(' ')[0]!, rowCount: null };
      }
      if (!held.length || /^ROLLBACK TO\b/.test(text)) {
        await flush();
        return s.exec(text, onNotice, opts);
      }
      const prefix = `${held.join('; ')}; `;
      held = [];
      try {
        return await s.exec(prefix + text, onNotice, opts);
      } catch (e) {
        // The server's error position counts from the start of the message: make it the statement's again.
        const err = e as { position?: string };
        const at = Number(err?.position);
        if (Number.isFinite(at) && at > prefix.length) err.position = String(at - prefix.length);
        throw e;
      }
    },
  };
}
