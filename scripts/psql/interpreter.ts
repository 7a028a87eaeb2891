// A psql-compatible script interpreter (psql -X -f semantics), the one `iu-core run` and
// `iu-core probe` use on every engine. It lexes as psqlscan.l does: SQL accumulates in a
// query buffer until a top-level semicolon (quotes, dollar quotes, comments and parentheses
// tracked); a backslash outside quotes starts a meta-command that runs to the end of the line,
// inside a statement buffer too; `:v`, `:'v'` and `:"v"` are interpolated outside quotes,
// dollar quotes and comments. COPY … FROM STDIN (its data inline, up to `\.`) and COPY … TO
// STDOUT run as real COPYs through the session's COPY stream, as psql runs them. Client files
// are psql's: \copy reads and writes them through that stream, \o sends query output to one.
// What psql does that this cannot honour on a borrowed session (another connection, a shell)
// is refused by name with file:line before anything reaches the server.
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { CheckFailed, SqlExecError, errorMessage, serverError } from '../errors.ts';
import { displayName, locateError, locator, type SqlFile } from '../sqlfile.ts';
import { head, transactionVerb } from '../sqlsplit.ts';
import { copyStatement, copyStdio, parseSlashCopy } from './copy.ts';
import { DEFAULT_PRINT, commandTag, formatResult, textOf, type PrintSettings } from './format.ts';
import type { EngineKind, Notice, Session, StatementResult } from '../db/types.ts';

/** A command the interpreter will not run (it is never sent to the server). */
export class PsqlRefused extends CheckFailed {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly what: string,
    reason: string,
  ) {
    super(`${file}:${line}: ${what} refused: ${reason}`);
  }
}

