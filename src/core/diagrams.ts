/**
 * Whether a Markdown or MDX body holds a diagram (a ```mermaid or ~~~mermaid
 * fence), so that the page loads the diagram code only when it has one, be
 * it a lesson or a handbook page.
 */
export function hasDiagram(markdown: string): boolean {
  return /^ {0,3}(`{3,}|~{3,})\s*mermaid\b/m.test(markdown);
}
