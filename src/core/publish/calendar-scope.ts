import type { ResolvedMilestone, ResolvedRelease } from '../schedule/types.ts';

/*
 * Which milestones and releases a calendar holds, without the iCalendar
 * writer: pages ask whether a project has a calendar before linking to it.
 */

/** Whether a milestone is in a project's calendar (every milestone when no project is given). */
export const inCalendarOf = (m: Pick<ResolvedMilestone, 'scope' | 'project'>, project?: string): boolean => m.scope === 'cross-project' || project === undefined || m.project === project;

/** The releases a project takes part in: those its page lists and its calendar draws from. */
export function releasesWith<R extends Pick<ResolvedRelease, 'data'>>(releases: readonly R[], project: string): R[] {
  return releases.filter((r) => r.data.projects.includes(project));
}

/**
 * Whether a project's calendar would hold any event. RFC 5545 asks a
 * calendar for at least one component, and an empty subscription helps
 * no one: a project in no release gets no calendar and no link to one.
 */
export function projectHasCalendar(releases: readonly ResolvedRelease[], project: string): boolean {
  return releasesWith(releases, project).some((r) => r.milestones.some((m) => inCalendarOf(m, project)));
}
