import type { APIRoute, GetStaticPaths } from 'astro';
import type { ProjectView } from '../../core/portal-model.ts';
import { calendarResponse } from '../../site/calendar.ts';
import { getPortal } from '../../site/portal.ts';

export const getStaticPaths = (async () => {
  const { projects } = await getPortal();
  return projects.map((project) => ({ params: { id: project.id }, props: { project } }));
}) satisfies GetStaticPaths;

/** The milestones of the releases a project takes part in: cross-project ones and its own. */
export const GET: APIRoute<{ project: ProjectView }> = async ({ props }) => {
  const { releases } = await getPortal();
  const joined = releases.filter((r) => r.data.projects.includes(props.project.id));
  return calendarResponse(props.project.data.name, joined, props.project.id);
};
