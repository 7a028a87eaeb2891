// Hostile and malformed input for every public function, one parameter at a time, on a
// real PostgreSQL: each call returns a documented status or raises a clear data error with a
// SQLSTATE; a refusal writes nothing; and afterwards every table's row count is unchanged.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { rowCounts } from '../scripts/census.ts';
import type { Session } from '../scripts/db/types.ts';
import { ROOT, fresh, pgSkipReason, type TestDb } from './helpers.ts';

type Kind = 'text' | 'uuid' | 'jsonb' | 'int' | 'bool' | 'text[]' | 'uuid[]';

const MB = 'x'.repeat(1024 * 1024);
const CORPUS: Record<Kind, unknown[]> = {
  text: [null, '', ' ', '   ', '\t\n\r', MB, '\u0001\u0002\u0003', 'a\u0000b', "'); DROP TABLE information_unit; --", '1; DELETE FROM dot_config',
    '$$; DROP TABLE dot_config; $$', '%s%n%x', '\\', '"', "' OR '1'='1", '<script>alert(1)</script>', '../../etc/passwd', '\u202e\u202d',
    '😀'.repeat(1000), '\uFEFF', 'NULL', 'null', 'a'.repeat(257), '\u00a0', String.fromCharCode(0xd800), 'iu_core.composer_enabled', 'x y'],
  uuid: [null, '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'RANDOM', 'not-a-uuid', '', ' ', '123',
    "'; DROP TABLE information_unit; --", '00000000-0000-0000-0000-00000000000g', '{00000000-0000-0000-0000-000000000000}',
    '00000000000000000000000000000000', 'x'.repeat(1000), '\u0001', 'UNIT', 'NULL', '-1', 'NaN', '0', 'a\u0000b'],
  jsonb: [null, '{}', '[]', '"str"', '1', 'null', 'true', '[1,2,3]', '[[]]', '[{}]', '[null]', '[{"role":null}]', '[{"role":"a","iu_id":null}]',
    '[{"role":"a","new_piece":[]}]', '[{"role":"a","iu_id":"x","new_piece":{}}]', '{', 'not json',
    JSON.stringify([{ role: "'); DROP TABLE information_unit; --", iu_id: '00000000-0000-0000-0000-000000000000' }]),
    JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ role: 'step', iu_id: randomUUID(), n: i }))),
    `${'['.repeat(1000)}${']'.repeat(1000)}`,
    JSON.stringify([{ role: 'a', new_piece: { canonical_address: 'x y', title: 't', body: 'b', unit_kind: 'k', section_type: 's' } }]),
    JSON.stringify([{ role: 'a', new_piece: { canonical_address: 'hostile/x', title: MB, body: 'b', unit_kind: 'k', section_type: 's' } }])],
  int: [null, 0, -1, -100, -2147483648, 2147483647, '2147483648', '1.5', 'abc', '', ' ', '1e3', '0x10', '9'.repeat(30), 'NaN', 'Infinity',
    '1; DROP TABLE dot_config', 1_000_001, 100_001, '\u0001'],
  bool: [null, 'yes', 'no', 't', 'f', 'maybe', '', '2', 'on', 'off', 'true ', ' false', 'TRUE', 'nope', '1', '0', 'null', "'; DROP TABLE x; --", 'y', 'n'],
  'text[]': [null, '{}', '{NULL}', '{""}', `{${Array.from({ length: 10_000 }, () => 'a').join(',')}}`, '{a,b}', 'not an array', '{', '{{a},{b}}',
    '{"\'); DROP TABLE dot_config; --"}', '{" "}', `{${MB.slice(0, 100_000)}}`, '{a', '{\\}', '[1:1]={a}', '{NULL,NULL}', '{😀}', '{a,b,c}', '{}', 'NULL'],
  'uuid[]': [null, '{}', '{NULL}', '{00000000-0000-0000-0000-000000000000}', '{not-a-uuid}', 'not an array', '{', '{{00000000-0000-0000-0000-000000000000}}',
    `{${Array.from({ length: 10_000 }, () => randomUUID()).join(',')}}`, '{"\'); DROP TABLE x; --"}', '{,}', '{ }', '{NULL,NULL}', '[1:1]={00000000-0000-0000-0000-000000000000}',
    '{00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000}', 'NULL', '{a}', '{1}', '{}', '{\u0001}'],
};

interface Param {
  name: string;
  kind: Kind;
  /** The valid value used while another parameter is the one under attack. */
  base: string;
}

