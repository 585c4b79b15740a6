import { describe, expect, it } from 'vitest';
import { hasDiagram } from '../../src/core/diagrams.ts';

describe('pages with a diagram', () => {
  it('are those with a mermaid fence, written with backticks or tildes', () => {
    expect(hasDiagram('Text\n\n```mermaid\nflowchart LR\n```\n')).toBe(true);
    expect(hasDiagram('~~~ mermaid\nflowchart LR\n~~~\n')).toBe(true);
  });

  it('are not those that only mention mermaid or show other code', () => {
    expect(hasDiagram('We draw with `mermaid`, e.g. ```mermaid in a fence.')).toBe(false);
    expect(hasDiagram('```yaml\nmermaid: true\n```\n')).toBe(false);
  });
});
