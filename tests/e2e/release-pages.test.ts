import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { text } from './support/text.ts';

/** What the sample portal's release pages say, read from the built HTML. */
const sample = inject('sample');
const page = (path: string) => readFile(join(sample.dir, path, 'index.html'), 'utf8');
const json = async (path: string) => JSON.parse(await readFile(join(sample.dir, path), 'utf8'));

describe('what each milestone asks', () => {
  it('lists a milestone that has a description but no checklist', async () => {
    const html = await page('releases/latest');
    const section = html.slice(html.indexOf('id="checklists"'), html.indexOf('id="projects"'));
    expect(text(section)).toContain('Master opens for Jasmine Iris installers cut their stable branches');
  });
});

describe('a project-specific milestone', () => {
  it('names its project once, by name, in every table that lists it', async () => {
    const iris = await page('releases/iris');
    const cell = iris.match(/<div id="milestone-relay-controller-branch"[^>]*>([\s\S]*?)<\/div>/)![1]!;
    expect(text(cell)).toMatch(/^Relay: Move to the upstream controller stable branch /);
    const row = text(iris.match(/<th scope="row"[^>]*>Move to the upstream controller stable branch[\s\S]*?<\/th>/)![0]);
    expect(row).toBe('Move to the upstream controller stable branch (Relay)');
    expect(text(await page(''))).toContain('Iris: Move to the upstream controller stable branch (Relay)');
    expect(text(iris)).not.toMatch(/Relay: (Relay: )?Move to the upstream controller stable branch \(Relay\)|relay: Relay/i);
  });
});

