import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The fields a schema allows in the mapping at `path` of a file, so that an
 * unknown field can be answered with the one meant (`afiliation`:
 * `affiliation`). Every alternative of a union counts: a threshold's fields
 * are those of all its kinds.
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let nodes = [schema];
  for (const key of path) nodes = nodes.flatMap((node) => unwrap(node)).flatMap((node) => child(node, key));
  return [...new Set(nodes.flatMap((node) => unwrap(node)).flatMap((node) => Object.keys(defOf(node).shape ?? {})))];
}

/** The schemas a value is checked against, through defaults, optionals, pipes and unions. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

function child(schema: z.ZodType, key: PropertyKey): z.ZodType[] {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape?.[String(key)] ? [def.shape[String(key)]!] : [];
  if (def.type === 'array' && typeof key === 'number' && def.element) return [def.element];
  if (def.type === 'record' && def.valueType) return [def.valueType];
  return [];
}
