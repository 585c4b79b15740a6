/**
 * Prefixes a site path with the configured base, so that links keep working
 * when the portal is published under a sub-path such as /tollgate/.
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** A calendar subscription link (webcal://) for a site path, which calendar applications open as a subscription. */
export function webcal(path: string): string {
  return new URL(path, siteRoot()).href.replace(/^https?:/, 'webcal:');
}

/** The portal's public root URL (site + base, ending in "/"), for absolute links in feeds and calendars. */
export function siteRoot(): URL {
  return new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), import.meta.env.SITE);
}
