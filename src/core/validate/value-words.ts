/*
 * Values and types as the file's own format calls them, and what to write
 * instead: YAML has lists and mappings, JSON arrays and objects, and a YAML
 * value without quotes may be read as a number or a boolean.
 */

/** The value an author wrote, as the message names it: "a list", "string \"yes\"", "empty (null)". */
export function describeValue(value: unknown, json: boolean): string {
  if (value === null) return json ? 'null' : 'empty (null)';
  if (Array.isArray(value)) return json ? 'an array' : 'a list';
  if (typeof value === 'object') return json ? 'an object' : 'a mapping';
  return `${typeof value} ${shown(value)}`;
}

/**
 * A value as written, cut short when long: a list item that lost its "- "
 * makes the whole list one text, which would fill the terminal, when its
 * start is enough to recognise it.
 */
export function shown(value: unknown): string {
  const written = JSON.stringify(value) ?? String(value);
  return typeof value === 'string' && value.length > 60 ? `${JSON.stringify([...value].slice(0, 50).join('')).slice(0, -1)}…"` : written;
}

/** A type as the file's own format calls it: YAML has lists and mappings, JSON arrays and objects. */
export function typeWord(expected: string, json: boolean): string {
  // A record (`handles`, a RACI activity's `assignments`) is written as any other mapping.
  if (expected === 'object' || expected === 'record') return json ? 'an object' : 'a mapping';
  if (expected === 'array') return json ? 'an array' : 'a list';
  if (expected === 'boolean') return 'true or false';
  if (expected === 'int') return 'a whole number';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** What to write instead of a value of the wrong type, for the mistake that most often gives it. */
export function typeHint(type: string, input: unknown, json: boolean, key: PropertyKey | undefined): string | undefined {
  const expected = type === 'record' ? 'object' : type;
  // `title:` with nothing after it: the value was left out, not misread.
  if (input === null && expected !== 'array' && expected !== 'object') {
    if (json) return 'write a value instead of null';
    return typeof key === 'string' ? `write the value after \`${key}:\`` : 'write the value after "- "';
  }
  // "50 minutes", "95%", "yes" or a quoted "true": the value was read as text.
  if (typeof input === 'string' && (expected === 'number' || expected === 'int')) return 'write the number alone, without quotes or units (e.g. 50)';
  if (typeof input === 'string' && expected === 'boolean') return 'write true or false, without quotes';
  if (expected === 'boolean') return 'write true or false';
  if (json) {
    if (expected === 'array') return 'write an array in square brackets: [ ... ]';
    if (expected === 'object') return 'write an object in braces: { "key": value }';
    if (expected === 'string') return 'write the value in double quotes';
    return undefined;
  }
  if (expected === 'array') return 'write a list, one "- item" per line';
  if (expected === 'object') return 'write a mapping of "key: value" lines';
  // `version: 2027.10` is the number 2027.1 to YAML, and `on: yes` may be true: say why the value shown differs from the one written.
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return `put the value in quotes, as written: without them, YAML reads it as the ${typeof input} ${String(input)}`;
  }
  if (expected === 'string') return 'quote the value if YAML reads it as something else';
  return undefined;
}
