/**
 * Reads a record described by a valibot object schema with the Checker (src/core/check.ts): known keys only,
 * each field checked as its schema says, problems with the readers' JSON Pointers, codes and messages.
 * The schema is not run by valibot: the Checker keeps what the readers promise beyond it (every problem at
 * once, a number outside the limits kept with a warning by backups, `required` for an empty name), and one
 * description then serves both readers and the published JSON Schema.
 *
 * A schema is turned into a list of field readers once and kept: a backup reads 100,000 entries.
 */
import type * as v from 'valibot';
import type { Checker, JsonObject } from '../core/check';
import { escapePointer } from '../core/issues';
import { TOL_PATTERN } from '../core/sector';
import { ID_PATTERN, type Marks, PERIOD_PATTERN, TIME_PATTERN } from './fields';

/** The patterns records use, by what they are: a message names the shape, never the pattern (issue 10). */
const SHAPES = new Map<RegExp, string>([
  [ID_PATTERN, 'id'],
  [PERIOD_PATTERN, 'period'],
  [TIME_PATTERN, 'time'],
  [TOL_PATTERN, 'sector'],
]);

/** draft: a stored row, which may leave text empty that a finished record must fill (`filled` fields). */
export type ReadMode = 'finished' | 'draft';

type AnyObjectSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;
type FieldRead = (c: Checker, o: JsonObject, at: string) => unknown;
interface Field {
  key: string;
  read: FieldRead;
  /** What a required field that was refused holds; the record is refused, this only keeps its shape. */
  fallback: unknown;
  required: boolean;
}
interface Plan {
  keys: string[];
  fields: Field[];
}

/** The parts of a valibot schema this reader understands (its public object shape). */
interface SchemaNode {
  type: string;
  literal?: string | number;
  /** An optional field's value when absent: made anew for each record (a function), never shared. */
  default?: unknown;
  wrapped?: SchemaNode;
  options?: readonly string[];
  item?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  /** A record's key and value schemas. */
  key?: SchemaNode;
  value?: SchemaNode;
  pipe?: readonly ActionNode[];
}
interface ActionNode {
  kind: string;
  type: string;
  requirement?: unknown;
  metadata?: Marks;
}

const plans: Record<ReadMode, WeakMap<object, Plan>> = { finished: new WeakMap(), draft: new WeakMap() };

/** Fields the caller reads itself (to mark the records in them, or with rules across fields), and keys it ignores. */
export interface ReadOptions {
  /** Read by the caller: known, not read here. */
  skip?: readonly string[];
  /** Known keys outside the schema, dropped without a warning (a file's computed `results`). */
  ignore?: readonly string[];
}

/**
 * Reads the record `o` at the JSON Pointer `at`: unknown keys warned about and dropped, fields in the schema's
 * order, optional ones left out when absent. Problems go to `c`; the caller refuses the record on errors.
 */
export function readRecord<S extends AnyObjectSchema>(
  c: Checker,
  schema: S,
  o: JsonObject,
  at: string,
  mode: ReadMode,
  options: ReadOptions = {},
): v.InferOutput<S> {
  const plan = planOf(schema, mode);
  c.known(o, options.ignore ? [...plan.keys, ...options.ignore] : plan.keys, at);
  const out: Record<string, unknown> = {};
  for (const f of plan.fields) {
    if (options.skip?.includes(f.key)) continue;
    const value = f.read(c, o, at);
    if (value !== undefined) out[f.key] = value;
    else if (f.required) out[f.key] = f.fallback;
  }
  return out as v.InferOutput<S>;
}

/** Reads one field of a record the caller reads in parts (to keep the order problems are listed in). */
export function readField<S extends AnyObjectSchema, K extends keyof v.InferOutput<S> & string>(
  c: Checker,
  schema: S,
  key: K,
  o: JsonObject,
  at: string,
  mode: ReadMode,
): v.InferOutput<S>[K] {
  const f = planOf(schema, mode).fields.find((x) => x.key === key);
  if (!f) throw new Error(`schema: no field ${key}`);
  const value = f.read(c, o, at);
  return (value === undefined && f.required ? f.fallback : value) as v.InferOutput<S>[K];
}

