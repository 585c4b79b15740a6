import { readFile } from 'node:fs/promises';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import type { Finding } from './finding.ts';
import { listFiles, normaliseBase, routeOf } from './site.ts';

/** Elements and the attribute that makes them fetch or navigate. */
const linkSelectors: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];

/** Link relations that name another site's view of the page, not a file of this one. */
const externalRelations = new Set(['canonical', 'alternate-external']);

export interface LinkCheckOptions {
  /** Base path the site was built for, e.g. "/tollgate/". */
  base?: string;
  /** Public URL of the site (portal.yaml `site`): absolute links to it are checked as internal. */
  site?: string;
}

interface ParsedPage {
  ids: Set<string>;
  links: { url: string; element: HtmlElement }[];
}

const placeholder = 'http://site.invalid';

async function parsePage(parser: Parser, file: string, source: string): Promise<ParsedPage> {
  const root = parser.parseHtml({ data: source, filename: file, line: 1, column: 1, offset: 0 });
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id], a[name]')) {
    if (element.id) ids.add(element.id);
    const name = element.getAttribute('name')?.value;
    if (element.tagName === 'a' && typeof name === 'string') ids.add(name);
  }
  const links: ParsedPage['links'] = [];
  for (const [selector, attribute] of linkSelectors) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute)?.value;
      if (typeof value !== 'string') continue;
      if (element.tagName === 'link' && externalRelations.has(String(element.getAttribute('rel')?.value))) continue;
      links.push({ url: value, element });
    }
  }
  return { ids, links };
}

/** The site file a URL path (below the base) is served from, trying "x", "x/index.html" and "x.html". */
function targetFile(files: Set<string>, path: string): string | undefined {
  const trimmed = path.replace(/^\/+/, '');
  const candidates = [trimmed, `${trimmed.replace(/\/?$/, '/')}index.html`, `${trimmed}.html`].map((c) => c.replace(/^\//, ''));
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Finds broken internal links and anchors in a built site: every link, image,
 * script, stylesheet and form target on the site's own origin must exist under
 * the base path, and every `#fragment` must name an id on the target page.
 * Links to other sites are not fetched (tests must not depend on the network).
 */
export async function checkLinks(dir: string, options: LinkCheckOptions = {}): Promise<Finding[]> {
  const base = normaliseBase(options.base);
  const files = await listFiles(dir);
  const fileSet = new Set(files);
  const parser = new Parser(await new StaticConfigLoader({ root: true }).getConfigFor('page.html'));
  const pages = new Map<string, ParsedPage>();
  for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    pages.set(file, await parsePage(parser, file, await readFile(`${dir}/${file}`, 'utf8')));
  }
  const siteUrl = options.site ? new URL(options.site) : undefined;

  const findings: Finding[] = [];
  for (const [file, page] of pages) {
    const pageUrl = new URL(`${base}${routeOf(file)}`, placeholder);
    for (const { url: raw, element } of page.links) {
      const report = (rule: string, message: string) =>
        findings.push({ check: 'links', file, line: element.location.line, column: element.location.column, rule, message });
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        report('invalid-url', `"${raw}" is not a valid URL`);
        continue;
      }
      const internal = url.origin === placeholder || (siteUrl !== undefined && url.origin === siteUrl.origin);
      if (!internal || !/^https?:$/.test(url.protocol)) continue;
      if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
        report('outside-base', `"${raw}" leaves the base path ${base}`);
        continue;
      }
      const target = targetFile(fileSet, decodeURIComponent(url.pathname.slice(base.length)));
      if (!target) {
        report('broken-link', `"${raw}" points to ${url.pathname}, which is not in the site`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const targetPage = pages.get(target);
      if (fragment && targetPage && !targetPage.ids.has(fragment)) {
        report('broken-anchor', `"${raw}": no element with id "${fragment}" on ${target}`);
      }
    }
  }
  return findings;
}
