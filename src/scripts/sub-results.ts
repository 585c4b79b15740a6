/** The part of a Pagefind result that its sub-results (the page's sections) come in. */
export interface ResultWithSections {
  url: string;
  sub_results?: { title: string; url: string; locations: number[] }[];
}

/** Pagefind's widget shows this many sections of a page under its title. */
const shown = 3;

/**
 * Puts first the sections whose heading names what was searched for. Pagefind
 * shows the three sections with the most matching words, in page order: a
 * search for "waiver" showed the glossary's "Exception", "Promotion" and
 * "Release manager" (which mention waivers) but not "Waiver" itself. Words
 * match by prefix, as Pagefind matches them ("waiver" finds "Waivers").
 */
export function sectionsNamedFirst<R extends ResultWithSections>(result: R, query: string): R {
  const sections = result.sub_results;
  if (!sections || sections.length === 0) return result;
  const wanted = words(query);
  if (wanted.length === 0) return result;
  // Pagefind lists the page itself first when it has text before its first heading; it stays first.
  const page = sections[0]!.url === result.url ? [sections[0]!] : [];
  const rest = sections.slice(page.length);
  const names = (title: string) => words(title).some((w) => wanted.some((q) => w.startsWith(q)));
  const named = rest.filter((s) => names(s.title));
  if (named.length === 0) return result;
  const others = rest.filter((s) => !names(s.title)).sort((a, b) => b.locations.length - a.locations.length);
  return { ...result, sub_results: [...page, ...named, ...others].slice(0, page.length + shown) };
}

function words(text: string): string[] {
  return text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
