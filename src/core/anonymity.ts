/**
 * The rule of the network's anonymous publication (issue 13; docs/network.md, "Publication and anonymity"):
 * no published figure is made of fewer than MIN_PARTNERS partners, and no difference of published figures
 * is either. A group (a TOL section, a size band, a category, a theme × status) is shown on its own only with
 * at least three partners; smaller groups are merged into "others", and when "others" would itself be made of
 * fewer than three, the next smallest shown group joins it (complementary suppression: the total minus the
 * shown groups is exactly "others", so it must pass the rule too). With fewer than three partners in all,
 * nothing of the table is published. Pure: the caller says which partners each figure is made of.
 */

/** The fewest partners a published figure may be made of. */
export const MIN_PARTNERS = 3;

export interface GroupFigure {
  /** The group's id: a TOL section letter, a size band, a category id, `theme/status` … */
  key: string;
  /** The partners (partner keys) its figures are made of; a partner named twice counts once. */
  partners: readonly string[];
  /** Its figures, added up position by position where groups merge (kg CO2e by method, counts …). */
  values: readonly number[];
}

export interface PublishedFigure {
  /** How many partners it is made of: at least MIN_PARTNERS. */
  partners: number;
  values: number[];
}

export interface PublishedGroups {
  /** The groups shown on their own, in the order given. */
  shown: (PublishedFigure & { key: string })[];
  /** The groups merged into "others", and their sum; absent when no group needed merging. */
  others?: PublishedFigure & { keys: string[] };
  /** The sum of every group; absent when fewer than MIN_PARTNERS partners are in the table at all. */
  total?: PublishedFigure;
  /** Keys of the groups not shown on their own (merged into others, or the whole table withheld). */
  withheld: string[];
}

function union(groups: readonly GroupFigure[]): Set<string> {
  const all = new Set<string>();
  for (const g of groups) for (const p of g.partners) all.add(p);
  return all;
}

function sum(groups: readonly GroupFigure[], width: number): number[] {
  const out = new Array<number>(width).fill(0);
  for (const g of groups) for (let i = 0; i < width; i++) out[i] = (out[i] as number) + (g.values[i] ?? 0);
  return out;
}

/**
 * The groups of one table as the anonymous publication may show them. A group without partners is made of
 * no one's figures and is left out (neither shown nor counted in "others"). Groups need not be disjoint (a
 * partner has emissions in several categories): a figure's partners are the union of its groups' partners.
 */
export function publishGroups(groups: readonly GroupFigure[], min = MIN_PARTNERS): PublishedGroups {
  const present = groups.filter((g) => g.partners.length > 0);
  const width = Math.max(0, ...groups.map((g) => g.values.length));
  if (union(present).size < min) return { shown: [], withheld: present.map((g) => g.key) };
  const size = new Map(present.map((g) => [g, new Set(g.partners).size] as const));
  const merged = present.filter((g) => (size.get(g) as number) < min);
  let shown = present.filter((g) => (size.get(g) as number) >= min);
  // Until "others" passes the rule itself, the smallest shown group joins it (fewest partners, then the
  // smallest figure, then the key: the same publication from the same files).
  while (merged.length > 0 && union(merged).size < min) {
    const next = [...shown].sort(
      (a, b) =>
        (size.get(a) as number) - (size.get(b) as number) ||
        Math.abs(a.values[0] ?? 0) - Math.abs(b.values[0] ?? 0) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )[0] as GroupFigure;
    shown = shown.filter((g) => g !== next);
    merged.push(next);
  }
  const keep = new Set(merged);
  const withheld = present.filter((g) => keep.has(g)).map((g) => g.key);
  return {
    shown: shown.map((g) => ({ key: g.key, partners: size.get(g) as number, values: sum([g], width) })),
    ...(merged.length > 0
      ? { others: { keys: withheld, partners: union(merged).size, values: sum(merged, width) } }
      : {}),
    total: { partners: union(present).size, values: sum(present, width) },
    withheld,
  };
}

/**
 * Whether a figure over the partners `part` may be published beside the same figure over `whole` (a
 * like-for-like total beside the year's total): `part` must pass the rule, and so must the partners it
 * leaves out, or subtracting one figure from the other gives the figure of those one or two partners.
 */
