import type { z } from 'zod';
import type { ParsedSource, SourceFormat } from '../load/source.ts';
import { fieldName, type Diagnostic } from './diagnostic.ts';
import { closest } from './rules/helpers.ts';
import { fieldsAt } from './schema-fields.ts';
import { describeValue, shown, typeHint, typeWord } from './value-words.ts';

/**
 * Turns zod's issues for one file into diagnostics at the line of the field,
 * worded for someone editing the file (YAML lists and mappings, JSON arrays
 * and objects) rather than someone reading TypeScript. The file's `schema`
 * answers an unknown field with the field it most likely misspells, or the
 * fields allowed there.
 */
export function schemaDiagnostics(file: string, source: ParsedSource, issues: readonly z.core.$ZodIssue[], format: SourceFormat, schema: z.ZodType): Diagnostic[] {
  // A misspelt required field (`lifecycel:`) is one mistake: it is reported
  // once, at the misspelling, rather than also as a field that is missing.
  const missing = new Set(issues.filter(isMissingField).map((issue) => pathKey(issue.path)));
  const misspelt = new Set<string>();
  const meantBy = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = fieldsAt(schema, issue.path);
    for (const key of issue.keys) {
      const meant = meantField(key, allowed);
      const target = meant === undefined ? undefined : pathKey([...issue.path, meant]);
      if (target === undefined || !missing.has(target) || misspelt.has(target)) continue;
      misspelt.add(target);
      meantBy.set(pathKey([...issue.path, key]), meant!);
    }
  }
  return issues.flatMap((issue) => {
    if (isMissingField(issue) && misspelt.has(pathKey(issue.path))) return [];
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      // An unknown field, or a key that is no valid name, is the key's mistake: it is pointed at, not its value.
      const { line, column } = source.locate(path, issue.code === 'unrecognized_keys' || issue.code === 'invalid_key' ? 'key' : undefined);
      const meant = meantBy.get(pathKey(path));
      const { message, hint } = issue.code === 'unrecognized_keys'
        ? {
          message: `unknown field \`${String(path.at(-1))}\``,
          hint: meant !== undefined ? `did you mean \`${meant}\`? It is required` : unknownFieldHint(String(path.at(-1)), fieldsAt(schema, issue.path)),
        }
        : describe({ ...issue, path } as z.core.$ZodIssue, format === 'json');
      return { file, line, column, severity: 'error' as const, message, field: fieldName(path), hint, rule: 'schema' };
    });
  });
}

/** A field that is required and absent: zod reports it as a wrong type or value with nothing given. */
function isMissingField(issue: z.core.$ZodIssue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined && typeof issue.path.at(-1) === 'string';
}

const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));

function describe(issue: z.core.$ZodIssue, json: boolean): { message: string; hint?: string } {
  const last = issue.path.at(-1);
  const name = last === undefined ? 'the file' : typeof last === 'number' ? 'this entry' : `\`${String(last)}\``;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        const key = String(issue.path.at(-1) ?? 'it');
        return { message: `${name} is required`, hint: `add ${json ? `"${key}"` : `\`${key}:\``} with ${typeWord(issue.expected, json)}` };
      }
      return { message: `${name} must be ${typeWord(issue.expected, json)}, not ${describeValue(issue.input, json)}`, hint: typeHint(issue.expected, issue.input, json, last) };
    case 'invalid_value':
      if (issue.input === undefined && typeof last === 'string') {
        return { message: `${name} is required`, hint: `add ${json ? `"${last}"` : `\`${last}:\``} with one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
      }
      return {
        message: `${name} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        hint: issue.input === undefined ? undefined : `${shown(issue.input)} is not one of them`,
      };
    case 'invalid_union':
      // A discriminated union (a threshold's `kind`) names the values it takes, as an enum does.
      if (issue.discriminator !== undefined && 'options' in issue && issue.options?.length) {
        const values = issue.options.map((v) => JSON.stringify(v)).join(', ');
        const given = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        if (given === undefined) {
          return { message: `${name} is required`, hint: `add ${json ? `"${issue.discriminator}"` : `\`${issue.discriminator}:\``} with one of ${values}` };
        }
        return { message: `${name} must be one of ${values}`, hint: `${shown(given)} is not one of them` };
      }
      return { message: `${name} ${issue.message}` };
    case 'invalid_key': {
      // A mapping's key is a name too (a role id, a service): say what it must look like.
      const reason = issue.issues[0]?.message;
      const known = reason !== undefined && !reason.startsWith('Invalid');
      return { message: `key ${name} ${known ? reason : 'is not allowed here'}`, hint: 'rename the key' };
    }
    case 'too_small':
      // zod's own wording ("expected array to have >=1 items") reads as code; a schema's own message is kept.
      if (!issue.message.startsWith('Too small')) return { message: `${name} ${issue.message}` };
      if (issue.origin === 'array') {
        const count = `${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
        return { message: `${name} must list at least ${count}`, hint: json ? 'add items to the array' : 'add entries, one "- item" per line' };
      }
      if (issue.origin === 'number') return { message: `${name} must be ${issue.inclusive ? `${issue.minimum} or more` : `more than ${issue.minimum}`}` };
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { message: `${name} must not be empty`, hint: 'write a value between the quotes' };
      return { message: `${name} ${issue.message.replace(/^Too small: expected \w+ to /, 'must ')}` };
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return { message: `${name} ${issue.message}` };
      if (issue.origin === 'number') return { message: `${name} must be ${issue.inclusive ? `${issue.maximum} or less` : `less than ${issue.maximum}`}` };
      return { message: `${name} ${issue.message.replace(/^Too big: expected \w+ to /, 'must ')}` };
    default:
      return { message: `${name} ${issue.message}` };
  }
}

/** The allowed field an unknown one most likely misspells. */
function meantField(field: string, allowed: readonly string[]): string | undefined {
  return closest(field, allowed) ?? allowed.find((name) => name.toLowerCase() === field.toLowerCase());
}

function unknownFieldHint(field: string, allowed: readonly string[]): string {
  const meant = meantField(field, allowed);
  if (meant !== undefined) return `did you mean \`${meant}\`?`;
  return allowed.length ? `remove it; the fields here are ${allowed.map((name) => `\`${name}\``).join(', ')}` : 'remove it';
}
