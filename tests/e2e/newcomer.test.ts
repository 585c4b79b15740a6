import { describe, expect, inject, it } from 'vitest';
import { listProblems, openTab, visit, useBrowser } from './support/browser.ts';
import { widths } from './support/layout.ts';

const sample = inject('sample');
const browser = useBrowser();

describe('a newcomer taking the course', () => {
  it('goes through the lessons in the course’s order and back, from each lesson’s own links', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('training/', sample.url).href, 'load');
    const course = await page.locator('main ol.cards h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(course.length).toBeGreaterThan(1);

    await page.goto(course[0]!);
    for (const [i, lesson] of course.entries()) {
      expect(page.url()).toBe(lesson);
      // A lesson with a diagram loads mermaid after `load`; leaving before it arrives would abort it.
      await page.waitForLoadState('networkidle');
      const pager = page.getByRole('navigation', { name: 'Lessons' });
      await expect(pager.locator('a[rel="prev"]').count()).resolves.toBe(i === 0 ? 0 : 1);
      await expect(pager.locator('a[rel="next"]').count()).resolves.toBe(i === course.length - 1 ? 0 : 1);
      if (i < course.length - 1) await Promise.all([page.waitForURL(course[i + 1]!), pager.locator('a[rel="next"]').click()]);
    }
    for (let i = course.length - 1; i > 0; i--) {
      await page.waitForLoadState('networkidle');
      const previous = page.getByRole('navigation', { name: 'Lessons' }).locator('a[rel="prev"]');
      await expect(previous.textContent()).resolves.toContain(`Session ${i}:`);
      await Promise.all([page.waitForURL(course[i - 1]!), previous.click()]);
    }
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });
});

