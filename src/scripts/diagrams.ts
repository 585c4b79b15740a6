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
    const id = `diagram-${i}`;
    try {
      const { svg } = await mermaid.render(id, pre.textContent ?? '');
      const figure = document.createElement('figure');
      figure.className = 'diagram';
      figure.innerHTML = svg;
      // Drawn at its own size, scrolling in its box on a phone: shrunk to 375 px, its words were too small to read.
      const drawing = figure.querySelector('svg');
      const natural = Number.parseFloat(drawing?.style.maxWidth ?? '');
      if (drawing && natural > 0) drawing.style.minWidth = `${natural}px`;
      // A box that may scroll is reached and scrolled with the keyboard, and named after the diagram.
      figure.tabIndex = 0;
      figure.setAttribute('aria-label', drawing?.querySelector('title')?.textContent?.trim() || 'Diagram');
      pre.before(figure);
      pre.hidden = true;
    } catch (error) {
      // A diagram that cannot be drawn keeps its text version and does not stop the next ones;
      // mermaid leaves its "syntax error" drawing at the end of the page, which is taken away.
      document.getElementById(`d${id}`)?.remove();
      const note = document.createElement('p');
      note.className = 'muted';
      note.textContent = 'This diagram could not be drawn; its text version is shown.';
      pre.after(note);
      console.warn(`diagram ${i + 1} could not be drawn:`, error);
    }
  }
}

export {};
