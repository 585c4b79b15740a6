import { readFile } from 'node:fs/promises';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { Finding } from './finding.ts';
import { tollgateRules } from './html-rules.ts';
import { listPages } from './site.ts';

/**
 * html-validate's recommended and document presets, plus Tollgate's own rules
 * (table headers, no inline script, no javascript: URLs). Rules turned off are
 * ones that judge how markup is written, not whether it is valid, accessible
 * or safe, and that Astro's compiler output cannot follow.
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  plugins: [tollgateRules],
  rules: {
    // Astro writes void elements as <meta ...> and minifies attributes; style, not validity.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Shiki colours code blocks with style="" attributes; the CSP allows inline styles for it and for diagrams.
    'no-inline-style': 'off',
    // Every page has its long, descriptive <title> ("Page · Community"); search results show it whole.
    'long-title': 'off',
    // SRI guards files fetched from other origins (CDNs); the portal loads only its own,
    // content-hashed assets, and Astro cannot hash the Pagefind files it does not build.
    'require-sri': 'off',
    'tollgate/table-header': 'error',
    'tollgate/no-inline-script': 'error',
    'tollgate/no-script-url': 'error',
  },
};

/** Validates every HTML page of a built site; every error becomes a finding. */
export async function validateHtml(dir: string, config: ConfigData = htmlValidateConfig): Promise<Finding[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const findings: Finding[] = [];
  for (const page of await listPages(dir)) {
    const report = await validator.validateString(await readFile(page.file, 'utf8'), page.relativeFile);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        findings.push({ check: 'html', file: page.relativeFile, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      }
    }
  }
  return findings;
}
