// A small seeded PRNG, shared by the sample generator, the fuzzer and the index's sensitivity
// analysis. Hand-written because no seeded generator is installed (d3-random is not a
// dependency) and the sample must not change when a library changes its algorithm.
//
// Every draw comes from a stream keyed by what it is for (seed, year, organisation, question), so
// adding a question or an organisation does not shift the answers of all the others.

/** 32-bit FNV-1a of a string, the key of a stream. */
function hashKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Uniform integer on [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** mulberry32: 32-bit state, good enough for synthetic survey answers. */
function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomFor(seed: number, ...keys: ReadonlyArray<string | number>): Random {
  const next = mulberry32(hashKey(`${seed}|${keys.join("|")}`));
  return {
    next,
    normal: () => {
      const u = 1 - next(); // (0, 1]: log(0) is never taken
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
  };
}

/** A seeded permutation (Fisher–Yates) of `items`. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