describe('a newcomer keeping track of the course', () => {
  it('marks lessons as done, sees the course page count them and point at the next, and starts again', async () => {
    const { page, problems } = await openTab(browser());
    const courseUrl = new URL('training/', sample.url).href;
    await visit(page, courseUrl, 'load');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const progress = page.getByRole('region', { name: 'Your progress' });
    await expect(progress.locator('[data-progress-status]').textContent()).resolves.toBe('0 of 3 lessons done');
    await expect(page.getByRole('button', { name: 'Start again' }).isVisible()).resolves.toBe(false);
    const first = progress.getByRole('link', { name: /^Start with Session 1:/ });
    await Promise.all([page.waitForURL(/\/training\/foundations\/$/), first.click()]);

    const done = page.getByRole('checkbox', { name: 'I have done this lesson' });
    await expect(done.isChecked()).resolves.toBe(false);
    await done.check();
    await expect(page.getByRole('region', { name: 'Your progress' }).locator('[data-progress-status]').textContent()).resolves.toBe('1 of 3 lessons done in this course.');
    await page.reload();
    await expect(done.isChecked()).resolves.toBe(true);

    // Back to the course page, as a reader goes, restored from the browser's cache or not.
    await page.goBack();
    expect(page.url()).toBe(courseUrl);
    await expect.poll(() => progress.locator('[data-progress-status]').textContent()).toBe('1 of 3 lessons done');
    const cards = page.locator('main ol.cards > li');
    await expect(cards.nth(0).getByText('Done', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(cards.nth(1).getByText('Done', { exact: true }).isVisible()).resolves.toBe(false);
    await expect(progress.getByRole('link', { name: /^Continue with Session 2:/ }).getAttribute('href')).resolves.toMatch(/\/training\/schedule-and-promotion\/$/);
    await expect(progress.locator('progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).resolves.toEqual([1, 3]);

    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(progress.locator('[data-progress-status]').textContent()).resolves.toBe('0 of 3 lessons done');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Start with Session 1:/);
    await expect(cards.nth(0).getByText('Done', { exact: true }).isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('having done every lesson, is told when the browser will not forget them, and keeps the focus on "Start again"', async () => {
    const { page, problems } = await openTab(browser());
    await page.addInitScript(() => {
      localStorage.setItem(`tollgate:training-progress:/`, JSON.stringify({ version: 1, done: ['foundations', 'running-the-cycle', 'schedule-and-promotion'] }));
      Storage.prototype.removeItem = () => { throw new DOMException('storage is read-only', 'SecurityError'); };
    });
    await visit(page, new URL('training/', sample.url).href, 'load');
    const progress = page.getByRole('region', { name: 'Your progress' });
    await expect(progress.locator('[data-progress-status]').textContent()).resolves.toBe('All 3 lessons done');
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(progress.locator('[data-progress-status]').textContent()).resolves.toMatch(/^This browser did not keep it/);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Start again');
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('where the browser keeps nothing (storage blocked), sees no progress controls, and no error', async () => {
    const { page, problems } = await openTab(browser());
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('storage is blocked', 'SecurityError'); } });
    });
    for (const path of ['training/', 'training/foundations/']) {
      await visit(page, new URL(path, sample.url).href, 'load');
      await expect(page.locator('[data-progress-course], [data-progress-lesson]').isHidden(), path).resolves.toBe(true);
    }
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('without JavaScript, sees no progress controls that could not work', async () => {
    const { page } = await openTab(browser());
    for (const path of ['training/', 'training/foundations/']) {
      const html = await (await page.request.get(new URL(path, sample.url).href)).text();
      expect(html, path).toMatch(/<section[^>]*data-progress-(?:course|lesson)[^>]*\shidden[\s>]/);
      expect(html, path).toMatch(/<section[^>]*data-pagefind-ignore/);
    }
    await page.close();
  });
});

describe('a newcomer looking a word up', () => {
  it('searches for an abbreviation and lands on its term in the glossary', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('search/?q=DML', sample.url).href);
    const term = page.locator('.pagefind-ui__result-nested a[href*="/glossary/#"]').first();
    await term.waitFor({ timeout: 15_000 });
    await expect(term.textContent()).resolves.toBe('Definitive media library (DML)');
    await Promise.all([page.waitForURL(/\/glossary\/#definitive-media-library$/), term.click()]);
    const target = page.locator(':target');
    await expect(target.evaluate((e) => e.tagName)).resolves.toBe('H2');
    await expect(target.textContent()).resolves.toBe('Definitive media library (DML)');
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('sees, under each page found, the sections named for the search first, without empty thumbnails', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('search/?q=waiver', sample.url).href);
    const glossary = page.locator('.pagefind-ui__result').filter({ has: page.locator('.pagefind-ui__result-link[href$="/glossary/"]') });
    await glossary.waitFor({ timeout: 15_000 });
    await expect(glossary.locator('.pagefind-ui__result-nested a').first().getAttribute('href')).resolves.toMatch(/\/glossary\/#waiver$/);
    const lesson = page.locator('.pagefind-ui__result').filter({ has: page.locator('.pagefind-ui__result-link[href$="/training/running-the-cycle/"]') });
    await expect(lesson.locator('.pagefind-ui__result-nested a').first().textContent()).resolves.toBe('Waivers');
    await expect(page.locator('.pagefind-ui__result-thumb').count()).resolves.toBe(0);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('follows a word of a lesson or a handbook page to its definition', async () => {
    const { page, problems } = await openTab(browser());
    for (const path of ['training/running-the-cycle/', 'handbook/promotion/']) {
      await visit(page, new URL(path, sample.url).href, 'load');
      const terms = page.getByRole('region', { name: 'Glossary terms on this page' });
      const link = terms.getByRole('link', { name: path.startsWith('training') ? 'Waiver' : 'Trunk chasing', exact: true });
      const name = await link.textContent();
      await Promise.all([page.waitForURL(/\/glossary\/#/), link.click()]);
      await expect(page.locator(':target dfn').textContent()).resolves.toBe(name);
    }
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('without JavaScript, is pointed from the search page to the glossary and the course', async () => {
    const { page } = await openTab(browser());
    const html = await (await page.request.get(new URL('search/', sample.url).href)).text();
    const fallback = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    const links = [...fallback.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1]!, sample.url).pathname);
    expect(links).toEqual(expect.arrayContaining(['/glossary/', '/training/', '/handbook/']));
    for (const link of links) expect((await page.request.get(new URL(link, sample.url).href)).status(), link).toBe(200);
    await page.close();
  });

  it('follows every “see also” link to the term it names', async () => {
    const { page } = await openTab(browser());
    await visit(page, new URL('glossary/', sample.url).href, 'load');
    const links = await page.locator('main .glossary a[href^="#"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent })));
    expect(links.length).toBeGreaterThan(10);
    for (const { href, text } of links) {
      await expect(page.locator(`main h2${href} dfn`).textContent(), href).resolves.toBe(text);
    }
    await page.close();
  });
});

describe('a newcomer reading a lesson with a diagram', () => {
  it('reads a diagram on a phone at its drawn size, scrolling it in its own box with the keyboard', async () => {
    const { page, problems } = await openTab(browser());
    await page.setViewportSize({ width: widths.phone, height: 800 });
    await visit(page, new URL('training/schedule-and-promotion/', sample.url).href);
    const figure = page.locator('main figure.diagram');
    await figure.locator('svg').waitFor({ timeout: 15_000 });
    const sizes = await figure.evaluate((f) => {
      const svg = f.querySelector('svg')!;
      return { drawn: svg.getBoundingClientRect().width, natural: Number.parseFloat(svg.style.maxWidth), box: f.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(sizes.drawn).toBeGreaterThanOrEqual(sizes.natural);
    expect(sizes.drawn).toBeGreaterThan(sizes.box);
    expect(sizes.page).toBe(widths.phone);
    await expect(figure.getAttribute('aria-label')).resolves.toBe('Promotion levels of Lumen Edge');
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling may be animated: wait for it to move.
    await expect.poll(() => figure.evaluate((f) => f.scrollLeft), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('sees the diagram of a handbook page drawn, as in a lesson', async () => {
    const { page, problems } = await openTab(browser());
    await visit(page, new URL('handbook/release-process/', sample.url).href);
    const diagram = page.locator('main figure.diagram svg');
    await diagram.waitFor({ timeout: 15_000 });
    await expect(diagram.getAttribute('aria-roledescription')).resolves.toBeTruthy();
    await expect(page.locator('main pre[hidden]').count()).resolves.toBe(1);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });

  it('still gets the other diagrams, and the text version of one that cannot be drawn', async () => {
    const { page, problems } = await openTab(browser());
    const url = new URL('training/schedule-and-promotion/', sample.url).href;
    // An author's typo in a diagram placed before the lesson's own one.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<pre><code class="language-mermaid">', '<pre><code class="language-mermaid">flowchart LR\n  a[unclosed --&gt;\n</code></pre>$&');
      await route.fulfill({ response, body: html });
    });
    await visit(page, url);
    await page.locator('main figure.diagram svg').waitFor({ timeout: 15_000 });
    await expect(page.locator('main figure.diagram').count()).resolves.toBe(1);
    const broken = page.locator('main pre').filter({ hasText: 'unclosed' });
    await expect(broken.isVisible()).resolves.toBe(true);
    await expect(broken.locator('xpath=following-sibling::p[1]').textContent()).resolves.toMatch(/could not be drawn/);
    // Nothing of mermaid's own error drawing is left outside the page's landmarks.
    await expect(page.evaluate(() => [...document.body.children].map((e) => e.tagName))).resolves.toEqual(['A', 'HEADER', 'MAIN', 'FOOTER']);
    expect(listProblems(problems)).toEqual([]);
    await page.close();
  });
});
