// A Markdown summary an auditor can read: verdict, where it ran, per-file table, failures.
// Every value (file names, descriptions, messages, census lines) goes through mdText: a
// hostile object name must not become HTML, a link or a broken table in the report.
import { mdCode as code, mdText as cell } from '../../evidence/markdown.ts';
import type { ProbeRun } from '../model.ts';

export function renderMarkdown(run: ProbeRun): string {
  const t = run.totals;
  const out = [
    `# Probe run: ${run.passed ? 'PASS' : 'FAIL'}`,
    '',
    `- Database: ${cell(run.database)} (${run.engine}, PostgreSQL ${cell(run.serverVersion)})`,
    `- Started: ${cell(run.startedAt)}, took ${(run.ms / 1000).toFixed(1)} s with ${run.jobs} job(s)`,
    `- Files: ${t.filesPassed}/${t.files} passed; assertions: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped, ${t.todo} todo`,
    `- Leave-no-trace census: ${run.census.clean ? 'clean (catalog, roles, settings, prepared transactions, large objects and table contents unchanged)' : 'CHANGED — see below'}`,
    '',
    '| file | planned | ran | failed | time | verdict |',
    '|---|---:|---:|---:|---:|---|',
    ...run.files.map((f) => {
      const failed = f.assertions.filter((a) => !a.ok && a.directive !== 'TODO').length;
      return `| ${cell(f.file)} | ${cell(f.planned ?? '—')} | ${f.assertions.length} | ${failed} | ${cell(f.ms)} ms | ${f.passed ? 'PASS' : 'FAIL'} |`;
    }),
  ];
  const failing = run.files.filter((f) => !f.passed);
  if (failing.length) {
    out.push('', '## Failures', '');
    for (const f of failing) {
      out.push(`### ${cell(f.file)}`, '');
      if (f.problem) out.push(`- ${cell(f.problem)}`);
      if (f.error) out.push(`- Exception ${cell(f.error.code)} at line ${cell(f.error.line)}, column ${cell(f.error.column)}: ${cell(f.error.message)}`);
      for (const a of f.assertions.filter((x) => !x.ok && x.directive !== 'TODO')) {
        out.push(`- not ok ${cell(a.n)} — ${cell(a.description)}${a.diagnostics.length ? `: ${cell(a.diagnostics.join('; '))}` : ''}`);
      }
      if (f.planned !== null && f.planned !== f.assertions.length) out.push(`- planned ${cell(f.planned)} assertions, ran ${f.assertions.length}`);
      out.push('');
    }
  }
  if (!run.census.clean) out.push('## What the run left behind', '', ...run.census.differences.map((d) => `- ${code(d)}`), '');
  return `${out.join('\n')}\n`;
}
