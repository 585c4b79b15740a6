import { relative, resolve } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';

export type ReportFormat = 'text' | 'json' | 'github';

/**
 * Renders diagnostics for a terminal (`file:line:col  error  message  [field]`
 * with an indented hint), as JSON, or as GitHub Actions annotations.
 * Paths are shown relative to `cwd`, so editors and terminals can open them.
 */
export function formatReport(diagnostics: readonly Diagnostic[], root: string, format: ReportFormat, cwd = process.cwd()): string {
  const shown = diagnostics.map((d) => ({ ...d, file: relative(cwd, resolve(root, d.file)).split('\\').join('/') }));
  if (format === 'json') return JSON.stringify({ diagnostics: shown, ...count(diagnostics) }, null, 2);
  if (format === 'github') {
    return shown
      .map((d) => `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(withField(d) + (d.hint ? ` (hint: ${d.hint})` : ''))}`)
      .join('\n');
  }
  const lines = shown.map((d) => `${d.file}:${d.line}:${d.column}  ${d.severity}  ${withField(d)}${d.hint ? `\n    hint: ${d.hint}` : ''}`);
  const { errors, warnings } = count(diagnostics);
  lines.push(`${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n');
}

function withField(d: Diagnostic): string {
  return d.field ? `${d.message}  [${d.field}]` : d.message;
}

function count(diagnostics: readonly Diagnostic[]) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

// GitHub's workflow-command escaping: https://github.com/actions/toolkit (core/src/command.ts)
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