/** A meta-command that failed (\gset with no row, \i of a missing file…), located. */
export class PsqlCommandError extends CheckFailed {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

export interface PsqlOptions {
  engine: EngineKind;
  /** -v NAME=VALUE */
  vars?: Record<string, string>;
  /** --pset settings at start (pg_prove: unaligned, tuples only). */
  print?: Partial<PrintSettings>;
  /** What psql writes to stdout (results, \echo, command tags). */
  out(text: string): void;
  /** What psql writes to stderr (notices, errors, \warn). */
  err(text: string): void;
  /** A notice or warning from the server (default: to `err` as psql prints it). */
  onNotice?(n: Notice, file: string, line: number): void;
  /** Runs each statement sent to the server (a watchdog bounds it). */
  guard?<T>(work: () => Promise<T>): Promise<T>;
  /** After each statement the server accepted: the probe runner sets its bounds after BEGIN. */
  afterStatement?(transaction: string | null): Promise<void>;
  /** false: results and command tags are not printed (iu-core run --json carries them instead). */
  printResults?: boolean;
  /** Each statement's result, as the server returned it (iu-core run --json). */
  onResult?(r: StatementResult, at: { file: string; line: number; tag: string }): void;
}

export interface PsqlOutcome {
  /** Errors reported and gone past (ON_ERROR_STOP off). */
  errors: number;
  /** Whether a transaction is still open at the end (the caller rolls it back). */
  inTransaction: boolean;
}

/** Raised when ON_ERROR_STOP stops the script: `cause` is the located error. */
export class ScriptStopped extends Error {
  constructor(
    readonly error: unknown,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(errorMessage(error));
  }
}

class Quit extends Error {}

/** psql's ParseVariableBool: unique prefixes of true/false/yes/no, on/off (two letters), 1/0. */
export function parseBool(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (!v) return null;
  if ('true'.startsWith(v) || 'yes'.startsWith(v) || (v.length >= 2 && 'on'.startsWith(v)) || v === '1') return true;
  if ('false'.startsWith(v) || 'no'.startsWith(v) || (v.length >= 2 && 'off'.startsWith(v)) || v === '0') return false;
  return null;
}

/** PQescapeLiteral: ' doubled; a value with a backslash becomes E'…' (led by a space, as libpq writes it). */
export function escapeLiteral(v: string): string {
  const body = v.replace(/'/g, "''");
  return v.includes('\\') ? ` E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

export const escapeIdentifier = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The C library's words for a file error, as psql prints them (`%m`). */
function strerror(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'No such file or directory',
    EISDIR: 'Is a directory',
    EACCES: 'Permission denied',
    EPERM: 'Operation not permitted',
    ENOTDIR: 'Not a directory',
    EROFS: 'Read-only file system',
    ENOSPC: 'No space left on device',
  };
  return (code && words[code]) || errorMessage(e);
}

/** A client file name as psql takes it: ~/ is the home directory, a relative name is from the working directory. */
const clientPath = (name: string) => resolve(name === '~' || name.startsWith('~/') ? homedir() + name.slice(1) : name);

const isVarChar = (c: string | undefined) => !!c && /[A-Za-z0-9_\u0080-\uffff]/.test(c);
const isIdentStart = (c: string | undefined) => !!c && /[A-Za-z_\u0080-\uffff]/.test(c);
const isIdentChar = (c: string | undefined) => !!c && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

/** Commands refused, with why. */
const REFUSED: Record<string, string> = {
  c: 'it would open another connection; run the file against the database it needs with --db',
  connect: 'it would open another connection; run the file against the database it needs with --db',
  '!': 'it runs a shell command',
  w: 'it writes a file',
  write: 'it writes a file',
  e: 'it opens an editor',
  edit: 'it opens an editor',
  ef: 'it opens an editor',
  ev: 'it opens an editor',
  cd: 'it changes the client directory',
  setenv: 'it changes the client environment',
  getenv: 'it reads the client environment',
  password: 'it changes a password interactively',
  prompt: 'it reads from the terminal',
  watch: 'it repeats a query without end',
  lo_import: 'it reads client files',
  lo_export: 'it writes client files',
  s: 'it writes history files',
};

interface Cond {
  /** true: this branch runs; false: looking for a true branch; done: a branch already ran. */
  state: 'true' | 'false' | 'done';
  inElse: boolean;
  /** The whole \if sits inside an inactive branch. */
  outer: boolean;
}

interface FileCtx {
  path: string;
  name: string;
  text: string;
  at: (offset: number) => { line: number; column: number };
}

export class Psql {
  readonly vars = new Map<string, string>();
  print: PrintSettings;
  inTx = false;
  errors = 0;
  private lastQuery = '';
  private depth = 0;
  /** \o FILE: where query output goes instead of `out` (absolute path), null for stdout. */
  private outFile: string | null = null;

  constructor(
    private readonly s: Session,
    private readonly opts: PsqlOptions,
  ) {
    this.print = { ...DEFAULT_PRINT, ...opts.print };
    for (const [k, v] of Object.entries(opts.vars ?? {})) this.vars.set(k, v);
  }

  private bool(name: string, dflt = false): boolean {
    const v = this.vars.get(name);
    return v === undefined ? dflt : (parseBool(v) ?? dflt);
  }

  /**
   * Query output (results, command tags, \qecho, COPY … TO STDOUT): to the \o file when there
   * is one, else to `out`. Appended as it comes, so the file is whole whenever the script reads it.
   */
  private qout(text: string | Uint8Array, f: FileCtx, line: number): void {
    if (this.outFile === null) {
      if (this.opts.printResults !== false) this.opts.out(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
      return;
    }
    try {
      appendFileSync(this.outFile, text);
    } catch (e) {
      this.commandError(f, line, `could not write to ${displayName(this.outFile)}: ${strerror(e)}`);
    }
  }

  /** ON_ERROR_ROLLBACK: on (a savepoint around each statement in a transaction), interactive (off in a script), off. */
  private onErrorRollback(): boolean {
    const v = this.vars.get('ON_ERROR_ROLLBACK');
    if (v === undefined || v.toLowerCase() === 'interactive') return false;
    return parseBool(v) ?? false;
  }

  /** Send text to the server as if it were a script's statement (pg_prove --runtests). */
  async sendText(name: string, sql: string): Promise<void> {
    await this.send({ path: name, name, text: sql, at: locator(sql) }, sql, 1, 1, true, 1, 0);
  }

  /** Run a file to its end; stops at the first error when ON_ERROR_STOP is on (ScriptStopped). */
  async runFile(path: string): Promise<PsqlOutcome> {
    try {
      await this.file(resolve(path));
    } catch (e) {
      if (!(e instanceof Quit)) throw e;
    }
    return { errors: this.errors, inTransaction: this.inTx };
  }

  private async file(path: string, from?: FileCtx, line?: number): Promise<void> {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const msg = `${displayName(path)}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'Is a directory' : ((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : errorMessage(e))}`;
      if (!from) throw new PsqlCommandError(displayName(path), 1, msg);
      return this.commandError(from, line!, msg);
    }
    if (++this.depth > 64) throw new PsqlCommandError(displayName(path), 1, 'too many nested \\i (a file includes itself?)');
    try {
      await this.script({ path, name: displayName(path), text, at: locator(text) });
    } finally {
      this.depth--;
    }
  }

  private active(conds: Cond[]): boolean {
    const top = conds.at(-1);
    return !top || top.state === 'true';
  }

  /** One file's text: its own query buffer and \if stack, as psql's MainLoop per file. */
  private async script(f: FileCtx): Promise<void> {
    const t = f.text;
    const conds: Cond[] = [];
    let buf = '';
    let bufStart = -1;
    let depth = 0;
    let i = 0;
    const append = (from: number, to: number) => {
      if (bufStart < 0) bufStart = from;
      buf += t.slice(from, to);
    };
    while (i < t.length) {
      const c = t[i]!;
      const n = t[i + 1];
      const on = this.active(conds);
      if (/\s/.test(c)) {
        if (buf) buf += c;
        i++;
      } else if (c === '-' && n === '-') {
        let j = i;
        while (j < t.length && t[j] !== '\n' && t[j] !== '\r') j++;
        if (buf) append(i, j);
        i = j;
      } else if (c === '/' && n === '*') {
        let d = 1;
        let j = i + 2;
        while (j < t.length && d > 0) {
          if (t[j] === '/' && t[j + 1] === '*') (d++, (j += 2));
          else if (t[j] === '*' && t[j + 1] === '/') (d--, (j += 2));
          else j++;
        }
        append(i, j);
        i = j;
      } else if (c === "'") {
        const escapes = /(^|[^A-Za-z0-9_$])[eE]$/.test(buf);
        let j = i + 1;
        while (j < t.length) {
          if (escapes && t[j] === '\\') j += 2;
          else if (t[j] === "'") {
            if (t[j + 1] === "'") j += 2;
            else break;
          } else j++;
        }
        append(i, Math.min(j + 1, t.length));
        i = j + 1;
      } else if (c === '"') {
        let j = i + 1;
        while (j < t.length) {
          if (t[j] === '"') {
            if (t[j + 1] === '"') j += 2;
            else break;
          } else j++;
        }
        append(i, Math.min(j + 1, t.length));
        i = j + 1;
      } else if (c === '$' && !isIdentChar(buf.at(-1)) && /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.test(t.slice(i, i + 64))) {
        const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(t.slice(i, i + 64))![0];
        const close = t.indexOf(tag, i + tag.length);
        const j = close < 0 ? t.length : close + tag.length;
        append(i, j);
        i = j;
      } else if (isIdentStart(c)) {
        let j = i + 1;
        while (isIdentChar(t[j])) j++;
        append(i, j);
        i = j;
      } else if (c === ':' && n === ':') {
        append(i, i + 2);
        i += 2;
      } else if (c === ':' && on && (isVarChar(n) || n === "'" || n === '"')) {
        const v = this.variableAt(t, i);
        if (v) {
          if (bufStart < 0) bufStart = i;
          buf += v.value;
          i = v.end;
        } else {
          append(i, i + 1);
          i++;
        }
      } else if (c === '\\') {
        const lineNo = f.at(i).line;
        const cmd = this.readCommand(t, i, on);
        i = cmd.end;
        if (cmd.name === 'copy' && on) {
          i = await this.slashCopy(f, lineNo, cmd.rest, i);
          continue;
        }
        const r = await this.command(f, lineNo, cmd.name, cmd.args, cmd.rest, conds, buf);
        if (r === 'sent') {
          buf = '';
          bufStart = -1;
          depth = 0;
        } else if (r === 'reset') {
          buf = '';
          bufStart = -1;
          depth = 0;
        }
      } else if (c === ';' && depth === 0) {
        append(i, i + 1);
        i++;
        const sql = buf;
        const start = bufStart;
        buf = '';
        bufStart = -1;
        if (on) i = await this.sendFromFile(f, sql, start, i);
      } else {
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        append(i, i + 1);
        i++;
      }
    }
    if (buf.trim() && this.active(conds)) await this.sendFromFile(f, buf, bufStart, t.length);
    if (conds.length) this.commandError(f, f.at(t.length).line, 'reached EOF without finding closing \\endif(s)');
  }

  /** `:name`, `:'name'`, `:"name"` at i: the interpolated text, or null (an unknown variable stays as written). */
  private variableAt(t: string, i: number): { value: string; end: number } | null {
    const q = t[i + 1];
    if (q === "'" || q === '"') {
      let j = i + 2;
      while (isVarChar(t[j])) j++;
      if (t[j] !== q || j === i + 2) return null;
      const v = this.vars.get(t.slice(i + 2, j));
      if (v === undefined) return null;
      return { value: q === "'" ? escapeLiteral(v) : escapeIdentifier(v), end: j + 1 };
    }
    let j = i + 1;
    while (isVarChar(t[j])) j++;
    const v = this.vars.get(t.slice(i + 1, j));
    return v === undefined ? null : { value: v, end: j };
  }

  /**
   * A meta-command at i: its name and its arguments as psql's OT_NORMAL reads them ('…' with
   * escapes, "…" kept, variables interpolated), up to the end of the line or a `\\`.
   */
  private readCommand(t: string, i: number, on: boolean): { name: string; args: string[]; rest: string; end: number } {
    let j = i + 1;
    while (j < t.length && !/[\s\\]/.test(t[j]!)) j++;
    // \. and \! are one character; other names run to white space or the next backslash.
    const name = t.slice(i + 1, j);
    let eol = t.indexOf('\n', j);
    if (eol < 0) eol = t.length;
    // \copy takes the rest of the line as it is (psql's OT_WHOLE_LINE): no variables, no quote rules of its own
    if (name === 'copy') return { name, args: [], rest: t.slice(j, eol), end: eol };
    const args: string[] = [];
    let k = j;
    let cur: string | null = null;
    const restStart = j;
    while (k < eol) {
      const c = t[k]!;
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
        if (cur !== null) args.push(cur);
        cur = null;
        k++;
        continue;
      }
      if (c === '\\' && t[k + 1] === '\\') {
        // `\\` ends the command; the rest of the line is SQL again
        if (cur !== null) args.push(cur);
        return { name, args, rest: t.slice(restStart, k), end: k + 2 };
      }
      if (c === '\\' && cur === null) {
        // another meta-command on the same line
        return { name, args, rest: t.slice(restStart, k), end: k };
      }
      cur ??= '';
      if (c === "'") {
        let m = k + 1;
        while (m < eol && t[m] !== "'") {
          if (t[m] === '\\' && m + 1 < eol) {
            const e = t[m + 1]!;
            const map: Record<string, string> = { n: '\n', t: '\t', b: '\b', r: '\r', f: '\f' };
            if (map[e]) (cur += map[e], (m += 2));
            else if (/[0-7]/.test(e)) {
              const o = /^[0-7]{1,3}/.exec(t.slice(m + 1))![0];
              cur += String.fromCharCode(parseInt(o, 8));
              m += 1 + o.length;
            } else (cur += e, (m += 2));
          } else cur += t[m++];
          if (t[m] === "'" && t[m + 1] === "'") (cur += "'", (m += 2));
        }
        k = m + 1;
      } else if (c === '"') {
        let m = k + 1;
        while (m < eol && !(t[m] === '"' && t[m + 1] !== '"')) m += t[m] === '"' ? 2 : 1;
        cur += t.slice(k, m + 1);
        k = m + 1;
      } else if (c === ':' && on && (isVarChar(t[k + 1]) || t[k + 1] === "'" || t[k + 1] === '"')) {
        const v = this.variableAt(t, k);
        if (v) {
          cur += v.value.replace(/^ /, '');
          k = v.end;
        } else (cur += c, k++);
      } else if (c === '`') {
        cur += c;
        k++;
        args.push('\u0000backtick');
      } else {
        cur += c;
        k++;
      }
    }
    if (cur !== null) args.push(cur);
    return { name, args, rest: t.slice(restStart, eol), end: eol };
  }

  private commandError(f: FileCtx, line: number, message: string): void {
    this.errors++;
    if (this.bool('ON_ERROR_STOP')) throw new ScriptStopped(new PsqlCommandError(f.name, line, message), f.name, line, 1);
    this.opts.err(`psql:${f.name}:${line}: error: ${message}\n`);
  }

  /** One meta-command; 'sent' when it sent (and so cleared) the query buffer, 'reset' for \r. */
  private async command(f: FileCtx, line: number, name: string, rawArgs: string[], _rest: string, conds: Cond[], buf: string): Promise<'sent' | 'reset' | null> {
    const on = this.active(conds);
    // The conditionals are read even in an inactive branch.
    if (name === 'if' || name === 'elif' || name === 'else' || name === 'endif') {
      const top = conds.at(-1);
      const expr = rawArgs.join(' ');
      const truth = () => {
        const v = parseBool(expr);
        if (v === null) this.commandError(f, line, `unrecognized value "${expr}" for "\\${name} expression": Boolean expected`);
        return v === true;
      };
      if (name === 'if') {
        if (!on) conds.push({ state: 'done', inElse: false, outer: true });
        else conds.push({ state: truth() ? 'true' : 'false', inElse: false, outer: false });
      } else if (!top) {
        this.commandError(f, line, `\\${name}: no matching \\if`);
      } else if (name === 'elif') {
        if (top.inElse) this.commandError(f, line, '\\elif: cannot occur after \\else');
        else if (top.state === 'true') top.state = 'done';
        else if (top.state === 'false') top.state = truth() ? 'true' : 'false';
      } else if (name === 'else') {
        if (top.inElse) this.commandError(f, line, '\\else: cannot occur after \\else');
        top.inElse = true;
        top.state = top.state === 'false' && !top.outer ? 'true' : 'done';
      } else conds.pop();
      return null;
    }
    if (!on) return null;
    if (rawArgs.includes('\u0000backtick')) throw new PsqlRefused(f.name, line, `\\${name} with a backtick`, 'backticks run a shell command');
    const args = rawArgs;
    const what = `\\${name}`;
    switch (name) {
      case 'set': {
        if (!args.length) {
          for (const [k, v] of [...this.vars].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) this.opts.out(`${k} = '${v}'\n`);
          return null;
        }
        const [key, ...vals] = args;
        if (!/^[A-Za-z0-9_]+$/.test(key!)) return this.commandError(f, line, `invalid variable name: "${key}"`), null;
        const value = vals.join('');
        if (key === 'AUTOCOMMIT' && parseBool(value) === false) throw new PsqlRefused(f.name, line, '\\set AUTOCOMMIT off', 'the interpreter runs in autocommit; write BEGIN where the transaction starts');
        if (['ON_ERROR_STOP', 'QUIET'].includes(key!) && parseBool(value) === null) {
          return this.commandError(f, line, `unrecognized value "${value}" for "${key}": Boolean expected`), null;
        }
        this.vars.set(key!, value);
        return null;
      }
      case 'unset':
        if (!args.length) return this.commandError(f, line, '\\unset: missing required argument'), null;
        this.vars.delete(args[0]!);
        return null;
      case 'echo':
      case 'qecho':
      case 'warn': {
        const noNewline = args[0] === '-n';
        const text = (noNewline ? args.slice(1) : args).join(' ') + (noNewline ? '' : '\n');
        if (name === 'warn') this.opts.err(text);
        else if (name === 'qecho') this.qout(text, f, line);
        else this.opts.out(text);
        return null;
      }
      case 'i':
      case 'include':
      case 'ir':
      case 'include_relative': {
        if (!args[0]) return this.commandError(f, line, `${what}: missing required argument`), null;
        const base = name === 'ir' || name === 'include_relative' ? dirname(f.path) : process.cwd();
        await this.file(resolve(base, args[0]), f, line);
        return null;
      }
      case 'pset':
        this.pset(f, line, args[0], args[1]);
        return null;
      case 't':
        this.pset(f, line, 'tuples_only', args[0]);
        return null;
      case 'x':
        this.pset(f, line, 'expanded', args[0]);
        return null;
      case 'a':
        this.pset(f, line, 'format', this.print.format === 'aligned' ? 'unaligned' : 'aligned');
        return null;
      case 'f':
        this.pset(f, line, 'fieldsep', args[0]);
        return null;
      case 'timing':
        if (!this.bool('QUIET')) this.opts.out(`Timing is ${args[0] && parseBool(args[0]) === false ? 'off' : 'on'}.\n`);
        return null;
      case 'r':
      case 'reset':
        if (!this.bool('QUIET')) this.opts.out('Query buffer reset (cleared).\n');
        return 'reset';
      case 'q':
      case 'quit':
        throw new Quit();
      case 'g':
      case 'gset':
      case 'gexec': {
        if (name === 'g' && args.length) throw new PsqlRefused(f.name, line, `\\g ${args.join(' ')}`, 'it sends output to a file or a pipe');
        const sql = buf.trim() ? buf : this.lastQuery;
        if (!sql.trim()) return this.commandError(f, line, `${what}: no query buffer`), 'sent';
        const r = await this.send(f, sql, line, 1, name === 'g');
        if (r && name === 'gset') this.gset(f, line, r, args[0] ?? '');
        if (r && name === 'gexec') {
          for (const row of cellsOf(r)) {
            for (const v of row) if (v !== null) await this.send(f, v, line, 1, true);
          }
        }
        return 'sent';
      }
      case 'o':
      case 'out': {
        if (!args.length) {
          this.outFile = null;
          return null;
        }
        if (args[0]!.startsWith('|')) throw new PsqlRefused(f.name, line, `${what} ${args.join(' ')}`, 'it pipes output to a shell command');
        const path = clientPath(args[0]!);
        try {
          // psql's fopen(…, "w"): created or emptied now; what fails keeps the output where it was
          writeFileSync(path, '');
        } catch (e) {
          return this.commandError(f, line, `${args[0]}: ${strerror(e)}`), null;
        }
        this.outFile = path;
        return null;
      }
      case 'encoding':
        if (!args.length) this.opts.out('UTF8\n');
        else throw new PsqlRefused(f.name, line, what, 'the client encoding stays UTF8');
        return null;
      case '.':
        return this.commandError(f, line, '\\. outside COPY data'), null;
      default:
        throw new PsqlRefused(f.name, line, what, REFUSED[name] ?? (name === '' ? 'an empty meta-command' : 'this meta-command is not supported by iu-core\'s psql interpreter'));
    }
  }

  private pset(f: FileCtx, line: number, option: string | undefined, value: string | undefined): void {
    const quiet = this.bool('QUIET');
    const say = (s: string) => {
      if (!quiet) this.opts.out(`${s}\n`);
    };
    const toggle = (cur: boolean) => (value === undefined ? !cur : parseBool(value));
    switch (option) {
      case 'format': {
        const v = (value ?? '').toLowerCase();
        const m = ['aligned', 'unaligned'].find((x) => v && x.startsWith(v));
        if (!m) throw new PsqlRefused(f.name, line, `\\pset format ${value ?? ''}`.trim(), 'only the aligned and unaligned formats are supported');
        this.print.format = m as PrintSettings['format'];
        return say(`Output format is ${m}.`);
      }
      case 'tuples_only': {
        const v = toggle(this.print.tuplesOnly);
        if (v === null) return this.commandError(f, line, `unrecognized value "${value}" for "tuples_only": Boolean expected`);
        this.print.tuplesOnly = v;
        // psql 15's do_pset returns before printing when a boolean is given a value
        return value === undefined ? say(`Tuples only is ${v ? 'on' : 'off'}.`) : undefined;
      }
      case 'x':
      case 'expanded': {
        if (value !== undefined && value.toLowerCase() === 'auto') throw new PsqlRefused(f.name, line, '\\x auto', 'it depends on a terminal width there is none of here; use \\x on or \\x off');
        const v = toggle(this.print.expanded);
        if (v === null) return this.commandError(f, line, `unrecognized value "${value}" for "expanded": Boolean expected`);
        this.print.expanded = v;
        // unlike tuples_only, psql 15 says so whether a value was given or not
        return say(`Expanded display is ${v ? 'on' : 'off'}.`);
      }
      case 'footer': {
        const v = toggle(this.print.footer);
        if (v === null) return this.commandError(f, line, `unrecognized value "${value}" for "footer": Boolean expected`);
        this.print.footer = v;
        return value === undefined ? say(`Default footer is ${v ? 'on' : 'off'}.`) : undefined;
      }
      case 'fieldsep':
        if (value !== undefined) this.print.fieldsep = value;
        return say(`Field separator is "${this.print.fieldsep}".`);
      case 'null':
        if (value !== undefined) this.print.null = value;
        return say(`Null display is "${this.print.null}".`);
      case 'pager':
        return say(`Pager usage is off.`);
      case 'border':
        if (value !== undefined && value !== '1') throw new PsqlRefused(f.name, line, `\\pset border ${value}`, 'only border 1 (the default) is supported');
        return say('Border style is 1.');
      default:
        throw new PsqlRefused(f.name, line, `\\pset ${option ?? ''}`.trim(), 'only format, tuples_only, expanded, footer, fieldsep, null, pager and border are supported');
    }
  }

  private gset(f: FileCtx, line: number, r: StatementResult, prefix: string): void {
    if (r.rows.length === 0) return this.commandError(f, line, 'no rows returned for \\gset');
    if (r.rows.length > 1) return this.commandError(f, line, 'more than one row returned for \\gset');
    const row = cellsOf(r)[0]!;
    r.columns.forEach((c, i) => {
      const v = row[i];
      if (v === null || v === undefined) this.vars.delete(prefix + c);
      else this.vars.set(prefix + c, v);
    });
  }

  private async sendFromFile(f: FileCtx, sql: string, start: number, end: number): Promise<number> {
    const { line, column } = f.at(Math.max(0, start));
    let copy: { data: Uint8Array } | undefined;
    const stdio = copyStdio(sql);
    if (stdio?.from) {
      // psql reads the data from the script itself, from the next line on
      const nl = f.text.indexOf('\n', end);
      const from = nl < 0 ? f.text.length : nl + 1;
      if (stdio.binary) {
        // binary: every byte to the end of the file (psql's fread to EOF), read raw
        const raw = readFileSync(f.path);
        copy = { data: raw.subarray(Math.min(raw.length, Buffer.byteLength(f.text.slice(0, from)))) };
        end = f.text.length;
      } else {
        // text and csv: the lines up to a line `\.` (or the end of the file)
        const inline = inlineData(f.text, from);
        copy = { data: inline.data };
        end = Math.min(f.text.length, inline.end + 1);
      }
    }
    await this.send(f, sql, line, column, true, f.at(Math.max(0, end - 1)).line, start, copy);
    return end;
  }

  /** psql's report of an error it goes past: the located ERROR line, then DETAIL, HINT and CONTEXT (VERBOSITY default). */
  private reportError(fields: NonNullable<ReturnType<typeof serverError>>, f: FileCtx, line: number): void {
    let text = `psql:${f.name}:${line}: ${fields.severity ?? 'ERROR'}:  ${fields.message}\n`;
    if (fields.detail) text += `DETAIL:  ${fields.detail}\n`;
    if (fields.hint) text += `HINT:  ${fields.hint}\n`;
    if (fields.where) text += `CONTEXT:  ${fields.where}\n`;
    this.opts.err(text);
  }

  /**
   * Send one statement as psql does: ON_ERROR_ROLLBACK's savepoint inside a transaction, the
   * result printed, an error reported and (ON_ERROR_STOP) raised as ScriptStopped. A COPY with
   * the client runs through the session's COPY stream: FROM STDIN reads `copy` (the inline
   * data), TO STDOUT's data is printed where query output goes, with no tag (as psql).
   */
  private async send(f: FileCtx, sql: string, line: number, column: number, printIt: boolean, endLine = line, offset = -1, copy?: { data: Uint8Array }, client?: ClientCopy): Promise<StatementResult | null> {
    const h = head(sql, 0, sql.length);
    const verb = transactionVerb(h);
    if (!client) this.lastQuery = sql;
    const stdio = client ? null : copyStdio(sql);
    if (stdio?.from && !copy) throw new PsqlRefused(f.name, line, 'COPY … FROM stdin', 'its data must be inline in the file, after the statement, up to a line \\.');
    if (stdio && !this.s.copy) throw new PsqlRefused(f.name, line, stdio.from ? 'COPY … FROM stdin' : 'COPY … TO stdout', 'this session has no COPY data stream');
    const savepoint = this.onErrorRollback() && this.inTx && !verb;
    const notice = (n: Notice) => (this.opts.onNotice ? this.opts.onNotice(n, f.name, endLine) : this.opts.err(`psql:${f.name}:${endLine}: ${n.severity}:  ${n.message}\n`));
    if (savepoint) await this.s.exec('SAVEPOINT pg_psql_temporary_savepoint');
    let r: StatementResult;
    let copied = null as Uint8Array | null;
    try {
      const viaCopy = async (): Promise<StatementResult> => {
        const c = client ? await this.s.copy!(sql, client.input, notice) : await this.s.copy!(copyStatement(sql, stdio!, this.opts.engine), stdio!.from ? copy!.data : null, notice);
        if (client) client.output = c.data;
        else copied = c.data;
        return { rows: [], columns: [], command: 'COPY', rowCount: c.rowCount };
      };
      const work = client || stdio ? viaCopy : () => this.s.exec(sql, notice, { text: true });
      r = await (this.opts.guard ? this.opts.guard(work) : work());
    } catch (e) {
      if (savepoint) await this.s.exec('ROLLBACK TO pg_psql_temporary_savepoint').catch(() => undefined);
      const fields = serverError(e);
      this.errors++;
      // A stopping error is the caller's to report (located); one gone past is printed as psql does.
      if (this.bool('ON_ERROR_STOP') || !fields || ('lost' in (e as object) && (e as { lost?: boolean }).lost)) {
        const file: SqlFile = { path: f.path, name: f.name, text: f.text, statements: [] };
        const located = offset >= 0 && sql === f.text.slice(offset, offset + sql.length) ? locateError(e, file, { text: sql, offset, line, column, head: h, transaction: verb }) : e;
        const at = located instanceof SqlExecError ? { line: located.line, column: located.column } : { line, column };
        throw new ScriptStopped(located, f.name, at.line, at.column);
      }
      this.reportError(fields, f, endLine);
      return null;
    }
    if (savepoint) await this.s.exec('RELEASE pg_psql_temporary_savepoint');
    if (verb === 'BEGIN') this.inTx = true;
    else if (verb === 'COMMIT' || verb === 'ROLLBACK' || verb === 'PREPARE TRANSACTION') this.inTx = false;
    await this.opts.afterStatement?.(verb);
    const tag = commandTag(r);
    this.opts.onResult?.(r, { file: f.name, line, tag });
    if (stdio && !stdio.from) this.qout(copied ?? new Uint8Array(0), f, endLine);
    else if (printIt) {
      if (r.columns.length) this.qout(formatResult(r, this.print), f, endLine);
      else if (!this.bool('QUIET') && tag) this.qout(`${tag}\n`, f, endLine);
    }
    return r;
  }

  /**
   * psql's \copy: COPY … FROM STDIN / TO STDOUT on the server (PGlite: '/dev/blob'), its data a
   * client file read or written here, the lines after the command up to `\.` (from stdin), or
   * the query output (to stdout). Returns where the script goes on.
   */
  private async slashCopy(f: FileCtx, line: number, rest: string, end: number): Promise<number> {
    const p = parseSlashCopy(rest);
    if (typeof p === 'string') return this.commandError(f, line, `\\copy: ${p}`), end;
    if (p.target.kind === 'program') throw new PsqlRefused(f.name, line, '\\copy … PROGRAM', 'it runs a shell command');
    if (p.target.kind === 'pstdio' && p.from) throw new PsqlRefused(f.name, line, '\\copy … FROM pstdin', "it reads iu-core's own standard input; put the data after the \\copy line, up to a line \\. (from stdin)");
    if (!this.s.copy) throw new PsqlRefused(f.name, line, '\\copy', 'this session has no COPY data stream');
    let input: Uint8Array | null = null;
    let file: string | null = null;
    let next = end;
    if (p.target.kind === 'file') {
      file = clientPath(p.target.path);
      try {
        if (p.from) {
          if (statSync(file).isDirectory()) return this.commandError(f, line, `${p.target.path}: cannot copy from/to a directory`), end;
          input = readFileSync(file);
        } else writeFileSync(file, ''); // psql opens it ("w") before the COPY runs
      } catch (e) {
        return this.commandError(f, line, `${p.target.path}: ${strerror(e)}`), end;
      }
    } else if (p.from) {
      // from stdin: the script's next lines, up to a line \. or the end of the file
      ({ data: input, end: next } = inlineData(f.text, Math.min(f.text.length, end + 1)));
    }
    const target = this.opts.engine === 'pglite' ? "'/dev/blob'" : p.from ? 'STDIN' : 'STDOUT';
    const sql = `COPY ${p.before} ${p.from ? 'FROM' : 'TO'} ${target} ${p.after}`;
    const client: ClientCopy = { input: p.from ? (input ?? new Uint8Array(0)) : null, output: null };
    // psql prints COPY n unless the data itself went to the output
    const r = await this.send(f, sql, line, 1, p.from || file !== null, line, -1, undefined, client);
    if (!r || p.from) return next;
    const data = client.output ?? new Uint8Array(0);
    if (file) {
      try {
        writeFileSync(file, data);
      } catch (e) {
        this.commandError(f, line, `${p.target.kind === 'file' ? p.target.path : file}: ${strerror(e)}`);
      }
    } else if (p.target.kind === 'pstdio') this.opts.out(Buffer.from(data).toString('utf8'));
    else this.qout(data, f, line);
    return next;
  }
}

/**
 * COPY's inline data in a script, as psql reads it: the text from `from` up to a line `\.`
 * (or the end of the file), and where that line ends (before its newline), or the file's end.
 */
function inlineData(text: string, from: number): { data: Uint8Array; end: number } {
  const m = /^\\\.\r?$/m.exec(text.slice(from));
  return m ? { data: Buffer.from(text.slice(from, from + m.index)), end: from + m.index + m[0].length } : { data: Buffer.from(text.slice(from)), end: text.length };
}

/** A \copy's data: what COPY … FROM reads, what COPY … TO wrote. */
interface ClientCopy {
  input: Uint8Array | null;
  output: Uint8Array | null;
}

/** A result's cells as text in column order (two columns of one name both kept). */
export function cellsOf(r: StatementResult): Array<Array<string | null>> {
  return r.values ?? r.rows.map((row) => r.columns.map((c) => (row[c] === null || row[c] === undefined ? null : textOf(row[c]))));
}

/** Run one psql script on a session; ScriptStopped / PsqlRefused / PsqlCommandError stop it. */
export function runPsqlFile(s: Session, path: string, opts: PsqlOptions): Promise<PsqlOutcome> {
  return new Psql(s, opts).runFile(path);
}
