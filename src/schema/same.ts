/**
 * Compile-time equality of two record types: `Assert<Same<A, B>>` fails to compile unless each is assignable
 * to the other and they have the same keys (an optional field on one side only is assignable both ways, so the
 * keys are compared too). Used for the schemas' inferred types against the core's declarations, which the core
 * (importing no package) cannot take from valibot itself; nested records are asserted on their own.
 */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

export type Assert<T extends true> = T;
