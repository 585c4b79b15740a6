import { Feed } from 'feed';
import { formatDay } from '../format.ts';
import { byCodeUnit } from '../order.ts';
import type { PortalModel } from '../portal-model.ts';
import { zonedDeadline } from '../schedule/zones.ts';

/**
 * The Atom feed: every release that has shipped and every milestone reached,
 * newest first, so that followers hear of progress without visiting.
 * Entries are dated when reached (see below); the feed by the build clock.
 */
export function renderAtomFeed(model: Pick<PortalModel, 'portal' | 'releases' | 'clock'>, site: URL, limit = 50): string {
  const { portal, releases, clock } = model;
  const page = (path: string) => new URL(path, site).href;
  const feed = new Feed({
    id: page(''),
    title: `${portal.name} releases`,
    // Atom's subtitle is text, which the library escapes itself.
    description: portal.description,
    link: page(''),
    language: portal.language,
    updated: new Date(clock.now),
    feedLinks: { atom: page('feed.xml') },
    copyright: portal.name,
    // Atom (RFC 4287, 4.1.1) requires an author for the feed when its entries name none.
    author: { name: portal.name, link: page('') },
    generator: 'Tollgate',
  });
  const entries = releases.flatMap((release) =>
    release.milestones
      .filter((m) => m.status === 'done')
      .map((m) => {
        const isRelease = m.kind === 'release';
        const link = page(`releases/${release.id}/#milestone-${m.id}`);
        // When it was reached: its deadline, else the start of its day where the
        // community is, so that readers there see the day the page shows.
        const reached = new Date(m.deadline ?? zonedDeadline(m.date, '00:00', portal.timezone));
        return {
          at: reached.toISOString(),
          item: {
            // The milestone's address, never its date: a date corrected after
            // the milestone was reached must not make readers show it twice.
            id: link,
            title: escapeHtml(isRelease ? `${release.data.name} released` : `${release.data.name}: ${m.title} reached`),
            link,
            date: reached,
            description: escapeHtml(m.description ?? `${m.title} of ${release.data.name}, ${formatDay(m.date)}.`),
            category: [{ term: isRelease ? 'release' : 'milestone' }],
          },
        };
      }),
  );
  entries
    .sort((a, b) => byCodeUnit(b.at, a.at) || byCodeUnit(a.item.id, b.item.id))
    .slice(0, limit)
    .forEach(({ item }) => feed.addItem(item));
  // The feed library writes no xml:lang for Atom; readers take the text's language from it.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(portal.language)}">`);
}

/** The feed library marks entry titles and summaries as HTML, so plain text is escaped into them. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
