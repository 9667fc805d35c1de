import type { CriterionId } from '../../scoring/index.ts';
import type { EngineOptions } from './engine.ts';
import type { FieldMessage } from './friendly-errors.ts';
import { checkGraph } from './graph.ts';
import { displayPath, findLibraryFiles, readText } from './library.ts';
import { parsePlaythroughs, parseScenario, scenarioIdFromFile } from './loader.ts';
import { formatField } from './problem.ts';
import type { Problem } from './problem.ts';
import { checkExamples, checkPlaythroughs } from './proof.ts';
import type { Playthrough, Scenario } from './schema.ts';
import type { YamlSource } from './yaml-source.ts';

export interface CheckOptions extends EngineOptions {
  /** Run the example replies through the scorer (default true). */
  examples?: boolean;
  /** Replay the recorded playthroughs (default true). */
  playthroughs?: boolean;
  /** Criteria left out when comparing failing examples with what they name (not graded yet). */
  ignoreCriteria?: readonly CriterionId[];
  /** Paths in problems are shown relative to this folder (default: the process's). */
  cwd?: string;
}

export interface CheckReport {
  /** Scenario files read. */
  scenarios: number;
  /** Playthrough files read. */
  playthroughFiles: number;
  problems: Problem[];
}

function place(source: YamlSource, found: FieldMessage[], stage: Problem['stage']): Problem[] {
  return found.map(({ path, message, atKey }) => ({
    file: source.file,
    ...source.locate(path, { key: atKey === true }),
    field: formatField(path),
    message,
    stage,
  }));
}

/** Everything `scenarios check` proves about one parsed scenario, beyond its schema. */
export function proveScenario(
  scenario: Scenario,
  source: YamlSource,
  playthroughs: { value: readonly Playthrough[]; source: YamlSource } | undefined,
  options: CheckOptions = {},
): Problem[] {
  const problems = place(source, checkGraph(scenario), 'graph');
  const graphBroken = problems.length > 0;
  if (options.examples !== false)
    problems.push(...place(source, checkExamples(scenario, options), 'example'));
  if (options.playthroughs !== false && playthroughs !== undefined && !graphBroken) {
    problems.push(
      ...place(
        playthroughs.source,
        checkPlaythroughs(scenario, playthroughs.value, options),
        'playthrough',
      ),
    );
  }
  return problems;
}

/**
 * Validates every scenario file under a folder (or one file), then proves each scenario: its
 * thread's shape, its example replies through the real scorer, and its recorded playthroughs.
 */
export async function checkScenarios(
  target: string,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const cwd = options.cwd ?? process.cwd();
  const files = await findLibraryFiles(target);
  const problems: Problem[] = [];
  const byId = new Map<string, { scenario: Scenario; source: YamlSource; file: string }>();

  for (const file of files.scenarios) {
    const shown = displayPath(file, cwd);
    const loaded = parseScenario(await readText(file), shown);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const id = scenarioIdFromFile(file);
    const twin = byId.get(id);
    if (twin !== undefined) {
      problems.push({
        file: shown,
        line: 1,
        column: 1,
        field: '',
        message: `has the same id \`${id}\` as ${twin.file}; file names are ids and must be unique, so rename one`,
        stage: 'schema',
      });
      continue;
    }
    byId.set(id, { scenario: loaded.value, source: loaded.source, file: shown });
  }

  const recorded = new Map<string, { value: Playthrough[]; source: YamlSource }>();
  for (const file of files.playthroughs) {
    const shown = displayPath(file, cwd);
    const id = scenarioIdFromFile(file);
    const loaded = parsePlaythroughs(await readText(file), shown);
    if (!loaded.ok) problems.push(...loaded.problems);
    else if (!byId.has(id) && !problems.some((p) => scenarioIdFromFile(p.file) === id)) {
      problems.push({
        file: shown,
        line: 1,
        column: 1,
        field: '',
        message: `records playthroughs of \`${id}\`, but there is no \`${id}.yaml\` beside it; rename the file or add the scenario`,
        stage: 'playthrough',
      });
    } else recorded.set(id, { value: loaded.value, source: loaded.source });
  }

  for (const [id, { scenario, source }] of byId) {
    problems.push(...proveScenario(scenario, source, recorded.get(id), options));
  }
  return {
    scenarios: files.scenarios.length,
    playthroughFiles: files.playthroughs.length,
    problems,
  };
}
