/**
 * The portal's page types: which built pages belong to each, one page the
 * browser tests open as its example, and its byte budgets. A new kind of page
 * is added here once, and then every check (links, HTML, budgets, browser,
 * accessibility, layout) covers it. A built page that matches no type fails
 * the budget check, so new pages cannot slip past unchecked.
 *
 * Budgets are bytes per page, uncompressed, set from the first measurement
 * (November 2026 sample community) with about 35% margin, rounded up to whole kB:
 * - html: the page itself;
 * - css: stylesheets it links plus inline <style>;
 * - js: scripts its HTML loads (files, module preloads, inline);
 * - loadedJs: all JavaScript the browser fetched once the page settled,
 *   including code loaded on demand (measured by the browser tests only).
 */
export interface PageType {
  name: string;
  /** Route below the base path, e.g. "releases/iris/" ("" is the home page). */
  match: RegExp;
  /** The page the browser tests open for this type. */
  example: string;
  budget: { html: number; css: number; js: number; loadedJs: number };
}

const kB = 1024;

export const pageTypes: PageType[] = [
  { name: 'home', match: /^$/, example: '', budget: { html: 13 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'releases', match: /^releases\/$/, example: 'releases/', budget: { html: 14 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'release', match: /^releases\/[^/]+\/$/, example: 'releases/iris/', budget: { html: 48 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'projects', match: /^projects\/$/, example: 'projects/', budget: { html: 8 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  // A project's page holds a row per release it takes part in, with its latest review and exceptions.
  { name: 'project', match: /^projects\/[^/]+\/$/, example: 'projects/beacon/', budget: { html: 10 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'process', match: /^process\/$/, example: 'process/', budget: { html: 25 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'handbook', match: /^handbook\/$/, example: 'handbook/', budget: { html: 6 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'handbook page', match: /^handbook\/[^/]+\/$/, example: 'handbook/release-process/', budget: { html: 11 * kB, css: 5 * kB, js: 2 * kB, loadedJs: 2600 * kB } },
  { name: 'training', match: /^training\/$/, example: 'training/', budget: { html: 6 * kB, css: 5 * kB, js: 1 * kB, loadedJs: 4 * kB } },
  { name: 'lesson', match: /^training\/[^/]+\/$/, example: 'training/schedule-and-promotion/', budget: { html: 12 * kB, css: 5 * kB, js: 2 * kB, loadedJs: 2600 * kB } },
  { name: 'glossary', match: /^glossary\/$/, example: 'glossary/', budget: { html: 20 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'search', match: /^search\/$/, example: 'search/', budget: { html: 5 * kB, css: 23 * kB, js: 1 * kB, loadedJs: 170 * kB } },
  { name: 'promotion', match: /^promotion\/$/, example: 'promotion/', budget: { html: 16 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'candidate', match: /^promotion\/candidates\/[^/]+\/$/, example: 'promotion/candidates/trunk-20261121/', budget: { html: 16 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'promotion level', match: /^promotion\/levels\/[^/]+\/$/, example: 'promotion/levels/weekly/', budget: { html: 10 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'calendars', match: /^calendar\/$/, example: 'calendar/', budget: { html: 14 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'not found', match: /^404\.html$/, example: '404.html', budget: { html: 5 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
  { name: 'api', match: /^api\/$/, example: 'api/', budget: { html: 6 * kB, css: 5 * kB, js: 0, loadedJs: 0 } },
];

/**
 * Files other than pages that the portal publishes, and the content type a
 * static host must send for each so browsers, calendar apps and feed readers
 * accept them.
 */
export const publishedFiles: { path: string; contentType: string }[] = [
  { path: 'calendar.ics', contentType: 'text/calendar' },
  { path: 'releases/iris.ics', contentType: 'text/calendar' },
  { path: 'feed.xml', contentType: 'application/atom+xml' },
  { path: 'api/v1/releases.json', contentType: 'application/json' },
];

/** The page type a route belongs to, or undefined when the table has none. */
export function pageTypeOf(route: string): PageType | undefined {
  return pageTypes.find((type) => type.match.test(route));
}

/**
 * Elements that justify JavaScript on a page. A page with none of them must
 * ship no JavaScript at all: the header search is a plain form.
 */
export const scriptFeatures: Record<string, string> = {
  search: '#search',
  diagrams: 'pre[data-language="mermaid"], pre > code.language-mermaid',
  progress: '[data-progress-lesson], [data-progress-course]',
};
