// Catalog snapshots and row counts: what "leave no trace", "down then up restores the same
// catalog" and "dry run changes nothing" are measured with. A probe run's census also reads
// the traces that live outside the catalog (roles, settings, prepared transactions, large
// objects, table contents): a probe's statements after its ROLLBACK run in autocommit.
import { CATALOG_SNAPSHOT, ROW_COUNTS, TRACE_SNAPSHOT } from './sql.ts';
import type { Queryable } from './db/types.ts';

export interface CatalogObject {
  kind: string;
  name: string;
  fingerprint: string;
}

export interface Census {
  objects: CatalogObject[];
  rows: Record<string, number>;
}

export interface CensusDiff {
  added: string[];
  removed: string[];
  changed: string[];
  rowsChanged: Array<{ table: string; before: number | null; after: number | null }>;
}

export async function catalogSnapshot(q: Queryable): Promise<CatalogObject[]> {
  return q.query<CatalogObject>(CATALOG_SNAPSHOT);
}

export async function rowCounts(q: Queryable): Promise<Record<string, number>> {
  const rows = await q.query<{ table_name: string; row_count: number }>(ROW_COUNTS);
  return Object.fromEntries(rows.map((r) => [r.table_name, Number(r.row_count)]));
}

/** `traces`: also roles, memberships, settings, prepared transactions, large objects and row digests. */
export async function takeCensus(q: Queryable, opts: { rows?: boolean; traces?: boolean } = {}): Promise<Census> {
  const objects = await catalogSnapshot(q);
  if (opts.traces) objects.push(...(await q.query<CatalogObject>(TRACE_SNAPSHOT)));
  return { objects, rows: opts.rows === false ? {} : await rowCounts(q) };
}

/** Prepared transactions present after but not before: a probe left them, holding their locks. */
export function preparedLeft(before: Census, after: Census): string[] {
  const had = new Set(before.objects.filter((o) => o.kind === 'prepared transaction').map((o) => o.name));
  return after.objects.filter((o) => o.kind === 'prepared transaction' && !had.has(o.name)).map((o) => o.name);
}

const key = (o: CatalogObject) => `${o.kind} ${o.name}`;

export function diffCensus(before: Census, after: Census): CensusDiff {
  const a = new Map(before.objects.map((o) => [key(o), o.fingerprint]));
  const b = new Map(after.objects.map((o) => [key(o), o.fingerprint]));
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const changed = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k));
  const tables = new Set([...Object.keys(before.rows), ...Object.keys(after.rows)]);
  const rowsChanged = [...tables]
    .sort()
    .filter((t) => before.rows[t] !== after.rows[t])
    .map((t) => ({ table: t, before: before.rows[t] ?? null, after: after.rows[t] ?? null }));
  return { added, removed, changed, rowsChanged };
}

export function isEmptyDiff(d: CensusDiff): boolean {
  return !d.added.length && !d.removed.length && !d.changed.length && !d.rowsChanged.length;
}

/** A few lines naming what differs, for error messages and reports. */
export function describeDiff(d: CensusDiff, limit = 20): string {
  const lines = [
    ...d.added.map((k) => `+ ${k}`),
    ...d.removed.map((k) => `- ${k}`),
    ...d.changed.map((k) => `~ ${k}`),
    ...d.rowsChanged.map((r) => `# ${r.table}: ${r.before ?? 'absent'} -> ${r.after ?? 'absent'} rows`),
  ];
  const shown = lines.slice(0, limit);
  if (lines.length > limit) shown.push(`… and ${lines.length - limit} more`);
  return shown.join('\n');
}
