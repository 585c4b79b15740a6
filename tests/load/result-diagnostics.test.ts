import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/load/load.ts';
import { parseSource, type ParsedSource } from '../../src/core/load/source.ts';
import { resultFileSchema } from '../../src/core/schemas/results.ts';
import { schemaDiagnostics } from '../../src/core/validate/schema-issues.ts';
import { makeContent } from '../helpers/content.ts';

/** Lines as CI would write them, so that every field has a line of its own. */
const resultText = (caseFields: string, runFields = '') => `{
  "runs": [
    {
      "candidate": "trunk-1",
      "job": "unit",${runFields}
      "startedAt": "2026-11-20T10:00:00Z",
      "outcome": "passed",
      "cases": [
        {
          "name": "a",
${caseFields}
        }
      ]
    }
  ]
}
`;

/** What zod alone reports for the file, as the loader did before it had a fast check. */
function zodDiagnostics(file: string, text: string) {
  const source = parseSource(text, 'json') as ParsedSource;
  const result = resultFileSchema.safeParse(source.data, { reportInput: true });
  return result.success ? [] : schemaDiagnostics(file, source, result.error.issues, 'json', resultFileSchema);
}

async function loadResult(text: string) {
  const { content, diagnostics } = await loadContent(await makeContent({ 'results/r.json': text }));
  return { results: content.results, diagnostics };
}

describe('a result file the fast check refuses', () => {
  it('gets zod\'s diagnostic at the line of the field', async () => {
    const text = resultText('          "outcome": "broken"');
    const { results, diagnostics } = await loadResult(text);
    expect(results).toEqual([]);
    expect(diagnostics).toMatchObject([{
      file: 'results/r.json', line: 11, column: 22, field: 'runs.0.cases.0.outcome', rule: 'schema', severity: 'error',
      message: '`outcome` must be one of "passed", "failed", "errored", "skipped"', hint: '"broken" is not one of them',
    }]);
    expect(diagnostics).toEqual(zodDiagnostics('results/r.json', text));
  });

  it('reports every problem of the file, as zod finds them', async () => {
    const text = resultText('          "outcome": "passed",\n          "retries": -1', '\n      "colour": "blue",');
    const { diagnostics } = await loadResult(text);
    expect(diagnostics.map((d) => [d.line, d.field])).toEqual([[13, 'runs.0.cases.0.retries'], [6, 'runs.0.colour']]);
    expect(diagnostics).toEqual(zodDiagnostics('results/r.json', text));
  });
});

describe('a result file the fast check accepts', () => {
  it('keeps machine-written names as written, and leaves out retries that did not happen', async () => {
    const { results, diagnostics } = await loadResult(resultText('          "outcome": "passed"').replace('"name": "a"', '"name": "  a  "'));
    expect(diagnostics).toEqual([]);
    expect(results[0]!.data.runs[0]!.cases[0]).toEqual({ name: '  a  ', outcome: 'passed' });
  });
});

describe('positions in a loaded result file', () => {
  it('are found by reading the file again, as its text is not kept in memory', () => {
    const text = resultText('          "outcome": "passed"');
    let reads = 0;
    const source = parseSource(text, 'json', () => (reads++, text)) as ParsedSource;
    expect(reads).toBe(0);
    expect(source.locate(['runs', 0, 'cases', 0, 'outcome'])).toEqual({ line: 11, column: 22 });
    expect(source.locate(['runs', 0, 'job'])).toEqual({ line: 5, column: 14 });
    expect(reads).toBe(1);
  });
});
