/**
 * Puts every table of rendered Markdown in a named, keyboard-scrollable region
 * (`.table-scroll`), as the portal's own tables are: a wide table then scrolls
 * on a phone instead of widening the page or splitting its words. Markdown
 * tables have no caption, so the region is named after the heading above the
 * table, or after its column headers when there is none or when that name is taken.
 */
export function scrollableTables(html: string): string {
  const used = new Set<string>();
  let heading: string | undefined;
  return html.replace(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>|<table\b[\s\S]*?(?:<\/tr>|<\/table>)|<\/table>/g, (match, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      heading = plainText(text!);
      return match;
    }
    if (match === '</table>') return '</table></section>';
    const headers = [...match.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => plainText(m[1]!)).filter(Boolean);
    const byHeaders = headers.length ? `Table: ${headers.join(', ')}` : 'Table';
    const label = heading && !used.has(heading) ? heading : byHeaders;
    used.add(label);
    const wrapped = `<section class="table-scroll" aria-label="${label.replaceAll('"', '&quot;')}" tabindex="0">${match}`;
    return match.endsWith('</table>') ? `${wrapped}</section>` : wrapped;
  });
}

/** The text of an HTML fragment, its entities kept as written (they stay valid in an attribute). */
function plainText(fragment: string): string {
  return fragment.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}
