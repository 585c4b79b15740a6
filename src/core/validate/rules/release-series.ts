import type { Content } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { at } from './helpers.ts';

/**
 * A maintenance release corrects another release, named by `basedOn`: that
 * link is what lists it on the corrected release's page and names it on the
 * home page as the fix to run, and what `npm run new` keeps the series'
 * support dates by. A release cannot correct itself.
 */
export function checkReleaseSeries(content: Content): Diagnostic[] {
  return content.releases.flatMap((release) => {
    const { type, basedOn } = release.data;
    if (basedOn === release.id) {
      return [at(release, ['basedOn'], 'release-series', `release "${release.id}" is \`basedOn\` itself`, 'name the release this one corrects (e.g. the GA release of its series)')];
    }
    if (type === 'maintenance' && basedOn === undefined) {
      return [at(release, ['type'], 'release-series', 'this maintenance release does not say which release it corrects', 'add `basedOn:` with the id of the release it corrects, so that release lists it', 'warning')];
    }
    return [];
  });
}
