import { hasDiagram } from './diagrams.ts';
import { glossaryEntries, termsUsedIn, type GlossaryEntry } from './glossary.ts';
import type { Content, Entry } from './load/load.ts';
import { alphabetical, byCodeUnit } from './order.ts';
import { decidePromotions, levelHistory, promotionPace, qualifyRelease, rowCount, type CandidateDecision, type Promotion, type PromotionModel, type PromotionPace, type Qualification } from './promotion/index.ts';
import { projectHasCalendar, releasesWith } from './publish/calendar-scope.ts';
import { releaseTimeline, type TimelineLayout } from './publish/timeline.ts';
import { readinessOf, reviewsOf, type ReleaseReadiness, type ReviewView } from './review-views.ts';
import { waiverViews, type WaiverView } from './waiver-views.ts';
import { createClock } from './schedule/clock.ts';
import { resolveReleases } from './schedule/resolve.ts';
import { hasShipped } from './schedule/status.ts';
import type { Clock, ResolvedMilestone, ResolvedRelease } from './schedule/types.ts';
import { scheduleWeeks, type ScheduleWeek } from './schedule/weeks.ts';
import type { Level, Portal, Project, Raci } from './schemas/index.ts';
import { missingReleaseManagers } from './schemas/projects.ts';

/** A person as pages show them: enough to name and credit, no contact details. */
export interface PersonRef {
  id: string;
  name: string;
  affiliation?: string;
  /** "Ana Lima (Northwind)": the name with the affiliation, as lists of role holders credit people. */
  credited: string;
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

/** A deadline on the home page: a milestone and the release it belongs to. */
export interface UpcomingDeadline {
  release: { id: string; name: string };
  milestone: ResolvedMilestone;
}

/** A promotion level with its policy, the candidates at it and when each got there. */
export interface LevelView {
  id: string;
  file: string;
  data: Level;
  /** Candidates whose highest level is this one, newest first. */
  candidates: CandidateDecision[];
  /** Every promotion to this level, most recent first. */
  history: Promotion[];
  /** How often the level is reached, and how long candidates take to reach it. */
  pace: PromotionPace;
  /** Required jobs as decisions count them: one per required environment of each requirement. */
  requiredJobs: number;
}

export type { ReleaseReadiness, ReviewView, WaiverView };

/**
 * Everything the portal shows, computed once from validated content and one
 * clock. Pages and endpoints render this; none of them computes.
 */
export interface PortalModel {
  portal: Portal;
  clock: Clock;
  people: Map<string, PersonRef>;
  /** The Technical Steering Committee, as portal.yaml lists it: who reviews milestones and signs them off. */
  tsc: PersonRef[];
  projects: ProjectView[];
  /** Project names by id, for the review tables that list each project's status. */
  projectNames: Map<string, string>;
  /** Sorted by release date, oldest first. */
  releases: ResolvedRelease[];
  /** The newest release that has shipped and is still maintained or released. */
  current?: ResolvedRelease;
  /** The newest maintenance release of `current` that has shipped: what users of it should run. */
  currentFix?: ResolvedRelease;
  /** The maintenance releases of each release (by the id they are `basedOn`), by release date. */
  maintenance: Map<string, ResolvedRelease[]>;
  /** The GA release in development that ships first (else any release in development). */
  next?: ResolvedRelease;
  /** Every release in development, by release date. */
  inDevelopment: ResolvedRelease[];
  upcoming: UpcomingDeadline[];
  /** Week-by-week schedule of each release, by release id. */
  weeks: Map<string, ScheduleWeek[]>;
  /** The releases' lifecycle chart. */
  timeline: TimelineLayout;
  raci: Entry<Raci>[];
  /** Decisions for every candidate against every level, newest candidate first. */
  promotion: PromotionModel;
  /** The newest candidates (at most `dashboardSize`), for the promotion dashboard. */
  recentCandidates: CandidateDecision[];
  /** Levels in chain order (first to last). */
  levels: LevelView[];
  /** Which candidate qualifies each release at its required level, by release id (none for a release that has shipped). */
  qualifications: Map<string, Qualification>;
  /** Every waiver, the soonest to end first, with the candidates it applies to now. */
  waivers: WaiverView[];
  /** Glossary terms in alphabetical order, each with its anchor on the glossary page. */
  glossary: GlossaryEntry[];
  /** The glossary terms each lesson and handbook page uses, by "training/<id>" or "handbook/<id>". */
  pageTerms: Map<string, GlossaryEntry[]>;
  /** Lessons and handbook pages ("training/<id>", "handbook/<id>") that hold a diagram: only they load the diagram code. */
  diagramPages: Set<string>;
  /** Milestone reviews of each release, oldest first, by release id. */
  reviews: Map<string, ReviewView[]>;
  /** Each release's projects across its milestone reviews. */
  readiness: Map<string, ReleaseReadiness>;
}

/**
 * How many candidates the promotion dashboard shows, newest first: a busy
 * community has thousands, and a table of all of them weighs megabytes. Each
 * candidate keeps its own page and JSON file; level pages list theirs.
 */
export const dashboardSize = 100;

/** Builds the portal model; `clock` defaults to SOURCE_DATE_EPOCH or now, in the portal's zone. */
export function buildPortalModel(content: Content, clock?: Clock): PortalModel {
  const portal = content.portal[0]!.data;
  const now = clock ?? createClock({ timezone: portal.timezone });
  const byName = alphabetical(portal.language);
  const people = new Map(content.people.map(({ id, data: { name, affiliation } }) => [id, { id, name, affiliation, credited: affiliation ? `${name} (${affiliation})` : name }]));
  const person = (id: string): PersonRef => people.get(id) ?? { id, name: id, credited: id };
  const releases = resolveReleases(content, now).releases.sort(byReleaseDate);

  const projects = [...content.projects]
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

  const inDevelopment = releases.filter((r) => r.status === 'in-development' && r.data.type !== 'latest');
  const shipped = releases.filter((r) => r.status === 'maintained' || r.status === 'released');
  const upcoming = releases
    .flatMap((r) => r.milestones.filter((m) => m.status !== 'done').map((milestone) => ({ release: { id: r.id, name: r.data.name }, milestone })))
    .sort((a, b) => byCodeUnit(a.milestone.date, b.milestone.date))
    .slice(0, 8);

  const current = shipped.filter((r) => r.data.type === 'ga').at(-1) ?? shipped.at(-1);
  const maintenance = new Map<string, ResolvedRelease[]>();
  for (const r of releases) if (r.data.basedOn) maintenance.set(r.data.basedOn, [...(maintenance.get(r.data.basedOn) ?? []), r]);

  const promotion = decidePromotions(content, { now: now.now });
  const levelFiles = new Map(content.levels.map((l) => [l.id, l]));
  const levels = promotion.levels.map((info) => {
    const history = levelHistory(promotion, info.id);
    return {
      id: info.id,
      file: levelFiles.get(info.id)!.file,
      data: levelFiles.get(info.id)!.data,
      candidates: promotion.candidates.filter((c) => c.highestLevel === info.id),
      history,
      pace: promotionPace(history, promotion.asOf),
      requiredJobs: levelFiles.get(info.id)!.data.requirements.reduce((sum, r) => sum + rowCount(r), 0),
    };
  });

  const projectNames = new Map(content.projects.map((p) => [p.id, p.data.name]));
  const reviews = new Map(releases.map((r) => [r.id, reviewsOf(r, content.reviews, { person, projectNames })]));
  const glossary = glossaryEntries([...(content.glossary[0]?.data.terms ?? [])].sort((a, b) => byName(a.term, b.term)));
  return {
    portal,
    clock: now,
    people,
    tsc: portal.tsc.map(person),
    projects,
    projectNames,
    releases,
    current,
    currentFix: current && shipped.filter((r) => r.data.basedOn === current.id).at(-1),
    maintenance,
    next: inDevelopment.find((r) => r.data.type === 'ga') ?? inDevelopment[0],
    inDevelopment,
    upcoming,
    weeks: new Map(releases.map((r) => [r.id, scheduleWeeks(r, now.today)])),
    timeline: releaseTimeline(releases.filter((r) => r.data.type !== 'latest'), now),
    promotion,
    recentCandidates: promotion.candidates.slice(0, dashboardSize),
    levels,
    qualifications: new Map(releases.map((r) => [r.id, qualifyRelease(promotion, r.data, hasShipped(r.status))])),
    // Expiry is judged on the decision day in UTC, as decisions judge it.
    waivers: waiverViews(content.waivers, promotion, promotion.asOf.slice(0, 10), person),
    raci: [...content.raci].sort((a, b) => byName(a.data.title, b.data.title)),
    reviews,
    readiness: new Map(releases.map((r) => [r.id, readinessOf(r, reviews.get(r.id)!, projectNames)])),
    glossary,
    diagramPages: new Set(
      (['training', 'handbook'] as const).flatMap((kind) => content[kind].filter((page) => hasDiagram(page.body ?? '')).map((page) => `${kind}/${page.id}`)),
    ),
    pageTerms: new Map(
      (['training', 'handbook'] as const).flatMap((kind) => content[kind].map((page) => [`${kind}/${page.id}`, termsUsedIn(page.body ?? '', glossary)] as const)),
    ),
  };
}

function byReleaseDate(a: ResolvedRelease, b: ResolvedRelease): number {
  return byCodeUnit(a.releaseDate ?? '9999', b.releaseDate ?? '9999') || byCodeUnit(a.id, b.id);
}
