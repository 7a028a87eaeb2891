// COPY … FROM stdin with the data inline in the script (up to `\.`), on sessions that have no
// COPY data stream (the Session interface, PGlite and postgres alike): the rows are decoded
// here as COPY's text or csv format reads them and inserted by ONE statement, so the load is
// as atomic as COPY; each value is converted by its column's input function on the server
// (json_populate_recordset), as COPY converts it. Differences from COPY: rules on the table
// apply (COPY ignores them) and statement-level triggers fire as for INSERT.
import type { Session } from '../db/types.ts';

export interface CopyStatement {
  /** The table as written (schema-qualified, quoted as the file quoted it). */
  table: string;
  /** The column names as the server stores them, or null for all columns. */
  columns: string[] | null;
  format: 'text' | 'csv';
  delimiter: string;
  null: string;
  header: boolean;
  quote: string;
  escape: string;
}

const escapeIdentifier = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** An identifier as written → as stored (unquoted folds to lower case). */
function ident(w: string): string {
  return w.startsWith('"') ? w.slice(1, -1).replace(/""/g, '"') : w.toLowerCase();
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | null = null;
  for (const c of s) {
    if (q) {
      cur += c;
      if (c === q) q = null;
    } else if (c === '"' || c === "'") {
      q = c;
      cur += c;
    } else if (c === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const unquote = (v: string) => (v.startsWith("'") ? v.slice(1, -1).replace(/''/g, "'") : /^[Ee]'/.test(v) ? v.slice(2, -1).replace(/\\(.)/g, '$1') : v);

/** Parse `COPY table [(cols)] FROM stdin [options]`; a string explains what is not supported. */
export function parseCopy(sql: string): CopyStatement | string {
  const m = /^\s*copy\s+([\s\S]+?)\s+from\s+stdin\b([\s\S]*?);?\s*$/i.exec(sql);
  if (!m) return 'only COPY table [(columns)] FROM stdin is supported';
  let target = m[1]!.trim();
  let columns: string[] | null = null;
  const paren = target.indexOf('(');
  if (paren >= 0) {
    if (!target.endsWith(')')) return 'COPY (query) is not a load';
    columns = splitTop(target.slice(paren + 1, -1)).map(ident);
    target = target.slice(0, paren).trim();
  }
  const c: CopyStatement = { table: target, columns, format: 'text', delimiter: '\t', null: '\\N', header: false, quote: '"', escape: '"' };
  let opts = m[2]!.trim();
  if (/^where\b/i.test(opts)) return 'COPY … WHERE is not supported';
  opts = opts.replace(/^with\b/i, '').trim();
  const set = (key: string, value: string | undefined): string | null => {
    const v = value === undefined ? undefined : unquote(value);
    switch (key.toLowerCase()) {
      case 'format':
        if (v?.toLowerCase() !== 'text' && v?.toLowerCase() !== 'csv') return `FORMAT ${v} is not supported (text and csv are)`;
        c.format = v.toLowerCase() as 'text' | 'csv';
        if (c.format === 'csv') (c.delimiter = c.delimiter === '\t' ? ',' : c.delimiter), (c.null = c.null === '\\N' ? '' : c.null);
        return null;
      case 'csv':
        return set('format', 'csv');
      case 'binary':
        return 'FORMAT binary is not supported';
      case 'delimiter':
        c.delimiter = v ?? '';
        return null;
      case 'null':
        c.null = v ?? '';
        return null;
      case 'header':
        c.header = v === undefined || /^(true|on|1)$/i.test(v);
        return null;
      case 'quote':
        c.quote = v ?? '"';
        return null;
      case 'escape':
        c.escape = v ?? '"';
        return null;
      case 'encoding':
        return /^utf-?8$/i.test(v ?? '') ? null : 'ENCODING other than UTF8 is not supported';
      default:
        return `COPY option ${key} is not supported`;
    }
  };
  if (opts.startsWith('(')) {
    for (const o of splitTop(opts.slice(1, opts.lastIndexOf(')')))) {
      const [k, ...rest] = o.split(/\s+/);
      const err = set(k!, rest.length ? rest.join(' ') : undefined);
      if (err) return err;
    }
  } else {
    // the pre-9.0 syntax: CSV, HEADER, DELIMITER [AS] 'x', NULL [AS] 'x', QUOTE [AS] 'x'
    const words = opts.match(/'(?:[^']|'')*'|[Ee]'(?:[^'\\]|\\.)*'|\S+/g) ?? [];
    for (let i = 0; i < words.length; i++) {
      const k = words[i]!.toLowerCase();
      if (k === 'csv' || k === 'binary' || k === 'header') {
        const err = set(k, k === 'header' ? 'true' : undefined);
        if (err) return err;
        continue;
      }
      if (words[i + 1]?.toLowerCase() === 'as') i++;
      const err = set(k, words[++i]);
      if (err) return err;
    }
  }
  if (c.format === 'csv') c.escape = c.escape || c.quote;
  return c;
}

const TEXT_ESC: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function decodeText(field: string): string {
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x' && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return TEXT_ESC[e] ?? e;
  });
}

/** Rows of COPY text format: fields split at unescaped delimiters; the null string (raw) is NULL. */
export function textRows(data: string, c: CopyStatement): (string | null)[][] {
  const lines = data.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines.slice(c.header ? 1 : 0).map((line) => {
    const raw: string[] = [];
    let cur = '';
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '\\' && i + 1 < line.length) (cur += line[i]! + line[i + 1]!, i++);
      else if (line[i] === c.delimiter) (raw.push(cur), (cur = ''));
      else cur += line[i];
    }
    raw.push(cur);
    return raw.map((f) => (f === c.null ? null : decodeText(f)));
  });
}

