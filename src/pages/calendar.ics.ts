import type { APIRoute } from 'astro';
import { calendarResponse } from '../site/calendar.ts';
import { getPortal } from '../site/portal.ts';

/** Every milestone of every release. */
export const GET: APIRoute = async () => calendarResponse('all releases', (await getPortal()).releases);
