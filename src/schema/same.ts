/**
 * Compile-time equality of two types: `Assert<Same<A, B>>` fails to compile unless A and B are the same. Used
 * for the schemas' inferred types against the core's declarations, which the core (importing no package)
 * cannot take from valibot itself.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type Assert<T extends true> = T;
