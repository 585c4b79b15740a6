import { definePlugin, Rule, type HtmlElement } from 'html-validate';
import { isScriptUrl } from '../../src/site/safe-links.ts';

/** Attributes whose value the browser treats as a URL it may navigate to or load. */
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href'];

/** Script types the browser does not execute (data blocks). */
const dataScriptTypes = new Set(['application/json', 'application/ld+json', 'importmap']);

const documentation = (description: string) => ({ description, url: 'https://github.com/tollgate/tollgate#quality-checks' });

/**
 * Every data table needs header cells: without `<th>`, screen readers read a
 * RACI or milestone table as an unlabelled grid of letters and dates.
 * Tables marked role="presentation" or role="none" are layout and exempt.
 */
export class TableHeader extends Rule {
  documentation() {
    return documentation('A data table must have header cells (<th>) so that each cell can be read with its row and column.');
  }

  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const table of document.querySelectorAll('table')) {
        const role = table.getAttribute('role')?.value;
        if (role === 'presentation' || role === 'none') continue;
        if (table.querySelectorAll('th').length === 0) {
          this.report(table, 'table has no header cells (<th>): give its columns or rows headers with scope');
        }
      }
    });
  }
}

/**
 * Markup that runs script inline: a `<script>` without `src` or an `on…`
 * attribute. The portal's own scripts are files on its origin, and the CSP
 * blocks inline script, so inline script here is content that was not escaped.
 */
export class NoInlineScript extends Rule {
  documentation() {
    return documentation('Inline scripts and event-handler attributes are blocked by the Content-Security-Policy; in built pages they mean a field was not escaped.');
  }

  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const element of document.querySelectorAll('*') as HtmlElement[]) {
        if (element.tagName === 'script' && !element.hasAttribute('src')) {
          const type = element.getAttribute('type')?.value?.toString().toLowerCase() ?? '';
          if (!dataScriptTypes.has(type)) this.report(element, 'inline <script>: load scripts from files (the CSP blocks inline script); unescaped content?');
        }
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.key)) this.report(element, `event-handler attribute "${attribute.key}": unescaped content?`, attribute.keyLocation);
        }
      }
    });
  }
}

export { isScriptUrl };

/** No link, form or resource may point at a `javascript:` URL: content must never become code. */
export class NoScriptUrl extends Rule {
  documentation() {
    return documentation('A javascript: (or vbscript:, data:text/html) URL runs code when followed; content URLs must be http(s) or site paths.');
  }

  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const element of document.querySelectorAll('*') as HtmlElement[]) {
        for (const name of urlAttributes) {
          const attribute = element.getAttribute(name);
          const value = attribute?.value?.toString();
          if (value && isScriptUrl(value)) this.report(element, `${name}="${value}" is a URL that runs script`, attribute?.valueLocation);
        }
      }
    });
  }
}

/** The Tollgate rules for built pages, as an html-validate plugin named "tollgate". */
export const tollgateRules = definePlugin({
  name: 'tollgate',
  rules: {
    'tollgate/table-header': TableHeader,
    'tollgate/no-inline-script': NoInlineScript,
    'tollgate/no-script-url': NoScriptUrl,
  },
});
