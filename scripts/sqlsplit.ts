// Splitting SQL text into statements: a lexer that follows PostgreSQL's own (scan.l) for
// everything that decides where a token ends: comments (`--` runs to \n OR \r; /* */ nest),
// standard, E'' (backslash escapes), U&'', B''/X'' strings, quoted identifiers, identifiers
// (which may contain $), numbers, parameters and dollar quotes. It ends a statement at a
// top-level semicolon; splitting at every one is the safe direction (a statement the server
// would keep whole fails when sent in pieces, a statement hidden from this lexer would run).
// It does not parse: the server (and `iu-core check`, with the real parser) judges syntax.
// It runs on every file every time (well under 1 ms a file), and tests prove it splits
// every SQL file of this repository, and a set of hostile texts, exactly as the real parser.

export interface Piece {
  /** Offset of the first real token (after whitespace and comments). */
  start: number;
  /** Offset just past the statement's last character (before its semicolon). */
  end: number;
  /** The first words, upper-cased: what kind of statement this is. */
  head: string;
}

/** Text the server could read in more than one way (or not at all): refused before it runs. */
export class SqlLexError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

// The server's classes ([A-Za-z\200-\377_] on bytes): every non-ASCII UTF-16 unit is a
// letter, as every byte of a multi-byte character is to the server.
const code = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isIdentChar = (c: number) => isLetter(c) || isDigit(c) || c === 36; // $ continues an identifier
/** scan.l `space`: PostgreSQL 16+ also counts \v; to 15 it is a stray character (an error). */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
const isNewline = (c: number) => c === 10 || c === 13;

/** End of a `--` comment starting at i: the next \n or \r (scan.l: non_newline is [^\n\r]). */
function commentEnd(text: string, i: number): number {
  let j = i + 2;
  while (j < text.length && !isNewline(text.charCodeAt(j))) j++;
  return j;
}

/** End of a (nested) slash-star comment starting at i; the server refuses an unterminated one. */
function blockCommentEnd(text: string, i: number): number {
  let d = 1;
  let j = i + 2;
  while (j < text.length) {
    if (text[j] === '/' && text[j + 1] === '*') (d++, (j += 2));
    else if (text[j] === '*' && text[j + 1] === '/') {
      d--;
      j += 2;
      if (d === 0) return j;
    } else j++;
  }
  throw new SqlLexError(i, 'unterminated /* comment');
}

/**
 * End of a quoted string whose opening quote is at q. `escapes`: E'' (a backslash escapes
 * the next character); `doubling`: '' stands for a quote (every kind but B'' and X'').
 */
function stringEnd(text: string, q: number, escapes: boolean, doubling = true): number {
  let j = q + 1;
  while (j < text.length) {
    const c = text[j];
    if (escapes && c === '\\') j += 2;
    else if (c === "'") {
      if (doubling && text[j + 1] === "'") j += 2;
      else return j + 1;
    } else j++;
  }
  throw new SqlLexError(q, 'unterminated quoted string');
}

/**
 * A standard '…' string is read with backslash escapes when standard_conforming_strings is
 * off, which a file (or a role's setting) may do: one whose end moves with that setting
 * could hide a statement from this lexer, so it is refused.
 */
function standardStringEnd(text: string, q: number): number {
  const end = stringEnd(text, q, false);
  if (text.slice(q, end).includes('\\')) {
    let other = -1;
    try {
      other = stringEnd(text, q, true);
    } catch {
      other = -1;
    }
    if (other !== end) {
      throw new SqlLexError(q, "a backslash in this '…' string changes where it ends when standard_conforming_strings is off; write it as E'…' (backslashes doubled) or avoid the backslash");
    }
  }
  return end;
}

function quotedIdentEnd(text: string, q: number): number {
  let j = q + 1;
  while (j < text.length) {
    if (text[j] === '"') {
      if (text[j + 1] === '"') j += 2;
      else return j + 1;
    } else j++;
  }
  throw new SqlLexError(q, 'unterminated quoted identifier');
}

/** The dollar-quote delimiter at i ("$$" or "$tag$"; scan.l dolqdelim), or null. */
function dollarTag(text: string, i: number): string | null {
  let j = i + 1;
  if (isLetter(code(text, j))) {
    j++;
    while (isLetter(code(text, j)) || isDigit(code(text, j))) j++;
  }
  return text[j] === '$' ? text.slice(i, j + 1) : null;
}

interface Token {
  start: number;
  end: number;
  /** A word (identifier or keyword) or punctuation/literal. */
  word: boolean;
}

