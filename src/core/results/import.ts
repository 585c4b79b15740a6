import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { resultFileSchema, runSchema, type Run } from '../schemas/results.ts';
import { readJunit } from './junit.ts';
import { decodeXml, ReportError } from './xml.ts';

/** What the report cannot know: which candidate and job it belongs to. */
export type RunDetails = Pick<Run, 'candidate' | 'job' | 'environment' | 'version' | 'commit' | 'url'>;

/** The run-level fields alone, to check command-line values once, before any file is read. */
export const runDetailsSchema = runSchema.pick({
  candidate: true,
  job: true,
  environment: true,
  version: true,
  commit: true,
  url: true,
});

export interface ImportedReport {
  /** A result file (`{ runs: [run] }`), already checked against `resultFileSchema`. */
  result: z.output<typeof resultFileSchema>;
  warnings: string[];
}

/**
 * Reads one JUnit XML file into a result file for `details`. The start of
 * the run is `startedAt` when given, else the report's earliest timestamp,
 * else the file's modification time (taken as the end of the run).
 * Throws `ReportError` when the file cannot be read or is not a usable report.
 */
export async function importJunitFile(path: string, details: RunDetails, startedAt?: Date): Promise<ImportedReport> {
  let bytes: Uint8Array;
  let writtenAt: Date;
  try {
    [bytes, writtenAt] = await Promise.all([readFile(path), stat(path).then((info) => info.mtime)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReportError('file not found');
    if (code === 'EISDIR') throw new ReportError('is a folder; name the XML files in it (e.g. reports/*.xml)');
    throw new ReportError(`cannot read: ${(error as Error).message}`);
  }
  const report = readJunit(decodeXml(bytes), { startedAt, writtenAt });
  const run = {
    ...details,
    startedAt: report.startedAt,
    ...(report.finishedAt ? { finishedAt: report.finishedAt } : {}),
    outcome: report.outcome,
    cases: report.cases,
  };
  const checked = resultFileSchema.safeParse({ runs: [run] });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ReportError(`the imported run is not a valid result (${issue.path.join('.')}: ${issue.message})`);
  }
  return { result: checked.data, warnings: report.warnings };
}
