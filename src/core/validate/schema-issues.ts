import type { z } from 'zod';
import type { ParsedSource } from '../load/source.ts';
import { fieldName, type Diagnostic } from './diagnostic.ts';

/**
 * Turns zod's issues for one file into diagnostics at the line of the field,
 * worded for someone editing YAML rather than someone reading TypeScript.
 */
export function schemaDiagnostics(file: string, source: ParsedSource, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  return issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const { line, column } = source.locate(path);
      const { message, hint } = describe({ ...issue, path } as z.core.$ZodIssue);
      return { file, line, column, severity: 'error' as const, message, field: fieldName(path), hint, rule: 'schema' };
    });
  });
}

function describe(issue: z.core.$ZodIssue): { message: string; hint?: string } {
  const last = issue.path.at(-1);
  const name = last === undefined ? 'the file' : typeof last === 'number' ? 'this entry' : `\`${String(last)}\``;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { message: `${name} is required`, hint: `add \`${String(issue.path.at(-1) ?? 'it')}:\` with a ${issue.expected}` };
      }
      return { message: `${name} must be a ${issue.expected}, not ${describeValue(issue.input)}`, hint: typeHint(issue.expected) };
    case 'unrecognized_keys':
      return { message: `unknown field ${name}`, hint: 'remove it or check its spelling against the content reference in README.md' };
    case 'invalid_value':
      return {
        message: `${name} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        hint: issue.input === undefined ? undefined : `${JSON.stringify(issue.input)} is not one of them`,
      };
    case 'too_small':
      return { message: `${name} ${issue.message.replace(/^Too small: expected \w+ to /, 'must ')}` };
    default:
      return { message: `${name} ${issue.message}` };
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function typeHint(expected: string): string | undefined {
  if (expected === 'array') return 'write a list, one "- item" per line';
  if (expected === 'object') return 'write a mapping of "key: value" lines';
  if (expected === 'string') return 'quote the value if YAML reads it as something else';
  return undefined;
}
