import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package's root folder, found by walking up from this file (the same from src/ and from dist/src/). */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'alexa-shopping-conformance') return (root = dir);
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('alexa-shopping-conformance: cannot find the package root');
    dir = up;
  }
}

export const schemasDir = (): string => join(packageRoot(), 'schemas');
