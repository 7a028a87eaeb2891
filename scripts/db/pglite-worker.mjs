// PGlite in a worker thread, so that a statement that never ends can be stopped: WASM
// PostgreSQL has no signals, so statement_timeout never fires, and a busy engine blocks
// the thread it runs on. The main thread times each call and terminates this worker.
// Plain JavaScript so the worker needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, protocol } from '@electric-sql/pglite';
import { pgtap } from '@electric-sql/pglite-pgtap';

const errorFields = (e) => {
  const out = { message: e?.message ?? String(e) };
  for (const k of ['code', 'severity', 'detail', 'hint', 'where', 'position', 'internalPosition', 'internalQuery']) {
    if (e?.[k] !== undefined) out[k] = e[k];
  }
  return out;
};

const pg = await PGlite.create({
  ...(workerData.dataDir ? { dataDir: workerData.dataDir } : {}),
  extensions: { pgtap },
  startParams: [...PGlite.defaultStartParams, ...workerData.settings],
});
parentPort.postMessage({ type: 'ready' });

parentPort.on('message', async (m) => {
  const notices = [];
  const onNotice = (n) => notices.push({ severity: n.severity, message: n.message, code: n.code, detail: n.detail, hint: n.hint, where: n.where });
  try {
    if (m.type === 'query') {
      const r = await pg.query(m.text, m.params, { onNotice });
      parentPort.postMessage({ id: m.id, rows: r.rows, notices });
    } else if (m.type === 'exec' && m.textRows) {
      // Text rows and the whole command tag from the protocol's messages, the query sent as
      // exec() sends it (then a sync): exec()'s results keep the tag's first word only
      // (pglite-text.ts's lastResult, repeated here: this file loads no TypeScript).
      const messages = await pg._runExclusiveQuery(async () => {
        try {
          return (await pg.execProtocol(protocol.serialize.query(m.text), { onNotice })).messages;
        } finally {
          await pg.execProtocol(protocol.serialize.sync(), { throwOnError: false });
        }
      });
      let result = null;
      let cur = { rows: [], fields: [] };
      for (const x of messages) {
        if (x.name === 'rowDescription') cur.fields = x.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID }));
        else if (x.name === 'dataRow') cur.rows.push(x.fields);
        else if (x.name === 'commandComplete') ((cur.tag = x.text), (result = cur), (cur = { rows: [], fields: [] }));
      }
      parentPort.postMessage({ id: m.id, result, notices });
    } else if (m.type === 'exec') {
      const results = await pg.exec(m.text, { onNotice });
      const last = results[results.length - 1];
      parentPort.postMessage({ id: m.id, rows: last?.rows ?? [], columns: (last?.fields ?? []).map((f) => f.name), rowCount: last?.affectedRows ?? null, notices });
    } else if (m.type === 'copy') {
      // psql's \copy: COPY … FROM / TO '/dev/blob' (the input comes as bytes, the output goes back as bytes).
      const r = await pg.query(m.text, [], { onNotice, ...(m.input ? { blob: new Blob([m.input]) } : {}) });
      const data = r.blob ? new Uint8Array(await r.blob.arrayBuffer()) : null;
      parentPort.postMessage({ id: m.id, rowCount: r.affectedRows ?? 0, data, notices });
    } else if (m.type === 'close') {
      await pg.close();
      parentPort.postMessage({ id: m.id, rows: [], notices });
      parentPort.close();
    }
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: errorFields(e), notices });
  }
});
