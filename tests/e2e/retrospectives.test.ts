import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { listProblems, openTab, useBrowser, visit } from './support/browser.ts';

/** The sample portal as built for the end-to-end tests (build date 2026-11-24). */
const sample = inject('sample');
const browser = useBrowser();

describe('a TSC member following up a release cycle\'s retrospective', () => {
  it('finds the actions still to do on the process page, the overdue one first, and follows one to its release', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('process/', sample.url).href, 'load');
    const section = page.getByRole('region', { name: 'Improving the process' });
    const table = section.getByRole('table', { name: 'Retrospective actions still to do, overdue first' });
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Action', 'Release', 'Owner', 'Due', 'State']);
    const rows = table.locator('tbody tr');
    // Due 15 Oct 2026, still open on 24 Nov: overdue. Due 28 Jan 2027: open. Done and dropped actions are not listed.
    await expect(rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.firstChild?.textContent ?? '').trim())))).resolves.toEqual([
      ['Link the release checklist from the training course\'s first lesson', 'Hyacinth', 'Priya Raman', 'Thu 15 Oct 2026', 'overdue'],
      ['Automate the dependency closure check for maintenance releases', 'Hyacinth', 'Claire Dubois', 'Thu 28 Jan 2027', 'open'],
    ]);
    await Promise.all([page.waitForURL(/\/releases\/hyacinth\/#retrospective$/), rows.first().getByRole('link', { name: 'Hyacinth' }).click()]);

    const retro = page.getByRole('region', { name: 'Retrospective', exact: true });
    await expect(retro.getByRole('paragraph').first().textContent()).resolves.toMatch(/^\s*Held on Thu 4 Jun 2026, run by Tomáš Novák \(Tessera Systems\)\. 2 of 5 actions still to do\.\s*$/);
    await expect(retro.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['What went well', 'What to improve', 'Actions']);
    const actions = retro.getByRole('table', { name: 'Actions agreed at the Hyacinth retrospective' });
    await expect(actions.locator('tbody td:last-child').allTextContents()).resolves.toEqual(['done', 'done', 'overdue', 'open', 'dropped']);
    await expect(actions.getByRole('rowheader').last().textContent()).resolves.toContain('The TSC now signs off asynchronously on the mailing list.');
    expect(await seriousViolations(page)).toEqual([]);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('sees no retrospective section on a release still in development', async () => {
    const { page } = await openTab(browser());
    await visit(page, new URL('releases/iris/', sample.url).href, 'load');
    await expect(page.locator('#retrospective').count()).resolves.toBe(0);
    await page.close();
  });
});
