import { EntityDecoder, ENTITY_ACTION } from '@nodable/entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A report that cannot be imported. `line`/`column` point into the XML when
 * the problem has a place, so the message can read `file:line:col: message`.
 */
export class ReportError extends Error {
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = 'ReportError';
    this.line = line;
    this.column = column;
  }

  /** The one line shown to the user for `file`. */
  describe(file: string): string {
    const place = this.line === undefined ? '' : `:${this.line}${this.column === undefined ? '' : `:${this.column}`}`;
    return `${file}${place}: ${this.message}`;
  }
}

/** Elements that may repeat under one parent: always arrays, so one and many read alike. */
const repeatable = new Set([
  'testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped',
  'flakyFailure', 'flakyError', 'rerunFailure', 'rerunError',
]);

/**
 * Turns a report's bytes into text. Reports are UTF-8 almost always, but
 * older Ant and Surefire setups write UTF-16 or the declared legacy encoding.
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  return decodeAs(declared ?? 'utf-8', bytes);
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new ReportError(`unsupported encoding "${encoding}": save the report as UTF-8`, 1, 1);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ReportError(`the file is not valid ${encoding}: check the encoding in its <?xml?> declaration`);
  }
}

/**
 * Parses report text into plain objects (attributes under `$`, text under
 * `#text`), after refusing what a test report never needs: document type
 * declarations, the door to entity-expansion ("billion laughs") and
 * external-entity attacks. Malformed XML fails with its line and column.
 */
export function parseXml(text: string): Record<string, unknown> {
  refuseDeclarations(text);
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) throw malformed(text, verdict.err);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributesGroupName: '$',
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    alwaysCreateTextNode: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && repeatable.has(name),
    processEntities: { enabled: true, maxTotalExpansions: 1_000, maxExpandedLength: 100_000 },
    // The default decoder leaves &#10; undecoded; this one decodes character
    // references and throws on any declared entity that slipped through.
    entityDecoder: new EntityDecoder({
      numericAllowed: true,
      onInputEntity: () => ENTITY_ACTION.THROW,
      onExternalEntity: () => ENTITY_ACTION.THROW,
      limit: { maxTotalExpansions: 1_000, maxExpandedLength: 100_000, applyLimitsTo: 'external' },
    }),
  });
  try {
    return parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ReportError(`malformed XML: ${(error as Error).message}`);
  }
}

/**
 * Rejects `<!DOCTYPE` and `<!ENTITY` wherever they appear as markup, i.e.
 * outside comments, CDATA sections and processing instructions (a failure
 * message may well quote "<!DOCTYPE html>" inside CDATA). An HTML page (a
 * CI server's report view saved by mistake) is told apart from an attack.
 */
function refuseDeclarations(text: string): void {
  const markup = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!(DOCTYPE|ENTITY)\b/gi;
  for (const match of text.matchAll(markup)) {
    if (!match[1]) continue;
    const { line, column } = positionOf(text, match.index);
    if (/^<!DOCTYPE\s+html\b/i.test(text.slice(match.index, match.index + 30))) {
      throw new ReportError('not a JUnit report: it is an HTML page (<!DOCTYPE html>); pass the XML report the test runner wrote, not its HTML view', line, column);
    }
    throw new ReportError(
      `refused: the report declares <!${match[1].toUpperCase()}>; test reports never need one, and it is how entity-expansion and external-entity attacks start`,
      line,
      column,
    );
  }
}

function malformed(text: string, err: { msg: string; line: number; col?: number }): ReportError {
  const unclosed = /^Invalid '(\[.*\])' found\.$/.exec(err.msg);
  if (unclosed) {
    // The validator reports several unclosed elements at 1:1; the fault is at the end.
    const names = (JSON.parse(unclosed[1]!) as string[]).map((name) => `<${name}>`).join(', ');
    const end = positionOf(text, text.trimEnd().length);
    return new ReportError(`malformed XML: the file ends before ${names} are closed (truncated report?)`, end.line, end.column);
  }
  if (err.msg === 'Start tag expected.') return new ReportError('malformed XML: no element found (empty file?)', 1, 1);
  return new ReportError(`malformed XML: ${err.msg}`, err.line, err.col);
}

function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
