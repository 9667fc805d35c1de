// A cheap pre-check before running a pattern over a reply: the literal strings that any match of
// the pattern must contain, read from its source. Most of the rubric's patterns cannot match
// most replies, and `text.includes('clarify')` rules a pattern out far faster than the regular
// expression engine can. The reading is conservative: where the source uses anything it does not
// follow (case-insensitive flags, set notation, unknown groups), there is no filter and the
// pattern always runs.

/** Any match contains at least one of these strings; null when nothing is known to be required. */
export type RequiredLiterals = readonly string[] | null;

/** A literal this long rules out most replies; a shorter one ("we", "@") only some. */
const TELLING = 3;
/** More alternatives than this and checking them costs about as much as the pattern. */
const MAX_ALTERNATIVES = 64;

class Unsupported extends Error {}

interface Item {
  /** A single known character, or null for anything else that consumes input. */
  char: string | null;
  /** Zero-width: an anchor, a word boundary or a lookaround. */
  zeroWidth: boolean;
  /** For a group: what any match of it must contain. */
  group?: RequiredLiterals;
  min: number;
  max: number;
}

/** An item that consumes one character: a known one, or (null) any of several. */
function consuming(char: string | null): Item {
  return { char, zeroWidth: false, min: 1, max: 1 };
}

/** An anchor, boundary or lookaround (a new object each time: a quantifier may follow). */
function zeroWidth(): Item {
  return { char: null, zeroWidth: true, min: 1, max: 1 };
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

class Reader {
  pos = 0;
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  peek(): string | undefined {
    return this.source[this.pos];
  }

  /** alternative ('|' alternative)*, up to a ')' or the end. */
  alternation(): RequiredLiterals {
    const sets: RequiredLiterals[] = [best(this.sequence())];
    while (this.peek() === '|') {
      this.pos += 1;
      sets.push(best(this.sequence()));
    }
    return union(sets);
  }

  sequence(): Item[] {
    const items: Item[] = [];
    for (let next = this.peek(); next !== undefined && next !== '|' && next !== ')';) {
      const item = this.atom();
      this.quantifier(item);
      items.push(item);
      next = this.peek();
    }
    return items;
  }

  atom(): Item {
    const char = this.source[this.pos] as string;
    this.pos += 1;
    switch (char) {
      case '^':
      case '$':
        return zeroWidth();
      case '.':
        return consuming(null);
      case '[':
        this.characterClass();
        return consuming(null);
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported(`a bare '${char}'`);
      default:
        return consuming(char);
    }
  }

  escape(): Item {
    const char = this.source[this.pos];
    if (char === undefined) throw new Unsupported('a trailing backslash');
    this.pos += 1;
    if (char === 'b' || char === 'B') return zeroWidth();
    if (CLASS_ESCAPES.has(char)) return consuming(null);
    if (char === 'p' || char === 'P') {
      const end = this.source.indexOf('}', this.pos);
      if (this.source[this.pos] !== '{' || end < 0) throw new Unsupported('a property escape');
      this.pos = end + 1;
      return consuming(null);
    }
    if (char in CONTROL_ESCAPES) return consuming(CONTROL_ESCAPES[char] ?? null);
    if (char === 'u' || char === 'x') {
      const hex = /^(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(this.source.slice(this.pos - 1));
      if (hex === null) throw new Unsupported('a code point escape');
      this.pos += hex[0].length - 1;
      return consuming(String.fromCharCode(parseInt(hex[1] ?? hex[2] ?? '', 16)));
    }
    // Back-references, named references, \c, \0 and other letters: what they match is unknown.
    if (/[0-9A-Za-z]/.test(char)) throw new Unsupported(`the escape \\${char}`);
    return consuming(char);
  }

  characterClass(): void {
    while (this.pos < this.source.length) {
      const char = this.source[this.pos];
      this.pos += char === '\\' ? 2 : 1;
      if (char === ']') return;
      if (char === '[') throw new Unsupported('a nested class');
    }
    throw new Unsupported('an unclosed class');
  }

  group(): Item {
    let lookaround = false;
    if (this.source.startsWith('?:', this.pos)) this.pos += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.pos, this.pos + 3))) {
      lookaround = true;
      this.pos += this.source[this.pos + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.pos)) {
      const end = this.source.indexOf('>', this.pos);
      if (end < 0) throw new Unsupported('a group name');
      this.pos = end + 1;
    } else if (this.peek() === '?') throw new Unsupported('a group modifier');
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('an unclosed group');
    this.pos += 1;
    if (lookaround) return zeroWidth();
    return { char: null, zeroWidth: false, group: inner, min: 1, max: 1 };
  }

  quantifier(item: Item): void {
    const next = this.peek();
    let range: [number, number] | undefined;
    if (next === '?') range = [0, 1];
    else if (next === '*') range = [0, Infinity];
    else if (next === '+') range = [1, Infinity];
    else if (next === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (braces === null) throw new Unsupported('a brace that is not a quantifier');
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
      this.pos += braces[0].length - 1;
      range = [min, max];
    }
    if (range === undefined) return;
    this.pos += 1;
    if (this.peek() === '?') this.pos += 1; // lazy
    [item.min, item.max] = range;
  }
}

