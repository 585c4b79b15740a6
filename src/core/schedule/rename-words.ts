/**
 * Renames the copied release in milestone texts written for it (see
 * `nextReleaseFrom`), whole words only: "Iris" in "take part in Iris." or "stable/iris",
 * not in "Irises" or "iris-2" (another id). One pass over the text, so a
 * new name that contains the old id is not replaced again.
 */
export function renameWords(renames: readonly (readonly [from: string, to: string])[]): (text: string) => string {
  const map = new Map(renames.filter(([from, to]) => from !== '' && from !== to));
  if (map.size === 0) return (text) => text;
  const escaped = [...map.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}][-.])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_]|[-.][\\p{L}\\p{N}])`, 'gu');
  return (text) => text.replace(pattern, (word) => map.get(word)!);
}
