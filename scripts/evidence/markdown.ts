// evidence.md: the index an auditor reads first — verdicts, provenance, dumps and their
// sha256, then the conformance table, the probe results and the regression matrix.
import { formatDelta, type Evidence } from './model.ts';

/** Line breaks of every kind (a value must stay on its line, in its table cell). */
const BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;

/**
 * Any value (an object name, a message, a path) as Markdown text that renders as exactly
 * that text: no raw HTML, no link or image, no emphasis, no code span, no table-cell break,
 * no line break. HTML's own characters become entities; Markdown's are backslash-escaped.
 */
export function mdText(v: unknown): string {
  return String(v ?? '')
    .replace(BREAKS, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, '\\$&')
    .replace(/^([-+=]|\d+[.)])/, '\\$1');
}

/** A value in monospace, as literal as mdText (a backtick code span could be closed by the value). */
export function mdCode(v: unknown): string {
  return `<code>${mdText(v)}</code>`;
}

const cell = mdText;
const code = mdCode;
const num = (n: number | null) => (n === null ? 'n/a' : String(n));
/** A link to a file of the bundle: its name as text, its path percent-encoded. */
const link = (file: string) => `[${mdText(file)}](${encodeURI(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
const list = (xs: string[] | null) => (xs?.length ? xs.map(code).join(', ') : '—');

/** Text inside a <pre> block: HTML-escaped, so Markdown and HTML both show it as it is. */
const preText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The drift section: what was compared (and on which server major), each drifted object
 * with its unified diff (recorded --- / live +++), then the accepted (reviewed) changes.
 */
export function driftMarkdown(d: Evidence['conformance']['drift'], level = '#'): string {
  const out = [`${level} Drift (hand edits): ${cell(d.verdict)}`, '', `**${cell(d.summary)}**`, '', `${cell(d.note)}.`, ''];
  if (d.drift.length) {
    out.push('| object | kind | last changed by migration | recorded sha256 | live sha256 |', '|---|---|---|---|---|');
    for (const x of d.drift) {
      out.push(`| ${code(`${x.object_class} ${x.object_name}`)} | ${cell(x.kind)} | ${cell(x.version ?? '—')} | ${x.recordedSha256 ? code(x.recordedSha256.slice(0, 12)) : '—'} | ${x.liveSha256 ? code(x.liveSha256.slice(0, 12)) : '—'} |`);
    }
    out.push('');
    for (const x of d.drift) out.push(`${level}# ${cell(x.kind)}: ${code(`${x.object_class} ${x.object_name}`)}`, '', `<pre>${preText(x.diff)}</pre>`, '');
  }
  out.push(`${level}# Accepted drift (reviewed hand changes)`, '');
  if (d.accepted.length) {
    out.push('| when | object | by (session) | old → new sha256 | why |', '|---|---|---|---|---|');
    for (const a of d.accepted) {
      out.push(`| ${cell(a.accepted_at)} | ${code(`${a.object_class} ${a.object_name}`)} | ${cell(a.accepted_by)} (${cell(a.session_user_name)}) | ${code((a.old_sha256 ?? 'none').slice(0, 12))} → ${code((a.new_sha256 ?? 'none').slice(0, 12))} | ${cell(a.why)} |`);
    }
  } else {
    out.push('None on record.');
  }
  out.push('');
  return out.join('\n');
}

