import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The smallest portal.yaml that validates. */
export const minimalPortal = 'name: Test community\ndescription: A community for tests.\nsite: https://example.org\n';

/**
 * Writes a throw-away content folder: a valid portal.yaml plus `files`
 * (paths relative to the folder; a `portal.yaml` key replaces the default).
 */
export async function makeContent(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tollgate-content-'));
  const all = { 'portal.yaml': minimalPortal, ...files };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** A person file body. */
export const person = (name: string) => `name: ${name}\naffiliation: Example Org\n`;
