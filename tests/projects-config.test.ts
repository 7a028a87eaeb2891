// iu-core.config.json: the projects config is validated with one clear line per problem.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IU_CORE, builtin, loadProjects, selectProject } from '../scripts/projects.ts';
import { claims } from '../scripts/migrations/ledger.ts';
import { ROOT, tempDir } from './helpers.ts';

/** A folder holding iu-core.config.json with `config`, and db/migrations, db/tests. */
function repo(config: unknown): string {
  const dir = tempDir('config');
  mkdirSync(join(dir, 'db/migrations'), { recursive: true });
  mkdirSync(join(dir, 'db/tests'), { recursive: true });
  writeFileSync(join(dir, 'iu-core.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

const app = { name: 'app', migrations: 'db/migrations', pattern: 'NNNN', rollbacks: 'optional', probes: 'db/tests', ssot: 'db/ssot.json', prefixes: ['app_'], schemas: ['app'] };
const refusal = (dir: string) => {
  try {
    loadProjects({ cwd: dir });
  } catch (e) {
    return { name: (e as Error).constructor.name, message: (e as Error).message, code: (e as { exitCode?: number }).exitCode };
  }
  throw new Error('expected the config to be refused');
};

describe('the projects config', () => {
  it('without a file there is only IU Core, with its own folders, prefixes, names and schema', () => {
    const { file, projects } = loadProjects({ cwd: ROOT });
    expect(file).toBeNull();
    expect(projects.map((p) => p.name)).toEqual([IU_CORE]);
    const core = projects[0]!;
    expect(core).toMatchObject({ builtin: true, migrationsDir: join(ROOT, 'sql/iu-core'), pattern: 'NNN', rollbacks: 'required', schemas: ['public'] });
    expect(core.prefixes).toEqual(['iu_', 'fn_iu_', '_iu_', 'v_iu_']);
    expect(core.names).toContain('dot_config');
  });

  it('reads a project with paths relative to the config file; IU Core comes first unless the config places it', () => {
    const dir = repo({ projects: [app] });
    const { file, projects } = loadProjects({ cwd: dir });
    expect(file).toBe(join(dir, 'iu-core.config.json'));
    expect(projects.map((p) => p.name)).toEqual([IU_CORE, 'app']);
    expect(projects[1]).toEqual({
      name: 'app', builtin: false, migrationsDir: join(dir, 'db/migrations'), pattern: 'NNNN', rollbacks: 'optional',
      probesDir: join(dir, 'db/tests'), ssotFile: join(dir, 'db/ssot.json'), prefixes: ['app_'], names: [], schemas: ['app'],
    });
    const placed = repo({ projects: [app, { name: 'iu-core' }] });
    expect(loadProjects({ cwd: placed }).projects.map((p) => p.name)).toEqual(['app', IU_CORE]);
  });

  it('--config and IU_CORE_CONFIG name the file; a named file that is missing is refused', () => {
    const dir = repo({ projects: [app] });
    expect(loadProjects({ cwd: ROOT, configPath: join(dir, 'iu-core.config.json') }).projects).toHaveLength(2);
    expect(() => loadProjects({ cwd: dir, configPath: 'nope.json' })).toThrow(`config file ${join(dir, 'nope.json')} does not exist`);
  });

  it.each([
    ['an unknown key, with the nearest', { projects: [{ ...app, prefix: ['x_'] }] }, "projects[0] (app): unknown key 'prefix' (did you mean 'prefixes'?)"],
    ['an unknown top-level key', { projects: [app], project: [] }, "unknown key 'project' at the top level"],
    ['a wrong type', { projects: [{ ...app, prefixes: 'app_' }] }, 'projects[0] (app): "prefixes" must be an array of strings; got "app_"'],
    ['a wrong type of folder', { projects: [{ ...app, migrations: 4 }] }, 'projects[0] (app): "migrations" must be a non-empty string; got 4'],
    ['a bad pattern', { projects: [{ ...app, pattern: 'NN' }] }, 'projects[0] (app): "pattern" must be one of NNN, NNNN, timestamp; got \'NN\''],
    ['a bad rollbacks rule', { projects: [{ ...app, rollbacks: 'never' }] }, '"rollbacks" must be "required" or "optional"; got \'never\''],
    ['a missing folder', { projects: [{ ...app, migrations: 'db/migraitons' }] }, 'projects[0] (app): "migrations" folder db/migraitons does not exist'],
    ['a missing migrations key', { projects: [{ name: 'app' }] }, 'projects[0] (app): "migrations" is required'],
    ['a bad name', { projects: [{ ...app, name: 'App Core' }] }, "projects[0] (App Core): bad name 'App Core'"],
    ['a duplicate name', { projects: [app, { ...app, prefixes: ['other_'] }] }, "project 'app' is listed twice"],
    ['two projects claiming one prefix', { projects: [app, { ...app, name: 'app2', migrations: 'db/tests', probes: undefined, prefixes: ['app_x_'] }] }, "projects 'app' and 'app2' both claim prefix app_x_ in schema app"],
    ['a prefix over IU Core', { projects: [{ ...app, schemas: ['public'], prefixes: ['iu_'] }] }, "projects 'iu-core' and 'app' both claim prefix iu_ in schema public"],
    ['a whole-schema claim beside IU Core', { projects: [{ ...app, schemas: ['public'], prefixes: [] }] }, "projects 'iu-core' and 'app' both claim schema public"],
    ['IU Core with its paths changed', { projects: [{ name: 'iu-core', migrations: 'db/migrations' }] }, 'the built-in project iu-core takes only "name" (to set its position); its migrations cannot be changed'],
    ['not JSON', '{"projects": [', 'not valid JSON'],
  ])('refuses %s with one clear line (usage error, exit 2)', (_what, config, expected) => {
    const r = refusal(repo(config));
    expect(r.name).toBe('UsageError');
    expect(r.code).toBe(2);
    expect(r.message).toContain(expected);
    expect(r.message).toContain('iu-core.config.json');
  });

  it('lists every problem at once, one per line', () => {
    const r = refusal(repo({ projects: [{ ...app, pattern: 'NN', rollbacks: 'never', schemas: ['App'] }] }));
    expect(r.message.split('\n')).toHaveLength(4);
    expect(r.message).toContain('3 problem(s)');
  });

  it('selects a project by name, IU Core by default, and refuses an unknown name listing the names', () => {
    const { projects } = loadProjects({ cwd: repo({ projects: [app] }) });
    expect(selectProject(projects, undefined).name).toBe(IU_CORE);
    expect(selectProject(projects, 'app').name).toBe('app');
    expect(() => selectProject(projects, 'ap')).toThrow('--project ap: no such project (did you mean app?); projects: iu-core, app');
    expect(() => selectProject(projects, 'zzzzzz')).toThrow(/^--project zzzzzz: no such project; projects: iu-core, app$/);
  });
});

describe('which live objects a project claims (baseline never takes the host\'s)', () => {
  const core = builtin(ROOT);
  const app = { ...core, name: 'app', builtin: false, prefixes: [], names: [], schemas: ['app'] };
  const o = (object_class: string, object_name: string, definition?: string) => ({ object_class, object_name, definition });
  it.each([
    [o('table', 'dot_config'), true, false],
    [o('function', 'fn_iu_gate_enabled(key text)'), true, false],
    [o('trigger', 'information_unit.iu_touch'), true, false],
    [o('index', 'template_version_label_unique', 'CREATE UNIQUE INDEX template_version_label_unique ON public.iu_collection_template_version USING btree (template_id, label)'), true, false],
    [o('config', 'iu_core.composer_enabled'), true, false],
    [o('schema', 'public'), true, false],
    [o('table', 'orders'), false, false],
    [o('trigger', 'orders.orders_audit'), false, false],
    [o('index', 'orders_pkey', 'CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)'), false, false],
    [o('table', 'app.customer'), false, true],
    [o('function', 'app.order_total(quantity bigint, unit_price numeric)'), false, true],
    [o('trigger', 'app.orders.orders_set_total'), false, true],
    [o('index', 'customer_pkey', 'CREATE UNIQUE INDEX customer_pkey ON app.customer USING btree (id)'), false, true],
    [o('schema', 'app'), false, true],
  ])('%o: IU Core %s, app %s', (f, byCore, byApp) => {
    expect(claims(core, f)).toBe(byCore);
    expect(claims(app, f)).toBe(byApp);
  });
});
