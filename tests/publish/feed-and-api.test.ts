import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { apiDocumentsFor } from '../../src/core/publish/api.ts';
import { apiJsonSchemas } from '../../src/core/publish/api-schemas.ts';
import { renderAtomFeed } from '../../src/core/publish/feed.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { dateIn } from '../../src/core/schedule/zones.ts';
import { fixtureModel, publishFixture, site } from './fixture.ts';

describe('the Atom feed', () => {
  it('parses with a feed parser and lists reached milestones newest first', async () => {
    const feed = parseFeed(renderAtomFeed(await fixtureModel('2027-03-26T09:00:00Z'), site));
    expect(feed.title).toBe('Test community releases');
    expect(feed.self).toBe('https://rel.example.org/portal/feed.xml');
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      ['Iris; the "first", release released', 'https://rel.example.org/portal/releases/iris/#milestone-release'],
      ['Iris; the "first", release: Relay: Relay branch cut reached', 'https://rel.example.org/portal/releases/iris/#milestone-relay-branch'],
      ['Iris; the "first", release: Feature freeze reached', 'https://rel.example.org/portal/releases/iris/#milestone-freeze'],
    ]);
    // The release day begins at midnight in Paris, 23:00 UTC the day before (CET).
    expect(feed.items[0]!.updated?.toISOString()).toBe('2027-03-24T23:00:00.000Z');
    expect(feed.generator?.label).toBe('Tollgate');
  });

  it('sums up a milestone without a description with its day written as the pages write it', async () => {
    const feed = parseFeed(renderAtomFeed(await fixtureModel('2027-03-26T09:00:00Z'), site));
    const summaries = feed.items.map((item) => item.description).filter((d) => d?.includes(' of Iris'));
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) expect(summary).toMatch(/, \w{3} \d{1,2} \w{3} \d{4}\.$/);
  });

  it('gives the portal description as it is written, escaped once', async () => {
    // A strict XML parser: feed-parser decodes entities a second time and would hide double escaping.
    const xml = renderAtomFeed(await fixtureModel('2027-03-26T09:00:00Z'), site);
    const { feed } = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(xml);
    expect(feed.subtitle).toBe('Releases, with <b>tags</b> & "quotes".');
  });

  it('says the language of its text, as the pages do', async () => {
    const files = { ...publishFixture, 'portal.yaml': `${publishFixture['portal.yaml']}language: fr\n` };
    expect(parseFeed(renderAtomFeed(await fixtureModel('2027-03-26T09:00:00Z', files), site)).language).toBe('fr');
    expect(parseFeed(renderAtomFeed(await fixtureModel('2027-03-26T09:00:00Z'), site)).language).toBe('en');
  });

  it('names an author, which Atom requires of a feed whose entries name none (RFC 4287, 4.1.1)', async () => {
    const xml = renderAtomFeed(await fixtureModel('2027-03-26T09:00:00Z'), site);
    const { feed } = new XMLParser({ isArray: (name) => name === 'entry' || name === 'author' }).parse(xml);
    expect(feed.entry.length).toBeGreaterThan(0);
    expect(feed.entry.every((entry: { author?: unknown }) => entry.author === undefined)).toBe(true);
    expect(feed.author).toEqual([{ name: 'Test community', uri: 'https://rel.example.org/portal/' }]);
  });

  it('keeps each entry\'s id when a reached milestone\'s date is corrected, so that readers do not show it twice', async () => {
    const corrected = { ...publishFixture, 'releases/iris.md': publishFixture['releases/iris.md'].replace('date: 2027-03-25', 'date: 2027-03-26') };
    const ids = async (files: Record<string, string>) =>
      parseFeed(renderAtomFeed(await fixtureModel('2027-04-01T09:00:00Z', files), site)).items.map((item) => [item.title, item.id]);
    const [before, after] = [await ids(publishFixture), await ids(corrected)];
    expect(before.map(([title]) => title)).toContain('Iris; the "first", release released');
    expect(after).toEqual(before);
    expect(new Set(before.map(([, id]) => id)).size).toBe(before.length);
  });

  it('dates each entry on its day in the portal\'s zone, or at its deadline, so that readers there see the day the page shows', async () => {
    const files = { ...publishFixture, 'portal.yaml': publishFixture['portal.yaml'].replace('timezone: Europe/Paris', 'timezone: America/Los_Angeles') };
    const model = await fixtureModel(createClock({ timezone: 'America/Los_Angeles', now: '2027-03-26T20:00:00Z' }), files);
    const updated = Object.fromEntries(parseFeed(renderAtomFeed(model, site)).items.map((item) => [item.url!.split('#')[1], item.updated!.toISOString()]));
    expect(updated['milestone-release']).toBe('2027-03-25T07:00:00.000Z');
    expect(dateIn(Date.parse(updated['milestone-release']!), 'America/Los_Angeles')).toBe('2027-03-25');
    // Feature freeze ends at 23:59 AoE, the instant it was reached.
    const freeze = model.releases[0]!.milestones.find((m) => m.id === 'freeze')!;
    expect(Date.parse(updated['milestone-freeze']!)).toBe(Date.parse(freeze.deadline!));
  });

  it('holds no entry before anything is reached', async () => {
    expect(parseFeed(renderAtomFeed(await fixtureModel('2026-11-24T09:00:00Z'), site)).items).toEqual([]);
  });
});

