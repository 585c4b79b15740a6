import { z } from 'zod';
import { calendarDate, id, text } from './common.ts';

/** Something the community agreed to change, with who sees it through. */
const improvementAction = z.strictObject({
  action: text,
  owner: id.describe('Person who sees the action through'),
  due: calendarDate.optional().describe('Day it should be done by; an open action past it is shown as overdue'),
  status: z.enum(['open', 'done', 'dropped']).default('open'),
  notes: text.optional(),
});

/**
 * retrospectives/<id>.yaml: how one release cycle went, looked back on
 * after the release: what went well, what to improve, and the actions
 * agreed, each with an owner. Open actions are listed for the whole
 * community until they are done or dropped.
 */
export const retrospectiveSchema = z.strictObject({
  release: id,
  date: calendarDate.describe('Day the retrospective was held'),
  facilitator: id.optional().describe('Person who ran it'),
  wentWell: z.array(text).default([]),
  toImprove: z.array(text).default([]),
  actions: z.array(improvementAction).default([]),
});

export type Retrospective = z.output<typeof retrospectiveSchema>;
export type ImprovementAction = Retrospective['actions'][number];
