import { buildPortalModel, type PortalModel } from '../../src/core/portal-model.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import type { Clock } from '../../src/core/schedule/types.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent } from '../helpers/content.ts';

/** A small community with one GA release, one project and a project-specific milestone. */
export const publishFixture = {
  'portal.yaml': 'name: Test community\ndescription: Releases, with <b>tags</b> & "quotes".\nsite: https://rel.example.org\nbase: /portal/\ntimezone: Europe/Paris\ncalendar:\n  reminders: ["-P1D", "-PT2H"]\n',
  'people/ana.yaml': 'name: Ana\n',
  'people/ben.yaml': 'name: Ben\n',
  'projects/relay.md': '---\nname: Relay\ndescription: Controller integration.\nlifecycle: mature\nreleaseManagers: [ana, ben]\n---\n',
  'projects/docs.md': '---\nname: Docs\ndescription: Documentation.\nlifecycle: mature\nreleaseManagers: [ana, ben]\n---\n',
  'releases/iris.md': [
    '---', 'name: Iris; the "first", release', 'type: ga', 'projects: [relay, docs]', 'maintainedUntil: 2027-09-30', 'milestones:',
    '  - id: freeze', '    name: Feature freeze', '    kind: freeze', '    week: R-4', '    time: "23:59"', '    timezone: AoE',
    '    checklist: ["Features merged, behind flags", "Release notes drafted"]',
    '  - id: relay-branch', '    name: Relay branch cut', '    scope: project', '    project: relay', '    after: release', '    offset: -2w',
    '  - id: release', '    name: Release', '    kind: release', '    date: 2027-03-25',
    '---', 'Notes.',
  ].join('\n'),
};

/** Validates the fixture and builds its model with the clock at `at` (an ISO instant or a clock). */
export async function fixtureModel(at: string | Clock, files: Record<string, string> = publishFixture): Promise<PortalModel> {
  const { content, diagnostics } = await validateContent(await makeContent(files));
  if (diagnostics.some((d) => d.severity === 'error')) throw new Error(JSON.stringify(diagnostics, null, 2));
  return buildPortalModel(content, typeof at === 'string' ? createClock({ timezone: 'Europe/Paris', now: at }) : at);
}

export const site = new URL('https://rel.example.org/portal/');
