/**
 * npm run check:site [-- --dir dist] [--base /tollgate/]
 * Checks a built portal without a browser: internal links and anchors, HTML
 * validity (with table headers and no inline script), and page-weight
 * budgets. Prints every problem, then the budget table; exits 1 on problems.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPortalSettings } from '../../src/core/settings.ts';
import { contentDir, fail, parseOptions, run } from '../cli.ts';
import { checkBudgets, formatBudgetReport, measurePages } from './budgets.ts';
import { formatFinding, type Finding } from './finding.ts';
import { validateHtml } from './html.ts';
import { checkLinks } from './links.ts';

const usage = 'npm run check:site -- [--dir DIR] [--base /path/] [--content DIR]';

/** Repeated findings (a broken header link on every page) are shown once, with a count. */
function summarise(findings: Finding[]): string[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.check}|${finding.rule}|${finding.message}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()].map((group) =>
    group.length === 1 ? formatFinding(group[0]!) : `${formatFinding(group[0]!)}\n    (and on ${group.length - 1} more page(s))`,
  );
}

run(async () => {
  const { values } = parseOptions(
    { dir: { type: 'string', default: 'dist' }, base: { type: 'string' }, content: { type: 'string' } },
    usage,
  );
  const dir = resolve(values.dir);
  if (!existsSync(dir)) fail(`site folder not found: ${dir}\nhint: run npm run build first, or pass --dir DIR`, 2);
  const portal = await readPortalSettings(contentDir(values.content));
  const base = values.base ?? process.env.TOLLGATE_BASE ?? portal?.base ?? '/';

  const weights = await measurePages(dir, { base });
  const findings = [
    ...(await checkLinks(dir, { base, site: portal?.site })),
    ...(await validateHtml(dir)),
    ...checkBudgets(weights),
  ];
  for (const line of summarise(findings)) process.stdout.write(`${line}\n`);
  process.stdout.write(`\n${formatBudgetReport(weights)}\n\n`);
  process.stdout.write(`${weights.length} page(s) checked under ${base}: ${findings.length} problem(s)\n`);
  return findings.length ? 1 : 0;
});
