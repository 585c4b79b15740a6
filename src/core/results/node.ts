/**
 * Accessors for the plain objects `parseXml` returns: attributes under `$`,
 * text under `#text`, repeatable children as arrays. They tolerate any shape,
 * because a report's structure is input, not a promise.
 */
export interface XmlNode {
  $?: Record<string, string>;
  '#text'?: string;
  [child: string]: unknown;
}

/** The child elements named `name`, in document order. */
export function childrenOf(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': String(item) }));
}

/** An attribute's value, trimmed; undefined when absent or blank. */
export function attributeOf(node: XmlNode, name: string): string | undefined {
  const value = node.$?.[name]?.trim();
  return value ? value : undefined;
}

/** The element's own text (CDATA included), trimmed; undefined when blank. */
export function textOf(node: XmlNode): string | undefined {
  const value = node['#text']?.trim();
  return value ? value : undefined;
}
