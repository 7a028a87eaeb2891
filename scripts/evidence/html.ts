// index.html: one self-contained page (inline CSS, no script, no external URL, font or
// image) an auditor opens in a browser. Verdicts first, then the conformance table, the
// probe results, the regression matrix, the command, the dumps and where it all ran.
// Every value is HTML-escaped; the key numbers carry data-testid hooks for tests.
import { formatDelta, type Evidence, type Verdict } from './model.ts';

export function esc(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A stable hook name for a label: lower case, runs of anything else as one '-'. */
export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const tid = (id: string) => `data-testid="${esc(id)}"`;
const num = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : String(n));
const badge = (v: string, id?: string) => `<span class="v ${esc(v.toLowerCase())}"${id ? ` ${tid(id)}` : ''}>${esc(v)}</span>`;
const names = (xs: string[] | null) => (xs?.length ? xs.map((x) => `<code>${esc(x)}</code>`).join(', ') : '—');

const CSS = `
:root { color-scheme: light; --pass: #116329; --pass-bg: #dafbe1; --fail: #a40e26; --fail-bg: #ffebe9; --skip: #6e7781; --skip-bg: #eaeef2; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1180px; padding: 24px; color: #1f2328; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
p.meta { color: #57606a; margin: 0 0 16px; }
code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
code { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.v { display: inline-block; font-weight: 700; padding: 1px 8px; border-radius: 10px; font-size: 13px; }
.v.pass, .v.invariant, .v.expected { color: var(--pass); background: var(--pass-bg); }
.v.fail, .v.moved { color: var(--fail); background: var(--fail-bg); }
.v.skipped { color: var(--skip); background: var(--skip-bg); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.card h3 { margin: 0 0 6px; display: flex; justify-content: space-between; align-items: center; }
.card p { margin: 0; color: #424a53; font-size: 14px; }
.overall { border-radius: 10px; padding: 14px 18px; margin: 12px 0 14px; font-size: 22px; font-weight: 700; }
.overall.pass { background: var(--pass-bg); color: var(--pass); border: 2px solid var(--pass); }
.overall.fail { background: var(--fail-bg); color: var(--fail); border: 2px solid var(--fail); }
ul.fail li { color: var(--fail); }
pre.diff .add { color: var(--pass); background: var(--pass-bg); }
pre.diff .del { color: var(--fail); background: var(--fail-bg); }
pre.log { background: #f6f8fa; border: 1px solid var(--line); padding: 8px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 480px; overflow: auto; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dt { font-weight: 600; }
dd { margin: 0; }
`;

function card(title: string, v: Verdict, id: string, body: string): string {
  return `<div class="card"><h3>${esc(title)} ${badge(v, `verdict-${id}`)}</h3><p>${body}</p></div>`;
}

export interface HtmlExtras {
  /** command.log, shown folded (already masked). */
  commandLog?: string;
}

const LOG_LIMIT = 200_000;

