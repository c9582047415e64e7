/**
 * A finished file's commitment checked across its records (issue 12), as validate.ts checks a year: ids used
 * twice and base years recorded twice are errors; a target that could not be computed (targetChecks.ts, with
 * the file's record of its base year) is an error; a target whose base year the file holds no year of is a
 * warning, as the city may be sent a file without the base year: the recorded figures still measure it.
 */
import type { Commitment } from './commitment';
import type { Issue } from './issues';
import { type TargetField, targetProblems } from './targetChecks';

/** Where a target's problem is, under the target: the boundary's problem is on its Scope 1 choice, its first. */
const PATH: Record<TargetField, string> = {
  boundary: '/scope1',
  metric: '/metric',
  baseYear: '/baseYear',
  targetYear: '/targetYear',
  reductionPct: '/reductionPct',
};

/** `base` is where the commitment is ("/organization/commitment"); `fileYears`, the years the file holds. */
export function validateCommitment(
  commitment: Commitment,
  base: string,
  fileYears?: ReadonlySet<number>,
): Issue[] {
  const issues: Issue[] = [];
  const unique = <T>(list: readonly T[], key: (x: T) => string | number, at: (i: number) => string) => {
    const seen = new Set<string | number>();
    list.forEach((x, i) => {
      const k = key(x);
      if (seen.has(k))
        issues.push({ severity: 'error', path: at(i), code: 'duplicate-id', params: { id: k } });
      seen.add(k);
    });
  };
  unique(
    commitment.targets,
    (t) => t.id,
    (i) => `${base}/targets/${i}/id`,
  );
  unique(
    commitment.actions,
    (a) => a.id,
    (i) => `${base}/actions/${i}/id`,
  );
  unique(
    commitment.recalculations,
    (r) => r.id,
    (i) => `${base}/recalculations/${i}/id`,
  );
  unique(
    commitment.baseYears,
    (b) => b.year,
    (i) => `${base}/baseYears/${i}/year`,
  );
  commitment.targets.forEach((t, i) => {
    const record = { kind: 'target' as const, id: t.id };
    const baseRecord = commitment.baseYears.find((b) => b.year === t.baseYear);
    for (const p of targetProblems(t, [], baseRecord))
      issues.push({
        severity: 'error',
        path: `${base}/targets/${i}${PATH[p.field]}`,
        code: 'target-problem',
        params: { problem: p.problem, year: t.baseYear, targetYear: t.targetYear },
        record,
      });
    if (fileYears && !fileYears.has(t.baseYear))
      issues.push({
        severity: 'warning',
        path: `${base}/targets/${i}/baseYear`,
        code: 'target-base-not-in-file',
        params: { year: t.baseYear },
        record,
      });
  });
  return issues;
}
