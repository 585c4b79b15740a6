import type { Entry } from './load/load.ts';
import { byCodeUnit } from './order.ts';
import type { PersonRef } from './project-views.ts';
import { daysBetween } from './schedule/dates.ts';
import { isExpired, type PromotionModel } from './promotion/index.ts';
import type { DataOf, Waiver } from './schemas/index.ts';

/** A waiver within this many days of its last day is "expiring": time to renew it or fix the failure. */
export const expiringWithinDays = 14;

/**
 * The candidates a waiver names as applied now, at most: a "trunk-*" waiver
 * kept for months applies to every nightly candidate, and a cell of hundreds
 * of links would bury the table. The newest say whether it is still needed.
 */
export const usedByShown = 10;

/** A waiver as the promotion dashboard lists it: what it accepts, until when, and where it is used now. */
export interface WaiverView {
  file: string;
  /** Its place in the file's `waivers` list, as decisions cite it. */
  index: number;
  waiver: Waiver;
  approver: PersonRef;
  /** The name of the level it is limited to, if it is (its id when no level has it). */
  levelName?: string;
  /** Days from the decision day to its last day: 0 on its last day, negative once it has expired. */
  daysLeft: number;
  state: 'active' | 'expiring' | 'expired';
  /** Candidates whose decisions apply it now, newest first: the newest `usedByShown` of them. */
  usedBy: string[];
  /** How many more, older candidates it applies to now, not named in `usedBy`. */
  usedByOlder: number;
}

/**
 * Every waiver of the content, the soonest to end first (expired ones
 * first of all): the release team reviews what it has accepted, and renews
 * or drops each before it lapses. `day` is the decision day (UTC), on which
 * waiver expiry is judged.
 */
export function waiverViews(files: readonly Entry<DataOf<'waivers'>>[], promotion: PromotionModel, day: string, person: (id: string) => PersonRef): WaiverView[] {
  const used = new Map<string, string[]>();
  for (const candidate of promotion.candidates) {
    const cited = new Set<string>();
    for (const level of candidate.levels) for (const row of level.requirements) if (row.waiver) cited.add(`${row.waiver.file}#${row.waiver.index}`);
    for (const key of cited) {
      const list = used.get(key);
      if (list) list.push(candidate.candidate);
      else used.set(key, [candidate.candidate]);
    }
  }
  return files
    .flatMap(({ file, data }) => data.waivers.map((waiver, index) => {
      const daysLeft = daysBetween(day, waiver.expires);
      const state: WaiverView['state'] = isExpired(waiver, day) ? 'expired' : daysLeft <= expiringWithinDays ? 'expiring' : 'active';
      const usedBy = used.get(`${file}#${index}`) ?? [];
      const levelName = waiver.level && (promotion.levels.find((l) => l.id === waiver.level)?.name ?? waiver.level);
      return { file, index, waiver, approver: person(waiver.approver), levelName, daysLeft, state, usedBy: usedBy.slice(0, usedByShown), usedByOlder: Math.max(0, usedBy.length - usedByShown) };
    }))
    .sort((a, b) => a.daysLeft - b.daysLeft || byCodeUnit(a.file, b.file) || a.index - b.index);
}
