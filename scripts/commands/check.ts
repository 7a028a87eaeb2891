// iu-core check: offline, no database. Every .sql file must parse (real PostgreSQL grammar),
// migrations must pair with rollbacks and declare their delta, migration files must leave
// the transaction to the runner, and squawk lints the forward migrations.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths.ts';
import { execa } from 'execa';
import { CheckFailed } from '../errors.ts';
import { bool, parseFlags, str, type Io } from '../cli.ts';
import { IU_CORE_RULES, listMigrations, migrationFile, rollbackFile, rulesOf, type FileRules } from '../migrations/files.ts';
import { loadProjects, selectProject } from '../projects.ts';
import { displayName, loadParser, splitFast, splitSql, SqlSyntaxError } from '../sqlfile.ts';

export const usage = `iu-core check [--project P | --dir FOLDER] [--config PATH] [--no-squawk] [--json]   offline: parse, pair, lint
  no flags: IU Core (sql, ops, tests/probes); --project P: only P's migrations and probes, by P's rules;
  --dir FOLDER: only that folder (by its project's rules when a configured project has it)`;


export const CHECKED_FOLDERS = ['sql', 'ops', 'tests/probes'];

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  rule: string;
  message: string;
}

function sqlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...sqlFilesUnder(p));
    else if (entry.endsWith('.sql')) out.push(p);
  }
  return out;
}

/** Parse one file; psql meta-commands get their own explanation rather than a bare syntax error. */
function checkSyntax(path: string, problems: Problem[]): ReturnType<typeof splitSql> | null {
  const text = readFileSync(path, 'utf8');
  const name = displayName(path);
  const meta = /^[ \t]*\\[a-zA-Z!]/m.exec(text);
  if (meta) {
    const line = text.slice(0, meta.index).split('\n').length;
    problems.push({ file: name, line, column: 1, rule: 'no-psql-meta-command', message: 'psql meta-command: files must run unchanged through the harness; use RAISE NOTICE' });
    return null;
  }
  try {
    const stmts = splitSql(text, name);
    lexerAgrees(text, name, stmts, problems);
    return stmts;
  } catch (e) {
    if (e instanceof SqlSyntaxError) {
      problems.push({ file: e.file, line: e.line, column: e.column, rule: 'syntax', message: e.detail });
      return null;
    }
    throw e;
  }
}

/**
 * The runner splits files with its own lexer (the parser is not loaded at run time): a file it
 * refuses, or cuts differently from the parser, is reported here, before it ever runs.
 */
function lexerAgrees(text: string, name: string, parsed: ReturnType<typeof splitSql>, problems: Problem[]): void {
  let fast: ReturnType<typeof splitFast>;
  try {
    fast = splitFast(text, name);
  } catch (e) {
    if (!(e instanceof SqlSyntaxError)) throw e;
    problems.push({ file: e.file, line: e.line, column: e.column, rule: 'lexer', message: e.detail });
    return;
  }
  const i = parsed.findIndex((p, k) => fast[k]?.offset !== p.offset || fast[k]?.text !== p.text);
  if (i >= 0 || fast.length !== parsed.length) {
    const at = parsed[i >= 0 ? i : parsed.length - 1] ?? { line: 1, column: 1 };
    problems.push({ file: name, line: at.line, column: at.column, rule: 'lexer', message: "the runner's statement splitter cuts this file differently from the PostgreSQL parser here; rewrite the construct" });
  }
}

/** squawk's gcc-style lines: file:line:col: severity: rule message */
async function runSquawk(files: string[], problems: Problem[]): Promise<void> {
  if (!files.length) return;
  // The repository's own squawk rules, else the runner's (it sets lock_timeout and runs each
  // migration in one transaction, whoever's project it is).
  const config = [resolve('.squawk.toml'), join(PACKAGE_ROOT, '.squawk.toml')].find((f) => existsSync(f));
  const args = ['--reporter', 'gcc', ...(config ? ['--config', config] : []), ...files.map(displayName)];
  // squawk comes with this package, wherever the command is run from.
  const r = await execa('squawk', args, { preferLocal: true, localDir: PACKAGE_ROOT, reject: false });
  for (const line of r.stdout.split('\n')) {
    const m = /^(.+?):(\d+):(\d+):\s*(\w+):\s*(\S+)\s+(.*)$/.exec(line.trim());
    // squawk's gcc reporter counts lines and columns from 0.
    if (m) problems.push({ file: m[1]!, line: Number(m[2]) + 1, column: Number(m[3]) + 1, rule: `squawk/${m[5]}`, message: m[6]! });
  }
  if (r.exitCode !== 0 && !problems.some((p) => p.rule.startsWith('squawk/'))) {
    problems.push({ file: '.squawk.toml', rule: 'squawk', message: `squawk failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}` });
  }
}

