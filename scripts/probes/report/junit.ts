// JUnit XML: one testsuite per probe file, one testcase per assertion, so CI systems show
// each pgTAP assertion by its sentence.
import { isAbsolute, relative } from 'node:path';
import type { ProbeFileResult, ProbeRun } from '../model.ts';

export function xmlEscape(s: string): string {
  return s
    // Characters XML 1.0 cannot hold at all, escaped or not (a lone surrogate among them).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A file's path as a class name: relative to the working directory (the project root), no leading ../, dots for slashes. */
function className(file: string): string {
  const rel = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return rel.replace(/^(\.\.\/)+/, '').replace(/^\//, '').replace(/\.(sql|pg)$/, '').replace(/\//g, '.');
}

/**
 * Test names that survive edits for CI history: the assertion's description (not its number,
 * which shifts when a test is inserted before it); a repeated description gets " (2)", " (3)"
 * in file order; an assertion without one is named after its file position among those.
 */
function names(f: ProbeFileResult): string[] {
  const seen = new Map<string, number>();
  return f.assertions.map((a) => {
    const base = a.description || '(no description)';
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base} (${k})`;
  });
}

const secs = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

function suite(f: ProbeFileResult): string {
  const cases: string[] = [];
  const classname = xmlEscape(className(f.file));
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const labels = names(f);
  f.assertions.forEach((a, k) => {
    const name = xmlEscape(labels[k]!);
    const open = `    <testcase classname="${classname}" name="${name}" time="${secs(a.ms)}"`;
    const diag = a.diagnostics.join('\n');
    if (a.directive === 'SKIP') {
      skipped++;
      cases.push(`${open}><skipped message="${xmlEscape(a.reason ?? 'skipped')}"/></testcase>`);
    } else if (a.directive === 'TODO') {
      // Not a failure (TAP's convention), but the note stays visible in the test's output.
      const note = a.ok ? `TODO ${a.reason ?? ''}: passed unexpectedly (test ${a.n})` : `TODO ${a.reason ?? ''}: failing as expected (test ${a.n})${diag ? `\n${diag}` : ''}`;
      cases.push(`${open}><system-out>${xmlEscape(note)}</system-out></testcase>`);
    } else if (!a.ok) {
      failures++;
      const message = `not ok ${a.n} - ${a.description}${a.diagnostics[0] ? `: ${a.diagnostics[0].trim()}` : ''}`;
      cases.push(`${open}><failure type="pgTAP assertion" message="${xmlEscape(message)}">${xmlEscape(diag)}</failure></testcase>`);
    } else {
      cases.push(`${open}/>`);
    }
  });
  if (f.error) {
    errors++;
    const where = `${f.file}:${f.error.line}:${f.error.column}`;
    cases.push(`    <testcase classname="${classname}" name="(file) ${xmlEscape(f.file)}" time="0.000"><error type="${xmlEscape(f.error.code)}" message="${xmlEscape(`${f.error.code} ${f.error.message} at ${where}`)}">${xmlEscape([f.error.detail, f.error.hint, f.error.where].filter(Boolean).join('\n'))}</error></testcase>`);
  }
  if (f.problem) {
    errors++;
    cases.push(`    <testcase classname="${classname}" name="(file) ${xmlEscape(f.file)}" time="0.000"><error type="refused" message="${xmlEscape(f.problem)}"/></testcase>`);
  }
  if (!f.error && !f.problem && f.planned === null) {
    failures++;
    cases.push(`    <testcase classname="${classname}" name="(plan)" time="0.000"><failure type="plan" message="no plan found in the file's TAP output"/></testcase>`);
  } else if (!f.error && f.planned !== null && f.planned !== f.assertions.length) {
    failures++;
    cases.push(`    <testcase classname="${classname}" name="(plan)" time="0.000"><failure type="plan" message="planned ${f.planned} tests but ran ${f.assertions.length}"/></testcase>`);
  }
  const tests = cases.length;
  return `  <testsuite name="${xmlEscape(f.file)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${(f.ms / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
}

export function renderJunit(run: ProbeRun): string {
  const suites = run.files.map(suite);
  const count = (attr: string) => suites.reduce((n, s) => n + Number(new RegExp(`${attr}="(\\d+)"`).exec(s)?.[1] ?? 0), 0);
  if (!run.census.clean) {
    suites.push(`  <testsuite name="leave-no-trace census" tests="1" failures="1" errors="0" skipped="0" time="0"><testcase classname="census" name="the probe run leaves the database as it found it"><failure message="the run changed the database">${xmlEscape(run.census.differences.join('\n'))}</failure></testcase></testsuite>`);
  }
  const failures = count('failures') + (run.census.clean ? 0 : 1);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="iu-core probes" tests="${count('tests') + (run.census.clean ? 0 : 1)}" failures="${failures}" errors="${count('errors')}" time="${(run.ms / 1000).toFixed(3)}">
${suites.join('\n')}
</testsuites>
`;
}
