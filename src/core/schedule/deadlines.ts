import type { Milestone } from '../schemas/releases.ts';
import type { ScheduleProblem } from './milestone-dates.ts';
import { isDeadlineZone, zonedDeadline } from './zones.ts';

/**
 * The exact instant of a milestone written with a `time` (in its `timezone`,
 * else the portal's), as ISO 8601 in UTC. The calendar `date` stays the day
 * written: a Paris deadline at 00:30 is still that day on the schedule.
 */
export function deadlineOf(m: Milestone, i: number, date: string, timezone: string, problems: ScheduleProblem[]): string | undefined {
  if (m.timezone !== undefined && !isDeadlineZone(m.timezone)) {
    problems.push({
      path: ['milestones', i, 'timezone'], rule: 'schedule-timezone', severity: 'error',
      message: `"${m.timezone}" is not a time zone`,
      hint: 'use an IANA name such as "Europe/Paris" or "America/Los_Angeles", "UTC", or "AoE" (anywhere on Earth, UTC-12)',
    });
    return undefined;
  }
  if (m.time === undefined) {
    if (m.timezone !== undefined) {
      problems.push({
        path: ['milestones', i, 'timezone'], rule: 'schedule-timezone', severity: 'warning',
        message: `timezone "${m.timezone}" has no effect without a \`time\``,
        hint: 'add the time of the deadline (e.g. `time: "23:59"`), or remove `timezone`',
      });
    }
    return undefined;
  }
  return zonedDeadline(date, m.time, m.timezone ?? timezone);
}
