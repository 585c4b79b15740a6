/**
 * npm run build [-- --content DIR]
 * Validates the content, builds the portal into a scratch folder, and only
 * then swaps it into dist/: a failed build never leaves a half-written site.
 */
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { hasErrors } from '../src/core/validate/diagnostic.ts';
import { formatReport } from '../src/core/validate/format.ts';
import { validateOnce } from '../src/core/validate/once.ts';
import { existingContentDir, fail, outputPath, parseOptions, run, userPath } from './cli.ts';
import { describeBuildError } from './build-errors.ts';
import { refuseOutput } from './output-folder.ts';

const usage = 'npm run build -- [--content DIR] [--out DIR]';

run(async () => {
  const { values } = parseOptions({ content: { type: 'string' }, out: { type: 'string' } }, usage);
  const root = existingContentDir(values.content);
  const out = outputPath(values.out, 'dist');
  const refused = refuseOutput(out, root, process.cwd(), values.out ?? 'dist');
  if (refused) fail(`${refused}\nusage: ${usage}`, 2);
  // Astro's build, in this same process, reads the content from this one validation.
  const { diagnostics } = await validateOnce(root);
  if (diagnostics.length) process.stderr.write(`${formatReport(diagnostics, root, 'text', userPath('.'))}\n`);
  const kept = `${(values.out ?? 'dist').replace(/\/?$/, '/')} was left as it was`;
  if (hasErrors(diagnostics)) fail(`build stopped: fix the errors above (${kept})`);

  // Beside the output, so that the swap is a rename on one file system.
  const scratch = join(dirname(out), `.${basename(out)}-build-${process.pid}`);
  await rm(scratch, { recursive: true, force: true });
  await mkdir(dirname(out), { recursive: true });
  process.env.TOLLGATE_CONTENT = root;
  try {
    await build({ root: process.cwd(), outDir: scratch, logLevel: process.env.CI ? 'warn' : 'info' });
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    fail(`${describeBuildError(error, root, userPath('.'))}\nbuild failed: fix the error above (${kept})`);
  }
  const previous = `${scratch}-previous`;
  if (existsSync(out)) await rename(out, previous);
  await rename(scratch, out);
  await rm(previous, { recursive: true, force: true });
  process.stdout.write(`portal written to ${out}\n`);
});
