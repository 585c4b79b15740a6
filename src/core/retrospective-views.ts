import type { Entry } from './load/load.ts';
import { byCodeUnit } from './order.ts';
import type { PersonRef } from './project-views.ts';
import type { ResolvedRelease } from './schedule/types.ts';
import type { ImprovementAction, Retrospective } from './schemas/index.ts';

/** An action agreed at a retrospective, as pages list it. */
export interface ActionView {
  release: { id: string; name: string };
  action: string;
  owner: PersonRef;
  due?: string;
  notes?: string;
  /** Open, done or dropped; an open action past its due day is "overdue". */
  state: ImprovementAction['status'] | 'overdue';
}

/** A release's retrospective as its page shows it. */
export interface RetrospectiveView {
  file: string;
  data: Retrospective;
  facilitator?: PersonRef;
  actions: ActionView[];
  /** "2 of 3 actions still to do.", or that every one is closed; none when no action was agreed. */
  actionSummary?: string;
}

/**
 * The retrospective of each release, by release id. An action is overdue
 * from the day after its due day, as milestones are: a deadline day is
 * still a working day.
 */
export function retrospectiveViews(
  retrospectives: readonly Entry<Retrospective>[], releases: readonly ResolvedRelease[], person: (id: string) => PersonRef, today: string,
): Map<string, RetrospectiveView> {
  const names = new Map(releases.map((r) => [r.id, r.data.name]));
  const views = new Map<string, RetrospectiveView>();
  for (const { file, data } of retrospectives) {
    // The validator reports a second retrospective of a release; the first one is shown.
    if (views.has(data.release) || !names.has(data.release)) continue;
    const release = { id: data.release, name: names.get(data.release)! };
    const actions = data.actions.map((a): ActionView => ({
      release,
      action: a.action,
      owner: person(a.owner),
      due: a.due,
      notes: a.notes,
      state: a.status === 'open' && a.due !== undefined && a.due < today ? 'overdue' : a.status,
    }));
    views.set(data.release, {
      file, data, actions,
      facilitator: data.facilitator === undefined ? undefined : person(data.facilitator),
      actionSummary: summarizeActions(actions),
    });
  }
  return views;
}

const isOpen = (a: ActionView) => a.state === 'open' || a.state === 'overdue';

function summarizeActions(actions: readonly ActionView[]): string | undefined {
  if (actions.length === 0) return undefined;
  const open = actions.filter(isOpen).length;
  if (open === 0) return actions.length === 1 ? 'The action agreed is closed.' : `All ${actions.length} actions agreed are closed.`;
  return `${open} of ${actions.length} ${actions.length === 1 ? 'action' : 'actions'} still to do.`;
}

/**
 * GA releases that have shipped and are still supported but have no
 * retrospective: each release cycle ends with one, and the TSC asks for
 * those not held yet. Maintenance releases share their GA release's.
 */
export function retrospectivesNotHeld(releases: readonly ResolvedRelease[], views: ReadonlyMap<string, RetrospectiveView>): ResolvedRelease[] {
  return releases.filter((r) => r.data.type === 'ga' && (r.status === 'released' || r.status === 'maintained') && !views.has(r.id));
}

/**
 * Every action still to do, across releases: overdue first, then by due day
 * (those without one last), so the TSC asks about the late ones first.
 */
export function openActions(views: Iterable<RetrospectiveView>): ActionView[] {
  const open = [...views].flatMap((v) => v.actions.filter(isOpen));
  return open.sort((a, b) => Number(b.state === 'overdue') - Number(a.state === 'overdue') || byCodeUnit(a.due ?? '9999', b.due ?? '9999'));
}
