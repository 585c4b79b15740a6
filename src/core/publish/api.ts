import { byCodeUnit } from '../order.ts';
import type { PortalModel } from '../portal-model.ts';
import type { RetrospectiveView } from '../retrospective-views.ts';
import { reviewAnchor, type ReviewView } from '../review-views.ts';
import { hasShipped } from '../schedule/status.ts';
import type { ResolvedMilestone, ResolvedRelease } from '../schedule/types.ts';
import { envelopeAt } from './api-envelope.ts';
import type { ApiMilestone, ApiRelease, ApiRetrospective, ApiReview } from './api-schemas.ts';

/**
 * Builds the JSON API documents from the computed releases. Everything is
 * already resolved: clients get dates and booleans, never rules to evaluate,
 * and the level a release qualifies at is the one its page and the promotion
 * document name, its type's when the release names none.
 */
export function apiDocumentsFor(model: Pick<PortalModel, 'releases' | 'clock' | 'qualifications' | 'reviews' | 'retrospectives'>, site: URL) {
  const envelope = envelopeAt(model.clock);
  const full = model.releases.map((release) => toApiRelease(release, model, site));
  return {
    releases: { ...envelope, releases: full.map(({ based_on, projects, milestones, reviews, retrospective, ...summary }) => summary) },
    release: (id: string) => ({ ...envelope, release: full.find((r) => r.id === id)! }),
    milestones: {
      ...envelope,
      milestones: full.flatMap((r) => r.milestones).sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.id, b.id)),
    },
  };
}

function toApiRelease(release: ResolvedRelease, model: Pick<PortalModel, 'qualifications' | 'reviews' | 'retrospectives'>, site: URL): ApiRelease {
  const { data } = release;
  const url = (path: string) => new URL(path, site).href;
  const level = model.qualifications.get(release.id)?.level;
  const retrospective = model.retrospectives.get(release.id);
  return {
    id: release.id,
    name: data.name,
    version: data.version ?? null,
    type: data.type,
    status: release.status,
    release_date: release.releaseDate ?? null,
    // No date, nothing estimated: null, as for every absent value.
    release_date_estimated: release.releaseDate !== undefined ? release.estimated : null,
    maintained_until: data.maintainedUntil ?? null,
    end_of_life: data.endOfLife ?? null,
    is_released: hasShipped(release.status),
    is_maintained: release.isMaintained,
    is_eol: release.isEol,
    next_phase: release.nextPhase ? { status: release.nextPhase.status, date: release.nextPhase.date } : null,
    next_milestone: release.nextMilestone?.id ?? null,
    qualifying_level: level ?? null,
    url: url(`releases/${release.id}/`),
    calendar: url(`releases/${release.id}.ics`),
    api: url(`api/v1/releases/${release.id}.json`),
    based_on: data.basedOn ?? null,
    projects: data.projects,
    milestones: release.milestones.map((m) => toApiMilestone(release.id, m, url)),
    reviews: (model.reviews.get(release.id) ?? []).map((review) => toApiReview(review, url(`releases/${release.id}/#${review.anchor}`))),
    retrospective: retrospective ? toApiRetrospective(retrospective) : null,
  };
}

function toApiReview({ data, unreviewed }: ReviewView, url: string): ApiReview {
  return {
    milestone: data.milestone,
    date: data.date,
    url,
    projects: data.projects.map((p) => ({ project: p.project, status: p.status, notes: p.notes ?? null, exception: p.exception ?? null })),
    unreviewed: unreviewed.map((p) => p.id),
    signoff: data.signoff ? { by: data.signoff.by, date: data.signoff.date, decision: data.signoff.decision } : null,
  };
}

function toApiRetrospective({ data, actions }: RetrospectiveView): ApiRetrospective {
  return {
    date: data.date,
    facilitator: data.facilitator ?? null,
    went_well: data.wentWell,
    to_improve: data.toImprove,
    actions: actions.map((a) => ({ action: a.action, owner: a.owner.id, due: a.due ?? null, state: a.state, notes: a.notes ?? null })),
  };
}

function toApiMilestone(release: string, m: ResolvedMilestone, url: (path: string) => string): ApiMilestone {
  return {
    id: m.id,
    release,
    name: m.name,
    kind: m.kind,
    scope: m.scope,
    project: m.project ?? null,
    date: m.date,
    // In the form of every other instant of the API: the schedule writes deadlines without milliseconds.
    deadline: m.deadline === undefined ? null : new Date(m.deadline).toISOString(),
    week: m.weekLabel,
    estimated: m.estimated,
    status: m.status,
    days_until: m.daysUntil,
    is_done: m.status === 'done',
    review: m.review ? { url: url(`releases/${release}/#${reviewAnchor(m.review.id)}`), date: m.review.date, decision: m.review.decision ?? null } : null,
    url: url(`releases/${release}/#milestone-${m.id}`),
  };
}
