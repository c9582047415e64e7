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
import type { NumberMarks } from './fields';

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
  wrapped?: SchemaNode;
  options?: readonly string[];
  item?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  pipe?: readonly ActionNode[];
}
interface ActionNode {
  kind: string;
  type: string;
  requirement?: unknown;
  metadata?: NumberMarks;
}

const plans: Record<ReadMode, WeakMap<object, Plan>> = { finished: new WeakMap(), draft: new WeakMap() };

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
): v.InferOutput<S> {
  const plan = planOf(schema, mode);
  c.known(o, plan.keys, at);
  const out: Record<string, unknown> = {};
  for (const f of plan.fields) {
    const value = f.read(c, o, at);
    if (value !== undefined) out[f.key] = value;
    else if (f.required) out[f.key] = f.fallback;
  }
  return out as v.InferOutput<S>;
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
  switch (s.type) {
    case 'string': {
      const opts = {
        required,
        ...(has('max_length') ? { max: req<number>(has('max_length')) } : {}),
        ...(has('regex') ? { pattern: req<RegExp>(has('regex')) } : {}),
        ...(has('non_empty') && mode === 'finished' ? { nonEmpty: true } : {}),
      };
      return { key, required, fallback: '', read: (c, o, at) => c.string(o, key, at, opts) };
    }
    case 'number': {
      const marks: NumberMarks = Object.assign(
        {},
        ...actions.map((a) => (a.type === 'metadata' ? a.metadata : {})),
      );
      const opts = {
        required,
        ...(has('integer') ? { integer: true } : {}),
        ...(has('min_value') ? { min: req<number>(has('min_value')) } : {}),
        ...(has('max_value') ? { max: req<number>(has('max_value')) } : {}),
        ...(marks.limited ? { limited: true } : {}),
        ...(marks.smallest !== undefined ? { smallest: marks.smallest } : {}),
      };
      return { key, required, fallback: 0, read: (c, o, at) => c.number(o, key, at, opts) };
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
          if (!required && (o[key] === undefined || o[key] === null)) return undefined;
          const path = `${at}/${key}`;
          const obj = c.object(o[key], path);
          return obj ? readRecord(c, inner as unknown as AnyObjectSchema, obj, path, mode) : undefined;
        },
      };
    }
    case 'array': {
      const item = s.item;
      if (item?.type !== 'object')
        throw new Error(`schema: ${key} is a list of ${item?.type}, not of records`);
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
    default:
      // A schema the reader cannot read is a programming error, found by the first test that reads it.
      throw new Error(`schema: ${key} has type ${s.type}, which src/schema/read.ts does not read`);
  }
}
