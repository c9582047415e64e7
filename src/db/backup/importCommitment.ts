/**
 * A partner's commitment when a file is imported into a partner this device has (issue 12). The file's
 * commitment replaces mine only when the file has one and its details are taken (take-theirs); when mine's
 * details are kept, mine stays, unless mine has none (or an empty one): then the file's is added. A file
 * without a commitment never removes one. The import's preview says which it will be (CommitmentPlan).
 */
import type { Commitment } from '../../core/commitment';
import type { OrganizationRow } from '../rows';
import type { CommitmentPlan } from './types';

/** Nothing written in it: no text, day, target, action or recalculation (all deleted, or never filled). */
export function isEmptyCommitment(c: Commitment | undefined): boolean {
  return (
    !c ||
    (c.text === undefined &&
      c.joinedOn === undefined &&
      c.targets.length === 0 &&
      c.actions.length === 0 &&
      c.recalculations.length === 0)
  );
}

/** The commitment the partner has after the import: mine (the same object) when it does not change. */
export function mergedCommitment(
  mine: OrganizationRow,
  theirs: OrganizationRow,
  takeDetails: boolean,
): Commitment | undefined {
  if (isEmptyCommitment(theirs.commitment)) return mine.commitment;
  if (takeDetails || isEmptyCommitment(mine.commitment)) return theirs.commitment;
  return mine.commitment;
}

const countsOf = (c: Commitment) => ({ targets: c.targets.length, actions: c.actions.length });

/** The preview's account of the file's commitment against mine; undefined when the file has none. */
export function commitmentPlan(
  theirs: OrganizationRow,
  mine: OrganizationRow | undefined,
): CommitmentPlan | undefined {
  if (!theirs.commitment || isEmptyCommitment(theirs.commitment)) return undefined;
  return {
    incoming: countsOf(theirs.commitment),
    ...(mine?.commitment && !isEmptyCommitment(mine.commitment) ? { mine: countsOf(mine.commitment) } : {}),
  };
}
