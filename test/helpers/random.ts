/** Random test data that can be replayed: a seeded generator, and raw events made with it. */

/** A small seeded random number generator (mulberry32), so that every randomised test can be replayed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Arrest', 'visit', 'of', 'the', 'defence', 'minister', 'gas', 'deal', 'pardon', 'trial', 'Baku', 'Minsk'];

/**
 * 1 to `most` raw events over 2016-2017 for the seeded property tests: days, months, open ranges and
 * ranges, with titles of 1 to 8 words.
 */
export function randomRawEvents(random: () => number, most: number): Record<string, unknown>[] {
  return Array.from({ length: 1 + Math.floor(random() * most) }, () => {
    const start = Date.UTC(2016, 0, 1) + Math.floor(random() * 730) * 86_400_000;
    const day = new Date(start).toISOString().slice(0, 10);
    const kind = random();
    const title = Array.from({ length: 1 + Math.floor(random() * 8) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    if (kind < 0.5) return { start: day, title };
    if (kind < 0.7) return { start: day.slice(0, 7), title };
    if (kind < 0.8) return { start: day, end: '..', title };
    const end = new Date(start + Math.floor(random() * 200) * 86_400_000).toISOString().slice(0, 10);
    return { start: day, end, title };
  });
}
