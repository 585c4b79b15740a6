/**
 * The schedule engine: milestone dates worked out from how they are written,
 * and every date-dependent status computed against one clock. Pages,
 * calendars, feeds and the API read schedules from here only.
 */
export * from './clock.ts';
export * from './dates.ts';
export * from './milestone-dates.ts';
export * from './resolve.ts';
export * from './status.ts';
export type * from './types.ts';
export * from './weeks.ts';
export * from './zones.ts';
