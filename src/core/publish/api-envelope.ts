import { z } from 'zod';
import type { Clock } from '../schedule/types.ts';

/** The JSON API's version: a breaking change bumps it and the /api/v<N>/ path. */
export const API_SCHEMA_VERSION = 1 as const;

/** The fields every API document starts with, as the published schemas state them. */
export const envelopeSchema = { schema_version: z.literal(API_SCHEMA_VERSION), generated_at: z.iso.datetime() };

/** Those fields for a document written at the build clock's instant. */
export const envelopeAt = (clock: Pick<Clock, 'now'>) => ({ schema_version: API_SCHEMA_VERSION, generated_at: new Date(clock.now).toISOString() });
