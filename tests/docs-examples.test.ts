// Every shell example in README.md and docs/*.md runs as written, through the built
// bin/iu-core.js (npm run build, IU_CORE_RUN=dist), so a doc cannot drift from the tool.
// Runnable: a ```sh block whose every command starts with iu-core, npx iu-core or psql. A
// block with anything else (npm, cd, jq, createdb…) is not run, and neither is one marked
// `<!-- not run: REASON -->` on the line before its fence. The blocks of one file run in
// order in one fresh folder (links to sql/, ops/, tests/), on the embedded default database
// there, so a file's set-up block carries into its later examples; each command must exit 0.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv } from './helpers.ts';

interface Block {
  file: string;
  line: number;
  commands: string[];
  skip: string | null;
}

/**
 * Blocks in files this test's owner does not edit, known not to run here, with why. Their
 * owners should mark them with `<!-- not run: … -->` instead (then this list shrinks).
 */
const KNOWN_NOT_RUN: Record<string, string> = {};

const RUNNABLE = /^(npx\s+)?iu-core\b|^psql\b/;

export function shellBlocks(file: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (open[1] !== 'sh') continue;
    // One command per logical line: continuations joined, comments and blank lines dropped.
    const commands = body
      .join('\n')
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').replace(/\s+/g, ' ').trim())
      .filter((l) => l && !l.startsWith('#'));
    const prev = lines.slice(0, start).reverse().find((l) => l.trim()) ?? '';
    const marked = /<!--\s*not run:\s*(.+?)\s*-->/.exec(prev)?.[1];
    const known = KNOWN_NOT_RUN[`${file}:${commands[0]}`];
    const foreign = commands.find((c) => !RUNNABLE.test(c));
    const skip = marked ?? known ?? (foreign ? `runs more than iu-core and psql (${foreign.split(' ')[0]})` : null);
    blocks.push({ file, line: start + 1, commands, skip });
  }
  return blocks;
}

/** argv of a documented command line: words, '…' and "…" quoting, as sh splits it. */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"((?:\\.|[^"\\])*)"|(\S+)/g;
  let cur: string | null = null;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const glued = cur !== null && m.index === last;
    const w = m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]!;
    if (glued) cur += w;
    else {
      if (cur !== null) out.push(cur);
      cur = w;
    }
    last = m.index + m[0].length;
  }
  if (cur !== null) out.push(cur);
  return out;
}

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const ALL = DOCS.flatMap((f) => shellBlocks(f, readFileSync(join(ROOT, f), 'utf8')));

describe('the shell examples of the docs', () => {
  beforeAll(async () => {
    await execa('npm', ['run', 'build'], { cwd: ROOT });
  }, 120_000);

  it('are found, and each one that is not run says why', () => {
    expect(ALL.filter((b) => !b.skip).length).toBeGreaterThan(0);
    for (const b of ALL.filter((x) => x.skip)) expect(b.skip, `${b.file}:${b.line}`).toMatch(/\S/);
    expect(words(`iu-core scaleout --template 'a:8=wf,b' --note "x \\"y\\"" -- run f.sql`)).toEqual(['iu-core', 'scaleout', '--template', 'a:8=wf,b', '--note', 'x "y"', '--', 'run', 'f.sql']);
  });

  const files = [...new Set(ALL.filter((b) => !b.skip).map((b) => b.file))];
  it.each(files)('%s: every runnable example exits 0 as written', async (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'iu-core-docs-'));
    for (const x of ['sql', 'ops', 'tests', 'package.json']) symlinkSync(join(ROOT, x), join(dir, x));
    for (const b of ALL.filter((x) => x.file === file && !x.skip)) {
      for (const command of b.commands) {
        const argv = words(command);
        const [cmd, rest] = argv[0] === 'npx' ? [argv[1], argv.slice(2)] : [argv[0], argv.slice(1)];
        const r =
          cmd === 'iu-core'
            ? await execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), ...rest], { cwd: dir, env: cleanEnv({ IU_CORE_RUN: 'dist' }), extendEnv: false, reject: false })
            : await execa(cmd!, rest, { cwd: dir, env: cleanEnv(), extendEnv: false, reject: false });
        expect(r.exitCode, `${b.file}:${b.line}: ${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
      }
    }
  }, 600_000);
});

describe("the README's CLI block", () => {
  it('is what iu-core --help prints, line for line', async () => {
    const { cli } = await import('./helpers.ts');
    const help = await cli('--help');
    expect(help.code).toBe(0);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('`iu-core --help` prints this');
    expect(start, 'README names the --help block').toBeGreaterThan(0);
    const open = readme.indexOf('```\n', start) + 4;
    const block = readme.slice(open, readme.indexOf('```', open)).trimEnd();
    // The title line (with the version) and the blank line after it are not in the README.
    expect(block).toBe(help.out.split('\n').slice(2).join('\n').trimEnd());
  });
});
