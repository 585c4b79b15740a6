import type { HastPluginDefinition } from 'satteri';

/** True when a URL, as the browser reads it (spaces and control characters ignored), runs script. */
export function isScriptUrl(value: string): boolean {
  return /^(javascript:|vbscript:|data:text\/html)/i.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/**
 * A Markdown link such as [x](javascript:alert(1)) would otherwise be rendered
 * as written. Content comes from many contributors through pull requests, so
 * the link loses its href (its text stays) instead of becoming code.
 */
export const safeLinks: HastPluginDefinition = {
  name: 'tollgate:safe-links',
  element: {
    filter: ['a', 'area'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href === 'string' && isScriptUrl(href)) ctx.setProperty(node, 'href', undefined);
    },
  },
};
