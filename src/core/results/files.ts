import { resolve } from 'node:path';
import type { RunDetails } from './import.ts';

/** Lower-case words joined by "-": safe on every file system and in URLs. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, '') || 'report';
}

/**
 * Result file names for `inputs`, one each: candidate, job and environment,
 * then the report's own name ("c1--unit--x86--test-results.json"). The same
 * import always gives the same names, so re-importing a report replaces its
 * result instead of adding a second one. Reports that share a file name
 * (`a/report.xml`, `b/report.xml`) take as many parent folders as it needs
 * to tell them apart.
 */
export function resultFileNames(details: RunDetails, inputs: readonly string[]): string[] {
  const prefix = [details.candidate, details.job, details.environment].filter(Boolean).join('--');
  const segments = inputs.map((input) => {
    const parts = resolve(input).split(/[\\/]/).filter(Boolean);
    parts[parts.length - 1] = parts.at(-1)!.replace(/\.xml$/i, '');
    return parts.map(slug);
  });
  const depths = inputs.map(() => 1);
  const nameAt = (index: number) => `${prefix}--${segments[index]!.slice(-depths[index]!).join('-')}`;

  for (let deepened = true; deepened; ) {
    deepened = false;
    for (const group of groupBy(inputs.map((_, index) => index), nameAt)) {
      if (group.length < 2) continue;
      for (const index of group) {
        if (depths[index]! < segments[index]!.length) {
          depths[index]! += 1;
          deepened = true;
        }
      }
    }
  }
  // Only names that differ by letter case are left alike here: number them.
  const names = inputs.map((_, index) => nameAt(index));
  return names.map((name, index) => {
    const before = names.slice(0, index).filter((other) => other === name).length;
    return `${name}${before ? `-${before + 1}` : ''}.json`;
  });
}

function groupBy(indexes: number[], key: (index: number) => string): number[][] {
  const groups = new Map<string, number[]>();
  for (const index of indexes) groups.set(key(index), [...(groups.get(key(index)) ?? []), index]);
  return [...groups.values()];
}
