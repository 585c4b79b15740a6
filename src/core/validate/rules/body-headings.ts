import type { Content, Entry } from '../../load/load.ts';
import { blankFencedCode } from '../../markdown-code.ts';
import type { Diagnostic } from '../diagnostic.ts';

/** What each page calls the part of it that the body fills, for the message. */
const bodies = {
  projects: 'the project\'s "About" section',
  releases: 'the release notes',
  handbook: 'the handbook page',
  training: 'the lesson',
} as const;

/**
 * Warns of a top-level heading (`# Title`, or a title underlined with `===`)
 * in a Markdown body. Every page already has its title (`name` or `title`)
 * as its one level-1 heading, and the body sits below it, or below a
 * section heading: a `#` heading there repeats the title, or breaks the
 * order of headings that screen-reader users navigate by.
 */
export function checkBodyHeadings(content: Content): Diagnostic[] {
  return (Object.keys(bodies) as (keyof typeof bodies)[]).flatMap((kind) =>
    (content[kind] as Entry<unknown>[]).flatMap((entry) => {
      const line = firstTopHeading(entry.body ?? '');
      if (line === undefined) return [];
      return [{
        file: entry.file, line: (entry.bodyLine ?? 1) + line, column: 1, severity: 'warning' as const, rule: 'body-heading',
        message: `a level-1 heading in ${bodies[kind]}: the page's title is already its level-1 heading`,
        hint: 'leave out a heading that repeats the title, and start sections with `##`',
      }];
    }));
}

/** The 0-based line of the first level-1 heading of a Markdown text, outside fenced code. */
function firstTopHeading(body: string): number | undefined {
  const lines = blankFencedCode(body).split('\n');
  for (const [i, text] of lines.entries()) {
    if (/^ {0,3}#(?:[ \t]|$)/.test(text)) return i;
    // A setext heading: a paragraph line underlined with "=".
    const above = lines[i - 1];
    if (i > 0 && /^ {0,3}=+[ \t]*$/.test(text) && above !== undefined && above.trim() !== '' && !/^ {0,3}(?:[#>]|[-*+] |\d+[.)] )/.test(above)) return i;
  }
  return undefined;
}
