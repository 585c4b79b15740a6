import { describe, expect, inject, it } from 'vitest';
import { checkBudgets, formatBudgetReport, measurePages } from '../../scripts/site-checks/budgets.ts';
import { formatFinding } from '../../scripts/site-checks/finding.ts';
import { validateHtml } from '../../scripts/site-checks/html.ts';
import { checkLinks } from '../../scripts/site-checks/links.ts';
import { listPages } from '../../scripts/site-checks/site.ts';
import { readPortalSettings } from '../../src/core/settings.ts';

const sample = inject('sample');
const underBase = inject('sampleUnderBase');
const portal = await readPortalSettings(process.env.TOLLGATE_CONTENT ?? 'content');
const lines = (findings: { file: string }[]) => findings.map((f) => formatFinding(f as never));

describe('links in the built sample portal', () => {
  it('has no broken internal link or anchor', async () => {
    expect(lines(await checkLinks(sample.dir, { base: '/', site: portal?.site }))).toEqual([]);
  });

  it('has none either when built under the base path /tollgate/', async () => {
    const findings = await checkLinks(underBase.dir, { base: '/tollgate/', site: portal?.site });
    expect(lines(findings)).toEqual([]);
    // The check is only meaningful if the pages really link under the base.
    expect((await listPages(underBase.dir)).length).toBe((await listPages(sample.dir)).length);
  });
});

describe('HTML of every built page', () => {
  it('passes html-validate with zero errors', async () => {
    expect(lines(await validateHtml(sample.dir))).toEqual([]);
  });
});

describe('page budgets', () => {
  it('keeps every page within its type’s HTML, CSS and JavaScript budget', async () => {
    const weights = await measurePages(sample.dir);
    console.info(`\n${formatBudgetReport(weights)}\n`);
    expect(lines(checkBudgets(weights))).toEqual([]);
  });
});
