import { loadContent, type Content } from '../load/load.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { checkBodyHeadings } from './rules/body-headings.ts';
import { checkDuplicates } from './rules/duplicates.ts';
import { checkGlossary } from './rules/glossary.ts';
import { checkMilestoneOrder, checkMilestoneProjects, checkSchedules } from './rules/milestones.ts';
import { checkPromotion } from './rules/promotion.ts';
import { checkRaci } from './rules/raci.ts';
import { checkReferences } from './rules/references.ts';
import { checkReleaseManagers } from './rules/release-managers.ts';
import { checkReleaseSeries } from './rules/release-series.ts';
import { checkRetrospectives } from './rules/retrospectives.ts';
import { checkReviews } from './rules/reviews.ts';

/** A check over the whole, schema-valid content: cross-file and domain rules. */
export type Rule = (content: Content) => Diagnostic[];

/** Every rule the validator runs, in the order their findings are most useful. */
export const rules: Rule[] = [checkDuplicates, checkReferences, checkSchedules, checkMilestoneOrder, checkMilestoneProjects, checkReleaseSeries, checkRaci, checkReleaseManagers, checkPromotion, checkReviews, checkRetrospectives, checkGlossary, checkBodyHeadings];

export interface Validation {
  content: Content;
  diagnostics: Diagnostic[];
}

/**
 * Loads a content folder and runs every check. Rules see the files that
 * passed their schema, so one broken file does not hide problems elsewhere;
 * the reference check also reads the ids written in the others
 * (`content.failed`).
 */
export async function validateContent(root: string): Promise<Validation> {
  const { content, diagnostics } = await loadContent(root);
  for (const rule of rules) diagnostics.push(...rule(content));
  return { content, diagnostics: sortDiagnostics(diagnostics) };
}
