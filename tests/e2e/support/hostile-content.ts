import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

/**
 * What an attacker (or a careless paste) puts into a content field: a script
 * element, an event handler, and a quote that tries to leave an attribute.
 */
export const payload = ` <script>alert("script")</script><img src=x onerror=alert("img")>"'><svg onload=alert("attr")>`;
export const scriptUrl = 'javascript:alert("url")';

/** Free-text fields that pages render: names, descriptions, notes, test-case names. */
const textKeys = new Set(['name', 'title', 'description', 'affiliation', 'definition', 'notes', 'exception', 'message', 'label', 'source', 'version']);
/** Lists of free text. */
const textListKeys = new Set(['checklist', 'objectives', 'inputs', 'outputs']);

/** Appends the payload to every free-text value of a YAML document; person handles become javascript: URLs. */
function poisonYaml(source: string): string {
  const doc = parseDocument(source);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (textKeys.has(key) && isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.value += payload;
      if (textListKeys.has(key) && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isScalar(item) && typeof item.value === 'string') item.value += payload;
      }
      if (key === 'handles' && isMap(pair.value)) {
        for (const handle of pair.value.items) if (isScalar(handle.value)) handle.value.value = scriptUrl;
      }
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function poisonJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poisonJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, textKeys.has(key) && typeof v === 'string' ? v + payload : poisonJson(v)]),
    );
  }
  return value;
}

/** Poisons the front matter; Markdown bodies (not MDX, where `<` is JSX) also get a javascript: link. */
function poisonMarkdown(source: string, markdown: boolean): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return source;
  const body = source.slice(match[0].length);
  const link = markdown ? `\n\n[A link that runs code](${scriptUrl})\n` : '';
  return `---\n${poisonYaml(match[1]!)}---\n${body}${link}`;
}

/**
 * Copies a content folder and puts script payloads into every free-text field
 * (names, descriptions, notes, test-case names, checklist items) and
 * javascript: URLs wherever a plain string is allowed, keeping every id and
 * cross-reference intact so the copy still validates and builds.
 */
export async function writeHostileContent(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  const entries = await readdir(to, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = join(entry.parentPath, entry.name);
    const source = await readFile(file, 'utf8');
    let poisoned = source;
    if (/\.ya?ml$/.test(entry.name)) poisoned = poisonYaml(source);
    else if (entry.name.endsWith('.json')) poisoned = `${JSON.stringify(poisonJson(JSON.parse(source)), null, 2)}\n`;
    else if (/\.mdx?$/.test(entry.name)) poisoned = poisonMarkdown(source, entry.name.endsWith('.md'));
    if (poisoned !== source) await writeFile(file, poisoned);
  }
}
