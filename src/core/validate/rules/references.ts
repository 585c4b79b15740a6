import type { Content, Entry } from '../../load/load.ts';
import { byCodeUnit } from '../../order.ts';
import { id as idSchema, type ContentKind } from '../../schemas/index.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { andThen, at, didYouMean } from './helpers.ts';

type Target = 'people' | 'projects' | 'releases' | 'levels';

/** One id written in one file that must name an existing entry. */
interface Reference {
  entry: Entry<unknown>;
  path: PropertyKey[];
  target: Target;
  id: string;
}

const nouns: Record<Target, string> = { people: 'person', projects: 'project', releases: 'release', levels: 'promotion level' };
const folders: Record<Target, string> = { people: 'people/', projects: 'projects/', releases: 'releases/', levels: 'promotion/' };

/** A path to ids in a file, `'*'` standing for every item of a list. */
type Pattern = readonly (string | '*')[];

/**
 * Every cross-file reference in the content, listed in one place so none is
 * forgotten. As paths rather than code, they are found alike in a valid
 * entry and in a file that failed its schema.
 */
const referencePaths: Partial<Record<ContentKind, readonly [Pattern, Target][]>> = {
  portal: [[['tsc', '*'], 'people']],
  projects: [[['releaseManagers', '*'], 'people'], [['lead'], 'people']],
  releases: [[['projects', '*'], 'projects'], [['qualifyingLevel'], 'levels'], [['basedOn'], 'releases'], [['milestones', '*', 'project'], 'projects']],
  levels: [[['after'], 'levels']],
  waivers: [[['waivers', '*', 'approver'], 'people'], [['waivers', '*', 'level'], 'levels']],
  reviews: [[['release'], 'releases'], [['projects', '*', 'project'], 'projects'], [['signoff', 'by'], 'people']],
  retrospectives: [[['release'], 'releases'], [['facilitator'], 'people'], [['actions', '*', 'owner'], 'people']],
};

/** The string values at `pattern` in `data`, with their paths; anything else there is the schema's to report. */
function valuesAt(data: unknown, pattern: Pattern, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (pattern.length === 0) return typeof data === 'string' ? [{ path, value: data }] : [];
  const [step, ...rest] = pattern;
  if (step === '*') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...path, i])) : [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  return valuesAt((data as Record<string, unknown>)[step!], rest, [...path, step!]);
}

function references(content: Content): Reference[] {
  // A file that failed its schema is checked too, for the ids it writes as ids.
  const failed = content.failed.flatMap(({ kind, file, id, source }) =>
    source ? [{ kind, entry: { id: id ?? file, file, data: source.data, locate: source.locate } as Entry<unknown> }] : []);
  const entries = [
    ...(Object.keys(referencePaths) as ContentKind[]).flatMap((kind) => (content[kind] as Entry<unknown>[]).map((entry) => ({ kind, entry }))),
    ...failed,
  ];
  return entries.flatMap(({ kind, entry }) =>
    (referencePaths[kind] ?? []).flatMap(([pattern, target]) =>
      valuesAt(entry.data, pattern)
        .filter(({ value }) => idSchema.safeParse(value).success)
        .map(({ path, value }) => ({ entry, path, target, id: value }))));
}

/**
 * Reports ids that name no person, project, release or level. An id whose
 * file is there but failed to load is right as written: that file's own
 * errors say what to fix, once, and the build stops on them. Repeating them
 * at every file naming it (a project is named by each release and review)
 * would bury the one error to fix, and annotate files a pull request did not
 * touch. The same goes for an id that may be in a folder that could not be read.
 */
export function checkReferences(content: Content): Diagnostic[] {
  const known: Record<Target, Set<string>> = {
    people: new Set(content.people.map((e) => e.id)),
    projects: new Set(content.projects.map((e) => e.id)),
    releases: new Set(content.releases.map((e) => e.id)),
    levels: new Set(content.levels.map((e) => e.id)),
  };
  return references(content)
    .filter((ref) => !known[ref.target].has(ref.id))
    .filter((ref) => !content.failed.some((f) => f.kind === ref.target && (f.id === ref.id || f.id === undefined)))
    .map((ref) => {
      // Files that failed to load still have their ids: "irs" is a typo of the broken iris.md, not of another release.
      const ids = new Set([...known[ref.target], ...content.failed.filter((f) => f.kind === ref.target && f.id !== undefined).map((f) => f.id!)]);
      return at(ref.entry, ref.path, 'unknown-reference', `unknown ${nouns[ref.target]} "${ref.id}"`, andThen(didYouMean(ref.id, [...ids].sort(byCodeUnit)), `ids are file names in ${folders[ref.target]}`));
    });
}
