/**
 * npm run validate [-- --content DIR] [--format text|json|github]
 * Checks every content file and prints every problem at once; exits 1 on errors.
 */
import { hasErrors } from '../src/core/validate/diagnostic.ts';
import { formatReport, type ReportFormat } from '../src/core/validate/format.ts';
import { validateContent } from '../src/core/validate/validate.ts';
import { existingContentDir, fail, parseOptions, run, userPath } from './cli.ts';

const usage = 'npm run validate -- [--content DIR] [--format text|json|github]';

run(async () => {
  const { values } = parseOptions({ content: { type: 'string' }, format: { type: 'string', default: 'text' } }, usage);
  const format = values.format as ReportFormat;
  if (!['text', 'json', 'github'].includes(format)) fail(`unknown format "${format}"\nusage: ${usage}`, 2);
  const root = existingContentDir(values.content);
  const { diagnostics } = await validateContent(root);
  // Paths relative to where the user ran the command, so that editors and terminals open them.
  const report = formatReport(diagnostics, root, format, userPath('.'));
  if (report) process.stdout.write(`${report}\n`);
  return hasErrors(diagnostics) ? 1 : 0;
});
