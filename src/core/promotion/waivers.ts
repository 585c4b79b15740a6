import type { Waiver } from '../schemas/waivers.ts';
import type { AppliedWaiver } from './types.ts';

/** A waivers file as the engine reads it: loaded content entries and test fixtures both fit. */
export interface WaiverSource {
  file: string;
  data: { waivers: readonly Waiver[] };
}

/** A waiver ready to match: its candidate pattern compiled once. */
export interface ActiveWaiver {
  waiver: Waiver;
  applied: AppliedWaiver;
  matches: (name: string) => boolean;
}

/** Turns "trunk-*" into a matcher; without "*" the pattern is an exact id. */
export function patternMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const source = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  const regex = new RegExp(`^${source}$`);
  return (name) => regex.test(name);
}

/** A candidate as patterns see it: its id, and the stream it belongs to if it names one. */
export type CandidateMatcher = (candidate: { id: string; stream?: string }) => boolean;

/**
 * Turns a pattern that names candidates (`appliesTo`, a release's
 * `candidates`) into a matcher: it matches a candidate's id or its stream.
 */
export function candidateMatcher(pattern: string): CandidateMatcher {
  const matches = patternMatcher(pattern);
  return ({ id, stream }) => matches(id) || (stream !== undefined && matches(stream));
}

/** A waiver applies through the whole of its `expires` day, in UTC. */
export const isExpired = (waiver: Pick<Waiver, 'expires'>, day: string): boolean => waiver.expires < day;

/** The waivers in force on `day` (YYYY-MM-DD, UTC): expired ones no longer apply. */
export function activeWaivers(sources: readonly WaiverSource[], day: string): ActiveWaiver[] {
  return sources.flatMap((source) =>
    source.data.waivers.flatMap((waiver, index) =>
      isExpired(waiver, day)
        ? []
        : [{
            waiver,
            matches: patternMatcher(waiver.candidate),
            applied: {
              file: source.file, index, reason: waiver.reason, approver: waiver.approver, expires: waiver.expires,
              ...(waiver.test === undefined ? {} : { test: waiver.test }),
            },
          }],
    ),
  );
}

/** Of the waivers that match a candidate, those that can touch it at one level. */
export const waiversAt = (waivers: readonly ActiveWaiver[], level: string): ActiveWaiver[] =>
  waivers.filter((w) => w.waiver.level === undefined || w.waiver.level === level);

/** A waiver of a whole job (no `test`), for the required job or one of its alternatives. */
export const jobWaiver = (waivers: readonly ActiveWaiver[], jobs: readonly string[]): ActiveWaiver | undefined =>
  waivers.find((w) => w.waiver.test === undefined && jobs.includes(w.waiver.job!));

/** Waivers of single test cases that apply to runs of `job`. */
export const testWaivers = (waivers: readonly ActiveWaiver[], job: string): ActiveWaiver[] =>
  waivers.filter((w) => w.waiver.test !== undefined && (w.waiver.job === undefined || w.waiver.job === job));
