import type { APIRoute } from 'astro';
import { apiDocuments, json } from '../../../site/api.ts';

export const GET: APIRoute = async () => json((await apiDocuments()).releases);
