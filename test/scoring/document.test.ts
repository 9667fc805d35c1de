import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../scoring/index.ts';
import { parseAlone } from '../../scoring/document.ts';

/** The original text behind every match of `pattern` in the normalised text. */
function quotes(text: string, pattern: RegExp, customerPost?: string): string[] {
  const doc = parseReply(text, customerPost);
  return [...doc.norm.matchAll(pattern)].map(
    (match) => doc.evidence({ start: match.index, end: match.index + match[0].length }).quote,
  );
}

describe('normalisation', () => {
  it('lower-cases, straightens quotes, folds white space and drops zero-width characters', () => {
    const doc = parseReply('  Hi\u200B  Sam,\t\tI’m “so” SORRY!!\r\n\r\nBye  ');
    expect(doc.norm).toBe('hi sam, i\'m "so" sorry!!\nbye');
  });

  it('keeps characters whose lower case would change the length', () => {
    expect(parseReply('İstanbul').norm).toBe('İstanbul');
  });

  it('maps normalised offsets back to the original across emoji and surrogate pairs', () => {
    const text = '😀👩‍👩‍👧 Sorry 🇬🇧 for the wait';
    expect(quotes(text, /sorry|wait/g)).toEqual(['Sorry', 'wait']);
  });

  it('maps back across curly apostrophes and quotes', () => {
    expect(quotes('I’m “really” sorry', /i'm|"really"/g)).toEqual(['I’m', '“really”']);
  });

  it('maps back across zero-width and bidi characters inside a word', () => {
    const text = 'We are sor\u200Bry \u200Ftruly';
    expect(parseReply(text).norm).toBe('we are sorry truly');
    expect(quotes(text, /sorry|truly/g)).toEqual(['sor\u200Bry', 'truly']);
  });

  it('maps a folded run of white space back to the whole run', () => {
    expect(quotes('sorry \t\n  again', /\n/g)).toEqual([' \t\n  ']);
  });

  it('keeps lone surrogates and maps them back', () => {
    const text = 'a\uD83D sorry \uDE00b';
    expect(quotes(text, /sorry/g)).toEqual(['sorry']);
  });

  it('maps every normalised unit to a slice of the original that folds to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const doc = parseReply(text);
        for (let i = 0; i < doc.norm.length; i += 1) {
          const { start, end, quote } = doc.evidence({ start: i, end: i + 1 });
          expect(quote).toBe(text.slice(start, end));
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips original spans through fromOriginal and evidence', () => {
    const text = '😀 Hi Sam, I’m so sorry about the wait.';
    const doc = parseReply(text);
    const start = text.indexOf('sorry');
    const span = doc.fromOriginal(start, start + 'sorry'.length);
    expect(doc.norm.slice(span.start, span.end)).toBe('sorry');
    expect(doc.evidence(span)).toEqual({ start, end: start + 5, quote: 'sorry' });
  });

  it('reads ASCII the same as the rest: backticks, vertical tabs, capitals; a BOM is dropped, not a space', () => {
    expect(parseReply('Don`t\vWAIT\uFEFFing').norm).toBe("don't waiting");
  });

  it('gives the text and places a character-by-character reading would (any text)', () => {
    // The reading before ASCII had its own path: every character through the same tests, each
    // unit of the result with the place in the original it came from.
    const reference = (original: string): { text: string; places: [number, number][] } => {
      let text = '';
      const places: [number, number][] = [];
      let pending = null as { start: number; newline: boolean } | null;
      let offset = 0;
      for (const char of original) {
        const start = offset;
        offset += char.length;
        if (/[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/.test(char)) continue;
        if (/\s/.test(char)) {
          const newline = /[\n\r\u2028\u2029]/.test(char);
          pending = {
            start: pending?.start ?? start,
            newline: (pending?.newline ?? false) || newline,
          };
          continue;
        }
        if (pending !== null && text !== '') {
          text += pending.newline ? '\n' : ' ';
          places.push([pending.start, start]);
        }
        pending = null;
        let folded = char;
        if (/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/.test(char)) folded = "'";
        else if (/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(char)) folded = '"';
        else if (char.toLowerCase().length === char.length) folded = char.toLowerCase();
        text += folded;
        for (let unit = 0; unit < folded.length; unit += 1) places.push([start, offset]);
      }
      return { text, places };
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({
            unit: fc.constantFrom(
              'A',
              'z',
              ' ',
              '\t',
              '\v',
              '\n',
              '`',
              '\u00A0',
              '\uFEFF',
              '\u2019',
              'İ',
              '😀',
              '\uD83D',
              '\u2028',
            ),
          }),
        ),
        (text) => {
          const doc = parseReply(text);
          const expected = reference(text);
          expect(doc.norm).toBe(expected.text);
          expect(
            expected.places.map((_, unit) => {
              const { start, end } = doc.evidence({ start: unit, end: unit + 1 });
              return [start, end];
            }),
          ).toEqual(expected.places);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('sentences', () => {
  it('splits on full stops, exclamation and question marks, ellipses and new lines', () => {
    const doc = parseReply('Sorry! Is it late? Yes… it is.\nDM us');
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual([
      'sorry!',
      'is it late?',
      'yes…',
      'it is.',
      'dm us',
    ]);
    expect(doc.sentences.map((sentence) => sentence.isQuestion)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('ends a sentence at a mark followed by emphasis or a closing bracket ("?*", "!_", "?)")', () => {
    const doc = parseReply('Can we check it?* Thanks!_ (Back soon.) Bye');
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual([
      'can we check it?*',
      'thanks!_',
      '(back soon.)',
      'bye',
    ]);
    expect(doc.sentences[0]?.isQuestion).toBe(true);
  });

  it('does not split after "e.g." or "Mr."', () => {
    const doc = parseReply('Try a fix, e.g. a restart. Mr. Lee will call.');
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual([
      'try a fix, e.g. a restart.',
      'mr. lee will call.',
    ]);
  });

  it('numbers the sentences and finds the sentence at an offset', () => {
    const doc = parseReply('One. Two. Three.');
    expect(doc.sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2]);
    expect(doc.sentenceAt(doc.norm.indexOf('two')).index).toBe(1);
    expect(doc.sentenceAt(doc.norm.length + 10).index).toBe(2);
  });

  it('gives an empty reply one empty sentence', () => {
    expect(parseReply('').sentences).toEqual([
      { index: 0, start: 0, end: 0, text: '', isQuestion: false },
    ]);
    expect(parseReply(' \u200B\t').norm).toBe('');
  });

  // "no" is the abbreviation "No." (as in "No. 5") only when a number follows.
  it.each([
    ['We cannot refund it, the answer is no. Any other questions?', 2],
    ['Your ref no. 4521 is open. We will call.', 2],
    ['Quote order no. #88 please.', 1],
    ['Sadly no. We are sold out.', 2],
  ])('ends a sentence at "no." only when no number follows: %s', (text, count) => {
    const doc = parseReply(text);
    expect(doc.sentences).toHaveLength(count);
  });
});

describe('masking', () => {
  it('blanks quoted words, links, handles and email addresses, keeping offsets', () => {
    const doc = parseReply('You said "we are sorry" at https://x.co/a or @acme or jo@example.com.');
    expect(doc.masked).toHaveLength(doc.norm.length);
    expect(doc.masked).not.toMatch(/sorry|https|acme|example/);
    expect(doc.masked.startsWith('you said ')).toBe(true);
    expect(doc.find(/sorry/g)).toEqual([]);
  });

  it('blanks runs of five or more words repeated from the customer post', () => {
    const customer = 'Honestly nobody said we are sorry for the mess and I am furious';
    const doc = parseReply('We hear that nobody said we are sorry for the mess here', customer);
    expect(doc.masked.trim().split(/\s+/)).toEqual(['we', 'hear', 'that', 'here']);
    expect(parseReply('We are sorry for the mess', 'short').masked).toBe(
      'we are sorry for the mess',
    );
  });

  // The five-word window is matched as whole words, so "…sorry for the" is not found in
  // "…sorry for them" and the brand's own apology stays.
  it('matches repeated words whole, not as a prefix of a longer word', () => {
    const doc = parseReply(
      'Truly, we are sorry for the delay.',
      'Why should we are sorry for them?',
    );
    expect(doc.masked).toBe('truly, we are sorry for the delay.');
    // Nor as the end of a longer word before it.
    expect(parseReply('So we are sorry for the delay.', 'Now we are sorry for them?').masked).toBe(
      'so we are sorry for the delay.',
    );
    const repeated = parseReply(
      'Yes, we are sorry for the delay.',
      'So we are sorry for the delay',
    );
    expect(repeated.masked.split(/\s+/)).toEqual(['yes,', '.']);
  });

  it('does not blank four repeated words', () => {
    const doc = parseReply('We are sorry for this.', 'Why is nobody sorry for this at all?');
    expect(doc.masked).toBe('we are sorry for this.');
  });

  it('blanks stock phrases in the masked text but keeps them for findWithStock', () => {
    const doc = parseReply('Sorry Sam. We apologize for any inconvenience.');
    expect(doc.stock).toEqual([{ kind: 'apology', start: 11, end: 45 }]);
    expect(doc.find(/apologize/g)).toEqual([]);
    expect(doc.findWithStock(/apologize/g).map((hit) => hit.text)).toEqual(['apologize']);
  });

  it('counts the words of the masked text', () => {
    expect(parseReply('Hi @acme, see "the terms" now').wordCount).toBe(3);
  });

  it('reports hits with their sentence and groups', () => {
    const doc = parseReply('Hello. We are so sorry.');
    const [hit] = doc.find(/(so) sorry/g);
    expect(hit?.text).toBe('so sorry');
    expect(hit?.groups).toEqual(['so']);
    expect(hit?.sentence.index).toBe(1);
  });

  it('refuses a pattern without the global flag (a programmer error)', () => {
    expect(() => parseReply('sorry').find(/sorry/)).toThrow(/must be global/);
  });

  it('is frozen', () => {
    const doc = parseReply('Sorry.');
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.sentences)).toBe(true);
  });
});

describe('negatedAt', () => {
  const negated = (text: string, word: string, words?: number): boolean => {
    const doc = parseReply(text);
    return doc.negatedAt(doc.norm.indexOf(word), words);
  };

  it('sees a negation in the three words before', () => {
    expect(negated("I'm not sorry", 'sorry')).toBe(true);
    expect(negated('No need to apologise', 'apologise')).toBe(true);
    expect(negated('We don’t regret it', 'regret')).toBe(true);
    expect(negated('We are never wrong', 'wrong')).toBe(true);
  });

  it('ignores a negation further back than the window', () => {
    expect(negated('Not that we were ever really truly sorry', 'sorry')).toBe(false);
    expect(negated('Not that we were ever really truly sorry', 'sorry', 7)).toBe(true);
  });

  it('stops at a clause break', () => {
    expect(negated("It's not great, sorry", 'sorry')).toBe(false);
    expect(negated('Not ideal but sorry', 'sorry')).toBe(false);
  });

  it('stops at the sentence start', () => {
    expect(negated('It was not. Sorry', 'sorry')).toBe(false);
  });

  it('does not read negations inside quotes', () => {
    expect(negated('You said "not" and we are sorry', 'sorry')).toBe(false);
  });
});

describe('parseAlone', () => {
  it('gives the parse of the text on its own, the same object while the text is among the last few', () => {
    const post = 'The AC was NOT working and nobody came. @DashbiteHelp';
    const first = parseAlone(post);
    expect(first.norm).toBe(parseReply(post).norm);
    expect(first.masked).toBe(parseReply(post).masked);
    expect(parseAlone(post)).toBe(first);
    // Fifteen other texts later it is still kept; after many more it is parsed again, the same.
    for (let i = 0; i < 15; i += 1) parseAlone(`another post ${i}`);
    expect(parseAlone(post)).toBe(first);
    for (let i = 0; i < 40; i += 1) parseAlone(`yet another post ${i}`);
    const again = parseAlone(post);
    expect(again).not.toBe(first);
    expect(again.masked).toBe(first.masked);
  });
});
