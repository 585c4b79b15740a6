/**
 * npm run validate [-- --content DIR] [--format text|json|github]
 * Checks every content file and prints every problem at once; exits 1 on errors.
 */
import { existsSync } from 'node:fs';
import { hasErrors } from '../src/core/validate/diagnostic.ts';
import { formatReport, type ReportFormat } from '../src/core/validate/format.ts';
import { validateContent } from '../src/core/validate/validate.ts';
import { contentDir, fail, parseOptions, run } from './cli.ts';

const usage = 'npm run validate -- [--content DIR] [--format text|json|github]';

run(async () => {
  const { values } = parseOptions({ content: { type: 'string' }, format: { type: 'string', default: 'text' } }, usage);
  const format = values.format as ReportFormat;
  if (!['text', 'json', 'github'].includes(format)) fail(`unknown format "${format}"\nusage: ${usage}`, 2);
  const root = contentDir(values.content);
  if (!existsSync(root)) fail(`content folder not found: ${root}\nhint: pass --content DIR or set TOLLGATE_CONTENT`, 2);
  const { diagnostics } = await validateContent(root);
  const report = formatReport(diagnostics, root, format);
  if (report) process.stdout.write(`${report}\n`);
  return hasErrors(diagnostics) ? 1 : 0;
});
