import type { z } from 'zod';
import { explainIssues } from './friendly-errors.ts';
import { formatField } from './problem.ts';
import type { Problem } from './problem.ts';
import { PlaythroughFileSchema, ScenarioSchema } from './schema.ts';
import type { Playthrough, Scenario } from './schema.ts';
import { readYaml } from './yaml-source.ts';
import type { YamlSource } from './yaml-source.ts';

export type Loaded<T> =
  | { ok: true; value: T; source: YamlSource }
  | { ok: false; problems: Problem[]; source: YamlSource };

/** A scenario's id is its file name without the folder and the `.yaml` extension. */
export function scenarioIdFromFile(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.playthroughs\.ya?ml$/, '').replace(/\.ya?ml$/, '');
}

/** Parses YAML text and validates it against a schema, with problems that name file, line and field. */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
): Loaded<z.output<S>> {
  const source = readYaml(text, file);
  if (source.problems.length > 0) return { ok: false, problems: source.problems, source };
  if (source.data === null || source.data === undefined) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          message: 'the file is empty; write the scenario fields in it',
          stage: 'schema',
        },
      ],
      source,
    };
  }
  const result = schema.safeParse(source.data);
  if (result.success) return { ok: true, value: result.data, source };
  const problems = explainIssues(result.error.issues, source.data, schema).map(
    ({ path, message, atKey }): Problem => ({
      file,
      ...source.locate(path, { key: atKey === true }),
      field: formatField(path),
      message,
      stage: 'schema',
    }),
  );
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, problems, source };
}

/** Reads one scenario file's text. */
export function parseScenario(text: string, file: string): Loaded<Scenario> {
  const loaded = parseYamlWith(ScenarioSchema, text, file);
  const id = scenarioIdFromFile(file);
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) {
    const problem: Problem = {
      file,
      line: 1,
      column: 1,
      field: '',
      message: `the file name \`${id}\` is the scenario's id and must be kebab-case; rename the file`,
      stage: 'schema',
    };
    return {
      ok: false,
      problems: [problem, ...(loaded.ok ? [] : loaded.problems)],
      source: loaded.source,
    };
  }
  return loaded;
}

/** Reads a `<id>.playthroughs.yaml` file's text. */
export function parsePlaythroughs(text: string, file: string): Loaded<Playthrough[]> {
  return parseYamlWith(PlaythroughFileSchema, text, file);
}
