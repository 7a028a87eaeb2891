// Writing a bundle: the report files, evidence.json / evidence.md / index.html, and
// SHA256SUMS over every file (sha256sum -c format). Every text file passes through
// `maskUrls`, and the command's own output through `redactor`, so no password reaches the bundle.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execaSync } from 'execa';
import { maskSecrets } from '../db/mask.ts';
import { sha256File } from './dump.ts';
import type { Evidence } from './model.ts';
import { PACKAGE_ROOT } from '../paths.ts';

export const FILES = {
  before: 'before.sql',
  after: 'after.sql',
  sums: 'SHA256SUMS',
  conformanceJson: 'conformance.json',
  conformanceMd: 'conformance.md',
  matrix: 'matrix.json',
  commandLog: 'command.log',
  json: 'evidence.json',
  md: 'evidence.md',
  html: 'index.html',
} as const;

const WHAT: Record<string, string> = {
  [FILES.html]: 'this report as one self-contained page',
  [FILES.md]: 'this report in Markdown',
  [FILES.json]: 'every fact and verdict of this bundle in one JSON object',
  [FILES.before]: 'pg_dump (plain SQL) before the command',
  [FILES.after]: 'pg_dump (plain SQL) after the command',
  [FILES.sums]: 'sha256 of every other file: sha256sum -c SHA256SUMS',
  [FILES.conformanceJson]: 'the D9 conformance report',
  [FILES.conformanceMd]: 'the D9 conformance report in Markdown',
  [FILES.matrix]: 'the regression matrix: before, after, delta and verdict per surface',
  [FILES.commandLog]: "the command's output and exit code",
  'probes.tap': 'the probe run as TAP (pg_prove style)',
  'probes.junit.xml': 'the probe run as JUnit XML',
  'probes.json': 'the probe run, every assertion',
  'probes.md': 'the probe run in Markdown',
};

/** The bundle's files, in the order an auditor wants them, with what each one is. */
export function fileIndex(names: string[]): Array<{ file: string; what: string }> {
  const order = Object.keys(WHAT);
  const all = [...new Set([...names, FILES.json, FILES.md, FILES.html, FILES.sums])];
  return all
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b))
    .map((file) => ({ file, what: WHAT[file] ?? '' }));
}

/** Every password in a text masked (the CLI's one masking function): for all text the bundle holds. */
export const maskUrls = maskSecrets;

/**
 * For text we did not write ourselves (the command's output and its command line): URLs
 * masked, and the password in use replaced wherever it appears. Only there: replacing a
 * word such as 'postgres' throughout our own JSON would corrupt it, and our own text only
 * ever names the database by its masked label.
 */
export function redactor(secrets: Array<string | null | undefined>): (text: string) => string {
  const words = secrets.filter((s): s is string => !!s && s.length > 0);
  return (text) => {
    let out = maskUrls(text);
    for (const w of words) out = out.split(w).join('***');
    return out;
  };
}

export interface GitInfo {
  commit: string | null;
  dirty: boolean | null;
  changes: string[];
}

/** The project's commit and whether its tree had uncommitted changes (untracked files count). */
export function gitInfo(root = PACKAGE_ROOT): GitInfo {
  try {
    const commit = execaSync('git', ['-C', root, 'rev-parse', 'HEAD']).stdout.trim();
    const changes = execaSync('git', ['-C', root, 'status', '--porcelain=v1']).stdout.split('\n').filter(Boolean);
    return { commit, dirty: changes.length > 0, changes };
  } catch {
    return { commit: null, dirty: null, changes: [] };
  }
}

/** SHA256SUMS over every file in `dir` but itself, dumps first: `sha256sum -c` reads it as is. */
export function writeSums(dir: string): string {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== FILES.sums)
    .map((d) => d.name)
    .sort((a, b) => Number(b === FILES.before) - Number(a === FILES.before) || Number(b === FILES.after) - Number(a === FILES.after) || a.localeCompare(b));
  const text = names.map((n) => `${sha256File(join(dir, n))}  ${n}\n`).join('');
  writeFileSync(join(dir, FILES.sums), text);
  return text;
}

export function readEvidence(dir: string): Evidence {
  return JSON.parse(readFileSync(join(dir, FILES.json), 'utf8')) as Evidence;
}
