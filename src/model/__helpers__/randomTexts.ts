/**
 * Deterministic random strings over a small alphabet, for tests that hold a hand-written scanner
 * against the regex it stands for: the alphabet holds the characters the regex cares about, so
 * short strings reach its corner cases. Seeded (mulberry32), so a failure names a reproducible case.
 */
export function randomTexts(seed: number, alphabet: readonly string[], count: number, maxLength: number): string[] {
  let a = seed;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * (maxLength + 1)) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}
