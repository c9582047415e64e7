/** The exchange format's limits of an action's texts (src/schema/commitment.ts): longer text is not stored. */
export const MAX_TITLE = 300;
export const MAX_NOTE = 2000;
export const MAX_BASIS = 2000;
