import { describe, expect, inject, it } from 'vitest';
import { listProblems, openTab, visit, useBrowser } from './support/browser.ts';

const sample = inject('sample');
const browser = useBrowser();

describe('a newcomer taking the course', () => {
  it('goes through the lessons in the course’s order and back, from each lesson’s own links', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('training/', sample.url).href, 'load');
    const course = await page.locator('main ol.cards h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(course.length).toBeGreaterThan(1);

    await page.goto(course[0]!);
    for (const [i, lesson] of course.entries()) {
      expect(page.url()).toBe(lesson);
      const pager = page.getByRole('navigation', { name: 'Lessons' });
      await expect(pager.locator('a[rel="prev"]').count()).resolves.toBe(i === 0 ? 0 : 1);
      await expect(pager.locator('a[rel="next"]').count()).resolves.toBe(i === course.length - 1 ? 0 : 1);
      if (i < course.length - 1) await Promise.all([page.waitForURL(course[i + 1]!), pager.locator('a[rel="next"]').click()]);
    }
    for (let i = course.length - 1; i > 0; i--) {
      const previous = page.getByRole('navigation', { name: 'Lessons' }).locator('a[rel="prev"]');
      await expect(previous.textContent()).resolves.toContain(`Session ${i}:`);
      await Promise.all([page.waitForURL(course[i - 1]!), previous.click()]);
    }
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });
});
