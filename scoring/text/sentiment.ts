import Sentiment from 'sentiment';

const analyser = new Sentiment();

/**
 * The AFINN valence of each word of a phrase, after the package's own one-word negation ("not
 * good" is negative), leaving out the words in `neutral`. Extras are never passed to the package:
 * its `analyze` merges them into the shared English labels for good, so instead the words to
 * neutralise are filtered out of the breakdown here.
 */
export function valences(
  phrase: string,
  neutral: ReadonlySet<string> = new Set(),
): { word: string; score: number }[] {
  const result = analyser.analyze(phrase);
  const scores: { word: string; score: number }[] = [];
  for (const entry of result.calculation) {
    for (const [word, score] of Object.entries(entry)) {
      if (!neutral.has(word)) scores.push({ word, score });
    }
  }
  return scores;
}

/** The AFINN valence of one word (0 when the lexicon does not know it). */
export function valence(word: string): number {
  return valences(word).reduce((sum, entry) => sum + entry.score, 0);
}