function planOf(schema: object, mode: ReadMode): Plan {
  let plan = plans[mode].get(schema);
  if (!plan) {
    const entries = (schema as SchemaNode).entries ?? {};
    plan = {
      keys: Object.keys(entries),
      fields: Object.entries(entries).map(([key, s]) => field(key, s, mode)),
    };
    plans[mode].set(schema, plan);
  }
  return plan;
}

function field(key: string, schema: SchemaNode, mode: ReadMode): Field {
  let s = schema;
  let required = true;
  if (s.type === 'optional' && s.wrapped) {
    const made = s.default;
    if (made !== undefined) {
      if (typeof made !== 'function') throw new Error(`schema: ${key} has a shared default; give a function`);
      const inner = field(key, { ...s, default: undefined }, mode);
      return { ...inner, read: (c, o, at) => inner.read(c, o, at) ?? made() };
    }
    required = false;
    s = s.wrapped;
  }
  if (s.type === 'nullable' && s.wrapped) {
    // The key must be there; null is a value of its own (a stored quantity not yet a number).
    const inner = field(key, s.wrapped, mode);
    return {
      key,
      required,
      fallback: null,
      read: (c, o, at) => (o[key] === null ? null : (inner.read(c, o, at) ?? null)),
    };
  }
  const actions = s.pipe ?? [];
  const has = (type: string) => actions.find((a) => a.type === type);
  const req = <T>(a: ActionNode | undefined) => a?.requirement as T | undefined;
  const marks: Marks = Object.assign({}, ...actions.map((a) => (a.type === 'metadata' ? a.metadata : {})));
  // A stored row keeps lenient text as typed: only its type and length are checked.
  const strict = mode === 'finished' || marks.draft !== 'lenient';
  switch (s.type) {
    case 'string': {
      const opts = {
        required,
        ...(has('max_length') ? { max: req<number>(has('max_length')) } : {}),
        ...(has('regex') && strict ? { pattern: req<RegExp>(has('regex')) } : {}),
        ...(has('regex') && strict
          ? { shape: SHAPES.get(req<RegExp>(has('regex')) as RegExp) ?? 'pattern' }
          : {}),
        ...(has('non_empty') && strict ? { nonEmpty: true } : {}),
      };
      return { key, required, fallback: '', read: (c, o, at) => c.string(o, key, at, opts) };
    }
    case 'number': {
      const min = req<number>(has('min_value'));
      const max = req<number>(has('max_value'));
      const asYear = marks.range === 'year';
      const opts = {
        required,
        ...(has('integer') ? { integer: true } : {}),
        ...(min !== undefined && !asYear ? { min } : {}),
        ...(max !== undefined && !asYear ? { max } : {}),
        ...(marks.limited ? { limited: true } : {}),
        ...(marks.smallest !== undefined ? { smallest: marks.smallest } : {}),
      };
      if (!asYear) return { key, required, fallback: 0, read: (c, o, at) => c.number(o, key, at, opts) };
      return {
        key,
        required,
        fallback: 0,
        read: (c, o, at) => {
          const n = c.number(o, key, at, opts);
          if (n !== undefined && ((min !== undefined && n < min) || (max !== undefined && n > max)))
            c.error(`${at}/${key}`, 'year-range', { value: n, min: min ?? '-∞', max: max ?? '∞' });
          return n;
        },
      };
    }
    case 'boolean':
      return { key, required, fallback: false, read: (c, o, at) => c.boolean(o, key, at, required) };
    case 'picklist': {
      const options = s.options ?? [];
      return {
        key,
        required,
        fallback: options[0],
        read: (c, o, at) => c.oneOf(o, key, at, options, required),
      };
    }
    case 'object': {
      const inner = s;
      return {
        key,
        required,
        fallback: {},
        read: (c, o, at) => {
          if (!required && o[key] === undefined) return undefined;
          const path = `${at}/${key}`;
          const obj = c.object(o[key], path);
          return obj ? readRecord(c, inner as unknown as AnyObjectSchema, obj, path, mode) : undefined;
        },
      };
    }
    case 'array': {
      const item = s.item;
      if (item?.type === 'string' || item?.type === 'picklist') {
        // A list of ids (the entries a session note concerns) or of closed values (an action's categories):
        // each read as the item's schema says.
        return {
          key,
          required,
          fallback: [],
          read: (c, o, at) => {
            const list = c.array(o, key, at, required);
            if (!list) return undefined;
            const path = `${at}/${key}`;
            const out: unknown[] = [];
            for (let i = 0; i < list.length; i++) {
              const x = field(String(i), item, mode).read(c, list as unknown as JsonObject, path);
              if (x !== undefined) out.push(x);
            }
            return out;
          },
        };
      }
      if (item?.type !== 'object') {
        // Lists of values (categories, keywords) have rules of their own: the caller reads them (skip).
        return {
          key,
          required,
          fallback: [],
          read: () => {
            throw new Error(`schema: ${key} is a list of ${item?.type}; read it in the caller`);
          },
        };
      }
      return {
        key,
        required,
        fallback: [],
        read: (c, o, at) => {
          const list = c.array(o, key, at, required);
          if (!list) return undefined;
          const out: unknown[] = [];
          for (let i = 0; i < list.length; i++) {
            const path = `${at}/${key}/${i}`;
            const x = c.object(list[i], path);
            if (x) out.push(readRecord(c, item as unknown as AnyObjectSchema, x, path, mode));
          }
          return out;
        },
      };
    }
    case 'literal': {
      const expected = s.literal;
      return {
        key,
        required,
        fallback: expected,
        read: (c, o, at) => {
          const value = o[key];
          if (value === expected || (value === undefined && !required)) return value;
          if (value === undefined) c.error(`${at}/${key}`, 'required', { key });
          else
            c.error(`${at}/${key}`, 'enum', { value: String(value).slice(0, 80), allowed: String(expected) });
          return undefined;
        },
      };
    }
    case 'record': {
      if (s.value?.type !== 'string')
        // Gas amounts by gas id: non-negative numbers within the limits.
        return { key, required, fallback: {}, read: (c, o, at) => c.amounts(o, key, at) };
      // Text by id (the interview's answer by question): each key and value a string within its length.
      const maxOf = (n: SchemaNode | undefined) =>
        n?.pipe?.find((a) => a.type === 'max_length')?.requirement as number | undefined;
      const keyMax = maxOf(s.key);
      const valueMax = maxOf(s.value);
      return {
        key,
        required,
        fallback: {},
        read: (c, o, at) => {
          if (!required && o[key] === undefined) return undefined;
          const path = `${at}/${key}`;
          const obj = c.object(o[key], path);
          if (!obj) return undefined;
          const out: Record<string, string> = {};
          for (const k of Object.keys(obj)) {
            if (keyMax !== undefined && k.length > keyMax) {
              c.error(`${path}/${escapePointer(k.slice(0, 80))}`, 'too-long', {
                max: keyMax,
                length: k.length,
              });
              continue;
            }
            const text = c.string(obj, k, path, {
              required: true,
              ...(valueMax !== undefined ? { max: valueMax } : {}),
            });
            if (text !== undefined)
              Object.defineProperty(out, k, {
                value: text,
                enumerable: true,
                writable: true,
                configurable: true,
              });
          }
          return out;
        },
      };
    }
    default:
      // A schema the reader cannot read is a programming error, found by the first test that reads it.
      throw new Error(`schema: ${key} has type ${s.type}, which src/schema/read.ts does not read`);
  }
}
