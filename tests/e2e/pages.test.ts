import { describe, inject, it } from 'vitest';
import { pageTypes } from '../../scripts/site-checks/page-types.ts';
import { listProblems, openTab, visit, useBrowser } from './support/browser.ts';
import { seriousViolations } from './support/axe.ts';
import { measureOverflow, screenshotBothWidths, widths } from './support/layout.ts';

const sample = inject('sample');
const browser = useBrowser();

/**
 * One example page of every type in the table (scripts/site-checks/page-types.ts),
 * loaded in Chromium as a reader would. A new page type is covered as soon
 * as it is added to the table.
 */
describe.concurrent.each(pageTypes)('$name page (/$example)', (type) => {
  const url = new URL(type.example, sample.url).href;

  it('loads without console errors, failed requests or CSP violations, within its JavaScript budget', async ({ expect }) => {
    const { page, problems } = await openTab(browser());
    try {
      await visit(page, url);
      expect(listProblems(problems)).toEqual([]);
      const loadedJs = [...problems.scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
      expect(loadedJs, `JavaScript fetched: ${[...problems.scripts.keys()].join(', ') || 'none'}`).toBeLessThanOrEqual(type.budget.loadedJs);
    } finally {
      await page.close();
    }
  });

  it.for(['light', 'dark'] as const)('has no serious or critical axe violations in the %s scheme', async (scheme, { expect }) => {
    const { page } = await openTab(browser());
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await visit(page, url);
      const violations = await seriousViolations(page);
      expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(' | ')}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it(`does not scroll sideways at ${widths.phone}px; wide tables scroll in their own container`, async ({ expect }) => {
    const { page } = await openTab(browser());
    try {
      await page.setViewportSize({ width: widths.phone, height: 800 });
      await visit(page, url);
      const overflow = await measureOverflow(page);
      // Screenshots are taken before the assertions fail, while the page is still open.
      const broken = overflow.pageScroll > 0 || overflow.unwrappedTables.length > 0;
      const shots = broken ? await screenshotBothWidths(page, type.name) : [];
      expect(overflow.unwrappedTables, `tables wider than the screen outside .table-scroll (${shots.join(', ')})`).toEqual([]);
      expect(overflow.pageScroll, `the page scrolls sideways; wide elements: ${overflow.culprits.join(', ')} (${shots.join(', ')})`).toBe(0);
      // Regions that scroll only on a phone must still be reachable from the keyboard.
      const unreachable = await seriousViolations(page, ['scrollable-region-focusable']);
      expect(unreachable.map((v) => `${v.help} at ${v.targets.join(' | ')}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('screenshots for review', () => {
  it.runIf(process.env.TOLLGATE_SCREENSHOTS)('writes every page type at both widths (TOLLGATE_SCREENSHOTS=1)', async () => {
    const { page } = await openTab(browser());
    for (const type of pageTypes) {
      await visit(page, new URL(type.example, sample.url).href);
      await screenshotBothWidths(page, type.name);
    }
    await page.close();
  });
});
