/**
 * Our prose kept one piece per file and named by slug (常见问题, the guide):
 * each published item with its rendered MDX body, in the published order.
 */
import { getEntry, render } from 'astro:content';

export async function withBodies<T extends { slug: string; file: string }>(
  collection: 'faq' | 'guide',
  items: readonly T[],
) {
  return Promise.all(
    items.map(async (item) => {
      const entry = await getEntry(collection, item.slug);
      if (!entry) throw new Error(`${item.file}: the ${collection} collection has nothing for "${item.slug}"`);
      const { Content } = await render(entry);
      return { ...item, Content };
    }),
  );
}