/** Rows of COPY csv format: quoted fields may hold delimiters, quotes (doubled) and newlines. */
export function csvRows(data: string, c: CopyStatement): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let cur = '';
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  const endField = () => {
    row.push(!wasQuoted && cur === c.null ? null : cur);
    cur = '';
    wasQuoted = false;
  };
  while (i < data.length) {
    const ch = data[i]!;
    if (quoted) {
      if (ch === c.escape && data[i + 1] === c.quote) (cur += c.quote, (i += 2));
      else if (ch === c.quote) (quoted = false, i++);
      else (cur += ch, i++);
    } else if (ch === c.quote) (quoted = true, (wasQuoted = true), i++);
    else if (ch === c.delimiter) (endField(), i++);
    else if (ch === '\n' || (ch === '\r' && data[i + 1] === '\n')) {
      endField();
      rows.push(row);
      row = [];
      i += ch === '\r' ? 2 : 1;
    } else (cur += ch, i++);
  }
  if (cur || wasQuoted || row.length) (endField(), rows.push(row));
  return rows.slice(c.header ? 1 : 0);
}

/** Load the rows into the table in one statement; returns the row count (COPY n). */
export async function copyIn(s: Session, c: CopyStatement, data: string): Promise<number> {
  const columns =
    c.columns ??
    (
      await s.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
        [c.table],
      )
    ).map((r) => r.name);
  const rows = c.format === 'csv' ? csvRows(data, c) : textRows(data, c);
  if (!rows.length) return 0;
  for (const [k, r] of rows.entries()) {
    if (r.length !== columns.length) {
      throw Object.assign(new Error(`${r.length < columns.length ? 'missing data for column' : 'extra data after last expected column'} (COPY ${c.table}, line ${k + 1 + (c.header ? 1 : 0)})`), { code: '22P04', severity: 'ERROR' });
    }
  }
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((col, j) => [col, r[j]]))));
  const list = columns.map(escapeIdentifier).join(', ');
  // The table text is the script's own SQL (what psql would have sent); columns are quoted.
  const sql = `INSERT INTO ${c.table} (${list}) SELECT ${columns.map((col) => `x.${escapeIdentifier(col)}`).join(', ')} FROM json_populate_recordset(NULL::${c.table}, $1::text::json) AS x`;
  await s.query(sql, [json]);
  return rows.length;
}

/** psql's \copy, parsed as its parse_slash_copy reads the line. */
export interface SlashCopy {
  /** What goes between COPY and FROM / TO: a table with its columns, or (query). */
  before: string;
  from: boolean;
  /** file: a client file (as written, unquoted); stdio: the script / the query output; pstdio: psql's own stdin / stdout. */
  target: { kind: 'file'; path: string } | { kind: 'stdio' } | { kind: 'pstdio' } | { kind: 'program' };
  /** The rest of the line: COPY's options, sent as written. */
  after: string;
}

/**
 * `\copy { table [ ( columns ) ] | ( query ) } { from | to } { 'file' | file | stdin | stdout |
 * pstdin | pstdout | program 'command' } [ options ]`; a string is psql's parse error.
 */
export function parseSlashCopy(line: string): SlashCopy | string {
  const s = line.replace(/\s+$/, '');
  if (!s.trim()) return 'arguments required';
  let i = 0;
  let depth = 0;
  let keyword: { word: string; index: number } | null = null;
  // FROM / TO is the first such word outside quotes and parentheses (a query's own FROM is inside them).
  while (i < s.length) {
    const c = s[i]!;
    if (c === "'" || c === '"') {
      const close = s.indexOf(c, i + 1);
      i = close < 0 ? s.length : close + 1;
    } else if (c === '(') (depth++, i++);
    else if (c === ')') (depth--, i++);
    else if (depth === 0 && /[A-Za-z]/.test(c) && !/[A-Za-z0-9_$]/.test(s[i - 1] ?? ' ')) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(s.slice(i))![0];
      if (i > 0 && /^(from|to)$/i.test(word)) {
        keyword = { word, index: i };
        break;
      }
      i += word.length;
    } else i++;
  }
  if (!keyword) return 'parse error at end of line';
  const before = s.slice(0, keyword.index).trim();
  if (!before) return `parse error at "${keyword.word}"`;
  const from = keyword.word.toLowerCase() === 'from';
  let rest = s.slice(keyword.index + keyword.word.length).replace(/^\s+/, '');
  if (!rest) return 'parse error at end of line';
  let token: string;
  if (rest.startsWith("'")) {
    // a quoted file name: '' is a quote
    let j = 1;
    token = '';
    while (j < rest.length && !(rest[j] === "'" && rest[j + 1] !== "'")) (token += rest[j]!, (j += rest[j] === "'" ? 2 : 1));
    if (j >= rest.length) return `parse error at "${rest}"`;
    rest = rest.slice(j + 1);
    return { before, from, target: { kind: 'file', path: token }, after: rest };
  }
  token = /^[^\s;]+/.exec(rest)?.[0] ?? '';
  if (!token) return `parse error at "${rest}"`;
  rest = rest.slice(token.length);
  const t = token.toLowerCase();
  if (t === 'program') return { before, from, target: { kind: 'program' }, after: rest };
  if (t === 'stdin' || t === 'stdout') return { before, from, target: { kind: 'stdio' }, after: rest };
  if (t === 'pstdin' || t === 'pstdout') return { before, from, target: { kind: 'pstdio' }, after: rest };
  return { before, from, target: { kind: 'file', path: token }, after: rest };
}
