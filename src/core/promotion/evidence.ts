import type { Run } from '../schemas/results.ts';
import { withZone } from './time.ts';
import type { Evidence, FailingCase, IndexedRun } from './types.ts';

/**
 * A run as evidence. The same run backs several requirements and levels, so
 * one evidence object serves them all, except where test waivers mark its
 * cases differently.
 */
export function evidence(indexed: IndexedRun, waived?: ReadonlySet<string>): Evidence {
  if (waived && marksAny(indexed, waived)) return new RunEvidence(indexed, waived);
  return (indexed.evidence ??= new RunEvidence(indexed, undefined));
}

/**
 * Evidence read from the run when a page or the JSON API asks for it, not
 * copied when decisions are made: a busy community's decisions cite over
 * 100,000 runs, and a page shows a handful. `toJSON` gives the plain form.
 */
class RunEvidence implements Evidence {
  // The run and what the index knew of it, not the index entry: that one is
  // dropped once its candidate is decided.
  readonly #run: Run;
  readonly #finished: boolean;
  readonly #waived: ReadonlySet<string> | undefined;
  readonly file: string;

  constructor({ run, file, finished }: IndexedRun, waived: ReadonlySet<string> | undefined) {
    this.#run = run;
    this.#finished = finished;
    this.#waived = waived;
    this.file = file;
  }

  get job(): string { return this.#run.job; }
  get environment(): string | undefined { return this.#run.environment; }
  get outcome(): Evidence['outcome'] { return this.#finished ? this.#run.outcome : 'running'; }
  get startedAt(): string { return withZone(this.#run.startedAt); }
  get url(): string | undefined { return this.#run.url; }

  get finishedAt(): string | undefined {
    return this.#finished && this.#run.finishedAt !== undefined ? withZone(this.#run.finishedAt) : undefined;
  }

  get failingCases(): FailingCase[] {
    const waived = this.#waived;
    return this.#run.cases
      .filter((c) => c.outcome === 'failed' || c.outcome === 'errored')
      .map((c) => ({ name: c.name, classname: c.classname, outcome: c.outcome, message: c.message, waived: waived?.has(c.name) ?? false }));
  }

  get flakyCases(): string[] {
    return this.#run.cases.filter((c) => c.outcome === 'passed' && (c.retries ?? 0) > 0).map((c) => c.name);
  }

  /** The plain evidence, as the JSON API publishes it (absent fields are left out). */
  toJSON(): Evidence {
    const { job, environment, outcome, startedAt, finishedAt, url, file, failingCases, flakyCases } = this;
    return { job, environment, outcome, startedAt, finishedAt, url, file, failingCases, flakyCases };
  }
}

/** True when a waiver names one of the run's failing cases: only then does its evidence differ. */
function marksAny({ run }: IndexedRun, waived: ReadonlySet<string>): boolean {
  for (const c of run.cases) if ((c.outcome === 'failed' || c.outcome === 'errored') && waived.has(c.name)) return true;
  return false;
}
