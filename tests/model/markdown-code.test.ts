import { describe, expect, it } from 'vitest';
import { blankFencedCode } from '../../src/core/markdown-code.ts';

describe('fenced code in Markdown', () => {
  it('is blanked line for line, fences included, so that line numbers still hold', () => {
    expect(blankFencedCode('a\n```mermaid\n# x\n```\nb')).toBe('a\n\n\n\nb');
  });

  it('closes only on a fence of the same character, at least as long; an unclosed one runs to the end', () => {
    expect(blankFencedCode('````\n```\n~~~\n````\nafter')).toBe('\n\n\n\nafter');
    expect(blankFencedCode('text\n~~~\n# not a heading')).toBe('text\n\n');
    expect(blankFencedCode('    ```\nindented four: code, not a fence')).toBe('    ```\nindented four: code, not a fence');
  });
});