export function renderEvidenceHtml(e: Evidence, extras: HtmlExtras = {}): string {
  const v = e.verdicts;
  const t = v.probes.totals;
  const parts: string[] = [];
  parts.push(
    `<header><h1>IU Core evidence</h1>`,
    `<p class="meta">Generated <span ${tid('generated-at')}>${esc(e.generatedAt)}</span> on <span class="mono" ${tid('database')}>${esc(e.database)}</span> (${esc(e.engine)}, PostgreSQL <span ${tid('server-version')}>${esc(e.server.version)}</span>) at commit <span class="mono" ${tid('git-commit')}>${esc(e.git.commit ?? 'unknown')}</span>${e.git.dirty ? ' (uncommitted changes)' : ''}</p></header>`,
    `<section id="verdicts"><h2>Verdicts</h2>`,
    `<div class="overall ${esc(v.overall.toLowerCase())}">Overall: <span ${tid('verdict-overall')}>${esc(v.overall)}</span></div>`,
    `<div class="cards">`,
    card('Command', v.command.verdict, 'command', esc(v.command.note)),
    card('Dumps', v.dumps.verdict, 'dumps', esc(v.dumps.note)),
    card('Conformance (D9)', v.conformance.verdict, 'conformance', `<span ${tid('conformance-summary')}>${esc(v.conformance.summary)}</span>`),
    card('Drift (hand edits)', v.drift.verdict, 'drift', `<span ${tid('drift-summary')}>${esc(v.drift.summary)}</span>`),
    card(
      'Probes',
      v.probes.verdict,
      'probes',
      t
        ? `files <b ${tid('probes-files-passed')}>${t.filesPassed}</b>/<b ${tid('probes-files')}>${t.files}</b> passed; assertions <b ${tid('probes-passed')}>${t.passed}</b> passed, <b ${tid('probes-failed')}>${t.failed}</b> failed, <b ${tid('probes-skipped')}>${t.skipped}</b> skipped, <b ${tid('probes-todo')}>${t.todo}</b> todo of <b ${tid('probes-assertions')}>${t.assertions}</b>; leave-no-trace <b ${tid('probes-leave-no-trace')}>${v.probes.leaveNoTrace ? 'clean' : 'CHANGED'}</b>`
        : esc(v.probes.note),
    ),
    card('Regression matrix', v.matrix.verdict, 'matrix', esc(v.matrix.note)),
    `</div></section>`,
  );

  // Conformance
  const c = e.conformance;
  parts.push(
    `<section id="conformance"><h2>Conformance (D9) ${badge(c.verdict)}</h2>`,
    `<p><b>${esc(c.summary)}</b></p>`,
    `<table><thead><tr><th>class</th><th class="n">expected</th><th class="n">actual</th><th>missing</th><th>unexpected</th><th>verdict</th></tr></thead><tbody>`,
    ...c.classes.map((r) => {
      const k = slug(r.item);
      return `<tr data-class="${esc(r.item)}"><td>${esc(r.item)}</td><td class="n" ${tid(`conformance-expected-${k}`)}>${num(r.expected)}</td><td class="n" ${tid(`conformance-actual-${k}`)}>${num(r.actual)}</td><td>${names(r.missing)}</td><td>${names(r.unexpected)}</td><td>${badge(r.verdict, `conformance-verdict-${k}`)}</td></tr>`;
    }),
    `</tbody></table>`,
    `<table><thead><tr><th>security rule</th><th>violations</th><th>verdict</th></tr></thead><tbody>`,
    ...c.security.map((s) => `<tr data-rule="${esc(s.item)}"><td>${esc(s.summary ?? s.item)}</td><td>${names(s.missing)}</td><td>${badge(s.verdict, `security-verdict-${slug(s.item)}`)}</td></tr>`),
    `</tbody></table></section>`,
  );

  // Drift: each drifted object with its diff, then the reviewed (accepted) changes.
  const d = c.drift;
  parts.push(
    `<section id="drift"><h2>Drift (hand edits) ${badge(d.verdict)}</h2>`,
    `<p><b>${esc(d.summary)}</b></p><p>${esc(d.note)}.</p>`,
    `<p>Server major that recorded the fingerprints: <span ${tid('drift-recorded-on')}>${esc(d.recordedOn ?? 'none')}</span>; this server: PostgreSQL <span ${tid('drift-server-major')}>${esc(d.serverMajor)}</span>; objects compared: <b ${tid('drift-compared')}>${d.compared}</b>; drifted: <b ${tid('drift-count')}>${d.drift.length}</b>; accepted changes on record: <b ${tid('drift-accepted-count')}>${d.accepted.length}</b>.</p>`,
  );
  if (d.drift.length) {
    parts.push(
      `<table><thead><tr><th>object</th><th>kind</th><th>last changed by migration</th><th>recorded sha256</th><th>live sha256</th></tr></thead><tbody>`,
      ...d.drift.map((x) => `<tr data-drift="${esc(`${x.object_class} ${x.object_name}`)}"><td><code>${esc(`${x.object_class} ${x.object_name}`)}</code></td><td>${esc(x.kind)}</td><td>${esc(x.version ?? '—')}</td><td class="mono">${esc(x.recordedSha256?.slice(0, 12) ?? '—')}</td><td class="mono">${esc(x.liveSha256?.slice(0, 12) ?? '—')}</td></tr>`),
      `</tbody></table>`,
      ...d.drift.map((x) => `<details open><summary>${esc(x.kind)}: <code>${esc(`${x.object_class} ${x.object_name}`)}</code></summary><pre class="log diff">${x.diff.split('\n').map((l) => `<span class="${l.startsWith('+') && !l.startsWith('+++') ? 'add' : l.startsWith('-') && !l.startsWith('---') ? 'del' : 'ctx'}">${esc(l)}</span>`).join('\n')}</pre></details>`),
    );
  }
  parts.push(`<h3>Accepted drift (reviewed hand changes)</h3>`);
  parts.push(
    d.accepted.length
      ? `<table><thead><tr><th>when</th><th>object</th><th>by (session)</th><th>old → new sha256</th><th>why</th></tr></thead><tbody>${d.accepted
          .map((a) => `<tr data-accepted="${esc(`${a.object_class} ${a.object_name}`)}"><td>${esc(a.accepted_at)}</td><td><code>${esc(`${a.object_class} ${a.object_name}`)}</code></td><td>${esc(a.accepted_by)} (${esc(a.session_user_name)})</td><td class="mono">${esc((a.old_sha256 ?? 'none').slice(0, 12))} → ${esc((a.new_sha256 ?? 'none').slice(0, 12))}</td><td>${esc(a.why)}</td></tr>`)
          .join('')}</tbody></table>`
      : `<p>None on record.</p>`,
    `</section>`,
  );

  // Probes
  parts.push(`<section id="probes"><h2>Probe results ${badge(v.probes.verdict)}</h2>`);
  if (e.probes && t) {
    parts.push(
      `<p>${esc(v.probes.note)}. Full reports: <a href="probes.md">probes.md</a>, <a href="probes.tap">probes.tap</a>, <a href="probes.junit.xml">probes.junit.xml</a>, <a href="probes.json">probes.json</a>.</p>`,
      `<table><thead><tr><th>file</th><th class="n">planned</th><th class="n">ran</th><th class="n">failed</th><th class="n">time</th><th>verdict</th></tr></thead><tbody>`,
      ...e.probes.files.map(
        (f) =>
          `<tr data-file="${esc(f.file)}"><td class="mono">${esc(f.file)}</td><td class="n">${num(f.planned)}</td><td class="n">${f.ran}</td><td class="n">${f.failed}</td><td class="n">${f.ms} ms</td><td>${badge(f.verdict)}</td></tr>`,
      ),
      `</tbody></table>`,
    );
    const failing = e.probes.files.filter((f) => f.failures.length);
    if (failing.length) {
      parts.push(`<h3>Failures</h3>`);
      for (const f of failing) parts.push(`<p class="mono">${esc(f.file)}</p><ul class="fail">${f.failures.map((l) => `<li class="mono">${esc(l)}</li>`).join('')}</ul>`);
    }
    if (!e.probes.census.clean) {
      parts.push(`<h3>What the probe run left behind</h3><ul class="fail">${e.probes.census.differences.map((d) => `<li class="mono">${esc(d)}</li>`).join('')}</ul>`);
    }
  } else {
    parts.push(`<p>${esc(v.probes.note)}.</p>`);
  }
  parts.push(`</section>`);

  // Regression matrix
  parts.push(
    `<section id="matrix"><h2>Regression matrix ${badge(v.matrix.verdict)}</h2>`,
    `<p>Row counts of every product surface before and after the command. An <i>expected</i> surface may change; an <i>invariant</i> one that changed is MOVED and fails the bundle.</p>`,
    `<table><thead><tr><th>surface</th><th class="n">before</th><th class="n">after</th><th class="n">delta</th><th>kind</th><th>verdict</th></tr></thead><tbody>`,
    ...e.matrix.map((r) => {
      const k = slug(r.surface);
      return `<tr data-surface="${esc(r.surface)}"><td>${esc(r.surface)}</td><td class="n" ${tid(`matrix-before-${k}`)}>${num(r.before)}</td><td class="n" ${tid(`matrix-after-${k}`)}>${num(r.after)}</td><td class="n" ${tid(`matrix-delta-${k}`)}>${esc(formatDelta(r.delta))}</td><td>${esc(r.onInstantiate)}</td><td>${badge(r.verdict === 'invariant' ? 'invariant' : r.verdict, `matrix-verdict-${k}`)}</td></tr>`;
    }),
    `</tbody></table></section>`,
  );

  // Command
  parts.push(`<section id="command"><h2>Command ${badge(v.command.verdict)}</h2>`);
  if (e.command) {
    parts.push(
      `<p><code ${tid('command-line')}>${esc(e.command.line)}</code> ran between the two dumps on the same database; exit code <b ${tid('command-exit-code')}>${e.command.exitCode}</b> after ${(e.command.ms / 1000).toFixed(1)} s. Output: <a href="${esc(e.command.log)}">${esc(e.command.log)}</a>.</p>`,
    );
    if (extras.commandLog !== undefined) {
      const log = extras.commandLog.length > LOG_LIMIT ? `${extras.commandLog.slice(0, LOG_LIMIT)}\n… (cut here; the whole log is in ${e.command.log})` : extras.commandLog;
      parts.push(`<details><summary>${esc(e.command.log)}</summary><pre class="log">${esc(log)}</pre></details>`);
    }
  } else {
    parts.push(`<p>None: this bundle is a snapshot.</p>`);
  }
  parts.push(`</section>`);

  // Dumps
  parts.push(
    `<section id="dumps"><h2>Dumps ${badge(v.dumps.verdict)}</h2>`,
    `<p>${esc(v.dumps.note)}. Taken with ${esc(e.dumps.tool)}${e.dumps.restrictKey ? ` (<code>--restrict-key=${esc(e.dumps.restrictKey)}</code>)` : ''}; plain SQL. Verify with <code>sha256sum -c SHA256SUMS</code> in the bundle folder.</p>`,
    `<table><thead><tr><th>dump</th><th>sha256</th><th class="n">bytes</th><th>taken at</th></tr></thead><tbody>`,
    ...(['before', 'after'] as const).map(
      (k) =>
        `<tr><td><a href="${esc(e.dumps[k].file)}">${esc(e.dumps[k].file)}</a></td><td class="mono" ${tid(`dump-${k}-sha256`)}>${esc(e.dumps[k].sha256)}</td><td class="n" ${tid(`dump-${k}-bytes`)}>${e.dumps[k].bytes}</td><td>${esc(e.dumps[k].takenAt)}</td></tr>`,
    ),
    `</tbody></table></section>`,
  );

  // Provenance and files
  parts.push(
    `<section id="provenance"><h2>Where and what</h2><dl>`,
    `<dt>database</dt><dd class="mono">${esc(e.database)}</dd>`,
    `<dt>engine</dt><dd>${esc(e.engine)}</dd>`,
    `<dt>server version</dt><dd>${esc(e.server.version)} (${e.server.versionNum})</dd>`,
    `<dt>database name, user</dt><dd class="mono">${esc(e.server.database)}, ${esc(e.server.user)}</dd>`,
    `<dt>project commit</dt><dd class="mono">${esc(e.git.commit ?? 'unknown (not a git checkout)')}${e.git.dirty === null ? '' : e.git.dirty ? ` — ${e.git.changes.length} uncommitted change(s)` : ' — clean tree'}</dd>`,
    `<dt>generated at</dt><dd>${esc(e.generatedAt)}</dd>`,
    `</dl>`,
  );
  if (e.git.dirty && e.git.changes.length) parts.push(`<details><summary>uncommitted changes</summary><pre class="log">${esc(e.git.changes.join('\n'))}</pre></details>`);
  parts.push(
    `<h3>Files in this bundle</h3><table><thead><tr><th>file</th><th>what</th></tr></thead><tbody>`,
    ...e.files.map((f) => `<tr><td><a href="${esc(f.file)}">${esc(f.file)}</a></td><td>${esc(f.what)}</td></tr>`),
    `</tbody></table></section>`,
  );

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>IU Core evidence: ${esc(v.overall)} (${esc(e.generatedAt)})</title>
<style>${CSS}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
