/**
 * Runs dependency-cruiser with the project's rules (.dependency-cruiser.cjs) from a directory: the project root
 * for src/, or test/fixtures/layers for the deliberately wrong imports. Each violation comes with its rule's
 * reason, so a failing test says why the import is not allowed.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const ROOT = resolve(import.meta.dirname, '..');
const config = createRequire(import.meta.url)(resolve(ROOT, '.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown>;
};

export const LAYER_RULES: readonly IForbiddenRuleType[] = config.forbidden;

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
  /** One line: the import, the rule and why it exists. */
  text: string;
}

/** The violations of the layer rules among the files under `<baseDir>/src`. */
export async function layerViolations(baseDir = ROOT): Promise<LayerViolation[]> {
  const reasons = new Map(LAYER_RULES.map((r) => [r.name, r.comment ?? '']));
  const { output } = await cruise(['src'], {
    ...config.options,
    baseDir,
    validate: true,
    ruleSet: { forbidden: [...LAYER_RULES] },
  });
  const result = output as ICruiseResult;
  return (result.summary.violations ?? []).map((v) => {
    const to = v.cycle ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`;
    return {
      rule: v.rule.name,
      from: v.from,
      to: v.to,
      text: `${v.rule.name}: ${to}\n    why: ${reasons.get(v.rule.name)}`,
    };
  });
}
