import { apiDocumentsFor } from '../core/publish/api.ts';
import { siteRoot } from './paths.ts';
import { getPortal } from './portal.ts';

/** The API documents of this build, for the /api/v1/ endpoints. */
export async function apiDocuments() {
  return apiDocumentsFor(await getPortal(), siteRoot());
}

/** A JSON response, pretty-printed: the API is read by people as often as by programs. */
export const json = (value: unknown): Response =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