interface Fn {
  name: string;
  params: Param[];
  returns: 'jsonb' | 'scalar';
  statuses: string[];
  /** Statuses after which the call may have written (everything else must write nothing). */
  writes: string[];
}

// Valid values are resolved from the sample data before the run ($TEMPLATE etc.).
const FUNCTIONS: Fn[] = [
  { name: 'fn_iu_compose', returns: 'jsonb',
    params: [
      { name: 'p_collection_key', kind: 'text', base: 'hostile:base' }, { name: 'p_kind', kind: 'text', base: 'doc' },
      { name: 'p_title', kind: 'text', base: 'Title' }, { name: 'p_description', kind: 'text', base: 'd' },
      { name: 'p_pieces', kind: 'jsonb', base: '[{"role":"title","iu_id":"$UNIT"}]' }, { name: 'p_actor', kind: 'text', base: 'hostile' }],
    statuses: ['ok', 'invalid_input', 'empty_piece_list', 'duplicate_piece', 'composer_gate_closed', 'collection_key_collision', 'unknown_unit', 'canonical_address_collision'],
    writes: ['ok'] },
  { name: 'fn_iu_set_lifecycle_status', returns: 'jsonb',
    params: [{ name: 'p_iu_id', kind: 'uuid', base: '$UNIT' }, { name: 'p_status', kind: 'text', base: 'deprecated' },
      { name: 'p_actor', kind: 'text', base: 'hostile' }, { name: 'p_reason', kind: 'text', base: 'why' }],
    statuses: ['ok', 'unchanged', 'invalid_input', 'invalid_status', 'unit_not_found'], writes: ['ok'] },
  { name: 'fn_iu_record_vector_sync', returns: 'jsonb',
    params: [{ name: 'p_iu_id', kind: 'uuid', base: '$UNIT' }, { name: 'p_vector_store', kind: 'text', base: 'iu_core_iu_chunks' },
      { name: 'p_synced_digest', kind: 'text', base: 'a'.repeat(64) }, { name: 'p_actor', kind: 'text', base: 'hostile' }],
    statuses: ['ok', 'invalid_input', 'vector_sync_gate_closed', 'unit_not_found'], writes: ['ok'] },
  { name: 'fn_iu_deliver_outbox', returns: 'jsonb',
    params: [{ name: 'p_actor', kind: 'text', base: 'hostile' }, { name: 'p_limit', kind: 'int', base: '10' }],
    statuses: ['ok', 'invalid_input', 'delivery_gate_closed'], writes: ['ok'] },
  { name: 'fn_iu_compensate_composition', returns: 'jsonb',
    params: [{ name: 'p_collection_id', kind: 'uuid', base: '$DOC' }, { name: 'p_actor', kind: 'text', base: 'hostile' }, { name: 'p_dry_run', kind: 'bool', base: 'true' }],
    statuses: ['dry_run', 'compensated', 'invalid_input', 'collection_not_found', 'collection_in_use'], writes: ['compensated'] },
  { name: 'fn_iu_retention_sweep', returns: 'jsonb',
    params: [{ name: 'p_actor', kind: 'text', base: 'hostile' }, { name: 'p_dry_run', kind: 'bool', base: 'true' }, { name: 'p_limit', kind: 'int', base: '100' }],
    statuses: ['dry_run', 'swept', 'invalid_input', 'retention_gate_closed'], writes: ['swept'] },
  { name: 'fn_iu_collection_mark_as_template', returns: 'jsonb',
    params: [{ name: 'p_collection_id', kind: 'uuid', base: '$DOC' }, { name: 'p_label', kind: 'text', base: 'label' },
      { name: 'p_note', kind: 'text', base: 'note' }, { name: 'p_actor', kind: 'text', base: 'hostile' }],
    statuses: ['ok', 'already_marked', 'invalid_input', 'collection_not_found'], writes: ['ok'] },
  { name: 'fn_iu_collection_record_template_instance', returns: 'jsonb',
    params: [{ name: 'p_template_collection_id', kind: 'uuid', base: '$TEMPLATE' }, { name: 'p_instance_collection_id', kind: 'uuid', base: '$DOC' },
      { name: 'p_actor', kind: 'text', base: 'hostile' }, { name: 'p_note', kind: 'text', base: 'note' }],
    statuses: ['ok', 'already_recorded', 'lineage_conflict', 'invalid_input', 'template_collection_not_found', 'template_not_marked', 'instance_collection_not_found'],
    writes: ['ok'] },
  { name: 'fn_iu_collection_register_template_version', returns: 'jsonb',
    params: [{ name: 'p_collection_id', kind: 'uuid', base: '$TEMPLATE' }, { name: 'p_family', kind: 'text', base: 'hostile:family' },
      { name: 'p_label', kind: 'text', base: 'v1' }, { name: 'p_seq', kind: 'int', base: '1' }, { name: 'p_prev_id', kind: 'uuid', base: '$NULL' },
      { name: 'p_actor', kind: 'text', base: 'hostile' }],
    statuses: ['ok', 'already_registered', 'version_conflict', 'previous_not_registered', 'previous_not_in_family', 'invalid_input', 'collection_not_found', 'template_not_marked'],
    writes: ['ok'] },
  { name: 'fn_iu_auto_instantiate_from_event', returns: 'jsonb',
    params: [{ name: 'p_event_id', kind: 'uuid', base: '$EVENT' }, { name: 'p_event_type', kind: 'text', base: 'template.published' },
      { name: 'p_template_collection_id', kind: 'uuid', base: '$TEMPLATE' }, { name: 'p_instance_key_suffix', kind: 'text', base: 'hostile-1' },
      { name: 'p_emit_mode', kind: 'text', base: 'dry_run' }, { name: 'p_actor', kind: 'text', base: 'hostile' }, { name: 'p_note', kind: 'text', base: 'n' }],
    statuses: ['ok', 'idempotent_replay', 'invalid_input', 'invalid_emit_mode', 'live_gate_closed', 'composer_gate_closed', 'template_collection_not_found',
      'template_not_marked', 'template_has_no_active_pieces', 'instance_collection_key_collision', 'compose_refused'],
    writes: ['ok'] },
  { name: 'fn_iu_auto_instantiate_bulk', returns: 'jsonb',
    params: [{ name: 'p_event_ids', kind: 'uuid[]', base: '{20000000-0000-4000-8000-000000000001}' }, { name: 'p_event_type', kind: 'text', base: 'template.published' },
      { name: 'p_template_collection_id', kind: 'uuid', base: '$TEMPLATE' }, { name: 'p_instance_key_suffixes', kind: 'text[]', base: '{hostile-bulk-1}' },
      { name: 'p_emit_mode', kind: 'text', base: 'dry_run' }, { name: 'p_actor', kind: 'text', base: 'hostile' }, { name: 'p_note', kind: 'text', base: 'n' }],
    statuses: ['ok', 'invalid_input', 'invalid_emit_mode', 'live_gate_closed', 'composer_gate_closed', 'template_collection_not_found',
      'template_not_marked', 'template_has_no_active_pieces', 'compose_refused'],
    writes: ['ok'] },
  { name: 'fn_iu_auto_instantiate_rollback_by_actor', returns: 'jsonb',
    params: [{ name: 'p_actor', kind: 'text', base: 'iu-core-25000x-durable' }, { name: 'p_dry_run', kind: 'bool', base: 'true' }],
    statuses: ['dry_run', 'rolled_back', 'invalid_input'], writes: ['rolled_back'] },
  { name: 'fn_iu_gate_enabled', returns: 'scalar', params: [{ name: 'p_key', kind: 'text', base: 'iu_core.composer_enabled' }], statuses: [], writes: [] },
  { name: 'fn_iu_manifest_digest', returns: 'scalar', params: [{ name: 'p_collection_id', kind: 'uuid', base: '$TEMPLATE' }], statuses: [], writes: [] },
  { name: 'fn_iu_piece_graph_digest', returns: 'scalar',
    params: [{ name: 'p_roles', kind: 'text[]', base: '{title}' }, { name: 'p_unit_ids', kind: 'uuid[]', base: '{$UNIT}' }], statuses: [], writes: [] },
];

