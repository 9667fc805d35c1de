import { findLibraryFiles, readText } from '../simulator/library.ts';
import { parseScenario, scenarioIdFromFile } from '../simulator/loader.ts';
import type { Scenario } from '../simulator/schema.ts';

/** The scenarios the server offers, by id, in library order. */
export interface ScenarioCatalog {
  get: (id: string) => Scenario | undefined;
  list: () => { id: string; scenario: Scenario }[];
}

/** A catalog over scenarios already loaded (from the content collection, or a test). */
export function catalogOf(entries: readonly { id: string; scenario: Scenario }[]): ScenarioCatalog {
  const byId = new Map(entries.map((entry) => [entry.id, entry.scenario]));
  const list = [...entries];
  return { get: (id) => byId.get(id), list: () => list };
}

/** Loads every valid scenario under a folder; invalid files are skipped (the CLI check names them). */
export async function loadCatalog(folder: string): Promise<ScenarioCatalog> {
  const { scenarios } = await findLibraryFiles(folder);
  const entries: { id: string; scenario: Scenario }[] = [];
  for (const file of scenarios) {
    const loaded = parseScenario(await readText(file), file);
    if (loaded.ok) entries.push({ id: scenarioIdFromFile(file), scenario: loaded.value });
  }
  return catalogOf(entries);
}
