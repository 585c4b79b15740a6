import { formatDay } from '../format.ts';
import { addDays, daysBetween } from '../schedule/dates.ts';
import { statusText } from '../state-words.ts';
import { supportUnset } from '../schedule/status.ts';
import type { Clock, ReleaseStatus, ResolvedRelease } from '../schedule/types.ts';

/** One stretch of a release's life: development, maintenance, support. */
export interface TimelineSegment {
  status: ReleaseStatus;
  from: string;
  /** Where the bar ends: the first day of the next phase. */
  to: string;
  /** The phase's own last day, as release pages give it (maintained until…), or the end of life that follows support. */
  until: string;
  /** True for a release that has set neither maintenance nor end of life: its bar runs six months on. */
  openEnded: boolean;
  /** The bar's tooltip, in the legend's words with the days the release pages give. */
  title: string;
  x: number;
  width: number;
}

export interface TimelineRow {
  id: string;
  name: string;
  y: number;
  segments: TimelineSegment[];
  /** The release day's position, marked with a diamond. */
  releaseX?: number;
}

/** Everything needed to draw the releases' lifecycle chart; the component only draws it. */
export interface TimelineLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  rows: TimelineRow[];
  ticks: { x: number; label: string }[];
  today: { x: number; label: string };
  /** Whether some bar is open-ended, for the legend. */
  openEnded: boolean;
}

const width = 960;
const labelWidth = 190;
const rowHeight = 34;
const top = 30;

/**
 * Lays out a Gantt-like lifecycle chart of the releases (development,
 * maintenance, support, end of life) with a line for today. Computed at build
 * time so the chart is plain SVG with text labels, readable without scripts.
 */
export function releaseTimeline(releases: readonly ResolvedRelease[], clock: Clock): TimelineLayout {
  const lifecycles = releases.map((release) => ({ release, phases: phases(release) }));
  const days = lifecycles.flatMap(({ phases }) => phases.flatMap((p) => [p.from, p.to])).concat(clock.today).sort();
  const start = firstOfMonth(days[0]!);
  const end = firstOfMonth(addDays(days.at(-1)!, 31));
  const span = Math.max(1, daysBetween(start, end));
  const x = (day: string) => Math.round(labelWidth + ((width - labelWidth - 10) * daysBetween(start, day)) / span);

  const rows = lifecycles.map(({ release, phases }, index) => ({
    id: release.id,
    name: release.data.name,
    y: top + index * rowHeight,
    segments: phases.map((p) => ({ ...p, title: segmentTitle(p, release.releaseDate), x: x(p.from), width: Math.max(2, x(p.to) - x(p.from)) })),
    releaseX: release.releaseDate ? x(release.releaseDate) : undefined,
  }));
  const ticks: TimelineLayout['ticks'] = [];
  for (let month = start; month <= end; month = firstOfMonth(addDays(month, 32))) {
    if (month.endsWith('-01-01') || month.endsWith('-07-01')) ticks.push({ x: x(month), label: month.slice(0, 7) });
  }
  return {
    width, labelWidth, rowHeight, rows, ticks,
    height: top + rows.length * rowHeight + 10,
    today: { x: x(clock.today), label: `Today ${clock.today}` },
    openEnded: rows.some((row) => row.segments.some((segment) => segment.openEnded)),
  };
}

type Phase = Omit<TimelineSegment, 'x' | 'width' | 'title'>;

/** The phases of one release that have dates; open-ended ones run six months on. */
function phases(release: ResolvedRelease): Phase[] {
  const dates = release.milestones.map((m) => m.date).sort();
  const start = dates[0];
  if (!start) return [];
  const { maintainedUntil, endOfLife } = release.data;
  const { releaseDate, releasedFrom } = release;
  const last = dates.at(-1)!;
  if (!releaseDate || !releasedFrom) return [{ status: 'in-development', from: start, to: last, until: last, openEnded: false }];
  // Development runs through the release day, as the release's status does.
  const list: Phase[] = [{ status: 'in-development', from: start, to: releasedFrom, until: releaseDate, openEnded: false }];
  if (maintainedUntil) list.push({ status: 'maintained', from: releasedFrom, to: addDays(maintainedUntil, 1), until: maintainedUntil, openEnded: false });
  const supportFrom = maintainedUntil ? addDays(maintainedUntil, 1) : releasedFrom;
  if (endOfLife && endOfLife > supportFrom) list.push({ status: 'released', from: supportFrom, to: endOfLife, until: endOfLife, openEnded: false });
  const sixMonths = addDays(releaseDate, 182);
  if (supportUnset(release.data)) list.push({ status: 'released', from: releasedFrom, to: sixMonths, until: sixMonths, openEnded: true });
  return list;
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** A bar's tooltip. Open-ended bars exist only for released releases, so they have a release day. */
function segmentTitle(p: Phase, releaseDate: string | undefined): string {
  if (p.openEnded) return `Released ${formatDay(releaseDate!)}; maintenance and end of life not set yet`;
  if (p.status === 'released') return `Supported (no fixes): from ${formatDay(p.from)}; end of life ${formatDay(p.until)}`;
  return `${statusText[p.status].label}: ${formatDay(p.from)} to ${formatDay(p.until)}`;
}

