import type { APIRoute, GetStaticPaths } from 'astro';
import { apiDocuments, json } from '../../../../site/api.ts';
import { getPortal } from '../../../../site/portal.ts';

export const getStaticPaths = (async () => (await getPortal()).releases.map((r) => ({ params: { id: r.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await apiDocuments()).release(params.id!));
