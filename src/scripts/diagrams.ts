/**
 * Renders ```mermaid code blocks as diagrams, loading mermaid only on pages
 * that have one. The code block stays in the page as the text version.
 */
const blocks = [...document.querySelectorAll<HTMLElement>('pre[data-language="mermaid"], pre > code.language-mermaid')];
if (blocks.length) {
  const { default: mermaid } = await import('mermaid');
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', layout: 'dagre', look: 'classic', theme: dark ? 'dark' : 'default' });
  for (const [i, block] of blocks.entries()) {
    const pre = block.closest('pre') ?? block;
    const { svg } = await mermaid.render(`diagram-${i}`, pre.textContent ?? '');
    const figure = document.createElement('figure');
    figure.className = 'diagram';
    figure.innerHTML = svg;
    pre.before(figure);
    pre.hidden = true;
  }
}

export {};
