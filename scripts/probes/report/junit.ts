// JUnit XML: one testsuite per probe file, one testcase per assertion, so CI systems show
// each pgTAP assertion by its sentence.
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

function suite(f: ProbeFileResult): string {
  const cases: string[] = [];
  const classname = xmlEscape(f.file.replace(/\.sql$/, '').replace(/\//g, '.'));
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const a of f.assertions) {
    const name = xmlEscape(`${a.n} - ${a.description}`);
    if (a.directive === 'SKIP') {
      skipped++;
      cases.push(`    <testcase classname="${classname}" name="${name}"><skipped/></testcase>`);
    } else if (!a.ok && a.directive !== 'TODO') {
      failures++;
      cases.push(`    <testcase classname="${classname}" name="${name}"><failure message="${name}">${xmlEscape(a.diagnostics.join('\n'))}</failure></testcase>`);
    } else {
      cases.push(`    <testcase classname="${classname}" name="${name}"/>`);
    }
  }
  if (f.error) {
    errors++;
    const where = `${f.file}:${f.error.line}:${f.error.column}`;
    cases.push(`    <testcase classname="${classname}" name="(file) ${xmlEscape(f.file)}"><error type="${xmlEscape(f.error.code)}" message="${xmlEscape(`${f.error.code} ${f.error.message} at ${where}`)}">${xmlEscape([f.error.detail, f.error.hint, f.error.where].filter(Boolean).join('\n'))}</error></testcase>`);
  }
  if (f.problem) {
    errors++;
    cases.push(`    <testcase classname="${classname}" name="(file) ${xmlEscape(f.file)}"><error message="${xmlEscape(f.problem)}"/></testcase>`);
  }
  if (!f.error && f.planned !== null && f.planned !== f.assertions.length) {
    failures++;
    cases.push(`    <testcase classname="${classname}" name="(plan)"><failure message="planned ${f.planned} tests but ran ${f.assertions.length}"/></testcase>`);
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
