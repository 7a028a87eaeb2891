// psql's COPY with the client: a plain COPY … FROM STDIN / TO STDOUT in a script (its data
// inline up to `\.`, or the output printed) and \copy. Both run as a real COPY through the
// session's COPY stream (Session.copy), so the server alone decides what the data means.
import { tokens } from '../sqlsplit.ts';

/** A plain COPY that reads from or writes to the client: where its STDIN / STDOUT word is. */
export interface CopyStdio {
  from: boolean;
  /** Offsets of the STDIN / STDOUT word in the statement (PGlite's form puts '/dev/blob' there). */
  start: number;
  end: number;
  binary: boolean;
}

/**
 * `COPY … FROM STDIN` / `COPY … TO STDOUT` as the server reads it: the FROM / TO at the top
 * level (a query's own FROM is inside its parentheses) followed by the word; null otherwise.
 */
export function copyStdio(sql: string): CopyStdio | null {
  let depth = 0;
  let first = true;
  let prev: string | null = null;
  let found: CopyStdio | null = null;
  try {
    for (const t of tokens(sql)) {
      const text = sql.slice(t.start, t.end);
      const word = t.word ? text.toLowerCase() : null;
      if (first) {
        if (word !== 'copy') return null;
        first = false;
        continue;
      }
      if (found) {
        // FORMAT binary, BINARY (the old syntax) or FORMAT 'binary'
        if (word === 'binary' || text.toLowerCase() === "'binary'") found.binary = true;
        continue;
      }
      if (text === '(') depth++;
      else if (text === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && (word === 'stdin' || word === 'stdout') && (prev === 'from' || prev === 'to')) {
        if ((word === 'stdin') !== (prev === 'from')) return null;
        found = { from: prev === 'from', start: t.start, end: t.end, binary: false };
      }
      prev = depth === 0 ? word : null;
    }
  } catch {
    return null; // the server reports what does not lex
  }
  return found;
}

/** The statement as the engine runs it: STDIN / STDOUT on a server, PGlite's client-side file '/dev/blob'. */
export function copyStatement(sql: string, at: CopyStdio, engine: 'pglite' | 'postgres'): string {
  return engine === 'pglite' ? `${sql.slice(0, at.start)}'/dev/blob'${sql.slice(at.end)}` : sql;
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
