import { describe, expect, inject, it } from 'vitest';
import { validateHtml } from '../../scripts/site-checks/html.ts';
import { isScriptUrl } from '../../scripts/site-checks/html-rules.ts';
import { listPages } from '../../scripts/site-checks/site.ts';
import { openTab, visit, useBrowser } from './support/browser.ts';

/** The sample content with script payloads in every text field (support/hostile-content.ts). */
const hostile = inject('hostile');
const broken = inject('broken');
const browser = useBrowser();

/**
 * Every URL-valued attribute on the page. Pagefind's own search form is left
 * out: its action="javascript:void(0);" is the widget's, not content, and is
 * never submitted.
 */
const scriptUrlsOn = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((el) => !el.closest('.pagefind-ui')).flatMap((el) =>
      ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name) ?? '').filter(Boolean),
    ),
  );

describe('content with <script> and javascript: URLs in its text fields', () => {
  it('is rendered as text on every page: nothing runs, nothing is blocked, no javascript: link', async () => {
    const pages = await listPages(hostile.dir);
    expect(pages.length).toBeGreaterThan(20);
    const { page, problems } = await openTab(browser());
    const dangerous: string[] = [];
    for (const { route } of pages) {
      // Injected markup would run while the page parses, before `load`.
      await visit(page, new URL(route, hostile.url).href, 'load');
      for (const url of (await scriptUrlsOn(page)).filter(isScriptUrl)) dangerous.push(`${route}: ${url}`);
    }
    expect(problems.dialogs, 'an alert() ran').toEqual([]);
    // A violation would mean the CSP had to stop injected script: escaping failed, the CSP saved us.
    expect(problems.cspViolations).toEqual([]);
    expect(dangerous).toEqual([]);
    await page.close();
  });

  it('shows the payload as visible text in names and descriptions', async () => {
    const { page } = await openTab(browser());
    await visit(page, new URL('projects/', hostile.url).href);
    await expect(page.locator('header .brand').textContent()).resolves.toContain('<script>alert("script")</script>');
    await expect(page.locator('main').textContent()).resolves.toContain('<img src=x onerror=alert("img")>');
    await expect(page.locator('main script, main img[onerror], main svg[onload]').count()).resolves.toBe(0);
    await expect(page.title()).resolves.toContain('<script>');
    await page.close();
  });

  it('leaves no inline script, event handler or javascript: URL in the built HTML', async () => {
    const findings = await validateHtml(hostile.dir);
    expect(findings.filter((f) => f.rule?.startsWith('tollgate/no-')).map((f) => `${f.file}: ${f.message}`)).toEqual([]);
  });
});

describe('the detectors themselves, on the broken fixture site (no CSP there)', () => {
  it('see the alert and the javascript: link an unescaped field produces', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('unescaped.html', broken.url).href);
    expect(problems.dialogs.length).toBeGreaterThan(0);
    expect((await scriptUrlsOn(page)).filter(isScriptUrl)).toEqual(['javascript:alert(2)']);
    await page.close();
  });
});
