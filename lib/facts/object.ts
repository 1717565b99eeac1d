/** A plain JSON object (not null, not an array): the shape every manifest field check starts from. */
export function isObject(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Sorts an object's keys in place into the order `keys.sort()` gives (UTF-16 code units). A
 * manifest's objects have a few keys, often in order already: those are sorted by insertion, which
 * allocates nothing, while sort() copies the array first; larger ones go to sort().
 */
export function sortKeys(keys: string[]): void {
  if (keys.length > 16) {
    keys.sort();
    return;
  }
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    if (keys[j] <= key) continue;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
}
