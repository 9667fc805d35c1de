import { getCollection } from 'astro:content';
import { catalogOf } from './scenario-catalog.ts';
import type { ScenarioCatalog } from './scenario-catalog.ts';

let loading: Promise<ScenarioCatalog> | undefined;

/** The scenario library as built into the app (the `scenarios` content collection). */
export function contentCatalog(): Promise<ScenarioCatalog> {
  loading ??= getCollection('scenarios').then((entries) =>
    catalogOf(
      entries
        .map((entry) => ({ id: entry.id, scenario: entry.data }))
        .sort((a, b) => a.scenario.title.localeCompare(b.scenario.title, 'en')),
    ),
  );
  return loading;
}
