import { blankFencedCode } from './markdown-code.ts';
import type { Glossary } from './schemas/index.ts';

type Term = Glossary['terms'][number];

/** A glossary term as the glossary page shows it: where it can be linked to, and where its "see also" terms are. */
export interface GlossaryEntry extends Term {
  /** The term's fragment on the glossary page (`glossary/#waiver`), unique on the page. */
  anchor: string;
  seeAlsoLinks: { term: string; anchor: string }[];
}

/**
 * Gives every term a fragment id that readers can share and that search can
 * point to. Letters and digits of any script are kept (a Greek or Japanese
 * glossary would otherwise get empty ids and "see also" links to nowhere),
 * and two terms that read alike ("Blue/green" and "Blue green") get distinct
 * ids, the later one numbered, so that no link lands on the wrong term.
 */
export function glossaryEntries(terms: readonly Term[]): GlossaryEntry[] {
  const taken = new Set<string>(layoutIds);
  const anchors = new Map<string, { term: string; anchor: string }>();
  // Keys in lower case: the validator accepts a "see also" in any case ("waiver" for "Waiver").
  const key = (term: string) => term.toLowerCase();
  for (const { term } of terms) {
    if (anchors.has(key(term))) continue;
    const base = slug(term) || 'term';
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    anchors.set(key(term), { term, anchor });
  }
  return terms.map((entry) => ({
    ...entry,
    anchor: anchors.get(key(entry.term))!.anchor,
    // The validator reports "see also" names that no term defines; a portal built anyway leaves them out.
    seeAlsoLinks: entry.seeAlso.flatMap((term) => anchors.get(key(term)) ?? []),
  }));
}

/** Ids every page's layout already uses (the skip link's target, the header's search field). */
const layoutIds = ['main', 'site-search'];

function slug(term: string): string {
  return term
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The glossary terms a lesson or handbook page uses, in glossary order, so
 * that the page can link each to its definition: a newcomer meets "waiver"
 * in a lesson and should not have to know that the glossary has it. A term
 * matches in any case and in the plural ("Waivers"); an abbreviation only as
 * written ("TSC", not "tsc"). Code blocks (a diagram's source) are left out.
 */
export function termsUsedIn(markdown: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const prose = blankFencedCode(markdown).replace(/`[^`\n]*`/g, ' ');
  return entries.filter(
    (entry) => wordPattern(entry.term, 'iu', '(?:s|es)?').test(prose) || (entry.abbreviation !== undefined && wordPattern(entry.abbreviation, 'u', 's?').test(prose)),
  );
}

function wordPattern(words: string, flags: string, plural: string): RegExp {
  const escaped = words.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${plural}(?![\\p{L}\\p{N}])`, flags);
}
