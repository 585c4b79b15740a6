/** One problem a site check found, located in a built file. */
export interface Finding {
  check: 'links' | 'html' | 'budgets';
  /** File relative to the site folder, with "/" separators. */
  file: string;
  line?: number;
  column?: number;
  /** The html-validate rule, or the kind of link problem. */
  rule?: string;
  message: string;
}

/** `file:line:col  check  message  [rule]`, the validator's format, so editors can jump to it. */
export function formatFinding(finding: Finding): string {
  const position = finding.line ? `:${finding.line}:${finding.column ?? 1}` : '';
  const rule = finding.rule ? `  [${finding.rule}]` : '';
  return `${finding.file}${position}  ${finding.check}  ${finding.message}${rule}`;
}