describe('the JSON API', () => {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const schemas = apiJsonSchemas();
  const check = (name: keyof typeof schemas, document: unknown) => {
    const validate = ajv.compile(schemas[name]);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  };

  it('validates against its published JSON Schemas', async () => {
    const model = await fixtureModel('2026-11-24T09:00:00Z');
    const docs = apiDocumentsFor(model, site);
    check('releases', docs.releases);
    check('release', docs.release('iris'));
    check('milestones', docs.milestones);
  });

  it('carries the version, the generation time and computed booleans', async () => {
    const model = await fixtureModel('2027-04-01T09:00:00Z');
    const { releases, milestones } = apiDocumentsFor(model, site);
    expect(releases).toMatchObject({ schema_version: 1, generated_at: '2027-04-01T09:00:00.000Z' });
    expect(releases.releases[0]).toMatchObject({
      id: 'iris', status: 'maintained', release_date: '2027-03-25', is_released: true, is_maintained: true, is_eol: false,
      calendar: 'https://rel.example.org/portal/releases/iris.ics', next_phase: { status: 'end-of-life', date: '2027-10-01' },
    });
    expect(milestones.milestones.map((m) => [m.id, m.week, m.is_done])).toEqual([
      ['freeze', 'R-4', true], ['relay-branch', 'R-2', true], ['release', 'R-0', true],
    ]);
    expect(milestones.milestones[0]!.deadline).toBe('2027-02-26T11:59:00.000Z');
    // The form of `generated_at` and of every instant of the promotion documents.
    expect(milestones.milestones[0]!.deadline!.length).toBe(releases.generated_at.length);
  });

  it('documents both forms of `week`, the release-relative one and the ISO week of a release without a release date', async () => {
    const files = { ...publishFixture, 'releases/latest.md': '---\nname: Latest\ntype: latest\nmilestones:\n  - id: trial\n    name: Trial review\n    kind: review\n    date: 2027-01-21\n---\n' };
    const model = await fixtureModel('2026-11-24T09:00:00Z', files);
    const docs = apiDocumentsFor(model, site);
    expect(docs.release('latest').release.milestones.map((m) => m.week)).toEqual(['2027-W03']);
    check('release', docs.release('latest'));
    const week = (schemas.milestones as { properties: { milestones: { items: { properties: { week: { description: string } } } } } }).properties.milestones.items.properties.week;
    expect(week.description).toContain('ISO week');
    const broken = { ...docs.milestones, milestones: docs.milestones.milestones.map((m) => ({ ...m, week: 'week 3', kind: 'banana' })) };
    const validate = ajv.compile(schemas.milestones);
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/milestones/0/week', '/milestones/0/kind']));
  });

  it('claims no estimate for a release without a release date, and says whether a release date is one', async () => {
    const files = {
      ...publishFixture,
      'releases/latest.md': '---\nname: Latest\ntype: latest\nmilestones:\n  - id: trial\n    name: Trial review\n    kind: review\n    date: 2027-01-21\n---\n',
      'releases/jasmine.md': '---\nname: Jasmine\ntype: ga\nmilestones:\n  - id: release\n    name: Release\n    kind: release\n    date: 2027-09-23\n    estimated: true\n---\n',
    };
    const model = await fixtureModel('2026-11-24T09:00:00Z', files);
    const docs = apiDocumentsFor(model, site);
    const byId = Object.fromEntries(docs.releases.releases.map((r) => [r.id, r]));
    expect(byId.latest).toMatchObject({ release_date: null, release_date_estimated: null });
    expect(byId.jasmine).toMatchObject({ release_date: '2027-09-23', release_date_estimated: true });
    expect(byId.iris).toMatchObject({ release_date: '2027-03-25', release_date_estimated: false });
    check('releases', docs.releases);
    check('release', docs.release('latest'));
    const field = (schemas.releases as { properties: { releases: { items: { properties: { release_date_estimated: { description: string } } } } } }).properties.releases.items.properties.release_date_estimated;
    expect(field.description).toContain('null');
  });

  it('rejects a document that breaks the schema', () => {
    const validate = ajv.compile(schemas.releases);
    expect(validate({ schema_version: 2, generated_at: 'yesterday', releases: [] })).toBe(false);
  });
});
