import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';

/**
 * Checks parsed data in place. True means zod would accept it and return an
 * equal value: the data is used as it is (schema defaults filled in). False
 * says nothing more: the caller asks zod, for its output or its issues.
 */
export type FastCheck = (data: unknown) => boolean;

/** Node types whose JSON Schema means what zod means, once defaults are applied in place. */
const exactTypes = new Set(['object', 'array', 'string', 'number', 'boolean', 'enum', 'literal', 'optional', 'default', 'nullable']);

/** Checks that JSON Schema states exactly (`minLength`, `pattern`...); any other is left to zod. */
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
  const fields: z.ZodType[] = [];
  const rewrites: Rewrite[] = [];
  const regexes: RegExp[] = [];
  let exact = true;
  const jsonSchema = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override({ zodSchema, jsonSchema: node }) {
      const field = zodSchema as z.ZodType;
      const def = field._zod.def as { type: string; catchall?: unknown };
      if (!exactTypes.has(def.type)) exact = false;
      if (def.type === 'object' && def.catchall === undefined) node.additionalProperties = false;
      const how = howToCheck(field);
      if (how === 'zod') {
        delete node.format;
        node['x-zod'] = fields.push(field) - 1;
        return;
      }
      if (how.rewrites.length) node['x-unchanged'] = how.rewrites.map((tx) => rewrites.push(tx) - 1);
      if (how.regex) {
        delete node.pattern;
        node['x-regex'] = regexes.push(how.regex) - 1;
      }
    },
  });
  if (!exact) return undefined;
  const ajv = new Ajv2020({ useDefaults: true, unicodeRegExp: false, allErrors: false, strict: true });
  ajv.addKeyword({
    keyword: 'x-zod',
    schemaType: 'number',
    errors: false,
    validate: (index: number, value: unknown) => {
      const result = fields[index]!.safeParse(value);
      return result.success && result.data === value;
    },
  });
  ajv.addKeyword({
    keyword: 'x-unchanged',
    schemaType: 'array',
    errors: false,
    validate: (indexes: number[], value: unknown) => indexes.every((index) => rewrites[index]!(value) === value),
  });
  ajv.addKeyword({
    keyword: 'x-regex',
    schemaType: 'number',
    errors: false,
    validate: (index: number, value: unknown) => {
      const regex = regexes[index]!;
      regex.lastIndex = 0;
      return regex.test(value as string);
    },
  });
  const validate = ajv.compile(jsonSchema);
  return (data) => validate(data);
}

type Rewrite = (value: unknown) => unknown;

/** What one node needs beyond the JSON Schema zod writes for it. */
interface Extra {
  /** Rewrites (`trim`...) that must leave the value as it is. */
  rewrites: Rewrite[];
  /** A regex with flags, which a JSON Schema `pattern` cannot carry. */
  regex?: RegExp;
}

/**
 * How one node is checked beyond its JSON Schema: `Extra`, or zod's own
 * check ('zod') where JSON Schema would be laxer: a refinement, a format
 * without a plain pattern (URLs), several regexes when one has flags.
 */
function howToCheck(schema: z.ZodType): Extra | 'zod' {
  const def = schema._zod.def as { format?: string; pattern?: RegExp; checks?: z.core.$ZodCheck[] };
  if (def.format !== undefined && !(def.pattern instanceof RegExp && def.pattern.flags === '')) return 'zod';
  const extra: Extra = { rewrites: [] };
  let regexes = 0;
  for (const check of def.checks ?? []) {
    const inner = check._zod.def as { check: string; format?: string; pattern?: RegExp; tx?: Rewrite };
    if (inner.check === 'overwrite') extra.rewrites.push(inner.tx!);
    else if (inner.check === 'string_format' && inner.format === 'regex' && inner.pattern) {
      regexes++;
      if (inner.pattern.flags !== '') extra.regex = inner.pattern;
    } else if (!exactChecks.has(inner.check)) return 'zod';
  }
  return extra.regex && regexes > 1 ? 'zod' : extra;
}
