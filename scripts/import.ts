/**
 * npm run import -- junit FILES… --candidate C --job J [--env E] [--version V]
 *   [--commit SHA] [--url URL] [--started ISO-TIME] [--out DIR] [--content DIR]
 * Turns JUnit XML reports into result files (one per report) in DIR, by default
 * the content folder's results/ (the content folder must exist; DIR is
 * created when missing). Every report is read and checked first: if
 * any fails, each failure is printed on one line and nothing is written.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { countOutcomes, describeCounts } from '../src/core/results/counts.ts';
import { resultFileNames } from '../src/core/results/files.ts';
import { importJunitFile, runDetailsSchema, type ImportedReport } from '../src/core/results/import.ts';
import { parseTimestamp } from '../src/core/results/values.ts';
import { writeAll, WriteError } from '../src/core/results/write-all.ts';
import { ReportError } from '../src/core/results/xml.ts';
import { existingContentDir, fail, parseOptions, run, shownPath, userPath } from './cli.ts';

const usage =
  'npm run import -- junit FILES… --candidate C --job J [--env E] [--version V] [--commit SHA] [--url URL] [--started ISO-TIME] [--out DIR] [--content DIR]';

const optionFor = { candidate: 'candidate', job: 'job', environment: 'env', version: 'version', commit: 'commit', url: 'url' } as const;

run(async () => {
  const { values, positionals } = parseOptions(
    {
      candidate: { type: 'string' },
      job: { type: 'string' },
      env: { type: 'string' },
      version: { type: 'string' },
      commit: { type: 'string' },
      url: { type: 'string' },
      started: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
    },
    usage,
    { positionals: true },
  );
  const [format, ...files] = positionals;
  if (format !== 'junit') fail(`${format ? `unknown report format "${format}"` : 'missing report format'}: only "junit" is supported\nusage: ${usage}`, 2);
  if (!files.length) fail(`no report files given\nusage: ${usage}`, 2);
  for (const required of ['candidate', 'job'] as const) {
    if (!values[required]) fail(`--${required} is required\nusage: ${usage}`, 2);
  }
  const parsed = runDetailsSchema.safeParse({
    candidate: values.candidate,
    job: values.job,
    environment: values.env,
    version: values.version,
    commit: values.commit,
    url: values.url,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] as keyof typeof optionFor;
    // The schema's own wording for a commit is a regular expression; say it in words.
    const message = field === 'commit' ? 'must be a hexadecimal commit hash (7 to 64 characters)' : issue.message;
    fail(`--${optionFor[field]} ${message}\nusage: ${usage}`, 2);
  }
  const startedAt = values.started === undefined ? undefined : parseTimestamp(values.started);
  if (values.started !== undefined && !startedAt) {
    fail(`--started must be an ISO 8601 date-time, e.g. 2026-03-01T14:05:00Z (got "${values.started}")`, 2);
  }
  const details = parsed.data;
  // The content folder must exist; only an explicit --out is created when missing.
  const outDir = values.out === undefined ? join(existingContentDir(values.content), 'results') : userPath(values.out);
  if (statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === false) {
    fail(values.out === undefined
      ? `${shownPath(outDir)} is a file, not a folder: move it away, or name a folder with --out DIR`
      : `--out ${values.out} is a file, not a folder: name a folder for the result files (a new one is created)`, 2);
  }
  // Each report once, read from where the user named it and shown as they typed it.
  const inputs = [...new Map(files.map((file) => [userPath(file), { path: userPath(file), shown: file }])).values()];

  const settled = await Promise.allSettled(inputs.map(({ path }) => importJunitFile(path, details, startedAt)));
  const failures = settled.flatMap((outcome, index) =>
    outcome.status === 'fulfilled' ? [] : [describeFailure(inputs[index]!.shown, outcome.reason)],
  );
  if (failures.length) {
    // One line per failing file; a note only when other files were fine but still not written.
    const fine = inputs.length - failures.length;
    const note = fine ? `\nnothing written: the other ${fine} report(s) are imported once every file reads` : '';
    process.stderr.write(`${failures.join('\n')}${note}\n`);
    return 1;
  }

  const reports = settled.map((outcome) => (outcome as PromiseFulfilledResult<ImportedReport>).value);
  const names = resultFileNames(details, inputs.map(({ path }) => path));
  const written = await writeAll(outDir, reports.map((report, index) => ({ name: names[index]!, data: report.result }))).catch((error: unknown) =>
    error instanceof WriteError ? fail(error.message) : Promise.reject(error),
  );

  reports.forEach((report, index) => {
    const { shown } = inputs[index]!;
    for (const warning of report.warnings) process.stderr.write(`${shown}: warning: ${warning}\n`);
    const [importedRun] = report.result.runs;
    const summary = `${importedRun!.outcome}, ${describeCounts(countOutcomes(importedRun!.cases))}`;
    process.stdout.write(`${shown} → ${shownPath(written[index]!)} (${summary})\n`);
  });
});

function describeFailure(file: string, reason: unknown): string {
  if (reason instanceof ReportError) return reason.describe(file);
  return `${file}: ${reason instanceof Error ? reason.message : String(reason)}`;
}
