import { byCodeUnit } from '../order.ts';

/**
 * One problem found in the content. `file` is relative to the content folder;
 * `field` is the dotted path inside the file (e.g. "milestones.2.date").
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  field?: string;
  hint?: string;
  /** Which check found it, for tests and for filtering. */
  rule: string;
}

/** Renders a zod/YAML path as the dotted field name shown to users. */
export function fieldName(path: readonly PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join('.') : undefined;
}

/** Errors first, then by file and position, so a report reads top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.message, b.message),
  );
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
