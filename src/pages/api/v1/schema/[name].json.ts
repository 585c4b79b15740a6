import type { APIRoute, GetStaticPaths } from 'astro';
import { apiJsonSchemas } from '../../../../core/publish/api-schemas.ts';
import { json } from '../../../../site/api.ts';

const schemas = apiJsonSchemas();

export const getStaticPaths = (() => Object.keys(schemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** JSON Schema of each API document, so clients can validate what they read. */
export const GET: APIRoute = ({ params }) => json(schemas[params.name as keyof typeof schemas]);
