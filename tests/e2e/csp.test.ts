import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../../scripts/site-checks/site.ts';
import { listProblems, openTab, visit, useBrowser } from './support/browser.ts';

const sample = inject('sample');
const browser = useBrowser();

/** The policy's directives, from the meta tag of a built page. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) return new Map();
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('Content-Security-Policy', () => {
  it('is on every page, and allows scripts from the portal only: no inline script, no eval', async () => {
    for (const page of await listPages(sample.dir)) {
      const policy = policyOf(await readFile(page.file, 'utf8'));
      expect(policy.get('default-src'), page.relativeFile).toEqual(["'self'"]);
      expect(policy.get('script-src'), page.relativeFile).not.toContain("'unsafe-inline'");
      expect(policy.get('script-src'), page.relativeFile).not.toContain("'unsafe-eval'");
      expect(policy.get('object-src'), page.relativeFile).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page.relativeFile).toEqual(["'self'"]);
    }
  });

  it('lets the search page load Pagefind and show results, with no violation', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('search/?q=release', sample.url).href);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('lets the lesson with a diagram draw it, with no violation', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('training/schedule-and-promotion/', sample.url).href);
    const diagram = page.locator('main figure.diagram svg');
    await diagram.waitFor({ timeout: 15_000 });
    await expect(diagram.locator('text, foreignObject').count()).resolves.toBeGreaterThan(3);
    // The Markdown source stays in the page as the text version, hidden once drawn.
    await expect(page.locator('main pre[hidden]').count()).resolves.toBe(1);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });
});
