import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Problem } from './problem.ts';

export interface SourcePosition {
  line: number;
  column: number;
}

/** A parsed YAML file that still knows where each value was written. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Syntax errors; when there are any, `data` should not be trusted. */
  problems: Problem[];
  /** The line and column of the value at a path, or of its closest written ancestor. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): SourcePosition;
}

/** Parses YAML text and keeps line positions for any field path. */
export function readYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => {
    const at = position(error.pos[0]);
    const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    return {
      file,
      ...at,
      field: '',
      message: `the YAML cannot be read here (${detail}); check the indentation, quotes and colons`,
      stage: 'yaml',
    };
  });

  const locate = (
    path: readonly PropertyKey[],
    options: { key?: boolean } = {},
  ): SourcePosition => {
    let node: unknown = doc.contents;
    // Where to point when the next step is missing: the key (or list item) that holds `node`.
    let anchor: number = (node as Node | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (pair === undefined) return position(anchor);
        anchor = (pair.key as Node).range?.[0] ?? anchor;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (item === undefined) return position(anchor);
        anchor = item.range?.[0] ?? anchor;
        node = item;
      } else {
        return position(anchor);
      }
    }
    // A scalar is shown at its value; a block (list or group of fields) at its key.
    if (isScalar(node) && node.range && options.key !== true) return position(node.range[0]);
    return position(anchor);
  };

  const data: unknown = problems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return { file, data, problems, locate };
}
