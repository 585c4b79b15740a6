import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { byCodeUnit } from '../../src/core/order.ts';
import type { Finding } from './finding.ts';
import { pageTypes as portalPageTypes, scriptFeatures, type PageType } from './page-types.ts';
import { listPages, normaliseBase } from './site.ts';

/** Bytes one page costs a reader on a first visit, before any code loaded on demand. */
export interface PageWeight {
  file: string;
  route: string;
  html: number;
  css: number;
  js: number;
  /** Features on the page that justify JavaScript (search, diagrams, course progress). */
  features: string[];
}

const placeholder = 'http://site.invalid';

/** Size of a file the page references by URL, or 0 for another origin's file. */
async function assetBytes(dir: string, base: string, pageUrl: URL, reference: string): Promise<number> {
  const url = new URL(reference, pageUrl);
  if (url.origin !== placeholder || !url.pathname.startsWith(base)) return 0;
  const file = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
  return (await stat(file).catch(() => undefined))?.size ?? 0;
}

const attr = (element: HtmlElement, name: string) => String(element.getAttribute(name)?.value ?? '');

/** Measures every page of a built site: HTML, CSS and JavaScript bytes. */
export async function measurePages(dir: string, options: { base?: string } = {}): Promise<PageWeight[]> {
  const base = normaliseBase(options.base);
  const parser = new Parser(await new StaticConfigLoader({ root: true }).getConfigFor('page.html'));
  const weights: PageWeight[] = [];
  for (const page of await listPages(dir)) {
    const source = await readFile(page.file, 'utf8');
    const root = parser.parseHtml({ data: source, filename: page.relativeFile, line: 1, column: 1, offset: 0 });
    const pageUrl = new URL(`${base}${page.route}`, placeholder);
    let css = 0;
    let js = 0;
    for (const link of root.querySelectorAll('link[href]')) {
      const rel = attr(link, 'rel').split(/\s+/);
      if (rel.includes('stylesheet')) css += await assetBytes(dir, base, pageUrl, attr(link, 'href'));
      if (rel.includes('modulepreload')) js += await assetBytes(dir, base, pageUrl, attr(link, 'href'));
    }
    for (const style of root.querySelectorAll('style')) css += Buffer.byteLength(style.textContent);
    for (const script of root.querySelectorAll('script')) {
      if (script.hasAttribute('src')) js += await assetBytes(dir, base, pageUrl, attr(script, 'src'));
      else if (!/json/.test(attr(script, 'type'))) js += Buffer.byteLength(script.textContent);
    }
    const features = Object.entries(scriptFeatures)
      .filter(([, selector]) => root.querySelector(selector) !== null)
      .map(([feature]) => feature);
    const html = Buffer.byteLength(source);
    weights.push({ file: page.relativeFile, route: page.route, html, css, js, features });
  }
  return weights;
}

const typeOf = (page: PageWeight, types: PageType[]) => types.find((type) => type.match.test(page.route));

/** Findings for pages over their type's budget, of an unknown type, or shipping JavaScript they do not need. */
export function checkBudgets(weights: PageWeight[], types: PageType[] = portalPageTypes): Finding[] {
  const findings: Finding[] = [];
  for (const page of weights) {
    const report = (rule: string, message: string) => findings.push({ check: 'budgets', file: page.file, rule, message });
    const type = typeOf(page, types);
    if (!type) {
      report('unknown-page-type', `no page type matches "${page.route}": add it to scripts/site-checks/page-types.ts with a budget`);
      continue;
    }
    for (const kind of ['html', 'css', 'js'] as const) {
      const limit = type.budget[kind];
      if (page[kind] > limit) report(`${kind}-budget`, `${kind.toUpperCase()} is ${page[kind]} bytes, over the ${type.name} budget of ${limit}`);
    }
    if (page.js > 0 && page.features.length === 0) {
      report('needless-js', `ships ${page.js} bytes of JavaScript but has no search, diagram or course progress`);
    }
  }
  return findings;
}

/** A table of the heaviest page of each type against its budget, for the terminal. */
export function formatBudgetReport(weights: PageWeight[], types: PageType[] = portalPageTypes): string {
  const rows = new Map<string, PageWeight>();
  for (const page of weights) {
    const name = typeOf(page, types)?.name ?? `(unknown) ${page.route}`;
    const previous = rows.get(name);
    if (!previous || page.html + page.css + page.js > previous.html + previous.css + previous.js) rows.set(name, page);
  }
  const cell = (bytes: number, limit?: number) => `${(bytes / 1024).toFixed(1)}${limit === undefined ? '' : `/${(limit / 1024).toFixed(0)}`}`.padStart(11);
  const lines = [`${'page type'.padEnd(16)}${'HTML kB'.padStart(11)}${'CSS kB'.padStart(11)}${'JS kB'.padStart(11)}  heaviest page`];
  for (const [name, page] of [...rows].sort(([a], [b]) => byCodeUnit(a, b))) {
    const b = typeOf(page, types)?.budget;
    lines.push(`${name.padEnd(16)}${cell(page.html, b?.html)}${cell(page.css, b?.css)}${cell(page.js, b?.js)}  ${page.file}`);
  }
  return lines.join('\n');
}
