import { describe, expect, inject, it } from 'vitest';
import { publishedFiles } from '../../scripts/site-checks/page-types.ts';

const sample = inject('sample');
const underBase = inject('sampleUnderBase');

/** Content types by extension, for files found by following the portal's own links. */
const expectedType: Record<string, RegExp> = {
  '.ics': /^text\/calendar/,
  '.json': /^application\/json/,
  '.xml': /^application\/atom\+xml/,
};

describe('files other than pages', () => {
  it.each(publishedFiles)('serves $path as $contentType', async ({ path, contentType }) => {
    const response = await fetch(new URL(path, sample.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(new RegExp(`^${contentType.replace('+', '\\+')}`));
    const body = await response.text();
    if (contentType === 'application/json') expect(() => JSON.parse(body)).not.toThrow();
    if (contentType === 'text/calendar') expect(body).toMatch(/^BEGIN:VCALENDAR/);
    if (contentType === 'application/atom+xml') expect(body).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  });

  it.each([sample, underBase])('links only to calendars, feeds and JSON that exist, with their content types (base $base)', async (site) => {
    const hrefs = new Set<string>();
    for (const path of ['', 'calendar/', 'api/']) {
      const html = await (await fetch(new URL(path, site.url))).text();
      for (const [, href] of html.matchAll(/href="([^"]+\.(?:ics|json|xml))"/g)) {
        const url = new URL(href!, new URL(path, site.url));
        if (url.origin === new URL(site.url).origin) hrefs.add(url.href);
      }
    }
    expect(hrefs.size).toBeGreaterThan(3);
    for (const href of hrefs) {
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
      expect(response.headers.get('content-type'), href).toMatch(expectedType[href.slice(href.lastIndexOf('.'))]!);
    }
  });
});
