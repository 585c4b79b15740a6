import { relative } from 'node:path';

interface BuildError {
  message?: string;
  /** Where Astro's plugins (MDX among them) found the problem. */
  loc?: { file?: string; line?: number; column?: number };
  errors?: BuildError[];
}

/**
 * A failed Astro build in the validator's form, "file:line:col  error  what",
 * one line per error: Vite's messages carry the plugin's name and its stack
 * frames, which tell a content author nothing.
 */
export function describeBuildError(error: unknown, root: string): string {
  const { errors } = error as BuildError;
  const all = errors?.length ? errors : [error as BuildError];
  return all.map((e) => {
    const lines = String(e.message ?? e).split('\n').filter((line) => line.trim() && !/^\s+at /.test(line) && !/^\[plugin /.test(line) && !/^Build failed with/.test(line));
    // "MDXError: 73:1: Expected a closing tag…" says the place twice; the place comes first here.
    const what = (lines[0] ?? 'unknown error').replace(/^\w*Error: /, '').replace(/^\d+:\d+: /, '').replace(/ \(\d+:\d+\)/, '');
    const { file, line, column } = e.loc ?? {};
    return file ? `${relative(root, file)}:${line ?? 1}:${column ?? 1}  error  ${what}` : what;
  }).join('\n');
}
