/**
 * An order that depends on a seed alone: the same in every build and every browser, so that the page rendered at
 * build time and the island that hydrates it agree, every learner sees the same, and a teacher can say "the second
 * choice". The quiz shuffles steps and targets with it, the chat a node's choices.
 */

/** FNV-1a, 32 bits: a short, stable hash of the seed. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `items` in an order decided by `seed` alone. With three items or more the result is never `items`' own order (that
 * order is the answer of a sequencing question, or the author's); with two it may be.
 */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = generator(hash(seed));
  const order = items.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  // Fisher-Yates returns the identity once in n! seeds; a rotation of it is a different order.
  if (order.length >= 3 && order.every((position, index) => position === index)) order.push(order.shift() as number);
  return order.map((index) => items[index] as T);
}
