import { _, Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';

/**
 * Checks parsed data in place. True means zod would accept it and return an
 * equal value: the data is used as it is (schema defaults filled in). False
 * says nothing more: the caller asks zod, for its output or its issues.
 */
export type FastCheck = (data: unknown) => boolean;

/** Node types whose JSON Schema means what zod means, once defaults are applied in place. */
const exactTypes = new Set(['object', 'array', 'string', 'number', 'boolean', 'enum', 'literal', 'optional', 'default', 'nullable']);

/**
 * Checks that JSON Schema states exactly; any other is left to zod. String
 * lengths count characters (code points) in both zod 4 and ajv.
 */
const exactChecks = new Set(['min_length', 'max_length', 'length_equals', 'greater_than', 'less_than', 'number_format']);

/**
 * Compiles an ajv validator from a zod schema, so that zod stays the one
 * source of truth. zod copies every object it parses, which costs seconds on
 * 200,000 runs and leaves garbage behind; ajv checks the parsed JSON where it
 * lies, several times faster.
 *
 * JSON Schema is not always as strict as zod, so only what it states exactly
 * is left to it:
 * - a rewrite (`trim`, `toLowerCase`) must leave the value as it is; then the
 *   checks after it see the same value in both. A name with spaces to trim
 *   falls back to zod, which trims it;
 * - a regex with flags, which a JSON Schema pattern cannot carry, is run as
 *   zod's own RegExp;
 * - a check JSON Schema cannot state (`refine`, URL protocols) runs as zod's
 *   own check of that field, through a keyword;
 * - a plain `z.object`, which drops unknown keys, accepts none here;
 * - transforms, unions and other types it does not vouch for mean no fast
 *   check at all (undefined): zod alone reads that kind.
 */
export function compileFastCheck(schema: z.ZodType): FastCheck | undefined {
  const checks: ((value: unknown) => boolean)[] = [];
  let exact = true;
  const jsonSchema = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override({ zodSchema, jsonSchema: node }) {
      const field: z.core.$ZodType = zodSchema;
      const def = field._zod.def as { type: string; catchall?: unknown };
      if (!exactTypes.has(def.type)) exact = false;
      if (def.type === 'object' && def.catchall === undefined) node.additionalProperties = false;
      const extra = extraCheck(field);
      if (extra === undefined) return;
      // zod's own check stands in for what JSON Schema would read differently.
      if (extra.replaces === 'format') delete node.format;
      if (extra.replaces === 'pattern') delete node.pattern;
      node['x-check'] = checks.push(extra.check) - 1;
    },
  });
  if (!exact) return undefined;
  // The schema is zod's own output: checking it against the JSON Schema
  // meta-schema would only cost a compile of that (two thirds of the time).
  // Nor are the meta-schemas themselves needed (`meta: false`): adding them costs more than the compile.
  const ajv = new Ajv2020({ validateSchema: false, meta: false, useDefaults: true, unicodeRegExp: false, allErrors: false, strict: true });
  ajv.addKeyword({
    keyword: 'x-check',
    schemaType: 'number',
    // Inlined as a plain call: a `validate` keyword would build a context
    // object and a path string for each of a million values.
    code(cxt) {
      const check = cxt.gen.scopeValue('func', { ref: checks[cxt.schema as number]! });
      cxt.fail(_`!${check}(${cxt.data})`);
    },
  });
  let validate: (data: unknown) => boolean;
  try {
    validate = ajv.compile(jsonSchema);
  } catch {
    // ajv's strict mode refuses what it cannot honour (a default inside anyOf...): zod alone reads it.
    return undefined;
  }
  return (data) => validate(data);
}

type Rewrite = (value: unknown) => unknown;

interface ExtraCheck {
  check: (value: unknown) => boolean;
  /** The JSON Schema keyword the check takes over, being the exact version of it. */
  replaces?: 'format' | 'pattern';
}

/**
 * What one node needs beyond the JSON Schema zod writes for it, if anything:
 * - zod's own check of the node where JSON Schema would be laxer: a
 *   refinement, a format without a plain pattern (URLs), several regexes when
 *   one has flags. It passes only when zod returns the value unchanged;
 * - a regex with flags, which a JSON Schema `pattern` cannot carry, run as is;
 * - rewrites (`trim`...), which must leave the value as it is: then the
 *   checks after them see the same value in zod and in JSON Schema.
 */
function extraCheck(schema: z.core.$ZodType): ExtraCheck | undefined {
  const def = schema._zod.def as { format?: string; pattern?: RegExp; checks?: z.core.$ZodCheck[] };
  const byZod: ExtraCheck = {
    check: (value) => {
      const result = z.safeParse(schema, value);
      return result.success && result.data === value;
    },
    replaces: 'format',
  };
  if (def.format !== undefined && !(def.pattern instanceof RegExp && def.pattern.flags === '')) return byZod;
  const rewrites: Rewrite[] = [];
  const flagged: RegExp[] = [];
  let regexes = 0;
  for (const check of def.checks ?? []) {
    const inner = check._zod.def as { check: string; format?: string; pattern?: RegExp; tx?: Rewrite };
    if (inner.check === 'overwrite') rewrites.push(inner.tx!);
    else if (inner.check === 'string_format' && inner.format === 'regex' && inner.pattern) {
      regexes++;
      if (inner.pattern.flags !== '') flagged.push(inner.pattern);
    } else if (!exactChecks.has(inner.check)) return byZod;
  }
  if (flagged.length && regexes > 1) return byZod;
  const regex = flagged[0];
  if (regex) {
    return {
      check: (value) => {
        regex.lastIndex = 0;
        return regex.test(value as string) && rewrites.every((tx) => tx(value) === value);
      },
      replaces: 'pattern',
    };
  }
  if (rewrites.length === 1) return { check: (value) => rewrites[0]!(value) === value };
  if (rewrites.length) return { check: (value) => rewrites.every((tx) => tx(value) === value) };
  return undefined;
}
