import { describe, expect, it } from 'vitest';
import { glossaryEntries } from '../../src/core/glossary.ts';

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
