import { byCodeUnit } from '../order.ts';
import type { PortalModel } from '../portal-model.ts';
import type { RetrospectiveView } from '../retrospective-views.ts';
import { hasShipped } from '../schedule/status.ts';
import type { ResolvedMilestone, ResolvedRelease } from '../schedule/types.ts';
import { envelopeAt } from './api-envelope.ts';
import type { ApiMilestone, ApiRelease, ApiRetrospective } from './api-schemas.ts';

/**
 * Builds the JSON API documents from the computed releases. Everything is
 * already resolved: clients get dates and booleans, never rules to evaluate,
 * and the level a release qualifies at is the one its page and the promotion
 * document name, its type's when the release names none.
 */
export function apiDocumentsFor({ releases, clock, qualifications, retrospectives }: Pick<PortalModel, 'releases' | 'clock' | 'qualifications' | 'retrospectives'>, site: URL) {
  const envelope = envelopeAt(clock);
  const full = releases.map((release) => toApiRelease(release, qualifications.get(release.id)?.level, retrospectives.get(release.id), site));
  return {
    releases: { ...envelope, releases: full.map(({ based_on, projects, milestones, retrospective, ...summary }) => summary) },
    release: (id: string) => ({ ...envelope, release: full.find((r) => r.id === id)! }),
    milestones: {
      ...envelope,
      milestones: full.flatMap((r) => r.milestones).sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.id, b.id)),
    },
  };
}

function toApiRelease(release: ResolvedRelease, level: string | undefined, retrospective: RetrospectiveView | undefined, site: URL): ApiRelease {
  const { data } = release;
  const url = (path: string) => new URL(path, site).href;
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
    retrospective: retrospective ? toApiRetrospective(retrospective) : null,
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
    url: url(`releases/${release}/#milestone-${m.id}`),
  };
}