const CAST: Record<Kind, string> = { text: 'text', uuid: 'uuid', jsonb: 'jsonb', int: 'integer', bool: 'boolean', 'text[]': 'text[]', 'uuid[]': 'uuid[]' };

describe('hostile and malformed input on PostgreSQL', () => {
  let t: TestDb;
  const fixtures: Record<string, string | null> = {};

  beforeAll(async () => {
    if (pgSkipReason()) return;
    t = await fresh('postgres');
    await migrateUp(t.db, listMigrations());
    const ops = join(ROOT, 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization');
    await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', join(ROOT, 'ops/sample/010_templates_and_manual_instances.sql'),
      '-f', join(ops, '01_file_template_versioning.sql'), '-f', join(ops, '03_durable_auto_instantiate_event.sql')]);
    const [f] = await t.db.query<Record<string, string>>(`
      SELECT (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2')::text AS template,
             (SELECT id FROM iu_piece_collection WHERE collection_key = 'doc:handbook/faq')::text AS doc,
             (SELECT id FROM information_unit WHERE canonical_address = 'iu_core/doc/handbook/values')::text AS unit`);
    Object.assign(fixtures, { $TEMPLATE: f!.template, $DOC: f!.doc, $UNIT: f!.unit, $EVENT: randomUUID(), $NULL: null, RANDOM: randomUUID() });
  }, 300_000);
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  const resolve = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    if (v in fixtures) return fixtures[v];
    if (v === 'UNIT') return fixtures.$UNIT;
    return v.replace(/\$UNIT/g, fixtures.$UNIT ?? '');
  };

  it('every public function, every parameter, at least 20 bad values each: a documented status or a clear data error, and no write on refusal', async () => {
    const before = await rowCounts(t.db);
    const outcomes: Record<string, number> = {};
    const problems: string[] = [];
    let calls = 0;
    await t.db.session(async (s: Session) => {
      for (const fn of FUNCTIONS) {
        // The function's name comes from the table above, never from input; values are bound.
        const sql = `SELECT ${fn.name}(${fn.params.map((p, i) => `$${i + 1}::text::${CAST[p.kind]}`).join(', ')}) AS r`;
        for (const [target, param] of fn.params.entries()) {
          const corpus = CORPUS[param.kind];
          expect(corpus.length, `${fn.name}.${param.name}`).toBeGreaterThanOrEqual(20);
          for (const bad of corpus) {
            calls++;
            const args = fn.params.map((p, i) => (i === target ? resolve(bad) : resolve(p.base)));
            await s.exec('BEGIN');
            try {
              // Every gate open: the refusals seen are the input checks, not a closed gate.
              await s.exec(`UPDATE dot_config SET value = 'true' WHERE key LIKE 'iu\\_core.%\\_enabled'`);
              const inside = await rowCounts(s);
              await s.exec('SAVEPOINT call');
              let status: string;
              try {
                const [row] = await s.query<{ r: unknown }>(sql, args);
                status = fn.returns === 'jsonb' ? String((row!.r as { status?: string } | null)?.status ?? 'NULL') : 'returned';
              } catch (e) {
                const code = (e as { code?: string }).code ?? 'none';
                status = `error ${code}`;
                await s.exec('ROLLBACK TO SAVEPOINT call');
                // A bad value may only be refused as data (class 22) or as too large for a
                // limit (class 54); an integrity error (23) would mean validation missed it.
                if (!/^(22|54)/.test(code)) problems.push(`${fn.name}.${param.name}=${JSON.stringify(String(bad)).slice(0, 60)}: ${code} ${(e as Error).message}`);
              }
              outcomes[status] = (outcomes[status] ?? 0) + 1;
              if (fn.returns === 'jsonb' && !status.startsWith('error') && !fn.statuses.includes(status)) {
                problems.push(`${fn.name}.${param.name}=${JSON.stringify(String(bad)).slice(0, 60)}: undocumented status ${status}`);
              }
              if (!status.startsWith('error') && !fn.writes.includes(status)) {
                const after = await rowCounts(s);
                if (JSON.stringify(after) !== JSON.stringify(inside)) problems.push(`${fn.name}.${param.name}=${JSON.stringify(String(bad)).slice(0, 60)}: ${status} wrote something`);
              }
            } finally {
              await s.exec('ROLLBACK');
            }
          }
        }
      }
    });
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(900);
    // Nothing was dropped or left behind: every table is there with its row count.
    expect(await rowCounts(t.db)).toEqual(before);
    console.log(`hostile input: ${calls} calls; outcomes ${JSON.stringify(outcomes)}`);
  }, 600_000);

  it('injected SQL in a valid position is stored as text, never executed', async () => {
    await t.db.session(async (s) => {
      await s.exec('BEGIN');
      await s.exec(`UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`);
      const title = "'); DROP TABLE information_unit; --";
      const [row] = await s.query<{ r: { status: string; collection_id: string } }>(
        `SELECT fn_iu_compose('hostile:inject', 'doc', $1, NULL, $2::text::jsonb, 'hostile') AS r`,
        [title, JSON.stringify([{ role: 'title', new_piece: { canonical_address: 'hostile/inject', title, body: '$$; DROP TABLE dot_config; $$', unit_kind: 'doc', section_type: 'title' } }])],
      );
      expect(row!.r.status).toBe('ok');
      const [stored] = await s.query<{ title: string; body: string }>(`SELECT title, body FROM information_unit WHERE canonical_address = 'hostile/inject'`);
      expect(stored).toEqual({ title, body: '$$; DROP TABLE dot_config; $$' });
      expect((await s.query(`SELECT to_regclass('public.dot_config') IS NOT NULL AS ok`))[0]).toEqual({ ok: true });
      await s.exec('ROLLBACK');
    });
  });

  afterAll(async () => {
    await t?.drop();
  });
});

