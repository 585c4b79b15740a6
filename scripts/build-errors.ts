import { formatReport } from '../src/core/validate/format.ts';

interface BuildError {
  message?: string;
  /** Where Astro's plugins (MDX among them) found the problem. */
  loc?: { file?: string; line?: number; column?: number };
  errors?: BuildError[];
}

/**
 * A failed Astro build in the validator's form, "file:line:col  error  what"
 * with paths as the validator shows them, one line per error: Vite's messages carry the plugin's name and its stack
 * frames, which tell a content author nothing.
 */
export function describeBuildError(error: unknown, root: string, cwd: string): string {
  const { errors } = error as BuildError;
  const all = errors?.length ? errors : [error as BuildError];
  return all.map((e) => {
    const lines = String(e.message ?? e).split('\n').filter((line) => line.trim() && !/^\s+at /.test(line) && !/^\[plugin /.test(line) && !/^Build failed with/.test(line));
    // "MDXError: 73:1: Expected a closing tag…" says the place twice; the place comes first here.
    const what = (lines[0] ?? 'unknown error').replace(/^\w*Error: /, '').replace(/^\d+:\d+: /, '').replace(/ \(\d+:\d+\)/, '');
    const { file, line, column } = e.loc ?? {};
    if (!file) return what;
    const diagnostic = { file, line: line ?? 1, column: column ?? 1, severity: 'error', rule: 'build', message: what } as const;
    return formatReport([diagnostic], root, 'text', cwd).split('\n')[0]!;
  }).join('\n');
}
