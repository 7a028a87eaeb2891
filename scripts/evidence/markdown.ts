// evidence.md: the index an auditor reads first — verdicts, provenance, dumps and their
// sha256, then the conformance table, the probe results and the regression matrix.
import { formatDelta, type Evidence } from './model.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const num = (n: number | null) => (n === null ? 'n/a' : String(n));
const list = (xs: string[] | null) => (xs?.length ? xs.map(code).join(', ') : '—');

export function renderEvidenceMarkdown(e: Evidence): string {
  const v = e.verdicts;
  const out: string[] = [
    `# IU Core evidence: ${v.overall}`,
    '',
    `Generated ${e.generatedAt} by \`iu-core evidence\` on ${cell(e.database)} (${e.engine}, PostgreSQL ${cell(e.server.version)}),`,
    `project commit ${e.git.commit ? code(e.git.commit) : 'unknown (not a git checkout)'}${e.git.dirty ? ` with ${e.git.changes.length} uncommitted change(s)` : e.git.dirty === false ? ' (clean tree)' : ''}.`,
    '',
    '## Verdicts',
    '',
    '| check | verdict | detail |',
    '|---|---|---|',
    `| **overall** | **${v.overall}** | PASS only when no check below FAILs |`,
    `| command | ${v.command.verdict} | ${cell(v.command.note)} |`,
    `| dumps | ${v.dumps.verdict} | ${cell(v.dumps.note)} |`,
    `| conformance (D9) | ${v.conformance.verdict} | ${cell(v.conformance.summary)} |`,
    `| probes | ${v.probes.verdict} | ${cell(v.probes.note)} |`,
    `| regression matrix | ${v.matrix.verdict} | ${cell(v.matrix.note)} |`,
    '',
    '## Command',
    '',
    e.command
      ? `${code(e.command.line)} ran between the two dumps on the same database; exit code **${e.command.exitCode}** after ${(e.command.ms / 1000).toFixed(1)} s. Its output: [${e.command.log}](${e.command.log}).`
      : 'None: this bundle is a snapshot (the "after" dump was taken right after the "before" one).',
    '',
    '## Dumps',
    '',
    `Taken with ${cell(e.dumps.tool)}${e.dumps.restrictKey ? ` (\`--restrict-key=${e.dumps.restrictKey}\`)` : ''}; plain SQL.`,
    '',
    '| dump | sha256 | bytes | taken at |',
    '|---|---|---:|---|',
    ...(['before', 'after'] as const).map((k) => `| [${e.dumps[k].file}](${e.dumps[k].file}) | ${code(e.dumps[k].sha256)} | ${e.dumps[k].bytes} | ${e.dumps[k].takenAt} |`),
    '',
    `Before and after are ${e.dumps.identical ? 'identical, byte for byte' : 'different'}. Verify every file of this bundle with \`sha256sum -c SHA256SUMS\` in this folder.`,
    '',
    `## Conformance (D9): ${e.conformance.verdict}`,
    '',
    `**${cell(e.conformance.summary)}**`,
    '',
    '| class | expected | actual | missing | unexpected | verdict |',
    '|---|---:|---:|---|---|---|',
    ...e.conformance.classes.map((c) => `| ${cell(c.item)} | ${num(c.expected)} | ${num(c.actual)} | ${list(c.missing)} | ${list(c.unexpected)} | ${c.verdict} |`),
    '',
    '| security rule | violations | verdict |',
    '|---|---|---|',
    ...e.conformance.security.map((s) => `| ${cell(s.summary ?? s.item)} | ${list(s.missing)} | ${s.verdict} |`),
    '',
    `## Probes: ${v.probes.verdict}`,
    '',
  ];
  if (e.probes && v.probes.totals) {
    const t = v.probes.totals;
    out.push(
      `Files ${t.filesPassed}/${t.files} passed; assertions: ${t.assertions} ran, ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped, ${t.todo} todo; leave-no-trace census ${e.probes.census.clean ? 'clean' : 'CHANGED'}. Reports: [probes.md](probes.md), [probes.tap](probes.tap), [probes.junit.xml](probes.junit.xml), [probes.json](probes.json).`,
      '',
      '| file | planned | ran | failed | time | verdict |',
      '|---|---:|---:|---:|---:|---|',
      ...e.probes.files.map((f) => `| ${cell(f.file)} | ${num(f.planned)} | ${f.ran} | ${f.failed} | ${f.ms} ms | ${f.verdict} |`),
      '',
    );
    const failing = e.probes.files.filter((f) => f.failures.length);
    if (failing.length) {
      out.push('### Failures', '');
      for (const f of failing) for (const line of f.failures) out.push(`- ${cell(f.file)}: ${cell(line)}`);
      out.push('');
    }
    if (!e.probes.census.clean) out.push('### What the probe run left behind', '', ...e.probes.census.differences.map((d) => `- ${code(d)}`), '');
  } else {
    out.push(`${v.probes.note}.`, '');
  }
  out.push(
    `## Regression matrix: ${v.matrix.verdict}`,
    '',
    'Row counts of every product surface before and after the command. An *expected* surface may change; an *invariant* one that changed is MOVED and fails the bundle.',
    '',
    '| surface | before | after | delta | kind | verdict |',
    '|---|---:|---:|---:|---|---|',
    ...e.matrix.map((r) => `| ${cell(r.surface)} | ${num(r.before)} | ${num(r.after)} | ${formatDelta(r.delta)} | ${r.onInstantiate} | ${r.verdict === 'MOVED' ? '**MOVED**' : r.verdict} |`),
    '',
    '## Files',
    '',
    '| file | what |',
    '|---|---|',
    ...e.files.map((f) => `| [${f.file}](${f.file}) | ${cell(f.what)} |`),
    '',
  );
  if (e.git.dirty && e.git.changes.length) {
    out.push('## Uncommitted changes at the time', '', '```', ...e.git.changes, '```', '');
  }
  return `${out.join('\n')}\n`;
}
