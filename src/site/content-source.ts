import { resolveContentDir } from '../core/settings.ts';
import { hasErrors } from '../core/validate/diagnostic.ts';
import { formatReport } from '../core/validate/format.ts';
import { validateOnce } from '../core/validate/once.ts';
import { validateContent, type Validation } from '../core/validate/validate.ts';

let validation: Promise<Validation> | undefined;

/** The content folder this build reads (TOLLGATE_CONTENT or ./content). */
export const contentRoot = resolveContentDir();

/**
 * Loads and validates the content folder once per build (see `validateOnce`).
 * Every page and collection reads from this one result; an invalid folder
 * stops the build with the validator's full report, even when `astro build`
 * is run directly.
 */
export function loadValidContent(): Promise<Validation> {
  // `astro dev` reads the folder again whenever this module is loaded again.
  validation ??= (import.meta.env.DEV ? validateContent(contentRoot) : validateOnce(contentRoot)).then((result) => {
    if (hasErrors(result.diagnostics)) {
      throw new Error(`the content has errors:\n${formatReport(result.diagnostics, contentRoot, 'text')}`);
    }
    return result;
  });
  return validation;
}
