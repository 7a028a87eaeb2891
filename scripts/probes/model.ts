// One result model for a probe run; every reporter (TAP, JUnit, JSON, Markdown) renders it.

export interface Assertion {
  n: number;
  ok: boolean;
  description: string;
  /** pgTAP's "# …" lines that follow the assertion (got / expected, diagnostics). */
  diagnostics: string[];
  directive: 'SKIP' | 'TODO' | null;
  /** The SKIP or TODO reason. */
  reason?: string;
  /** Milliseconds from the previous TAP line of its file (or the file's start) to this one. */
  ms?: number;
}

export interface ProbeError {
  code: string;
  message: string;
  line: number;
  column: number;
  detail?: string;
  hint?: string;
  where?: string;
}

export interface ProbeFileResult {
  file: string;
  planned: number | null;
  assertions: Assertion[];
  /** File-level diagnostics (e.g. finish()'s "Looks like you planned 3 tests but ran 2"). */
  diagnostics: string[];
  /** An exception or timeout that stopped the file. */
  error: ProbeError | null;
  /** A structural problem: no BEGIN first, a COMMIT, no plan. */
  problem: string | null;
  ms: number;
  passed: boolean;
}

export interface CensusVerdict {
  clean: boolean;
  /** What the run left behind, one line per object or table. */
  differences: string[];
}

export interface ProbeRun {
  engine: string;
  database: string;
  serverVersion: string;
  startedAt: string;
  ms: number;
  jobs: number;
  files: ProbeFileResult[];
  census: CensusVerdict;
  totals: { files: number; filesPassed: number; assertions: number; passed: number; failed: number; skipped: number; todo: number };
  passed: boolean;
}

const TAP_LINE = /^(not )?ok (\d+)(?: - ?(.*?))?(?:\s+#\s*(SKIP|TODO)\b\s*(.*))?$/i;

/** Fold the TAP lines a probe printed into assertions, the plan and file-level diagnostics. */
export function parseTap(lines: string[], times: number[] = []): { planned: number | null; assertions: Assertion[]; diagnostics: string[] } {
  let planned: number | null = null;
  const assertions: Assertion[] = [];
  const diagnostics: string[] = [];
  let prev = 0;
  for (const [k, raw] of lines.entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line) continue;
    const plan = /^1\.\.(\d+)/.exec(line);
    if (plan) {
      planned = Number(plan[1]);
      continue;
    }
    const m = TAP_LINE.exec(line);
    if (m) {
      assertions.push({
        n: Number(m[2]),
        ok: !m[1],
        description: (m[3] ?? '').trim(),
        diagnostics: [],
        directive: m[4] ? (m[4].toUpperCase() as 'SKIP' | 'TODO') : null,
        ...(m[4] && m[5] ? { reason: m[5] } : {}),
        ...(times[k] !== undefined ? { ms: Math.max(0, Math.round(times[k]! - prev)) } : {}),
      });
      prev = times[k] ?? prev;
      continue;
    }
    const text = line.replace(/^#\s?/, '');
    const last = assertions.at(-1);
    // pgTAP repeats the failed assertion's name first; reporters print their own.
    if (last && !last.ok && /^\s*Failed (\(TODO\) )?test \d+:/.test(text)) continue;
    // Diagnostics right after a failed assertion explain it; anything else belongs to the file.
    if (last && !last.ok && !/^Looks like/.test(text)) last.diagnostics.push(text);
    else diagnostics.push(text);
  }
  return { planned, assertions, diagnostics };
}

export function filePassed(r: Omit<ProbeFileResult, 'passed'>): boolean {
  if (r.error || r.problem || r.planned === null) return false;
  if (r.assertions.length !== r.planned) return false;
  return r.assertions.every((a) => a.ok || a.directive === 'TODO');
}

export function totals(files: ProbeFileResult[]): ProbeRun['totals'] {
  const all = files.flatMap((f) => f.assertions);
  return {
    files: files.length,
    filesPassed: files.filter((f) => f.passed).length,
    assertions: all.length,
    passed: all.filter((a) => a.ok && a.directive !== 'SKIP').length,
    failed: all.filter((a) => !a.ok && a.directive !== 'TODO').length,
    skipped: all.filter((a) => a.directive === 'SKIP').length,
    todo: all.filter((a) => a.directive === 'TODO').length,
  };
}
