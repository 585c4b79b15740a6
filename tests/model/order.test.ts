import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { alphabetical, byCodeUnit } from '../../src/core/order.ts';
import { buildPortalModel } from '../../src/core/portal-model.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, minimalPortal } from '../helpers/content.ts';

const names = ['Zeta', 'Äpple', 'Project 10', 'Apple', 'Project 2'];

async function modelIn(language: string) {
  const files: Record<string, string> = {
    'portal.yaml': `${minimalPortal}language: ${language}\n`,
    'glossary.yaml': `terms:\n${names.map((n) => `  - term: ${n}\n    definition: D.\n`).join('')}`,
  };
  names.forEach((name, i) => (files[`projects/p${i}.md`] = `---\nname: ${name}\ndescription: D.\nlifecycle: mature\n---\n`));
  const { content } = await validateContent(await makeContent(files));
  return buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
}

describe('orders every build agrees on', () => {
  it('lists projects and glossary terms alphabetically in the portal\'s language, numbers as numbers', async () => {
    const english = await modelIn('en');
    expect(english.projects.map((p) => p.data.name)).toEqual(['Apple', 'Äpple', 'Project 2', 'Project 10', 'Zeta']);
    expect(english.glossary.map((t) => t.term)).toEqual(['Apple', 'Äpple', 'Project 2', 'Project 10', 'Zeta']);
    const swedish = await modelIn('sv');
    expect(swedish.projects.map((p) => p.data.name)).toEqual(['Apple', 'Project 2', 'Project 10', 'Zeta', 'Äpple']);
  });

  it('does not follow the locale of the machine that builds', () => {
    const module = new URL('../../src/core/order.ts', import.meta.url).href;
    const script = `import { alphabetical } from '${module}'; console.log(JSON.stringify(${JSON.stringify(names)}.sort(alphabetical('en'))))`;
    const run = (lang: string) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, LANG: lang, LC_ALL: lang }, encoding: 'utf8' }).trim();
    expect(run('sv_SE.UTF-8')).toBe(JSON.stringify([...names].sort(alphabetical('en'))));
    expect(run('C')).toBe(run('sv_SE.UTF-8'));
  });

  it('orders ids, dates and paths by code unit', () => {
    expect(['b_1', 'b1', 'B', 'a.1', 'a-2', '2026-03-10', '2026-03-09'].sort(byCodeUnit)).toEqual(['2026-03-09', '2026-03-10', 'B', 'a-2', 'a.1', 'b1', 'b_1']);
  });
});
