/** Something wrong with a scenario file, placed so an author can jump to it. */
export interface Problem {
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** The field, written like `turns.opening.next[1].goto`; empty for the whole file. */
  field: string;
  /** One sentence: what was found, then what to do. */
  message: string;
  /** Which stage found it. */
  stage: 'yaml' | 'schema' | 'graph' | 'example' | 'playthrough';
}

/** A field path as authors read it: `turns.opening.next[1].goto`. */
export function formatField(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      const safe = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
      text += text === '' ? safe : `.${safe}`;
    }
  }
  return text;
}

/** `file:line:column field: message`, the way editors and terminals link to a place. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.field === ''
    ? `${where} ${problem.message}`
    : `${where} ${problem.field}: ${problem.message}`;
}
