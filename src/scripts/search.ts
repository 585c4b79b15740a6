/**
 * Loads Pagefind's UI on the search page only and runs the query passed by
 * the header's search form (?q=...), so the header itself needs no script.
 */
import { sectionsNamedFirst, type ResultWithSections } from './sub-results.ts';

const container = document.querySelector<HTMLElement>('#search');
if (container) {
  const bundle = container.dataset.bundle ?? '/pagefind/';
  const script = document.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  script.addEventListener('load', () => {
    const PagefindUI = (window as unknown as { PagefindUI: new (options: object) => { triggerSearch(q: string): void } }).PagefindUI;
    let input: HTMLInputElement | null = null;
    const ui = new PagefindUI({
      element: '#search',
      bundlePath: bundle,
      showSubResults: true,
      resetStyles: false,
      // Portal pages have no images: without this, every result is indented by an empty thumbnail.
      showImages: false,
      processResult: (result: ResultWithSections) => sectionsNamedFirst(result, input?.value ?? ''),
    });
    // Pagefind labels its field with a title only; screen readers need a real accessible name.
    input = container.querySelector('input');
    input?.setAttribute('aria-label', 'Search the portal');
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      // Show the query that was searched for, so it can be refined.
      if (input) input.value = query;
      ui.triggerSearch(query);
    }
  });
  document.head.append(script);
}
