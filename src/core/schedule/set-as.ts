import type { Milestone } from '../schemas/releases.ts';
import { parseOffset } from './dates.ts';

/**
 * How a milestone's date is set, in the words of the handbook, so that a
 * reader of the schedule sees what moves when another date moves: "a fixed
 * date", "R-10, counted from the release week", "2 weeks after Feature code
 * freeze". Validation messages keep the file's own notation instead.
 */
export function describeDating(milestone: Milestone, milestones: readonly Milestone[]): string {
  if (milestone.date !== undefined) return 'a fixed date';
  if (milestone.week !== undefined) return `${milestone.week.trim()}, counted from the release week`;
  const anchor = milestones.find((m) => m.id === milestone.after)?.name ?? milestone.after ?? '';
  const offset = parseOffset(milestone.offset ?? '');
  if (!offset || offset.amount === 0) return `on the day of ${anchor}`;
  const size = Math.abs(offset.amount);
  const unit = size === 1 ? offset.unit.replace(/s$/, '') : offset.unit;
  return `${size} ${unit} ${offset.amount < 0 ? 'before' : 'after'} ${anchor}`;
}
