/**
 * What a user does, counted (issue 10's action budget): each click, each field filled, each option chosen and
 * each key pressed is one action; waiting for the page and checking what it shows are not. Actions are
 * counted per step, so a scenario can say which steps cost the most.
 */
import type { Locator, Page } from 'playwright-core';

export interface Actions {
  /** Starts a named step; the actions after it are counted under its name. */
  step: (name: string) => void;
  click: (target: Locator) => Promise<void>;
  fill: (field: Locator, value: string) => Promise<void>;
  /** Chooses an option of a select by its value or its words (one action, as a user picks from the list). */
  select: (field: Locator, option: string | { label: string }) => Promise<void>;
  press: (target: Locator, key: string) => Promise<void>;
  readonly count: number;
  /** Actions per step, in the order the steps were taken. */
  readonly steps: ReadonlyArray<{ name: string; actions: number }>;
}

export function actions(page: Page): Actions {
  const steps: Array<{ name: string; actions: number }> = [{ name: 'start', actions: 0 }];
  const one = () => {
    (steps.at(-1) as { actions: number }).actions++;
  };
  return {
    step: (name) => {
      steps.push({ name, actions: 0 });
    },
    click: async (target) => {
      one();
      await target.click();
    },
    fill: async (field, value) => {
      one();
      await field.fill(value);
    },
    select: async (field, option) => {
      one();
      await field.selectOption(option);
    },
    press: async (target, key) => {
      one();
      await target.focus();
      await page.keyboard.press(key);
    },
    get count() {
      return steps.reduce((n, s) => n + s.actions, 0);
    },
    get steps() {
      return steps.filter((s) => s.actions > 0);
    },
  };
}
