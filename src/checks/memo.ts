/**
 * A pure function of one string, remembered by that string: a skill says the same few things in answer after
 * answer, so what is read from them is read once. The memo is emptied when it holds `kept` entries, so that a
 * long run's memory stays bounded whatever a skill says.
 */
export function memoized<T>(compute: (key: string) => T, kept: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = compute(key);
    if (memo.size >= kept) memo.clear();
    memo.set(key, value);
    return value;
  };
}
