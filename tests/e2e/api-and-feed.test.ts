import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** The sample portal's JSON API against the JSON Schemas it publishes, and its Atom feed through a feed parser. */
const sample = inject('sample');
const underBase = inject('sampleUnderBase');
const read = async (path: string, dir = sample.dir) => JSON.parse(await readFile(join(dir, path), 'utf8'));

/** The values of every `url`, `api` and `calendar` field of a document, but evidence's links to CI. */
const linksIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(linksIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, v]) => (key === 'evidence' ? [] : ['url', 'api', 'calendar'].includes(key) && typeof v === 'string' ? [v] : linksIn(v)))
      : [];

describe('the published JSON API', () => {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const check = async (schema: string, document: string) => {
    const validate = ajv.compile(await read(`api/v1/schema/${schema}.json`));
    const valid = validate(await read(document));
    expect(valid, `${document}: ${JSON.stringify(validate.errors)}`).toBe(true);
  };

  it('validates every document against its published schema', async () => {
    await check('releases', 'api/v1/releases.json');
    await check('milestones', 'api/v1/milestones.json');
    for (const file of await readdir(join(sample.dir, 'api/v1/releases'))) await check('release', `api/v1/releases/${file}`);
    await check('promotion', 'api/v1/promotion.json');
    for (const file of await readdir(join(sample.dir, 'api/v1/candidates'))) await check('candidate', `api/v1/candidates/${file}`);
  });

  it('says what a release manager expects on the build date', async () => {
    const { releases, generated_at } = await read('api/v1/releases.json');
    expect(generated_at).toBe('2026-11-24T00:00:00.000Z');
    const byId = Object.fromEntries(releases.map((r: { id: string }) => [r.id, r]));
    expect(byId.hyacinth).toMatchObject({ status: 'maintained', is_released: true, is_maintained: true, is_eol: false });
    expect(byId.iris).toMatchObject({ status: 'in-development', is_released: false, is_maintained: false });
    expect(byId.jasmine).toMatchObject({ status: 'planned', release_date_estimated: true });
    expect(byId.latest).toMatchObject({ release_date: null, release_date_estimated: null });
  });
});

describe('the links of the published JSON API', () => {
  it.each([sample, underBase])('lead to built pages, anchors and files, and reach every document (base $base)', async ({ dir }) => {
    const { releases } = await read('api/v1/releases.json', dir);
    // The public address of the portal, as its documents write it.
    const root = releases[0].url.slice(0, -`releases/${releases[0].id}/`.length);
    const documents = ['api/v1/releases.json', 'api/v1/milestones.json', 'api/v1/promotion.json',
      ...(await readdir(join(dir, 'api/v1/releases'))).map((f) => `api/v1/releases/${f}`),
      ...(await readdir(join(dir, 'api/v1/candidates'))).map((f) => `api/v1/candidates/${f}`)];
    const linked = new Set<string>();
    for (const document of documents) {
      for (const link of linksIn(await read(document, dir))) {
        expect(link.startsWith(root), `${document}: ${link}`).toBe(true);
        const [path, anchor] = link.slice(root.length).split('#') as [string, string | undefined];
        linked.add(path);
        const file = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8').catch(() => undefined);
        expect(file, `${document}: ${link}`).toBeDefined();
        if (anchor) expect(file, `${document}: ${link}`).toContain(`id="${anchor}"`);
      }
    }
    // From the three indexes, a client reaches every other document.
    const indexes = documents.slice(0, 3);
    expect(documents.filter((d) => !indexes.includes(d) && !linked.has(d))).toEqual([]);
    expect(linked.has('promotion/candidates/trunk-20261122/')).toBe(true);
  });
});

describe('the published Atom feed', () => {
  it('parses and lists reached milestones, newest first', async () => {
    const feed = parseFeed(await readFile(join(sample.dir, 'feed.xml'), 'utf8'));
    expect(feed.title).toBe('Lumen Edge releases');
    const dates = feed.items.map((item) => item.updated!.toISOString());
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed.items.some((item) => item.title === 'Hyacinth released')).toBe(true);
  });
});
