import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { scenarioIdFromFile } from './simulator/loader.ts';
import { ScenarioSchema } from './simulator/schema.ts';

/** The scenario library: one YAML file per scenario under ../scenarios, its file name its id. */
const scenarios = defineCollection({
  loader: glob({
    base: './scenarios',
    pattern: ['**/*.yaml', '!**/*.playthroughs.yaml', '!**/_*'],
    generateId: ({ entry }) => scenarioIdFromFile(entry),
  }),
  schema: ScenarioSchema,
});

export const collections = { scenarios };
