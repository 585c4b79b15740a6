import { describe, inject, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { openTab, useBrowser, visit } from './support/browser.ts';
import { widths } from './support/layout.ts';

const sample = inject('sample');
const browser = useBrowser();

/** Pages with tables written in Markdown (handbook, lessons) and with the portal's own tables. */
const pages = ['handbook/release-process/', 'handbook/milestones-and-freezes/', 'training/foundations/', 'training/schedule-and-promotion/', 'releases/', 'releases/iris/', 'process/'];

describe.concurrent.each(pages)('tables on /%s at 375px', (path) => {
  it('sit in named regions that keyboard users can scroll, and split no word across lines', async ({ expect }) => {
    const { page } = await openTab(browser());
    try {
      await page.setViewportSize({ width: widths.phone, height: 800 });
      await visit(page, new URL(path, sample.url).href);
      const found = await page.evaluate(() => {
        const tables = [...document.querySelectorAll('main table')];
        const regions = tables.map((table) => table.closest('section.table-scroll[tabindex="0"]'));
        // A word split by the line breaker has boxes on two lines (a break after a hyphen is a normal one).
        const split: string[] = [];
        for (const cell of document.querySelectorAll('main th, main td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.textContent!.matchAll(/[^\s-]+-?/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) split.push(word[0]);
            }
          }
        }
        return { tables: tables.length, labels: regions.map((r) => r?.getAttribute('aria-label') ?? null), split };
      });
      expect(found.tables).toBeGreaterThan(0);
      expect(found.labels.every((label) => label && label.trim().length > 0), JSON.stringify(found.labels)).toBe(true);
      expect(new Set(found.labels).size, 'region names are unique on the page').toBe(found.labels.length);
      expect(found.split).toEqual([]);
      expect(await seriousViolations(page, ['scrollable-region-focusable'])).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