// Object names, descriptions and messages are chosen by whoever may CREATE or write a probe:
// every Markdown report shows them as text, never as HTML, a link or a broken table.
describe('hostile names in the Markdown reports', () => {
  const HOSTILE = ['<img src=x onerror=alert(1)>', 'a | b', '`tick` ``two``', 'line\nbreak\r\nand\u2028more\u0085end', '[x](javascript:alert(1))', '</code><script>alert(2)</script>', '# heading', '- item', '*em* _em_ ~~s~~', '&lt;already&gt;', '\\|'];
  const evil = HOSTILE.join(' ');

  /** No HTML but the <code> spans the renderer writes, and every table row keeps its cells. */
  function expectInert(md: string, columns: Record<string, number>): void {
    // <code> spans and <pre> blocks (a drift diff) are the renderer's own; nothing else may be HTML
    expect(md).not.toMatch(/<(?!\/?(code|pre)>)/);
    // inside a <pre> block Markdown is not parsed: only what is outside one can become a link
    expect(md.replace(/<pre>[\s\S]*?<\/pre>/g, '')).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md.match(/<pre>[\s\S]*?<\/pre>/g)?.join('') ?? '').not.toMatch(/<(?!\/?pre>)/);
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) continue;
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      const header = Object.keys(columns).find((h) => md.includes(h) && cells === columns[h]);
      expect(header, `table row with ${cells} cells: ${line}`).toBeTruthy();
    }
  }

  it('probes.md escapes every value', async () => {
    const { renderMarkdown } = await import('../scripts/probes/report/md.ts');
    const run = {
      engine: 'postgres', database: evil, serverVersion: evil, startedAt: evil, ms: 1, jobs: 1,
      files: [{ file: evil, planned: 1, assertions: [{ n: 1, ok: false, description: evil, diagnostics: [evil], directive: null }], diagnostics: [], error: { code: '42P01', message: evil, line: 1, column: 1 }, problem: evil, ms: 1, passed: false }],
      census: { clean: false, differences: [`+ table public."${evil}"`] },
      totals: { files: 1, filesPassed: 0, assertions: 1, passed: 0, failed: 1, skipped: 0, todo: 0 },
      passed: false,
    };
    const md = renderMarkdown(run as never);
    expectInert(md, { '| file | planned | ran | failed | time | verdict |': 6 });
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('evidence.md and conformance.md escape every value', async () => {
    const { renderEvidenceMarkdown } = await import('../scripts/evidence/markdown.ts');
    const { conformanceMarkdown } = await import('../scripts/commands/prove.ts');
    const conformance = {
      verdict: 'FAIL', summary: evil,
      classes: [{ item: evil, expected: 1, actual: 2, missing: [evil], unexpected: [evil], verdict: 'FAIL' }],
      security: [{ item: evil, summary: evil, missing: [evil], verdict: 'FAIL' }],
      drift: {
        verdict: 'FAIL', summary: evil, note: evil, recordedOn: evil, serverMajor: 15, compared: 1,
        drift: [{ object_class: evil, object_name: evil, kind: evil, version: evil, recordedSha256: evil, liveSha256: evil, diff: `--- ${evil}\n+++ ${evil}\n\n-${evil}\n+${evil}` }],
        accepted: [{ accepted_at: evil, object_class: evil, object_name: evil, accepted_by: evil, session_user_name: evil, old_sha256: evil, new_sha256: evil, why: evil }],
      },
    };
    const probes = { startedAt: evil, ms: 1, files: [{ file: evil, planned: 1, ran: 1, failed: 1, ms: 1, verdict: 'FAIL', failures: [evil] }], census: { clean: false, differences: [evil] } };
    const e = {
      format: 1, generatedAt: evil, database: evil, engine: 'postgres', server: { version: evil, versionNum: 150000, database: evil, user: evil },
      git: { commit: evil, dirty: true, changes: [evil, '```'] },
      command: { argv: [evil], line: evil, exitCode: 1, ms: 1, log: `${evil}.log` },
      dumps: { tool: evil, restrictKey: evil, before: { file: evil, sha256: evil, bytes: 1, takenAt: evil }, after: { file: evil, sha256: evil, bytes: 1, takenAt: evil }, identical: false },
      verdicts: {
        overall: 'FAIL', command: { verdict: 'FAIL', exitCode: 1, note: evil }, dumps: { verdict: 'FAIL', note: evil }, conformance: { verdict: 'FAIL', summary: evil },
        probes: { verdict: 'FAIL', totals: { files: 1, filesPassed: 0, assertions: 1, passed: 0, failed: 1, skipped: 0, todo: 0 }, leaveNoTrace: false, note: evil },
        matrix: { verdict: 'FAIL', moved: [evil], note: evil },
        drift: { verdict: 'FAIL', summary: evil },
      },
      conformance, probes,
      matrix: [{ surface: evil, rows: 1, onInstantiate: 'invariant', before: 0, after: 1, delta: 1, verdict: 'MOVED' }],
      files: [{ file: evil, what: evil }],
    };
    const tables = {
      '| check | verdict | detail |': 3, '| dump | sha256 | bytes | taken at |': 4, '| class | expected | actual | missing | unexpected | verdict |': 6,
      '| security rule | violations | verdict |': 3, '| file | planned | ran | failed | time | verdict |': 6, '| surface | before | after | delta | kind | verdict |': 6, '| file | what |': 2,
      '| object | kind | last changed by migration | recorded sha256 | live sha256 |': 5, '| when | object | by (session) | old → new sha256 | why |': 5,
    };
    expectInert(renderEvidenceMarkdown(e as never), tables);
    expectInert(conformanceMarkdown(conformance as never), tables);
  });
});

