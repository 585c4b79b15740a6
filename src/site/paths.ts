/**
 * Prefixes a site path with the configured base, so that links keep working
 * when the portal is published under a sub-path such as /tollgate/.
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
