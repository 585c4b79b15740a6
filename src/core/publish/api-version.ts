/** The JSON API's version: a breaking change bumps it and the /api/v<N>/ path. */
export const API_SCHEMA_VERSION = 1 as const;
