import { hasDiagram } from './diagrams.ts';
import { glossaryEntries, termsUsedIn, type GlossaryEntry } from './glossary.ts';
import { levelViews, type LevelView } from './level-views.ts';
import type { Content, Entry } from './load/load.ts';
import { alphabetical, byCodeUnit } from './order.ts';
import { decidePromotions, qualifyRelease, type CandidateDecision, type PromotionModel, type Qualification } from './promotion/index.ts';
import { personRefs, projectViews, type PersonRef, type ProjectView } from './project-views.ts';
import { combinedCalendars, type CombinedCalendar } from './publish/calendar-scope.ts';
import { releaseTimeline, type TimelineLayout } from './publish/timeline.ts';
import { openActions, retrospectivesNotHeld, retrospectiveViews, type ActionView, type RetrospectiveView } from './retrospective-views.ts';
import { standingsOf, type ProjectStanding } from './project-standing.ts';
import { readinessOf, type ReleaseReadiness } from './readiness.ts';
import { reviewsOf, type ReviewView } from './review-views.ts';
import { waiverViews, type WaiverView } from './waiver-views.ts';
import { createClock } from './schedule/clock.ts';
import { resolveReleases } from './schedule/resolve.ts';
import { hasShipped } from './schedule/status.ts';
import type { Clock, ResolvedMilestone, ResolvedRelease } from './schedule/types.ts';
import { scheduleWeeks, type ScheduleWeek } from './schedule/weeks.ts';
import type { Portal, Raci } from './schemas/index.ts';

/** A deadline on the home page: a milestone and the release it belongs to. */
export interface UpcomingDeadline {
  release: { id: string; name: string };
  milestone: ResolvedMilestone;
}

export type { ActionView, LevelView, PersonRef, ProjectView, ReleaseReadiness, RetrospectiveView, ReviewView, WaiverView };

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
  /** Calendars of several releases: those that hold a release, and those that would be empty yet. */
  calendars: { offered: CombinedCalendar[]; notYet: CombinedCalendar[] };
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
  /** Each project's standing at the latest review of each release it takes part in, newest release first, by project id. */
  standings: Map<string, ProjectStanding[]>;
  /** The retrospective of each release that has one, by release id. */
  retrospectives: Map<string, RetrospectiveView>;
  /** Retrospective actions still to do, across releases, overdue first. */
  openActions: ActionView[];
  /** Shipped, supported GA releases whose retrospective is not recorded yet. */
  retrospectivesNotHeld: ResolvedRelease[];
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
  const people = personRefs(content.people);
  const person = (id: string): PersonRef => people.get(id) ?? { id, name: id, credited: id };
  const releases = resolveReleases(content, now).releases.sort(byReleaseDate);

  const projects = projectViews(content.projects, releases, person, byName);

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
  const levels = levelViews(promotion, content.levels);

  const projectNames = new Map(content.projects.map((p) => [p.id, p.data.name]));
  const reviews = new Map(releases.map((r) => [r.id, reviewsOf(r, content.reviews, { person, projectNames })]));
  const readiness = new Map(releases.map((r) => [r.id, readinessOf(r, reviews.get(r.id)!, projectNames)]));
  const retrospectives = retrospectiveViews(content.retrospectives, releases, person, now.today);
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
    calendars: combinedCalendars(releases),
    timeline: releaseTimeline(releases.filter((r) => r.data.type !== 'latest'), now),
    promotion,
    recentCandidates: promotion.candidates.slice(0, dashboardSize),
    levels,
    qualifications: new Map(releases.map((r) => [r.id, qualifyRelease(promotion, r.data, hasShipped(r.status))])),
    // Expiry is judged on the decision day in UTC, as decisions judge it.
    waivers: waiverViews(content.waivers, promotion, promotion.asOf.slice(0, 10), person),
    raci: [...content.raci].sort((a, b) => byName(a.data.title, b.data.title)),
    reviews,
    readiness,
    standings: new Map(projects.map((p) => [p.id, standingsOf(p.id, [...releases].reverse(), reviews, readiness)])),
    retrospectives,
    openActions: openActions(retrospectives.values()),
    retrospectivesNotHeld: retrospectivesNotHeld(releases, retrospectives),
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
