import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJunit } from '../../src/core/results/junit.ts';
import { decodeXml, ReportError } from '../../src/core/results/xml.ts';

const fixtures = join(import.meta.dirname, '../fixtures/junit');
const writtenAt = new Date('2026-04-01T00:00:00Z');

/** The one line a user would see for `text` named `file`, or undefined when it imports. */
function refusal(text: string, file = 'report.xml'): string | undefined {
  try {
    readJunit(text, { writtenAt });
    return undefined;
  } catch (error) {
    if (error instanceof ReportError) return error.describe(file);
    throw error;
  }
}
const refusalOf = (name: string) => refusal(readFileSync(join(fixtures, name), 'utf8'), name);

describe('entity attacks', () => {
  it('refuses a billion-laughs report before expanding anything', () => {
    expect(refusalOf('billion-laughs.xml')).toBe(
      'billion-laughs.xml:2:1: refused: the report declares <!DOCTYPE>; test reports never need one, and it is how entity-expansion and external-entity attacks start',
    );
  });

  it('refuses a DOCTYPE with an external entity, even inside the root element', () => {
    expect(refusalOf('external-entity.xml')).toMatch(/^external-entity\.xml:3:3: refused: the report declares <!DOCTYPE>/);
  });

  it('refuses a bare ENTITY declaration and lower-case spellings', () => {
    expect(refusal('<testsuite><!ENTITY x "y"><testcase name="a"/></testsuite>')).toMatch(/^report\.xml:1:12: refused: the report declares <!ENTITY>/);
    expect(refusal('<!doctype testsuite><testsuite/>')).toMatch(/^report\.xml:1:1: refused: the report declares <!DOCTYPE>/);
  });

  it('accepts DOCTYPE text inside comments and CDATA', () => {
    const xml = '<!-- <!DOCTYPE x> --><testsuite name="s"><testcase name="a"><failure><![CDATA[<!DOCTYPE html>]]></failure></testcase></testsuite>';
    expect(refusal(xml)).toBeUndefined();
  });
});

describe('malformed and foreign files', () => {
  it('gives the line and column of a tag mismatch', () => {
    expect(refusalOf('malformed.xml')).toBe(
      "malformed.xml:6:3: malformed XML: Expected closing tag 'failure' (opened in line 5, col 5) instead of closing tag 'testcase'.",
    );
  });

  it('points at the end of a truncated file and names the unclosed elements', () => {
    expect(refusalOf('truncated.xml')).toBe(
      'truncated.xml:5:26: malformed XML: the file ends before <testsuite>, <testcase>, <system-out> are closed (truncated report?)',
    );
  });

  it('says an HTML page is an HTML page, not an attack', () => {
    expect(refusal('<!DOCTYPE html>\n<html lang="en"><body><h1>Test results</h1></body></html>\n', 'index.xml')).toBe(
      'index.xml:1:1: not a JUnit report: it is an HTML page (<!DOCTYPE html>); pass the XML report the test runner wrote, not its HTML view',
    );
  });

  it('says when the root element is not a JUnit one', () => {
    expect(refusalOf('not-junit.xml')).toBe('not-junit.xml: not a JUnit report: the root element is <coverage>, expected <testsuites> or <testsuite>');
  });

  it('refuses a report that declares tests but holds no testcase', () => {
    expect(refusalOf('declared-but-empty.xml')).toBe('declared-but-empty.xml: the report declares 12 tests but holds no <testcase>: is it truncated?');
  });

  it('refuses empty files, text and JSON', () => {
    expect(refusal('')).toBe('report.xml:1:1: malformed XML: no element found (empty file?)');
    expect(refusal('{"tests": 3}')).toBe("report.xml:1:1: malformed XML: char '{' is not expected.");
  });

  it('refuses two root elements', () => {
    expect(refusal('<testsuite name="a"/><testsuite name="b"/>')).toMatch(/^report\.xml(:\d+:\d+)?: malformed XML: /);
  });
});

describe('encodings', () => {
  const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><testsuite><testcase name="caf\u00e9"/></testsuite>';

  it('decodes the declared legacy encoding and UTF-16 with a byte-order mark', () => {
    expect(decodeXml(new Uint8Array(Buffer.from(xml, 'latin1')))).toBe(xml);
    expect(decodeXml(new Uint8Array([0xff, 0xfe, ...Buffer.from('<testsuite/>', 'utf16le')]))).toBe('<testsuite/>');
    expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<testsuite/>')]))).toBe('<testsuite/>');
  });

  it('refuses bytes that are not valid in the declared encoding', () => {
    expect(() => decodeXml(new Uint8Array([...Buffer.from('<testsuite name="'), 0xff, ...Buffer.from('"/>')]))).toThrow(
      'the file is not valid utf-8',
    );
  });
});