export function nestedPublishable(
  whole: readonly string[],
  part: readonly string[],
  min = MIN_PARTNERS,
): boolean {
  const inPart = new Set(part);
  const left = new Set(whole.filter((p) => !inPart.has(p)));
  return inPart.size >= min && (left.size === 0 || left.size >= min);
}

/**
 * Whether some combination of published figures of one quantity (the year's total over the network, over
 * each sector, each size band, the like-for-like partners …), each given as the partners it sums, gives the
 * figure of fewer than `min` partners. Exact: a figure is recoverable when its partners' indicator is in the
 * span of the published ones'. Every vector of that span is constant on the "atoms" (partners who are in
 * exactly the same published figures), so only combinations of atoms can be recovered; those of fewer than
 * `min` partners are tested against the span, reduced to echelon form once: an atom of one or two partners,
 * and any combination of two one-partner atoms (a sum, or a difference, which either of the two partners,
 * knowing its own figure, turns into the other's). Complete for `min` = 3.
 */
export function revealsSmallGroup(figures: readonly (readonly string[])[], min = MIN_PARTNERS): boolean {
  // Atoms: partners by the figures they are in.
  const membership = new Map<string, number[]>();
  for (const [i, f] of figures.entries()) {
    for (const p of new Set(f)) membership.set(p, [...(membership.get(p) ?? []), i]);
  }
  const atoms = new Map<string, number>();
  for (const list of membership.values()) {
    const key = list.join(',');
    atoms.set(key, (atoms.get(key) ?? 0) + 1);
  }
  const atomKeys = [...atoms.keys()];
  const index = new Map(atomKeys.map((k, i) => [k, i] as const));
  // Each figure as the atoms it adds: a 0/1 vector (every partner of an atom is in the same figures).
  const vectors = figures.map(() => new Array<number>(atomKeys.length).fill(0));
  for (const [key, col] of index) for (const f of key.split(',')) (vectors[Number(f)] as number[])[col] = 1;
  const basis = echelon(vectors);
  const size = (k: string) => atoms.get(k) as number;
  const small = atomKeys.filter((k) => size(k) < min);
  const unit = (cols: readonly number[]) => {
    const v = new Array<number>(atomKeys.length).fill(0);
    for (const c of cols) v[c] = 1;
    return v;
  };
  // What is left of each small atom's indicator outside the span: none, and the atom is recoverable.
  const rest = new Map(small.map((k) => [k, reduce(basis, unit([index.get(k) as number]))] as const));
  for (const [i, a] of small.entries()) {
    const ra = rest.get(a) as number[];
    if (isZero(ra)) return true;
    for (const b of small.slice(i + 1)) {
      // Not only their sum: any combination of the two (their difference, which either partner, knowing
      // its own figure, turns into the other's) is recoverable exactly when what is left of them is parallel.
      if (size(a) + size(b) < min && parallel(ra, rest.get(b) as number[])) return true;
    }
  }
  return false;
}

function isZero(v: readonly number[]): boolean {
  return v.every((x) => Math.abs(x) <= EPS);
}

/** Whether two non-zero vectors are multiples of each other. */
function parallel(a: readonly number[], b: readonly number[]): boolean {
  let k = 0;
  for (let i = 1; i < b.length; i++) if (Math.abs(b[i] as number) > Math.abs(b[k] as number)) k = i;
  const c = (a[k] as number) / (b[k] as number);
  return a.every((x, i) => Math.abs(x - c * (b[i] as number)) <= EPS);
}

const EPS = 1e-9;

/** Rows in reduced echelon form, each with its pivot column: the span of `rows`. */
function echelon(rows: readonly number[][]): { row: number[]; pivot: number }[] {
  const basis: { row: number[]; pivot: number }[] = [];
  for (const r of rows) {
    const v = reduce(basis, [...r]);
    const pivot = v.findIndex((x) => Math.abs(x) > EPS);
    if (pivot < 0) continue;
    const p = v[pivot] as number;
    const row = v.map((x) => x / p);
    for (const b of basis) {
      const f = b.row[pivot] as number;
      if (Math.abs(f) > EPS) b.row = b.row.map((x, i) => x - f * (row[i] as number));
    }
    basis.push({ row, pivot });
  }
  return basis;
}

function reduce(basis: readonly { row: number[]; pivot: number }[], v: number[]): number[] {
  for (const b of basis) {
    const f = v[b.pivot] as number;
    if (Math.abs(f) > EPS)
      for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - f * (b.row[i] as number);
  }
  return v;
}
