/**
 * Orders that every machine agrees on. `localeCompare` without a locale
 * follows the builder's LANG, so a Swedish maintainer and CI would list the
 * same projects differently; builds must not depend on who runs them.
 */

/** Code-unit order, for what machines write: ids, dates, file paths. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Alphabetical order for names people read (projects, glossary terms), in
 * the portal's language: "Äpple" sorts after "Zeta" in Swedish, with the
 * A's in English. Numbers inside names count as numbers ("Phase 2" before "Phase 10").
 */
export function alphabetical(language: string): (a: string, b: string) => number {
  return new Intl.Collator(language, { numeric: true }).compare;
}