/**
 * What to check: IU Core's folders by default; one project's migrations and probes folders
 * (`roots`) by that project's rules otherwise. `rules.delta` asks for IU Core's seven-class
 * Delta header, which only the built-in project's own migrations carry.
 */
export interface CheckTarget {
  dir: string;
  roots: string[];
  rules: FileRules;
}

export async function checkTree(opts: { dir?: string; squawk?: boolean; target?: CheckTarget } = {}): Promise<{ files: number; problems: Problem[] }> {
  await loadParser();
  const problems: Problem[] = [];
  const target = opts.target ?? defaultTarget(opts.dir);
  const { dir, rules } = target;
  const roots = [...new Set([...target.roots, dir])];
  const files = [...new Set(roots.flatMap((r) => sqlFilesUnder(resolve(r))))];
  const [MIGRATION, ROLLBACK] = [migrationFile(rules.pattern), rollbackFile(rules.pattern)];
  for (const f of files) {
    const stmts = checkSyntax(f, problems);
    const base = f.split('/').pop()!;
    const isMigrationFile = (MIGRATION.test(base) || ROLLBACK.test(base)) && resolve(f).startsWith(resolve(dir));
    const tx = stmts?.find((s) => s.transaction);
    if (isMigrationFile && tx && !/^--\s*iu-core:\s*no-transaction\s*$/m.test(readFileSync(f, 'utf8'))) {
      problems.push({ file: displayName(f), line: tx.line, column: tx.column, rule: 'no-transaction-control', message: `${tx.transaction} in a migration file: the runner owns the transaction` });
    }
  }
  let forward: string[] = [];
  try {
    const migrations = listMigrations(dir, rules);
    forward = migrations.map((m) => m.path);
    for (const m of migrations) {
      if (rules.delta && !m.delta) problems.push({ file: displayName(m.path), line: 1, column: 1, rule: 'delta-header', message: "no '-- Delta:' header line (declare all seven classes)" });
    }
  } catch (e) {
    if (!(e instanceof CheckFailed)) throw e;
    for (const line of e.message.split('\n').slice(1)) {
      const [file, ...rest] = line.trim().split(': ');
      problems.push({ file: file!, rule: 'pairing', message: rest.join(': ') });
    }
  }
  if (opts.squawk !== false) await runSquawk(forward, problems);
  return { files: files.length, problems };
}

/** No flags: IU Core's folders under the current directory, as always. */
function defaultTarget(dir?: string): CheckTarget {
  return dir === undefined ? { dir: 'sql/iu-core', roots: CHECKED_FOLDERS, rules: IU_CORE_RULES } : { dir, roots: [], rules: { ...IU_CORE_RULES, delta: false } };
}

/** --project P: P's folders by P's rules; --dir: that folder alone, by the rules of the project that has it. */
function targetOf(project: string | undefined, dir: string | undefined, configPath: string | undefined): CheckTarget | undefined {
  if (project === undefined && dir === undefined) return undefined;
  const all = loadProjects({ configPath }).projects;
  const p = project !== undefined ? selectProject(all, project) : all.find((x) => x.migrationsDir === resolve(dir!));
  if (!p) return defaultTarget(dir);
  if (p.builtin && dir === undefined) return defaultTarget();
  const migrations = dir ?? p.migrationsDir;
  return { dir: migrations, roots: [migrations, ...(p.probesDir && dir === undefined ? [p.probesDir] : [])], rules: { ...rulesOf(p), delta: p.builtin && resolve(migrations) === p.migrationsDir } };
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('check', args, { dir: { type: 'string' }, project: { type: 'string' }, config: { type: 'string' }, 'no-squawk': { type: 'boolean' }, json: { type: 'boolean' } });
  const target = targetOf(str(p, 'project'), str(p, 'dir'), str(p, 'config'));
  const { files, problems } = await checkTree({ target, squawk: !bool(p, 'no-squawk') });
  if (bool(p, 'json')) {
    io.json({ files, problems, ok: problems.length === 0 });
  } else {
    for (const pr of problems) io.out(`${pr.file}${pr.line ? `:${pr.line}:${pr.column ?? 1}` : ''}: ${pr.rule}: ${pr.message}`);
    io.out(`check: ${files} SQL files, ${problems.length} problem(s)`);
  }
  return problems.length ? 1 : 0;
}
