// The vendored pgTAP suites, as the agreement test and the benchmark (bench/compat.ts) run
// them: each suite's folder is the working directory (its files' \i paths are relative to
// it), its setup.sql (ours, where there is one) is loaded by psql into a fresh database
// first, and files that cannot agree with pg_prove yet are listed with why.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const COMPAT_DIR = import.meta.dirname;

export interface Known {
  /** pg_prove's verdict and count on PostgreSQL 15. */
  pgProve: { passed: boolean; tests: number };
  /** What iu-core probe says instead. */
  ours: RegExp;
  why: string;
}

export interface Suite {
  name: string;
  /** Every file of the suite that runs on its own, relative to the suite's folder. */
  files: string[];
  /** The files CI runs (all of them when absent). */
  ci?: string[];
  /** Extensions the suite needs from the server's packages (apt), beyond pgTAP. */
  needs: string[];
  /** Files a run writes into the working directory (\copy … TO a file, \o FILE), removed after. */
  leftovers?: string[];
  known?: Record<string, Known>;
}

const sqlIn = (suite: string, dir: string) =>
  readdirSync(resolve(COMPAT_DIR, suite, dir))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => `${dir}/${f}`);

export const SUITES: Suite[] = [
  { name: 'pgtap', files: sqlIn('pgtap', 'test/sql'), needs: [] },
  {
    name: 'semver',
    files: sqlIn('semver', 'test/sql'),
    needs: ['semver'],
    // base.sql's \copy vs TO semver_binary_copy.bin WITH BINARY, and back
    leftovers: ['semver_binary_copy.bin'],
  },
  {
    name: 'metagration',
    // core.sql, verify.sql, security.sql and introspection.sql are parts test.sql includes (\ir).
    files: ['test/test.sql'],
    needs: [],
    // core.sql's \o FILE (its \! rm is refused, so the file stays)
    leftovers: ['_tmp_test_migration_export.sql'],
    known: {
      'test/test.sql': {
        // psql prints 3 of the 150 TAP lines as NOTICEs (pgTAP called from a procedure), so pg_prove counts 147 and fails it on the plan.
        pgProve: { passed: false, tests: 147 },
        ours: /core\.sql:112: \\! refused: it runs a shell command/,
        why: '\\o FILE and \\i of that file run; then \\! rm FILE, a shell command, is refused and stops the file (psql with ON_ERROR_STOP stops at a failing meta-command too)',
      },
    },
  },
  {
    name: 'partman',
    files: [...sqlIn('partman', 'test'), ...sqlIn('partman', 'test/test_native')],
    // id-based (no calendar boundary), quick, both kinds of partitioning: its 47 files take about 4 minutes a side.
    ci: ['test/test-id.sql', 'test/test-id-trunc.sql', 'test/test-id-start-partition.sql', 'test/test-id-nonsuperuser.sql', 'test/test_native/test-dump-definition.sql', 'test/test_native/test-id-native.sql'],
    needs: ['pg_partman'],
  },
];

/** The files to run: every one with full, else CI's. */
export const filesOf = (s: Suite, full: boolean): string[] => (full || !s.ci ? s.files : s.ci);

/** The files that agree with pg_prove (what the benchmark times, like for like). */
export const agreeingFiles = (s: Suite, full: boolean): string[] => filesOf(s, full).filter((f) => !s.known?.[f]);
