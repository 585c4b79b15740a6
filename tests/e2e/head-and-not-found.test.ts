import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../../scripts/site-checks/site.ts';
import { seriousViolations } from './support/axe.ts';
import { listProblems, openTab, useBrowser, visit } from './support/browser.ts';

const sample = inject('sample');
const underBase = inject('sampleUnderBase');
const browser = useBrowser();

/** The `<link rel="alternate">` elements of a page's head, as [type, href]. */
const alternates = (html: string) =>
  [...html.slice(0, html.indexOf('</head>')).matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
const exists = (dir: string, base: string, href: string) => stat(join(dir, href.slice(base.length))).then((s) => s.isFile(), () => false);

describe('feeds and calendars announced in every page head', () => {
  it.each([sample, underBase])('links the Atom feed from every page, under the base path (base $base)', async (site) => {
    for (const page of await listPages(site.dir)) {
      const feeds = alternates(await readFile(page.file, 'utf8')).filter(([type]) => type === 'application/atom+xml');
      expect(feeds, page.relativeFile).toEqual([['application/atom+xml', `${site.base}feed.xml`]]);
    }
    expect(await exists(site.dir, site.base, `${site.base}feed.xml`)).toBe(true);
  });

  it.each([sample, underBase])('links the calendar of the release, project or calendars page it is on (base $base)', async (site) => {
    const calendarOf = async (path: string) =>
      alternates(await readFile(join(site.dir, path, 'index.html'), 'utf8')).filter(([type]) => type === 'text/calendar').map(([, href]) => href);
    expect(await calendarOf('releases/iris')).toEqual([`${site.base}releases/iris.ics`]);
    expect(await calendarOf('projects/relay')).toEqual([`${site.base}projects/relay.ics`]);
    expect(await calendarOf('calendar')).toEqual([`${site.base}calendar.ics`]);
    for (const href of ['releases/iris.ics', 'projects/relay.ics', 'calendar.ics']) expect(await exists(site.dir, site.base, `${site.base}${href}`), href).toBe(true);
  });
});

describe('the page for an address that does not exist', () => {
  it.each([sample, underBase])('answers 404 in the portal’s layout, with working links home, to releases and to search (base $base)', async (site) => {
    const { page, problems } = await openTab(browser());
    try {
      const url = new URL('releases/no-such-release/', site.url).href;
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      await expect(page.locator('main h1').textContent()).resolves.toBe('Page not found');
      await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(1);
      for (const name of ['Home page', 'Releases', 'Search the portal']) {
        const href = await page.locator('main').getByRole('link', { name, exact: true }).getAttribute('href');
        expect(href, name).toMatch(new RegExp(`^${site.base}`));
        expect((await page.request.get(new URL(href!, url).href)).status(), name).toBe(200);
      }
      // Not a page to index, nor one whose address is canonical.
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
      await expect(page.locator('link[rel="canonical"], main[data-pagefind-body]').count()).resolves.toBe(0);
      // Only the page itself answered 404 (Chromium logs that as a console error too): its stylesheet and links loaded.
      const own404 = (line: string) => line.includes(url) || line.startsWith('console error: Failed to load resource: the server responded with a status of 404');
      expect(listProblems(problems).filter((line) => !own404(line))).toEqual([]);
      expect(problems.failedRequests).toEqual([`${url} (HTTP 404)`]);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
