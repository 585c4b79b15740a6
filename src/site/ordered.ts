import { getCollection, type CollectionEntry } from 'astro:content';
import { byCodeUnit } from '../core/order.ts';
import { loadValidContent } from './content-source.ts';

/** The collections whose entries come in an order of their own (`order` in front matter). */
type Ordered = 'training' | 'handbook';

/**
 * Lessons or handbook pages in the order their front matter gives, ties by
 * id so that every build lists them alike. A community that has none is not
 * asked of Astro, which would warn that the collection is empty.
 */
export async function inOrder<C extends Ordered>(collection: C): Promise<CollectionEntry<C>[]> {
  const { content } = await loadValidContent();
  if (content[collection].length === 0) return [];
  const entries: CollectionEntry<Ordered>[] = await getCollection(collection);
  return entries.sort((a, b) => a.data.order - b.data.order || byCodeUnit(a.id, b.id)) as CollectionEntry<C>[];
}
