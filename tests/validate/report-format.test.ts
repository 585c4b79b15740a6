import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/validate/diagnostic.ts';
import { formatReport } from '../../src/core/validate/format.ts';

const diagnostic = (file: string): Diagnostic => ({
  file, line: 3, column: 7, severity: 'error', rule: 'syntax', message: 'invalid JSON: Unexpected token', hint: 'fix it',
});

describe('GitHub Actions annotations', () => {
  it('escape a file name holding a comma or a colon, which a result file may be called, as the toolkit does', () => {
    // Unescaped, the comma would end the file property and the colon could end the properties.
    const report = formatReport([diagnostic('results/unit,lab:paris.json')], '/content', 'github', '/content');
    expect(report).toBe('::error file=results/unit%2Clab%3Aparis.json,line=3,col=7,title=syntax::invalid JSON: Unexpected token (hint: fix it)');
  });
});
