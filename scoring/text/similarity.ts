/** The word trigrams of a text (or the whole word sequence when it has fewer than three words). */
export function trigrams(text: string): Set<string> {
  const words = text.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length === 0) return new Set();
  if (words.length < 3) return new Set([words.join(' ')]);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i += 1) grams.add(words.slice(i, i + 3).join(' '));
  return grams;
}

/** Jaccard similarity of two sets: shared over combined, 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}
