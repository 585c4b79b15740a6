import { z } from 'zod';
import { httpUrl, id, text } from './common.ts';

/** A link shown in the portal's header or footer. */
const link = z.strictObject({ label: text, url: httpUrl });

/**
 * portal.yaml: the one file that describes the community itself and where the
 * portal is published. `base` lets a project site live under a sub-path.
 */
export const portalSchema = z.strictObject({
  name: text.describe('Community name, shown in the header and page titles'),
  description: text.describe('One or two sentences for the home page and feeds'),
  site: httpUrl.describe('Public URL the portal is served from, without the base path'),
  base: z
    .string()
    .regex(/^\/([a-z0-9._-]+\/)*$/i, { error: 'must start and end with "/" (e.g. "/" or "/releases/")' })
    .default('/')
    .describe('Path under the site URL, starting and ending with "/"'),
  timezone: z
    .string()
    .refine(isTimeZone, { error: 'is not an IANA time zone (e.g. "Europe/Paris", "UTC")' })
    .default('UTC')
    .describe('IANA time zone in which deadlines are shown'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'must be a language tag, such as "en", "fr" or "pt-BR"' })
    .default('en'),
  repository: httpUrl.optional().describe('Repository holding this content'),
  editUrl: httpUrl
    .optional()
    .describe('Prefix for "edit this page" links; the file path relative to the content folder is appended'),
  links: z.array(link).default([]),
  tsc: z.array(id).default([]).describe('People (ids) on the Technical Steering Committee'),
  calendar: z
    .strictObject({
      reminders: z
        // A reminder comes before the deadline: a duration without its minus sign would mean after it.
        .array(z.string().regex(/^-P(?:\d+W|\d+D(?:T(?:\d+H(?:\d+M)?|\d+M))?|T(?:\d+H(?:\d+M)?|\d+M))$/, {
          error: 'must be a time before the event, as an ISO 8601 duration with a minus sign: "-P1D" (a day), "-PT2H" (two hours), "-PT30M" (30 minutes)',
        }))
        .default([])
        .describe('VALARM triggers added to every calendar event'),
    })
    .default({ reminders: [] }),
});

/** True when the runtime knows `zone` as an IANA time zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Portal = z.output<typeof portalSchema>;