export function renderEvidenceMarkdown(e: Evidence): string {
  const v = e.verdicts;
  const out: string[] = [
    `# IU Core evidence: ${cell(v.overall)}`,
    '',
    `Generated ${cell(e.generatedAt)} by \`iu-core evidence\` on ${cell(e.database)} (${cell(e.engine)}, PostgreSQL ${cell(e.server.version)}),`,
    `project commit ${e.git.commit ? code(e.git.commit) : 'unknown (not a git checkout)'}${e.git.dirty ? ` with ${e.git.changes.length} uncommitted change(s)` : e.git.dirty === false ? ' (clean tree)' : ''}.`,
    '',
    '## Verdicts',
    '',
    '| check | verdict | detail |',
    '|---|---|---|',
    `| **overall** | **${cell(v.overall)}** | PASS only when no check below FAILs |`,
    `| command | ${cell(v.command.verdict)} | ${cell(v.command.note)} |`,
    `| dumps | ${cell(v.dumps.verdict)} | ${cell(v.dumps.note)} |`,
    `| conformance (D9) | ${cell(v.conformance.verdict)} | ${cell(v.conformance.summary)} |`,
    `| drift (hand edits) | ${cell(v.drift.verdict)} | ${cell(v.drift.summary)} |`,
    `| probes | ${cell(v.probes.verdict)} | ${cell(v.probes.note)} |`,
    `| regression matrix | ${cell(v.matrix.verdict)} | ${cell(v.matrix.note)} |`,
    '',
    '## Command',
    '',
    e.command
      ? `${code(e.command.line)} ran between the two dumps on the same database; exit code **${cell(e.command.exitCode)}** after ${(e.command.ms / 1000).toFixed(1)} s. Its output: ${link(e.command.log)}.`
      : 'None: this bundle is a snapshot (the "after" dump was taken right after the "before" one).',
    '',
    '## Dumps',
    '',
    `Taken with ${cell(e.dumps.tool)}${e.dumps.restrictKey ? ` (${code(`--restrict-key=${e.dumps.restrictKey}`)})` : ''}; plain SQL.`,
    '',
    '| dump | sha256 | bytes | taken at |',
    '|---|---|---:|---|',
    ...(['before', 'after'] as const).map((k) => `| ${link(e.dumps[k].file)} | ${code(e.dumps[k].sha256)} | ${cell(e.dumps[k].bytes)} | ${cell(e.dumps[k].takenAt)} |`),
    '',
    `Before and after are ${e.dumps.identical ? 'identical, byte for byte' : 'different'}. Verify every file of this bundle with \`sha256sum -c SHA256SUMS\` in this folder.`,
    '',
    `## Conformance (D9): ${cell(e.conformance.verdict)}`,
    '',
    `**${cell(e.conformance.summary)}**`,
    '',
    '| class | expected | actual | missing | unexpected | verdict |',
    '|---|---:|---:|---|---|---|',
    ...e.conformance.classes.map((c) => `| ${cell(c.item)} | ${num(c.expected)} | ${num(c.actual)} | ${list(c.missing)} | ${list(c.unexpected)} | ${cell(c.verdict)} |`),
    '',
    '| security rule | violations | verdict |',
    '|---|---|---|',
    ...e.conformance.security.map((s) => `| ${cell(s.summary ?? s.item)} | ${list(s.missing)} | ${cell(s.verdict)} |`),
    '',
    driftMarkdown(e.conformance.drift, '##'),
    `## Probes: ${cell(v.probes.verdict)}`,
    '',
  ];
  if (e.probes && v.probes.totals) {
    const t = v.probes.totals;
    out.push(
      `Files ${t.filesPassed}/${t.files} passed; assertions: ${t.assertions} ran, ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped, ${t.todo} todo; leave-no-trace census ${e.probes.census.clean ? 'clean' : 'CHANGED'}. Reports: [probes.md](probes.md), [probes.tap](probes.tap), [probes.junit.xml](probes.junit.xml), [probes.json](probes.json).`,
      '',
      '| file | planned | ran | failed | time | verdict |',
      '|---|---:|---:|---:|---:|---|',
      ...e.probes.files.map((f) => `| ${cell(f.file)} | ${num(f.planned)} | ${cell(f.ran)} | ${cell(f.failed)} | ${cell(f.ms)} ms | ${cell(f.verdict)} |`),
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
    out.push(`${cell(v.probes.note)}.`, '');
  }
  out.push(
    `## Regression matrix: ${cell(v.matrix.verdict)}`,
    '',
    'Row counts of every product surface before and after the command. An *expected* surface may change; an *invariant* one that changed is MOVED and fails the bundle.',
    '',
    '| surface | before | after | delta | kind | verdict |',
    '|---|---:|---:|---:|---|---|',
    ...e.matrix.map((r) => `| ${cell(r.surface)} | ${num(r.before)} | ${num(r.after)} | ${cell(formatDelta(r.delta))} | ${cell(r.onInstantiate)} | ${r.verdict === 'MOVED' ? '**MOVED**' : cell(r.verdict)} |`),
    '',
    '## Files',
    '',
    '| file | what |',
    '|---|---|',
    ...e.files.map((f) => `| ${link(f.file)} | ${cell(f.what)} |`),
    '',
  );
  if (e.git.dirty && e.git.changes.length) {
    out.push('## Uncommitted changes at the time', '', ...e.git.changes.map((c) => `- ${code(c)}`), '');
  }
  return `${out.join('\n')}\n`;
}
