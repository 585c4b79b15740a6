import type { Entry } from './load/load.ts';
import { projectHasCalendar, releasesWith } from './publish/calendar-scope.ts';
import type { ResolvedRelease } from './schedule/types.ts';
import type { Person, Project } from './schemas/index.ts';
import { missingReleaseManagers } from './schemas/projects.ts';

/** A person as pages show them: enough to name and credit, no contact details. */
export interface PersonRef {
  id: string;
  name: string;
  affiliation?: string;
  /** "Ana Lima (Northwind)": the name with the affiliation, as lists of role holders credit people. */
  credited: string;
}

/** People by id, as pages name them: contact details stay out of the pages. */
export function personRefs(people: readonly Entry<Person>[]): Map<string, PersonRef> {
  return new Map(people.map(({ id, data: { name, affiliation } }) => [id, { id, name, affiliation, credited: affiliation ? `${name} (${affiliation})` : name }]));
}

export interface ProjectView {
  id: string;
  file: string;
  data: Project;
  releaseManagers: PersonRef[];
  /** How many release managers the project still lacks (0 when archived), which pages flag. */
  missingReleaseManagers: number;
  lead?: PersonRef;
  /** Releases this project takes part in, newest first. */
  releases: Pick<ResolvedRelease, 'id' | 'status'>[];
  /** Whether it has a calendar (projects/<id>.ics): only when that would hold an event. */
  hasCalendar: boolean;
}

/** Every project with its people and releases, by name as the portal's language sorts them. */
export function projectViews(
  projects: readonly Entry<Project>[], releases: readonly ResolvedRelease[], person: (id: string) => PersonRef, byName: (a: string, b: string) => number,
): ProjectView[] {
  return [...projects]
    .sort((a, b) => byName(a.data.name, b.data.name))
    .map((p) => ({
      id: p.id,
      file: p.file,
      data: p.data,
      releaseManagers: p.data.releaseManagers.map(person),
      missingReleaseManagers: missingReleaseManagers(p.data),
      lead: p.data.lead ? person(p.data.lead) : undefined,
      releases: releasesWith(releases, p.id).reverse().map(({ id, status }) => ({ id, status })),
      hasCalendar: projectHasCalendar(releases, p.id),
    }));
}
