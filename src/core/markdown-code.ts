/**
 * A Markdown text with its fenced code blocks (``` or ~~~, fence lines
 * included) blanked out, line for line, so that checks of the prose skip a
 * diagram's source or an example, and line numbers still hold. Fences
 * follow CommonMark: at most three spaces of indent, a closing fence of the
 * same character at least as long, and an unclosed fence running to the end.
 */
export function blankFencedCode(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split(/\r?\n/)
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined) {
        if (marker === undefined) return line;
        fence = marker;
      } else if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) {
        fence = undefined;
      }
      return '';
    })
    .join('\n');
}
