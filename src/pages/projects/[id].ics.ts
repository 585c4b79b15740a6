import type { APIRoute, GetStaticPaths } from 'astro';
import type { ProjectView } from '../../core/portal-model.ts';
import { releasesWith } from '../../core/publish/calendar-scope.ts';
import { calendarResponse } from '../../site/calendar.ts';
import { getPortal } from '../../site/portal.ts';

export const getStaticPaths = (async () => {
  const { projects } = await getPortal();
  // A project in no release would get an empty calendar, which RFC 5545 does not allow.
  return projects.filter((project) => project.hasCalendar).map((project) => ({ params: { id: project.id }, props: { project } }));
}) satisfies GetStaticPaths;

/** The milestones of the releases a project takes part in: cross-project ones and its own. */
export const GET: APIRoute<{ project: ProjectView }> = async ({ props }) => {
  const { releases } = await getPortal();
  const joined = releasesWith(releases, props.project.id);
  return calendarResponse(props.project.data.name, joined, props.project.id);
};