describe.each(['pglite', 'postgres'] as const)('a hostile probe run on %s', (engine) => {
  it('writes probes.md with the hostile description and table name as text', async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    const { cli, tempDir } = await import('./helpers.ts');
    const { readFileSync } = await import('node:fs');
    const t = await fresh(engine);
    await t.db.close();
    try {
      const out = tempDir('hostile-md');
      const r = await cli('probe', '--db', t.flag, '--format', 'md,junit', '--out', out, join(ROOT, 'tests/fixtures/probes/hostile_names.sql'));
      expect(r.code).toBe(1);
      const md = readFileSync(join(out, 'probes.md'), 'utf8');
      expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(md).not.toMatch(/<(?!\/?code>)/);
      expect(readFileSync(join(out, 'probes.junit.xml'), 'utf8')).not.toContain('<img');
    } finally {
      await t.drop();
    }
  });
});

describe('hostile names in the terminal and XML reports', () => {
  it('TAP and the summary show control characters as \\uXXXX; JUnit drops what XML cannot hold', async () => {
    const { renderTap, summary, fileLine } = await import('../scripts/probes/report/tap.ts');
    const { renderJunit } = await import('../scripts/probes/report/junit.ts');
    const evil = 'x\u001b]0;pwned\u0007\u001b[2J\u009b31m\u2028y\ud800\uffff';
    const file = { file: evil, planned: 1, assertions: [{ n: 1, ok: false, description: evil, diagnostics: [evil], directive: null }], diagnostics: [evil], error: { code: '42P01', message: evil, line: 1, column: 1, where: evil }, problem: evil, ms: 1, passed: false };
    const run = { engine: 'postgres', database: 'db', serverVersion: '15', startedAt: 'now', ms: 1, jobs: 1, files: [file], census: { clean: false, differences: [evil] }, totals: { files: 1, filesPassed: 0, assertions: 1, passed: 0, failed: 1, skipped: 0, todo: 0 }, passed: false };
    for (const text of [renderTap(run as never), summary(run as never), fileLine(file as never, 10)]) {
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(text).toContain('x\\u001b]0;pwned\\u0007');
    }
    expect(renderJunit(run as never)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/u);
  });
});
