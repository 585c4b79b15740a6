import type { Content } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at, didYouMean } from './helpers.ts';

/** "See also" links must lead to terms the glossary defines, and each term is defined once. */
export function checkGlossary(content: Content): Diagnostic[] {
  return content.glossary.flatMap((glossary) => {
    const terms = glossary.data.terms.map((t) => t.term);
    const lower = terms.map((t) => t.toLowerCase());
    return glossary.data.terms.flatMap((entry, i) => [
      ...(lower.indexOf(entry.term.toLowerCase()) < i
        ? [at(glossary, ['terms', i, 'term'], 'duplicate-id', `term "${entry.term}" is defined twice`, 'merge the two definitions')]
        : []),
      ...entry.seeAlso
        .map((target, j) => [target, j] as const)
        .filter(([target]) => !lower.includes(target.toLowerCase()))
        .map(([target, j]) => at(glossary, ['terms', i, 'seeAlso', j], 'unknown-reference', `"see also" names an undefined term "${target}"`, didYouMean(target, terms))),
    ]);
  });
}
