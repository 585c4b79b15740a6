import { describe, expect, it } from 'vitest';
import { glossaryEntries, termsUsedIn } from '../../src/core/glossary.ts';

const term = (name: string, seeAlso: string[] = []) => ({ term: name, definition: 'D.', seeAlso });

describe('glossary anchors', () => {
  it('links a term by its name, as readers share it', () => {
    const [entry] = glossaryEntries([term('Blue/green deployment', ['Code freeze']), term('Code freeze')]);
    expect(entry).toMatchObject({ anchor: 'blue-green-deployment', seeAlsoLinks: [{ term: 'Code freeze', anchor: 'code-freeze' }] });
  });

  it('keeps the letters of any script, so that a Greek or Japanese glossary has working links', () => {
    const entries = glossaryEntries([term('Πάγωμα κώδικα', ['リリース候補']), term('リリース候補'), term('Gel des fonctionnalités')]);
    expect(entries.map((e) => e.anchor)).toEqual(['πάγωμα-κώδικα', 'リリース候補', 'gel-des-fonctionnalités']);
    expect(entries[0]!.seeAlsoLinks).toEqual([{ term: 'リリース候補', anchor: 'リリース候補' }]);
  });

  it('gives terms that read alike distinct anchors, and "see also" the right one', () => {
    const entries = glossaryEntries([term('Blue green', ['Blue/green']), term('Blue/green'), term('+')]);
    expect(entries.map((e) => e.anchor)).toEqual(['blue-green', 'blue-green-2', 'term']);
    expect(entries[0]!.seeAlsoLinks[0]!.anchor).toBe('blue-green-2');
  });

  it('links a "see also" written in another case, as the validator accepts it, under the term’s own name', () => {
    const [entry] = glossaryEntries([term('Candidate', ['waiver']), term('Waiver')]);
    expect(entry!.seeAlsoLinks).toEqual([{ term: 'Waiver', anchor: 'waiver' }]);
  });

  it('never takes an id the page layout uses (the skip link’s target, the search field)', () => {
    expect(glossaryEntries([term('Main'), term('Site search')]).map((e) => e.anchor)).toEqual(['main-2', 'site-search-2']);
  });
});

describe('glossary terms a page uses', () => {
  const entries = glossaryEntries([
    { ...term('Waiver'), abbreviation: undefined },
    { ...term('System integration testing'), abbreviation: 'SIT' },
    term('Promotion level'),
    term('C++ build'),
  ]);
  const used = (markdown: string) => termsUsedIn(markdown, entries).map((e) => e.term);

  it('finds a term in any case, in the plural and across a line break', () => {
    expect(used('Two **waivers** were granted.')).toEqual(['Waiver']);
    expect(used('The promotion\nlevels of the cycle.')).toEqual(['Promotion level']);
  });

  it('finds an abbreviation only as written, and no word inside another', () => {
    expect(used('Run the SIT jobs.')).toEqual(['System integration testing']);
    expect(used('Please sit down; the waiverless plan.')).toEqual([]);
  });

  it('ignores code blocks and inline code, such as a diagram’s source', () => {
    expect(used('```mermaid\nflowchart LR\n  a[Waiver] --> b\n```\nText with `SIT` in code.')).toEqual([]);
  });

  it('takes terms with signs literally', () => {
    expect(used('A C++ build broke.')).toEqual(['C++ build']);
    expect(used('A C build broke.')).toEqual([]);
  });
});

