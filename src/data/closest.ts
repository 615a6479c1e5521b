/** Levenshtein distance, for suggesting the id someone meant. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Longer than any id: text this long is no typo of one, and its edit distance to each would take seconds. */
const LONGEST_SEARCHED = 120;

/**
 * The candidates closest to `wanted`: those that contain it (or that it
 * contains) first, then by edit distance. None for text longer than any id.
 */
export function closestMatches(wanted: string, candidates: Iterable<string>, count = 3): string[] {
  const needle = wanted.trim().toLowerCase();
  // Every id is as close to an empty one as any other: none is worth suggesting.
  if (!needle || needle.length > LONGEST_SEARCHED) return [];
  const scored = [...candidates].map((candidate) => {
    const hay = candidate.toLowerCase();
    const contains = hay.includes(needle) || needle.includes(hay);
    return { candidate, score: editDistance(needle, hay) - (contains ? 1000 : 0) };
  });
  return scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((s) => s.candidate);
}
