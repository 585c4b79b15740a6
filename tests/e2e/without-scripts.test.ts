import { describe, inject, it } from 'vitest';
import { pageTypes } from '../../scripts/site-checks/page-types.ts';
import { seriousViolations } from './support/axe.ts';
import { openTab, useBrowser, visit } from './support/browser.ts';
import { measureOverflow, widths } from './support/layout.ts';

const sample = inject('sample');
const browser = useBrowser();

/**
 * Pages that load JavaScript, as a reader sees them before it runs or when it
 * never does. The Content-Security-Policy allows no inline script, so refusing
 * every script file leaves a page as it is without JavaScript, while the test
 * can still look into it (a page with JavaScript switched off cannot be asked).
 */
describe.concurrent.each(pageTypes.filter((type) => type.budget.loadedJs > 0))('$name page (/$example) without its scripts', (type) => {
  it(`reads at ${widths.phone}px: nothing scrolls sideways or out of keyboard reach`, async ({ expect }) => {
    const { page } = await openTab(browser());
    try {
      await page.route(/\.m?js(\?|$)/, (route) => route.abort());
      await page.setViewportSize({ width: widths.phone, height: 800 });
      await visit(page, new URL(type.example, sample.url).href, 'load');
      const overflow = await measureOverflow(page);
      expect(overflow.pageScroll, `the page scrolls sideways; wide elements: ${overflow.culprits.join(', ')}`).toBe(0);
      const violations = await seriousViolations(page);
      expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(' | ')}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
