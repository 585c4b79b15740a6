import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Where screenshots of failed layout checks go (ignored by git, kept by CI as artifacts). */
export const resultsDir = 'test-results';

/** Widths the portal is designed for: a small phone and a laptop. */
export const widths = { phone: 375, laptop: 1280 } as const;

export interface Overflow {
  /** How far the page scrolls sideways, in CSS pixels (0 when it does not). */
  pageScroll: number;
  /** Wide elements that make it scroll, outside any container that scrolls on its own. */
  culprits: string[];
  /** Tables wider than the screen that are not inside a .table-scroll container. */
  unwrappedTables: string[];
}

/** Measures horizontal overflow at the page's current width. */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    // An overflowing element is fine inside a container that scrolls or clips it. An
    // absolutely positioned one is clipped only by containers at or above its containing
    // block, so a visually-hidden span in a static .table-scroll still widens the page.
    const clipped = (el: Element): boolean => {
      const position = getComputedStyle(el).position;
      if (position === 'fixed') return false;
      let pastContainingBlock = position !== 'absolute';
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (!pastContainingBlock && style.position !== 'static') pastContainingBlock = true;
        if (pastContainingBlock && ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .slice(0, 10)
      .map(describe);
    const unwrappedTables = [...document.querySelectorAll('table')]
      .filter((table) => table.getBoundingClientRect().right > width + 1 && !table.closest('.table-scroll'))
      .map(describe);
    return { pageScroll: Math.max(0, root.scrollWidth - width), culprits, unwrappedTables };
  });
}

/** Writes full-page screenshots at both widths, named after the page type. */
export async function screenshotBothWidths(page: Page, name: string): Promise<string[]> {
  await mkdir(resultsDir, { recursive: true });
  const files: string[] = [];
  for (const [label, width] of Object.entries(widths)) {
    await page.setViewportSize({ width, height: 900 });
    const path = `${resultsDir}/${name.replace(/[^a-z0-9-]+/gi, '-')}-${width}.png`;
    await page.screenshot({ path, fullPage: true });
    files.push(`${label}: ${path}`);
  }
  return files;
}
