import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatFinding } from '../../scripts/site-checks/finding.ts';
import { validateHtml } from '../../scripts/site-checks/html.ts';
import { checkLinks } from '../../scripts/site-checks/links.ts';
import { listPages } from '../../scripts/site-checks/site.ts';
import { listProblems, openTab, useBrowser, visit } from './support/browser.ts';

/** A community's first build: portal.yaml and nothing else, as the README says is enough to start. */
const fresh = inject('newCommunity');
const browser = useBrowser();
const lines = (findings: { file: string }[]) => findings.map((f) => formatFinding(f as never));

describe('the first portal of a new community, from portal.yaml alone', () => {
  it('has no broken link, not even to an example API document that does not exist yet', async () => {
    expect(lines(await checkLinks(fresh.dir, { base: '/', site: 'https://releases.example.org' }))).toEqual([]);
    const api = await readFile(join(fresh.dir, 'api/index.html'), 'utf8');
    expect(api).toContain('<code>/api/v1/releases/&lt;id&gt;.json</code>');
    expect(api).toContain('<code>/api/v1/candidates/&lt;id&gt;.json</code>');
  });

  it('is valid HTML on every page', async () => {
    expect(lines(await validateHtml(fresh.dir))).toEqual([]);
  });

  it('has a title and something under it on every page, and loads without console errors or failed requests', async () => {
    const { page, problems } = await openTab(browser());
    for (const { route } of await listPages(fresh.dir)) {
      const path = route.replace(/^\//, '');
      await visit(page, new URL(path, fresh.url).href, 'load');
      await expect(page.locator('h1').count(), path).resolves.toBe(1);
      // Under its title, each page says something: what is there, what is not yet, or a search form.
      await expect(page.locator('main :is(p, table, form, ul, ol, dl, [role="search"]):visible').count(), path).resolves.toBeGreaterThan(0);
    }
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });
});
