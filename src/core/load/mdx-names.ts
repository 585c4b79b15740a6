import type { SyntaxProblem } from './source.ts';

interface MdastNode {
  type: string;
  value?: string;
  /** A JSX element's tag name. */
  name?: string | null;
  position?: { start: { line: number; column: number } };
  children?: MdastNode[];
}

/**
 * What a `{…}` in a lesson can name without the file defining it: the
 * lesson's props, and JavaScript's own values.
 */
const known = new Set([
  'props', 'undefined', 'null', 'true', 'false', 'NaN', 'Infinity', 'globalThis',
  'Math', 'JSON', 'Date', 'Number', 'String', 'Boolean', 'Object', 'Array', 'Intl',
]);

/**
 * A `{name}` or `{release-id}` written as a placeholder in a lesson's text,
 * or a `<Callout>` component, compiles, as MDX reads them as JavaScript and
 * JSX, but stops the build when the page is rendered ("name is not defined",
 * "Expected component `Callout` to be defined"), with no file or line. Each
 * is reported where it is written, in file lines (`firstLine` is the file's
 * line the body starts on): the portal gives lessons no components. Only
 * expressions made of names alone are judged, and nothing in a lesson that
 * imports or exports anything, whose author defines names: a computed
 * `{1 + 1}`, a comment or an HTML element is left alone.
 */
export async function mdxUndefinedNames(body: string, firstLine: number): Promise<SyntaxProblem[]> {
  const { mdxToMdast } = await import('satteri');
  const tree = mdxToMdast('\n'.repeat(firstLine - 1) + body) as MdastNode;
  const expressions: MdastNode[] = [];
  const components: MdastNode[] = [];
  let definesNames = false;
  const walk = (node: MdastNode) => {
    if (node.type === 'mdxjsEsm') definesNames = true;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') expressions.push(node);
    // HTML elements are lower-case; a capital or a dot names a component.
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name && /^[A-Z]|\./.test(node.name)) components.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  if (definesNames) return [];
  const at = (node: MdastNode) => node.position?.start ?? { line: firstLine, column: 1 };
  const undefinedComponents = components.map((node): SyntaxProblem => ({
    message: `\`<${node.name}>\` is a component, and the lesson does not import it: the build would stop at this lesson`,
    position: { line: at(node).line, column: at(node).column },
    hint: `write \`\\<${node.name}>\` to show it as text, use an HTML element (e.g. \`<aside>\`), or import the component at the top of the lesson`,
  }));
  const undefinedNames = expressions.flatMap((node) => {
    const code = (node.value ?? '').replace(/\/\*[^]*?\*\/|\/\/[^\n]*/g, '').trim();
    if (!/^[A-Za-z_$][\w$]*(?:\s*[.-]\s*[A-Za-z_$][\w$]*)*$/.test(code)) return [];
    const name = /^[A-Za-z_$][\w$]*/.exec(code)![0];
    if (known.has(name)) return [];
    return [{
      message: `\`{${code}}\` is read as JavaScript, and \`${name}\` is not defined: the build would stop at this lesson`,
      position: { line: at(node).line, column: at(node).column },
      hint: `write \`\\{${code}}\` to show the braces and the text between them`,
    }];
  });
  return [...undefinedComponents, ...undefinedNames].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}
