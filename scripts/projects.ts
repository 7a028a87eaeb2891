// Projects: IU Core (built in) and the DBA's own, named in iu-core.config.json. Each has its
// migrations folder, file-name pattern, rollback rule, probes, source of truth, and the
// object names it owns; the ledger keys every row by project so projects never touch each
// other's rows.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { UsageError } from './errors.ts';
import { nearest } from './cli.ts';
import { PACKAGE_ROOT } from './paths.ts';

export const IU_CORE = 'iu-core';
export const CONFIG_FILE = 'iu-core.config.json';

export type Pattern = 'NNN' | 'NNNN' | 'timestamp';
export const PATTERNS: readonly Pattern[] = ['NNN', 'NNNN', 'timestamp'];

export interface Project {
  name: string;
  builtin: boolean;
  /** Absolute. */
  migrationsDir: string;
  pattern: Pattern;
  rollbacks: 'required' | 'optional';
  probesDir: string | null;
  ssotFile: string | null;
  /** Object-name prefixes it owns (inside its schemas). */
  prefixes: string[];
  /** Objects it owns by exact name (IU Core's unprefixed tables); [] for most projects. */
  names: string[];
  schemas: string[];
}

/** IU Core's own unprefixed tables, owned by exact name. */
export const IU_CORE_NAMES = ['dot_command_catalog', 'dot_config', 'event_outbox', 'event_route', 'event_type_registry', 'information_unit'];
export const IU_CORE_PREFIXES = ['iu_', 'fn_iu_', '_iu_', 'v_iu_'];

/**
 * IU Core's folders: the current directory's (this repository, or a copy a test made) when
 * it has them, else the installed package's, so a DBA's repository needs no copy.
 */
export function builtin(cwd: string = process.cwd()): Project {
  const base = existsSync(resolve(cwd, 'sql/iu-core')) ? cwd : PACKAGE_ROOT;
  return {
    name: IU_CORE,
    builtin: true,
    migrationsDir: resolve(base, 'sql/iu-core'),
    pattern: 'NNN',
    rollbacks: 'required',
    probesDir: resolve(base, 'tests/probes'),
    ssotFile: resolve(base, 'sql/runtime/110_iu_core_dot_conformance_scan.sql'),
    prefixes: [...IU_CORE_PREFIXES],
    names: [...IU_CORE_NAMES],
    schemas: ['public'],
  };
}

const NAME = /^[a-z][a-z0-9_-]{0,62}$/;
const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;
const KEYS = ['name', 'migrations', 'pattern', 'rollbacks', 'probes', 'ssot', 'prefixes', 'names', 'schemas'] as const;

/** Where the config is: --config, then IU_CORE_CONFIG, then ./iu-core.config.json (optional). */
function configPathOf(cwd: string, configPath?: string): { path: string; required: boolean } | null {
  if (configPath) return { path: resolve(cwd, configPath), required: true };
  if (process.env.IU_CORE_CONFIG) return { path: resolve(cwd, process.env.IU_CORE_CONFIG), required: true };
  return { path: resolve(cwd, CONFIG_FILE), required: false };
}

