/** Row ids: random UUIDs, so data from two devices can be merged without clashes. */
export function newId(): string {
  return crypto.randomUUID();
}

/** ISO time of a change. The caller's clock: kept out of the core, passed in here at the storage edge. */
export function now(): string {
  return new Date().toISOString();
}