describe('the releases timeline', () => {
  it('names periods as its legend does and gives the last day of maintenance the release page gives', async () => {
    const html = await page('releases');
    const tooltips = [...html.matchAll(/<rect[^>]*><title>([^<]+)<\/title>/g)].map((m) => m[1]!);
    // A release that has set no support dates is released, not "supported without fixes".
    expect(tooltips.filter((t) => t.startsWith('Released'))).toEqual([expect.stringMatching(/^Released \w{3} \d+ \w+ \d{4}; maintenance and end of life not set yet$/)]);
    expect(text(html)).toContain('released, support not set yet');
    // Its release day, 14 May, is its last day in development.
    expect(tooltips).toContain('Maintained: Fri 15 May 2026 to Thu 13 May 2027');
    expect(tooltips).toContain('Supported (no fixes): from Fri 14 May 2027; end of life Thu 11 Nov 2027');
    expect(text(await page('releases/hyacinth'))).toContain('Maintained until Thu 13 May 2027');
  });

  it('has the dates the chart shows in the table below it', async () => {
    const html = await page('releases');
    const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(expect.arrayContaining(['Release date', 'Maintained until', 'End of life']));
    const hyacinth = text(html.match(/<tr[^>]*>(?:(?!<\/tr>)[\s\S])*?releases\/hyacinth\/"[\s\S]*?<\/tr>/)![0]);
    expect(hyacinth).toContain('Thu 14 May 2026 Thu 13 May 2027 Thu 11 Nov 2027');
  });
});

describe('the sample community’s texts agree with its data', () => {
  it('has the promotion levels qualify the release types the handbook says they do', async () => {
    const handbook = await page('handbook/release-process');
    const rows = [...handbook.matchAll(/<tr>\s*<td>(GA|Maintenance|Latest)<\/td>[\s\S]*?<code>(\w+)<\/code><\/td>\s*<\/tr>/g)];
    const documented = Object.fromEntries(rows.map((m) => [m[1]!.toLowerCase(), m[2]]));
    expect(documented).toEqual({ ga: 'stable', maintenance: 'weekly', latest: 'daily' });
    const { levels } = await json('api/v1/promotion.json');
    const qualifying = Object.fromEntries(levels.flatMap((l: { id: string; qualifies: string[] }) => l.qualifies.map((type) => [type, l.id])));
    expect(qualifying).toEqual(documented);
    for (const release of (await json('api/v1/releases.json')).releases) expect(release.qualifying_level, release.id).toBe(documented[release.type]);
  });

  it('says where the schedule is on a release page', async () => {
    const notes = text(await page('releases/iris'));
    expect(notes).toContain('The schedule below is final');
    expect(notes.indexOf('Release notes')).toBeLessThan(notes.indexOf('week by week'));
  });
});

describe('maintenance releases', () => {
  it('are listed on the release they correct, each linking back, and the newest shipped one is on the home page', async () => {
    const hyacinth = text(await page('releases/hyacinth'));
    expect(hyacinth).toMatch(/Maintenance releases Hyacinth 2026\.1\.1 , [^,]*2026 \S+ Hyacinth 2026\.1\.2 /);
    expect(text(await page('releases/hyacinth-2026-1-1'))).toContain('Maintenance release of Hyacinth');
    expect(text(await page(''))).toMatch(/Latest maintenance release: Hyacinth 2026\.1\.1 , Thu 20 Aug 2026/);
  });
});

describe('project readiness across the milestone reviews', () => {
  it('shows each project at each review, linking each review, and names who is behind at their latest', async () => {
    const html = await page('releases/iris');
    const reviews = html.slice(html.indexOf('id="reviews"'), html.indexOf('id="projects"'));
    // Relay was done at every review before the upstream checkpoint: behind since that one, which it links.
    expect(text(reviews)).toContain('Behind at their latest review: Relay (partial, since Upstream 2026.2 checkpoint on Tue 27 Oct 2026).');
    expect(reviews).toMatch(/Behind at their latest review: Relay \(partial, since <a href="#review-iris-upstream-checkpoint">/);
    const table = reviews.slice(reviews.indexOf('<table class="readiness'), reviews.indexOf('</table>'));
    const headers = [...table.matchAll(/<th scope="col"[^>]*>(?:<a href="#([^"]+)"[^>]*>)?([^<]+)/g)].map((m) => [m[1], m[2]]);
    expect(headers[0]).toEqual([undefined, 'Project']);
    for (const [anchor] of headers.slice(1)) expect(reviews, anchor).toContain(`id="${anchor}"`);
    expect(headers.slice(1).map(([, name]) => name)).toEqual(['Declare scenarios', 'Planning complete', 'Propose testing for each promotion level', 'Upstream 2026.2 checkpoint']);
    // Each column says how its review was signed off: a milestone reviewed twice, rejected then approved, reads as such.
    expect(text(table.slice(table.indexOf('<thead>'), table.indexOf('</thead>')))).toBe(
      'Project Declare scenarios Tue 14 Jul 2026 Approved Planning complete Tue 4 Aug 2026 Approved Propose testing for each promotion level Tue 15 Sep 2026 Approved with exceptions Upstream 2026.2 checkpoint Tue 27 Oct 2026 Approved',
    );
    expect(text(table)).toMatch(/Relay done done done partial/);
    expect(text(table)).toMatch(/Ember done done exception done/);
  });
});

describe('the exceptions of a release cycle', () => {
  it('lists every exception granted, linking the review that granted it and the project\'s latest review since', async () => {
    const html = await page('releases/hyacinth');
    const label = 'Exceptions granted at the milestone reviews, oldest first';
    const table = html.slice(html.indexOf(`<caption>${label}</caption>`), html.indexOf('</table>', html.indexOf(label)));
    expect(html).toContain(`aria-label="${label}"`);
    expect([...table.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(['Project', 'Granted at', 'Exception', 'Latest review since']);
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => text(m[1]!));
    expect(rows).toEqual([
      expect.stringMatching(/^Relay Feature code freeze Tue 10 Mar 2026 One week to land the L3 VPN driver.* move to Iris\. done at Release on Tue 12 May 2026$/),
      'Relay Promoted to weekly Tue 21 Apr 2026 L3 VPN scenarios withdrawn from Hyacinth and moved to the Iris plan. done at Release on Tue 12 May 2026',
    ]);
    expect(table).toContain('<a href="#review-hyacinth-feature-freeze">Feature code freeze</a>');
    expect(table).toContain('<a href="#review-hyacinth-release">Release</a>');
    // Iris has one, granted at the propose-testing review; Ember was done at the upstream checkpoint since.
    const iris = await page('releases/iris');
    expect(text(iris.slice(iris.indexOf(`<caption>${label}`), iris.indexOf('</table>', iris.indexOf(label))))).toContain(
      'Ember Propose testing for each promotion level Tue 15 Sep 2026 Ember may propose its stable-level jobs by implement testing (3 December). done at Upstream 2026.2 checkpoint on Tue 27 Oct 2026',
    );
  });
});

describe('the qualifying candidate', () => {
  it('gives the moment it was promoted as the candidate\'s page does', async () => {
    const fact = (html: string) => text(html.match(/<dt>Qualifying candidate<\/dt><dd>([\s\S]*?)<\/dd>/)![1]!);
    expect(fact(await page('releases/latest'))).toBe('trunk-20261122 , at daily since 2026-11-22 05:55 UTC');
    expect(fact(await page('releases/hyacinth-2026-1-2'))).toBe('hyacinth-2026.1.2-rc2 , at weekly since 2026-11-22 09:59 UTC');
    expect(text(await page('promotion/candidates/hyacinth-2026.1.2-rc2'))).toContain('All 5 required jobs passed (1 waived) · promoted 2026-11-22 09:59 UTC');
  });

  it('names, while no candidate has reached the level, the one closest to it and what blocks it, linking it', async () => {
    const html = await page('releases/iris');
    const fact = html.match(/<dt>Qualifying candidate<\/dt><dd>([\s\S]*?)<\/dd>/)![1]!;
    // trunk-20261122 is the newest trunk candidate at daily, the highest any reached; weekly is its next level.
    expect(text(fact)).toBe('none yet: no candidate has reached stable. Closest: trunk-20261122 , at daily; blocked at weekly: 1 of 5 required jobs flaky, 1 missing');
    expect(fact).toContain('<a href="/promotion/candidates/trunk-20261122/">trunk-20261122</a>');
    // The candidate's page gives the same verdict for that level.
    expect(text(await page('promotion/candidates/trunk-20261122'))).toMatch(/Weekly: Blocked 1 of 5 required jobs flaky, 1 missing/);
  });
});

describe('a project\'s page', () => {
  it('says where the project stood at the latest review of each release, since when it is behind, and the exceptions granted, linking the reviews', async () => {
    const relay = await page('projects/relay');
    const table = relay.slice(relay.indexOf('<caption>Releases Relay takes part in'), relay.indexOf('</table>', relay.indexOf('<caption>Releases Relay')));
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!));
    expect(rows[0]).toBe('Release Status At its latest review Exceptions granted');
    // The same words as Iris's own page: "Relay (partial, since Upstream 2026.2 checkpoint …)".
    expect(rows.find((row) => row.startsWith('Iris'))).toMatch(/^Iris In development partial at [^]+ on \w{3} \d+ \w{3} 2026/);
    expect(text(await page('releases/iris'))).toContain('Relay (partial, since');
    const ember = text(await page('projects/ember'));
    expect(ember).toMatch(/Iris In development done at Upstream 2026\.2 checkpoint on Tue 27 Oct 2026 Ember may propose its stable-level jobs by implement testing \(3 December\)\. \(at Propose testing for each promotion level \)/);
    for (const [, link] of table.matchAll(/href="\/releases\/iris\/#(review-[\w-]+)"/g)) {
      expect(await page('releases/iris')).toContain(`id="${link}"`);
    }
  });
});
