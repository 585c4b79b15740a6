import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBudgets, measurePages } from '../../scripts/site-checks/budgets.ts';
import type { Finding } from '../../scripts/site-checks/finding.ts';
import { validateHtml } from '../../scripts/site-checks/html.ts';
import { isScriptUrl } from '../../scripts/site-checks/html-rules.ts';
import { checkLinks } from '../../scripts/site-checks/links.ts';
import type { PageType } from '../../scripts/site-checks/page-types.ts';

/** A tiny built site in which every page but index.html breaks exactly one check. */
const brokenSite = fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url));

const where = (findings: Finding[]) => findings.map((f) => `${f.file} ${f.rule}`).sort();

describe('link checker on the broken fixture site', () => {
  it('reports the missing page and the missing anchor, with their positions, and nothing else', async () => {
    const findings = await checkLinks(brokenSite);
    expect(where(findings)).toEqual(['broken-link.html broken-anchor', 'broken-link.html broken-link']);
    const missingPage = findings.find((f) => f.rule === 'broken-link')!;
    expect(missingPage).toMatchObject({ line: 3, message: expect.stringContaining('/releases/iris/') });
    expect(findings.find((f) => f.rule === 'broken-anchor')!.message).toContain('no element with id "milestones" on index.html');
  });

  it('treats every root-relative link as leaving the site when it was built for a base path', async () => {
    const findings = await checkLinks(brokenSite, { base: '/tollgate/' });
    expect(findings.length).toBeGreaterThan(5);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['outside-base']));
  });

  it('checks absolute links to the portal’s own public URL as internal', async () => {
    const findings = await checkLinks(brokenSite, { site: 'https://example.org' });
    expect(findings).toHaveLength(2);
  });
});

describe('HTML validation on the broken fixture site', () => {
  it('flags the table without headers and the unescaped field, and passes the clean pages', async () => {
    const findings = await validateHtml(brokenSite);
    expect(where(findings)).toEqual([
      'no-table-header/index.html tollgate/table-header',
      'unescaped.html tollgate/no-inline-script',
      'unescaped.html tollgate/no-inline-script',
      'unescaped.html tollgate/no-script-url',
    ]);
    expect(findings.find((f) => f.rule === 'tollgate/no-script-url')).toMatchObject({ line: 3, message: expect.stringContaining('href="javascript:alert(2)" is a URL that runs script') });
    expect(findings.map((f) => f.message).join('\n')).toMatch(/event-handler attribute "onerror"/);
  });
});

describe('javascript: URL detection', () => {
  it('sees through the case and whitespace tricks browsers accept', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'java\tscript:x', '\njavascript:x']) {
      expect(isScriptUrl(url), url).toBe(true);
    }
    expect(isScriptUrl('data:text/html,<script>alert(1)</script>')).toBe(true);
    for (const url of ['https://example.org/javascript:', '/javascript/', '#javascript:', 'data:image/png;base64,AA==']) expect(isScriptUrl(url), url).toBe(false);
  });
});

describe('budgets on the broken fixture site', () => {
  const types: PageType[] = [
    { name: 'home', match: /^$/, example: '', budget: { html: 2048, css: 1024, js: 0, loadedJs: 0 } },
    { name: 'fixture page', match: /\.html$|\/$/, example: '', budget: { html: 2048, css: 1024, js: 1024, loadedJs: 0 } },
  ];

  it('measures HTML, linked CSS and script bytes per page', async () => {
    const weights = await measurePages(brokenSite);
    const needless = weights.find((w) => w.file === 'needless-script.html')!;
    expect(needless.js).toBe(Buffer.byteLength('document.title += " (scripted)";\n'));
    expect(needless.css).toBe(Buffer.byteLength('body { font-family: system-ui, sans-serif; }\n'));
    expect(weights.find((w) => w.file === 'index.html')!.js).toBe(0);
  });

  it('fails a page that ships JavaScript without needing it, and a page over its budget', async () => {
    const weights = await measurePages(brokenSite);
    // The injected inline script of the unescaped page is needless JavaScript too.
    expect(where(checkBudgets(weights, types))).toEqual(['needless-script.html needless-js', 'unescaped.html needless-js']);
    const tight = types.map((type) => ({ ...type, budget: { ...type.budget, html: 100 } }));
    expect(checkBudgets(weights, tight).filter((f) => f.rule === 'html-budget')).toHaveLength(weights.length);
  });

  it('fails a page that no page type describes', async () => {
    const findings = checkBudgets(await measurePages(brokenSite), types.slice(0, 1));
    expect(findings.filter((f) => f.rule === 'unknown-page-type').map((f) => f.file)).toContain('unescaped.html');
  });
});
