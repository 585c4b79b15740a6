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

/** A calendar of several releases, at `path` under the site root. */
export interface CombinedCalendar<R = ResolvedRelease> {
  id: 'all' | 'active' | 'ga' | 'maintenance';
  path: string;
  name: string;
  description: string;
  releases: R[];
}

/**
 * The calendars of several releases the portal offers, each with the
 * releases it holds. Every release has a milestone, so a calendar holding
 * a release holds an event; one holding none would be empty, which RFC 5545
 * does not allow and no subscriber wants. Those are in `notYet`, for the
 * calendars page to name: they appear once a release fills them.
 */
export function combinedCalendars<R extends Pick<ResolvedRelease, 'status' | 'isEol'> & { data: Pick<ResolvedRelease['data'], 'type'> }>(releases: readonly R[]): { offered: CombinedCalendar<R>[]; notYet: CombinedCalendar<R>[] } {
  const calendars: CombinedCalendar<R>[] = [
    { id: 'all', path: 'calendar.ics', name: 'All releases', description: 'Every milestone of every release', releases: [...releases] },
    { id: 'active', path: 'calendar/active.ics', name: 'Active releases', description: 'Releases in development, planned or maintained', releases: releases.filter((r) => !r.isEol && r.status !== 'released') },
    { id: 'ga', path: 'calendar/ga.ics', name: 'GA releases', description: 'Every general-availability release', releases: releases.filter((r) => r.data.type === 'ga') },
    { id: 'maintenance', path: 'calendar/maintenance.ics', name: 'Maintenance releases', description: 'Every maintenance release', releases: releases.filter((r) => r.data.type === 'maintenance') },
  ];
  return { offered: calendars.filter((c) => c.releases.length > 0), notYet: calendars.filter((c) => c.releases.length === 0) };
}
