import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { ReleaseInput } from './scaffold.ts';

/**
 * Writes a release file: YAML front matter and a Markdown body, in the style
 * of hand-written release files. Values that start with a digit (dates,
 * times, versions) are quoted: YAML 1.1 readers such as gray-matter would
 * otherwise turn "2027-03-25" into a Date and "12:30" into a number.
 */
export function releaseFileText(release: ReleaseInput, body: string): string {
  const doc = new Document(release);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^\d/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  // A blank line between milestones, as people write long schedules.
  const milestones = isMap(doc.contents) ? doc.contents.get('milestones', true) : undefined;
  if (isSeq(milestones)) milestones.items.forEach((item, i) => { if (i > 0 && !isScalar(item)) (item as { spaceBefore?: boolean }).spaceBefore = true; });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body.trim() ? `${body.trim()}\n` : ''}`;
}