export function loadProjects(opts: { cwd?: string; configPath?: string } = {}): { file: string | null; projects: Project[] } {
  const cwd = opts.cwd ?? process.cwd();
  const where = configPathOf(cwd, opts.configPath)!;
  if (!existsSync(where.path)) {
    if (where.required) throw new UsageError(`config file ${where.path} does not exist`);
    return { file: null, projects: [builtin(cwd)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(where.path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${where.path}: not valid JSON (${(e as Error).message})`);
  }
  return { file: where.path, projects: parseConfig(raw, where.path, cwd) };
}

/** Validate a parsed config; every problem is listed, one per line, and nothing is used. */
export function parseConfig(raw: unknown, file: string, cwd: string): Project[] {
  const base = dirname(file);
  const problems: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(raw)) throw new UsageError(`${file}: expected a JSON object {"projects": [...]}`);
  for (const k of Object.keys(raw)) if (k !== 'projects') problems.push(`unknown key '${k}' at the top level (expected only "projects")`);
  if (!Array.isArray(raw.projects)) {
    problems.push(`"projects" must be an array of projects`);
    throw configError(file, problems);
  }
  const projects: Project[] = [];
  const core = builtin(cwd);
  raw.projects.forEach((entry: unknown, i: number) => {
    const at = `projects[${i}]`;
    if (!isObj(entry)) return void problems.push(`${at}: expected an object`);
    const name = typeof entry.name === 'string' ? entry.name : undefined;
    const label = name ? `${at} (${name})` : at;
    for (const k of Object.keys(entry)) {
      if (!(KEYS as readonly string[]).includes(k)) {
        const near = nearest(k, KEYS);
        problems.push(`${label}: unknown key '${k}'${near ? ` (did you mean '${near}'?)` : ''}; keys are ${KEYS.join(', ')}`);
      }
    }
    if (typeof entry.name !== 'string') return void problems.push(`${at}: "name" is required and must be a string`);
    if (!NAME.test(entry.name)) return void problems.push(`${label}: bad name '${entry.name}' (lowercase letters, digits, _ and -, starting with a letter, at most 63)`);
    if (entry.name === IU_CORE) {
      const extra = Object.keys(entry).filter((k) => k !== 'name');
      if (extra.length) problems.push(`${label}: the built-in project iu-core takes only "name" (to set its position); its ${extra.join(', ')} cannot be changed`);
      return void projects.push(core);
    }
    const str = (k: string, required: boolean): string | undefined => {
      const v = entry[k];
      if (v === undefined) {
        if (required) problems.push(`${label}: "${k}" is required`);
        return undefined;
      }
      if (typeof v !== 'string' || v === '') return void problems.push(`${label}: "${k}" must be a non-empty string; got ${JSON.stringify(v)}`);
      return v;
    };
    const strings = (k: string, rule: RegExp, what: string): string[] => {
      const v = entry[k];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
        problems.push(`${label}: "${k}" must be an array of strings; got ${JSON.stringify(v)}`);
        return [];
      }
      for (const x of v as string[]) if (!rule.test(x)) problems.push(`${label}: "${k}" entry '${x}' is not ${what}`);
      return v as string[];
    };
    const folder = (k: string, required: boolean): string | null => {
      const v = str(k, required);
      if (v === undefined) return null;
      const abs = isAbsolute(v) ? v : resolve(base, v);
      if (!statSync(abs, { throwIfNoEntry: false })?.isDirectory()) problems.push(`${label}: "${k}" folder ${v} does not exist (${abs})`);
      return abs;
    };
    const migrationsDir = folder('migrations', true);
    const pattern = str('pattern', false) ?? 'NNN';
    if (!(PATTERNS as readonly string[]).includes(pattern)) problems.push(`${label}: "pattern" must be one of ${PATTERNS.join(', ')}; got '${pattern}'`);
    const rollbacks = str('rollbacks', false) ?? 'required';
    if (rollbacks !== 'required' && rollbacks !== 'optional') problems.push(`${label}: "rollbacks" must be "required" or "optional"; got '${rollbacks}'`);
    const probesDir = folder('probes', false);
    const ssot = str('ssot', false);
    const ssotFile = ssot === undefined ? null : isAbsolute(ssot) ? ssot : resolve(base, ssot);
    if (ssotFile && !existsSync(dirname(ssotFile))) problems.push(`${label}: "ssot" ${ssot}: its folder ${dirname(ssotFile)} does not exist`);
    const schemas = entry.schemas === undefined ? ['public'] : strings('schemas', IDENT, 'a lowercase schema name');
    if (entry.schemas !== undefined && Array.isArray(entry.schemas) && !entry.schemas.length) problems.push(`${label}: "schemas" must name at least one schema`);
    projects.push({
      name: entry.name,
      builtin: false,
      migrationsDir: migrationsDir ?? '',
      pattern: pattern as Pattern,
      rollbacks: rollbacks as Project['rollbacks'],
      probesDir,
      ssotFile,
      prefixes: strings('prefixes', /^[a-z_][a-z0-9_]{0,62}$/, 'a lowercase name prefix'),
      names: strings('names', IDENT, 'a lowercase object name'),
      schemas,
    });
  });
  if (!projects.some((p) => p.name === IU_CORE)) projects.unshift(core);
  const seen = new Set<string>();
  for (const p of projects) {
    if (seen.has(p.name)) problems.push(`project '${p.name}' is listed twice`);
    seen.add(p.name);
  }
  problems.push(...claimConflicts(projects));
  if (problems.length) throw configError(file, problems);
  return projects;
}

/**
 * Two projects may share a schema, but not a name: overlapping prefixes (one starts with the
 * other), the same exact name, a name one's prefix covers, or a whole-schema claim (a project
 * with neither prefixes nor names owns its schemas outright) beside another project there.
 */
function claimConflicts(projects: Project[]): string[] {
  const out: string[] = [];
  const folders = new Map<string, string>();
  for (const p of projects) {
    const prev = folders.get(p.migrationsDir);
    if (p.migrationsDir && prev) out.push(`projects '${prev}' and '${p.name}' share the migrations folder ${p.migrationsDir}`);
    folders.set(p.migrationsDir, p.name);
  }
  for (let i = 0; i < projects.length; i++) {
    for (let j = i + 1; j < projects.length; j++) {
      const [a, b] = [projects[i]!, projects[j]!];
      for (const s of a.schemas.filter((x) => b.schemas.includes(x))) {
        const whole = [a, b].filter((p) => !p.prefixes.length && !p.names.length);
        if (whole.length) {
          out.push(`projects '${a.name}' and '${b.name}' both claim schema ${s} ('${whole[0]!.name}' has no prefixes or names, so it claims all of it)`);
          continue;
        }
        for (const x of a.prefixes) {
          for (const y of b.prefixes) if (x.startsWith(y) || y.startsWith(x)) out.push(`projects '${a.name}' and '${b.name}' both claim prefix ${x.length >= y.length ? x : y} in schema ${s}${x === y ? '' : ` ('${x}' vs '${y}')`}`);
          for (const n of b.names) if (n.startsWith(x)) out.push(`project '${b.name}' names ${s}.${n}, which '${a.name}' claims by prefix '${x}'`);
        }
        for (const y of b.prefixes) for (const n of a.names) if (n.startsWith(y)) out.push(`project '${a.name}' names ${s}.${n}, which '${b.name}' claims by prefix '${y}'`);
        for (const n of a.names.filter((x) => b.names.includes(x))) out.push(`projects '${a.name}' and '${b.name}' both claim ${s}.${n}`);
      }
    }
  }
  return out;
}

function configError(file: string, problems: string[]): UsageError {
  if (problems.length === 1) return new UsageError(`${file}: ${problems[0]} (see docs/projects.md)`);
  return new UsageError(`${file}: ${problems.length} problem(s) in the projects config (see docs/projects.md):\n  ${problems.join('\n  ')}`);
}

/** The project named by --project; none given means IU Core. */
export function selectProject(all: Project[], name: string | undefined): Project {
  const wanted = name ?? IU_CORE;
  const p = all.find((x) => x.name === wanted);
  if (p) return p;
  const near = nearest(wanted, all.map((x) => x.name));
  throw new UsageError(`--project ${wanted}: no such project${near ? ` (did you mean ${near}?)` : ''}; projects: ${all.map((x) => x.name).join(', ')}`);
}
