import { describe, expect, inject, it } from 'vitest';
import { listProblems, openTab, visit, useBrowser } from './support/browser.ts';

const sample = inject('sample');
const browser = useBrowser();

describe('a reader following links', () => {
  it('goes from the home page to a release, to one of its projects, then to the RACI tables', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, sample.url);

    await page.locator('main a[href*="/releases/"]').filter({ hasNotText: /^$/ }).first().click();
    await page.waitForURL(/\/releases\/[^/]+\/$/);
    await expect(page.locator('main h1').textContent()).resolves.toBeTruthy();

    await page.locator('main a[href*="/projects/"]').first().click();
    await page.waitForURL(/\/projects\/[^/]+\/$/);
    const project = await page.locator('main h1').textContent();
    expect(project?.trim()).not.toBe('');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Process' }).click();
    await page.waitForURL(/\/process\/$/);
    const raci = page.locator('main table').first();
    await expect(raci.locator('thead th[scope="col"]').count()).resolves.toBeGreaterThan(1);
    await expect(raci.locator('tbody th[scope="row"]').count()).resolves.toBeGreaterThan(0);
    await expect(raci.locator('tbody td').filter({ hasText: /^[RACI]{1,4}$/ }).count()).resolves.toBeGreaterThan(0);

    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('gets a calendar from the footer’s Calendars page as text/calendar', async () => {
    const { page } = await openTab(browser());
    await visit(page, sample.url);
    await page.locator('footer').getByRole('link', { name: 'Calendars' }).click();
    await page.waitForURL(/\/calendar\/$/);
    const link = page.locator('main a[href$=".ics"]:not([href^="webcal:"])').first();
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const calendar = await response.text();
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toMatch(/\r\nEND:VCALENDAR\r\n$/);
    expect(calendar).toContain('BEGIN:VEVENT');
    await page.close();
  });
});

describe('a keyboard-only reader', () => {
  it('meets the skip link first, and it moves focus to the main content', async () => {
    const { page } = await openTab(browser());
    await visit(page, new URL('releases/', sample.url).href);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: 'Skip to main content', href: '#main' });
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);

    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('main')))).resolves.toBe(true);
    await page.close();
  });

  it('reaches the search field, and searching from it shows results', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, sample.url);
    let reached = false;
    for (let presses = 0; presses < 20 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'site-search');
    }
    expect(reached, 'the search field is reachable with Tab from the top of the page').toBe(true);

    await page.keyboard.type('freeze');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=freeze$/);
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor({ timeout: 15_000 });
    await expect(results.count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.pagefind-ui__result-link').first().getAttribute('href')).resolves.toMatch(/^\//);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });
});