/** The strongest requirement a sequence of items makes: its longest literal run, or a group's. */
function best(items: readonly Item[]): RequiredLiterals {
  const candidates: (readonly string[])[] = [];
  let run = '';
  const endRun = (): void => {
    if (run !== '') candidates.push([run]);
    run = '';
  };
  for (const item of items) {
    // A boundary or lookaround consumes nothing: the characters either side of it are next to
    // each other in the match, so the run goes on across it.
    if (item.zeroWidth) continue;
    if (item.min === 0) {
      endRun();
      continue;
    }
    if (item.char !== null && item.min === 1 && item.max === 1) {
      run += item.char;
      continue;
    }
    endRun();
    if (item.char !== null) candidates.push([item.char]);
    if (item.group !== undefined && item.group !== null) candidates.push(item.group);
  }
  endRun();
  let chosen: readonly string[] | null = null;
  for (const candidate of candidates) {
    if (chosen === null || stronger(candidate, chosen)) chosen = candidate;
  }
  return chosen;
}

function shortest(set: readonly string[]): number {
  return Math.min(...set.map((literal) => literal.length));
}

/**
 * Which of two requirements to check: one made of literals long enough to be telling (three
 * characters or more) before one that is not, then the one with fewer literals (each is a search
 * of the text), then the one with the longer shortest literal.
 */
function stronger(a: readonly string[], b: readonly string[]): boolean {
  const [lengthA, lengthB] = [shortest(a), shortest(b)];
  const [tellingA, tellingB] = [lengthA >= TELLING, lengthB >= TELLING];
  if (tellingA !== tellingB) return tellingA;
  if (tellingA && a.length !== b.length) return a.length < b.length;
  return lengthA !== lengthB ? lengthA > lengthB : a.length < b.length;
}

/** Any of the alternatives may match, so the requirement is any of their requirements. */
function union(sets: readonly RequiredLiterals[]): RequiredLiterals {
  const all = new Set<string>();
  for (const set of sets) {
    if (set === null) return null;
    for (const literal of set) all.add(literal);
  }
  return all.size === 0 ? null : [...all];
}

/** What any match of a pattern must contain, read from its source; null when unknown. */
export function requiredLiterals(pattern: RegExp): RequiredLiterals {
  if (/[iv]/.test(pattern.flags)) return null;
  try {
    const reader = new Reader(pattern.source);
    const set = reader.alternation();
    if (reader.pos !== pattern.source.length) return null;
    if (set === null || set.length > MAX_ALTERNATIVES) return null;
    return set;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

const cache = new WeakMap<RegExp, RequiredLiterals>();

/** False only when the pattern certainly cannot match the text. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let literals = cache.get(pattern);
  if (literals === undefined) {
    literals = requiredLiterals(pattern);
    cache.set(pattern, literals);
  }
  return literals === null || literals.some((literal) => text.includes(literal));
}
