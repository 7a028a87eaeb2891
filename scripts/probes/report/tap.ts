// TAP as pg_prove prints it: one line per file, the failures, then the summary report.
import type { ProbeFileResult, ProbeRun } from '../model.ts';

/**
 * A value as one line of plain text: control characters (a terminal escape sequence in an
 * object name could rewrite what the operator sees) and line breaks shown as \uXXXX.
 */
export function plain(v: unknown): string {
  return String(v ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function failureLines(f: ProbeFileResult): string[] {
  const out: string[] = [];
  if (f.problem) out.push(`# ${plain(f.problem)}`);
  if (f.error) {
    out.push(`# ERROR ${plain(f.error.code)} at ${plain(f.file)}:${f.error.line}:${f.error.column}: ${plain(f.error.message)}`);
    if (f.error.where) out.push(`# CONTEXT: ${plain(f.error.where.replace(/\n/g, ' / '))}`);
  }
  for (const a of f.assertions.filter((x) => !x.ok && x.directive !== 'TODO')) {
    out.push(`not ok ${a.n} - ${plain(a.description)}`);
    out.push(`# Failed test ${a.n}: "${plain(a.description)}"`);
    for (const d of a.diagnostics) out.push(`#   ${plain(d)}`);
  }
  if (f.planned !== null && f.assertions.length !== f.planned) out.push(`# Looks like you planned ${f.planned} tests but ran ${f.assertions.length}`);
  return out;
}

/** The progress line for one file, as pg_prove prints it. */
export function fileLine(f: ProbeFileResult, width: number): string {
  const dots = '.'.repeat(Math.max(2, width - f.file.length + 2));
  if (f.passed) return `${plain(f.file)} ${dots} ok     ${f.ms} ms`;
  const failed = f.assertions.filter((a) => !a.ok && a.directive !== 'TODO').length;
  const why = f.error ? `Dubious, ${f.error.code}` : f.problem ? 'Dubious' : `Failed ${failed}/${f.planned ?? f.assertions.length} subtests`;
  return [`${plain(f.file)} ${dots} `, ...failureLines(f), why].join('\n');
}

/** One file's own TAP stream (plan, assertions, pgTAP's diagnostics), as psql printed it to pg_prove. */
export function fileStream(f: ProbeFileResult, indent = ''): string {
  const out: string[] = [];
  if (f.planned !== null) out.push(`1..${f.planned}`);
  for (const a of f.assertions) {
    out.push(`${a.ok ? 'ok' : 'not ok'} ${a.n}${a.description ? ` - ${plain(a.description)}` : ''}${a.directive ? ` # ${a.directive}${a.reason ? ` ${plain(a.reason)}` : ''}` : ''}`);
    if (!a.ok) out.push(`# Failed ${a.directive === 'TODO' ? '(TODO) ' : ''}test ${a.n}${a.description ? `: "${plain(a.description)}"` : ''}`);
    for (const d of a.diagnostics) out.push(`# ${plain(d)}`);
  }
  for (const d of f.diagnostics) out.push(`# ${plain(d)}`);
  if (f.problem) out.push(`# ${plain(f.problem)}`);
  if (f.error) {
    out.push(`# ERROR ${plain(f.error.code)} at ${plain(f.file)}:${f.error.line}:${f.error.column}: ${plain(f.error.message)}`);
    if (f.error.where) out.push(`# CONTEXT: ${plain(f.error.where.replace(/\n/g, ' / '))}`);
  }
  if (f.planned === null && !f.error && !f.problem) out.push('# No plan found in TAP output');
  return out.map((l) => `${indent}${l}\n`).join('');
}

/**
 * The whole run as ONE valid TAP stream (TAP::Parser, prove): each file is a subtest (its own
 * stream, indented, as pg_prove reads one per file) followed by one top-level test line for
 * the file; the leave-no-trace census is the last test; pg_prove's summary follows as comments.
 */
export function renderTap(run: ProbeRun): string {
  const out: string[] = [];
  run.files.forEach((f, i) => {
    out.push(`# Subtest: ${plain(f.file)}\n`);
    out.push(fileStream(f, '    '));
    out.push(`${f.passed ? 'ok' : 'not ok'} ${i + 1} - ${plain(f.file)}\n`);
  });
  const n = run.files.length + 1;
  out.push(`${run.census.clean ? 'ok' : 'not ok'} ${n} - leave-no-trace census: the run left the database as it found it\n`);
  for (const d of run.census.differences) out.push(`#   ${plain(d)}\n`);
  out.push(`1..${n}\n`);
  out.push(summary(run).split('\n').map((l) => `# ${l}`.trimEnd() + '\n').join(''));
  return out.join('');
}

export function summary(run: ProbeRun): string {
  const out: string[] = [];
  const bad = run.files.filter((f) => !f.passed);
  if (bad.length || !run.census.clean) {
    out.push('Test Summary Report', '-------------------');
    for (const f of bad) {
      const failed = f.assertions.filter((a) => !a.ok && a.directive !== 'TODO').map((a) => a.n);
      out.push(`${plain(f.file)} (Tests: ${f.assertions.length} Failed: ${failed.length})`);
      if (failed.length) out.push(`  Failed test${failed.length > 1 ? 's' : ''}:  ${failed.join(', ')}`);
      if (f.error) out.push(`  Exception: ${plain(f.error.code)} ${plain(f.error.message)} at line ${f.error.line}`);
      if (f.problem) out.push(`  ${plain(f.problem)}`);
      if (f.planned !== null && f.planned !== f.assertions.length) out.push(`  Parse errors: Bad plan.  You planned ${f.planned} tests but ran ${f.assertions.length}.`);
    }
    if (!run.census.clean) out.push('Leave-no-trace census: the run changed the database:', ...run.census.differences.map((d) => `  ${plain(d)}`));
  } else {
    out.push('All tests successful.');
  }
  out.push(`Files=${run.totals.files}, Tests=${run.totals.assertions}, ${(run.ms / 1000).toFixed(1)} wallclock secs, jobs=${run.jobs}`);
  out.push(`Result: ${run.passed ? 'PASS' : 'FAIL'}`);
  return out.join('\n');
}
