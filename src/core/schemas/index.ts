import type { z } from 'zod';
import type { SourceFormat } from '../load/source.ts';
import { glossarySchema, handbookSchema, trainingSchema } from './pages.ts';
import { personSchema } from './people.ts';
import { portalSchema } from './portal.ts';
import { projectSchema } from './projects.ts';
import { levelSchema } from './promotion.ts';
import { raciSchema } from './raci.ts';
import { releaseSchema } from './releases.ts';
import { resultFileSchema } from './results.ts';
import { retrospectiveSchema } from './retrospectives.ts';
import { reviewSchema } from './reviews.ts';
import { waiverFileSchema } from './waivers.ts';

/** Where the files of one content type live, relative to the content folder. */
export type ContentLocation =
  | { file: string }
  | { dir: string; extensions: readonly string[]; recursive?: boolean };

export interface ContentType<Schema extends z.ZodType = z.ZodType> {
  /** Shown in messages and used as the JSON Schema file name. */
  title: string;
  location: ContentLocation;
  format: SourceFormat;
  schema: Schema;
}

const yamlFiles = ['.yaml', '.yml'] as const;

/**
 * Every file type Tollgate reads. The loader, the validator, the Astro content
 * collections and `npm run schema` all take their schemas from this table.
 */
export const contentTypes = {
  portal: { title: 'Portal settings', location: { file: 'portal.yaml' }, format: 'yaml', schema: portalSchema },
  people: { title: 'Person', location: { dir: 'people', extensions: yamlFiles }, format: 'yaml', schema: personSchema },
  projects: { title: 'Project', location: { dir: 'projects', extensions: ['.md'] }, format: 'markdown', schema: projectSchema },
  releases: { title: 'Release', location: { dir: 'releases', extensions: ['.md'] }, format: 'markdown', schema: releaseSchema },
  raci: { title: 'RACI matrix', location: { dir: 'raci', extensions: yamlFiles }, format: 'yaml', schema: raciSchema },
  levels: { title: 'Promotion level', location: { dir: 'promotion', extensions: yamlFiles }, format: 'yaml', schema: levelSchema },
  results: {
    title: 'Test results',
    location: { dir: 'results', extensions: ['.json'], recursive: true },
    format: 'json',
    schema: resultFileSchema,
  },
  waivers: { title: 'Waivers', location: { dir: 'waivers', extensions: yamlFiles }, format: 'yaml', schema: waiverFileSchema },
  reviews: { title: 'Milestone review', location: { dir: 'reviews', extensions: yamlFiles }, format: 'yaml', schema: reviewSchema },
  retrospectives: { title: 'Retrospective', location: { dir: 'retrospectives', extensions: yamlFiles }, format: 'yaml', schema: retrospectiveSchema },
  training: { title: 'Training lesson', location: { dir: 'training', extensions: ['.mdx', '.md'] }, format: 'markdown', schema: trainingSchema },
  handbook: { title: 'Handbook page', location: { dir: 'handbook', extensions: ['.md'] }, format: 'markdown', schema: handbookSchema },
  glossary: { title: 'Glossary', location: { file: 'glossary.yaml' }, format: 'yaml', schema: glossarySchema },
} as const satisfies Record<string, ContentType>;

export type ContentKind = keyof typeof contentTypes;
export type DataOf<K extends ContentKind> = z.output<(typeof contentTypes)[K]['schema']>;

export * from './common.ts';
export * from './pages.ts';
export * from './people.ts';
export * from './portal.ts';
export * from './projects.ts';
export * from './promotion.ts';
export * from './raci.ts';
export * from './releases.ts';
export * from './results.ts';
export * from './retrospectives.ts';
export * from './reviews.ts';
export * from './waivers.ts';
