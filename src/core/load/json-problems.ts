import type { Position, SyntaxProblem } from './source.ts';

/**
 * Why JSON.parse refused a text, and where. CI that stopped while writing
 * leaves an empty or a cut-short file: that is said, not "unexpected end".
 * JSON.parse names the token but not always the place: then the place is
 * searched for (see `firstRefused`).
 */
export function jsonProblem(text: string, message: string): SyntaxProblem {
  if (text.trim() === '') return { message: 'the file is empty', position: { line: 1, column: 1 }, hint: 'write its content, or remove the file' };
  // Control characters (a binary file, a stray NUL) are shown escaped: raw, a terminal hides them.
  const reason = message.split(/, (?:\.\.\.)?"|\n| in JSON at| at position/)[0]!.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const at = /at position (\d+)/.exec(message);
  if (/^Unexpected end of JSON input/.test(reason) || (at && Number(at[1]) >= text.trimEnd().length)) {
    const lines = text.split('\n');
    return {
      message: 'invalid JSON: the file ends before its last value is closed', position: { line: lines.length, column: lines.at(-1)!.length + 1 },
      hint: 'the file may have been cut short: write it again (e.g. re-run the import), or close its brackets',
    };
  }
  const stated = /\(line (\d+) column (\d+)\)/.exec(message);
  const offset = at ? Number(at[1]) : firstRefused(text);
  const position = stated ? { line: Number(stated[1]), column: Number(stated[2]) } : positionOf(text, offset);
  return { message: `invalid JSON: ${reason}`, position, hint: jsonHint(text, offset) };
}

/**
 * Where JSON.parse stops reading a text it refuses, for the messages that do
 * not say ("Unexpected token ']'", after a trailing comma in an array, or a
 * NaN that Python's json module writes): the shortest beginning of the text
 * that is refused before its end ends there. Every shorter beginning could
 * still be completed, so the search halves the text.
 */
function firstRefused(text: string): number {
  const refused = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      // A beginning that could go on is refused at its very end, or for ending.
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      return at ? Number(at[1]) < length : !message.startsWith('Unexpected end of JSON input');
    }
  };
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (refused(middle + 1)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** What to do about the JSON that people and scripts most often write by mistake. */
function jsonHint(text: string, offset: number): string | undefined {
  const rest = text.slice(offset);
  if (/^[}\]]/.test(rest) && /,\s*$/.test(text.slice(0, offset))) return 'remove the comma before it: JSON has no comma after the last item';
  if (rest.startsWith("'")) return 'write names and texts in double quotes: JSON has no single quotes';
  if (rest.startsWith('/')) return 'remove the comment: JSON has none';
  if (/^(NaN|-?Infinity|undefined)\b/.test(rest)) return 'JSON has no NaN, Infinity or undefined: leave the field out, or write a number';
  if (/^\s*[{[]/.test(rest) && /[}\]]\s*$/.test(text.slice(0, offset))) return 'the file holds a second value after the first: list every run in one "runs" array';
  return undefined;
}
