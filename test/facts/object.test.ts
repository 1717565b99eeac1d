// sortKeys orders an object's keys as Array.prototype.sort() does (the order cdk8s writes and the
// schema walk visits), by insertion for small arrays and by sort() for large ones.
import { describe, expect, it } from 'vitest';
import { sortKeys } from '../../lib/facts/object';

/** A deterministic generator, so a failure names an input that can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Letters of both cases, digits, punctuation Tekton names use, a letter beyond Latin-1 and an
// astral character (two UTF-16 units, which sort() compares unit by unit, not by code point).
const ALPHABET = ['a', 'b', 'B', 'Z', '0', '9', '-', '_', '.', '/', 'é', '\u{1F600}', '\uFFFF'];

describe('sortKeys', () => {
  it('gives the order of keys.sort() for 20,000 random key lists of 0 to 40 keys, on both sides of the insertion limit', () => {
    const next = random(16);
    for (let round = 0; round < 20_000; round++) {
      const keys = new Set<string>();
      const count = Math.floor(next() * 41);
      while (keys.size < count) {
        let key = '';
        const length = 1 + Math.floor(next() * 4);
        for (let i = 0; i < length; i++) key += ALPHABET[Math.floor(next() * ALPHABET.length)];
        keys.add(key);
      }
      const mine = [...keys];
      const theirs = [...keys].sort();
      sortKeys(mine);
      expect(mine, `round ${round}: ${JSON.stringify([...keys])}`).toEqual(theirs);
    }
  });

  it('orders by UTF-16 code units, as sort() does: U+FFFF after an astral character', () => {
    const keys = ['\uFFFF', '\u{1F600}', 'b', 'B', 'a'];
    sortKeys(keys);
    expect(keys).toEqual(['B', 'a', 'b', '\u{1F600}', '\uFFFF']);
  });

  it('leaves sorted lists, one key and no keys as they are', () => {
    for (const keys of [[], ['only'], ['apiVersion', 'kind', 'metadata', 'spec']]) {
      const copy = [...keys];
      sortKeys(copy);
      expect(copy).toEqual(keys);
    }
  });

  it('sorts a list of more than 16 keys in reverse order (the sort() path)', () => {
    const keys = Array.from({ length: 17 }, (_, i) => `k${String(16 - i).padStart(2, '0')}`);
    sortKeys(keys);
    expect(keys).toEqual(Array.from({ length: 17 }, (_, i) => `k${String(i).padStart(2, '0')}`));
  });
});
