import { z } from 'zod';
import { text } from './common.ts';

/** training/*.mdx front matter: one lesson of the newcomers' course. */
export const trainingSchema = z.strictObject({
  title: text,
  description: text,
  order: z.number().int().nonnegative(),
  duration: z.number().int().positive().optional().describe('Minutes'),
  objectives: z.array(text).default([]),
});

/** handbook/*.md front matter: one page of the release handbook. */
export const handbookSchema = z.strictObject({
  title: text,
  description: text.optional(),
  order: z.number().int().nonnegative(),
});

/** glossary.yaml: the words of release management, as this community uses them. */
export const glossarySchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      term: text,
      definition: text,
      abbreviation: text.optional(),
      seeAlso: z.array(text).default([]),
    }),
  ),
});

export type Training = z.output<typeof trainingSchema>;
export type HandbookPage = z.output<typeof handbookSchema>;
export type Glossary = z.output<typeof glossarySchema>;