/** Every token of the text, comments and whitespace skipped, each with its offsets. */
export function* tokens(text: string, from = 0, to = text.length): Generator<Token> {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const next = code(text, i + 1);
    if (isSpace(c)) {
      i++;
    } else if (c === 0) {
      throw new SqlLexError(i, 'a NUL character (the server reads a statement only up to it)');
    } else if (c === 45 /* - */ && next === 45) {
      i = commentEnd(text, i);
    } else if (c === 47 /* / */ && next === 42 /* * */) {
      i = blockCommentEnd(text, i);
    } else if (isLetter(c)) {
      let j = i + 1;
      while (isIdentChar(code(text, j))) j++;
      const w = text.slice(i, j).toLowerCase();
      if (w === 'e' && text[j] === "'") {
        yield { start: i, end: (i = stringEnd(text, j, true)), word: false };
      } else if ((w === 'b' || w === 'x') && text[j] === "'") {
        yield { start: i, end: (i = stringEnd(text, j, false, false)), word: false };
      } else if (w === 'u' && text[j] === '&' && text[j + 1] === "'") {
        yield { start: i, end: (i = stringEnd(text, j + 1, false)), word: false };
      } else if (w === 'u' && text[j] === '&' && text[j + 1] === '"') {
        yield { start: i, end: (i = quotedIdentEnd(text, j + 1)), word: false };
      } else {
        // N'…' is a word and then a standard string, as the server reads it.
        yield { start: i, end: j, word: true };
        i = j;
      }
    } else if (isDigit(c) || (c === 46 /* . */ && isDigit(next))) {
      // A number and any junk glued to it (the server refuses letters after a number).
      let j = i + 1;
      while (j < to && (isLetter(code(text, j)) || isDigit(code(text, j)) || text[j] === '.')) j++;
      yield { start: i, end: j, word: false };
      i = j;
    } else if (c === 39 /* ' */) {
      yield { start: i, end: (i = standardStringEnd(text, i)), word: false };
    } else if (c === 34 /* " */) {
      yield { start: i, end: (i = quotedIdentEnd(text, i)), word: false };
    } else if (c === 36 /* $ */) {
      if (isDigit(next)) {
        let j = i + 1;
        while (isDigit(code(text, j))) j++;
        yield { start: i, end: j, word: false };
        i = j;
        continue;
      }
      const tag = dollarTag(text, i);
      if (!tag) {
        yield { start: i, end: i + 1, word: false };
        i++;
        continue;
      }
      const close = text.indexOf(tag, i + tag.length);
      if (close < 0) throw new SqlLexError(i, `unterminated dollar-quoted string ${tag}`);
      yield { start: i, end: (i = close + tag.length), word: false };
    } else {
      yield { start: i, end: i + 1, word: false };
      i++;
    }
  }
}

export function splitStatements(text: string): Piece[] {
  const out: Piece[] = [];
  let start = -1; // first real token of the current statement
  let depth = 0;
  let words: string[] = [];
  let headDone = false;
  // A statement ends at its semicolon (comments before it included, as the parser counts).
  const finish = (end: number) => {
    if (start >= 0) out.push({ start, end, head: words.join(' ') });
    start = -1;
    depth = 0;
    words = [];
    headDone = false;
  };
  for (const t of tokens(text)) {
    const ch = text[t.start];
    if (ch === ';' && depth === 0) {
      finish(t.start);
      continue;
    }
    if (start < 0) start = t.start;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (!headDone) {
      const m = t.word ? /^[A-Za-z_]+/.exec(text.slice(t.start, t.end)) : null;
      if (m) words.push(m[0].toUpperCase());
      if (!m || words.length === 2 || m[0].length !== t.end - t.start) headDone = true;
    }
  }
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  finish(end);
  return out;
}

/** Up to the first two words of a statement, upper-cased ("DO", "ROLLBACK TO", "CREATE FUNCTION"), comments between them skipped. */
export function head(text: string, start: number, end: number): string {
  const words: string[] = [];
  try {
    for (const t of tokens(text, start, end)) {
      const m = t.word ? /^[A-Za-z_]+/.exec(text.slice(t.start, t.end)) : null;
      if (m) words.push(m[0].toUpperCase());
      if (!m || words.length === 2 || m[0].length !== t.end - t.start) break;
    }
  } catch {
    // the lexer's complaint is reported where the file is split; a head is a best effort
  }
  return words.join(' ');
}

/** BEGIN / COMMIT / ROLLBACK / … for transaction control, else null. */
export function transactionVerb(headWords: string): string | null {
  const [first, second] = headWords.split(' ');
  switch (first) {
    case 'BEGIN':
    case 'START':
      return 'BEGIN';
    case 'COMMIT':
      return second === 'PREPARED' ? 'COMMIT PREPARED' : 'COMMIT';
    case 'END':
      return 'COMMIT';
    case 'ROLLBACK':
    case 'ABORT':
      return second === 'TO' ? 'ROLLBACK TO' : second === 'PREPARED' ? 'ROLLBACK PREPARED' : 'ROLLBACK';
    case 'SAVEPOINT':
      return 'SAVEPOINT';
    case 'RELEASE':
      return 'RELEASE';
    case 'PREPARE':
      return second === 'TRANSACTION' ? 'PREPARE TRANSACTION' : null;
    default:
      return null;
  }
}
