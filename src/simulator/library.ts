import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The YAML files under a folder (or the one file named), split into scenarios and their playthroughs. */
export interface LibraryFiles {
  scenarios: string[];
  playthroughs: string[];
}

const PLAYTHROUGHS = /\.playthroughs\.ya?ml$/;
const YAML = /\.ya?ml$/;

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && !entry.name.startsWith('_'))
      .map((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return walk(path);
        return Promise.resolve(YAML.test(entry.name) ? [path] : []);
      }),
  );
  return files.flat();
}

/**
 * Finds scenario files: every `*.yaml` under the folder, except `*.playthroughs.yaml` (the
 * recorded playthroughs kept beside a scenario) and names starting with `_` or `.` (drafts).
 */
export async function findLibraryFiles(target: string): Promise<LibraryFiles> {
  const info = await stat(target);
  const files = info.isDirectory() ? (await walk(target)).sort() : [target];
  if (!info.isDirectory() && !PLAYTHROUGHS.test(target)) {
    // A single scenario file is checked with its playthroughs, if it has any.
    const sibling = target.replace(YAML, '.playthroughs.yaml');
    const exists = await stat(sibling).then(
      () => true,
      () => false,
    );
    if (exists) files.push(sibling);
  }
  return {
    scenarios: files.filter((file) => !PLAYTHROUGHS.test(file)),
    playthroughs: files.filter((file) => PLAYTHROUGHS.test(file)),
  };
}

/** Reads a file as UTF-8 text. */
export function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

/** A path as shown to the author: relative to the working folder when it is inside it. */
export function displayPath(file: string, cwd: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith('..') || shown === '' ? file : shown;
}
