import { describe, expect, it } from 'vitest';
import { sectionsNamedFirst } from '../../src/scripts/sub-results.ts';

const section = (title: string, hits: number) => ({ title, url: `/glossary/#${title.toLowerCase()}`, locations: Array.from({ length: hits }, (_, i) => i) });
const glossary = {
  url: '/glossary/',
  sub_results: [section('Exception', 1), section('Promotion', 2), section('Release manager', 1), section('Waiver', 1)],
};

describe('search result sections', () => {
  it('shows the section whose heading names the search first, then those with the most matches', () => {
    expect(sectionsNamedFirst(glossary, 'waiver').sub_results!.map((s) => s.title)).toEqual(['Waiver', 'Promotion', 'Exception']);
  });

  it('matches heading words by prefix and in any case, as Pagefind matches', () => {
    const lesson = { url: '/training/x/', sub_results: [section('Plan', 3), section('Exceptions and waivers', 1)] };
    expect(sectionsNamedFirst(lesson, 'Waiver').sub_results![0]!.title).toBe('Exceptions and waivers');
  });

  it('keeps the page’s own text first, and leaves results alone when no heading names the search', () => {
    const page = { url: '/handbook/roles/', sub_results: [{ title: 'Roles', url: '/handbook/roles/', locations: [1] }, section('TSC', 1), section('Other', 4)] };
    expect(sectionsNamedFirst(page, 'tsc').sub_results!.map((s) => s.title)).toEqual(['Roles', 'TSC', 'Other']);
    expect(sectionsNamedFirst(glossary, 'cycle')).toBe(glossary);
  });
});
