/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known id an author most likely meant, when one is close (at most 2 edits, or 1 for very short ids): a typo in
 * `next` should point at its fix, not at a list of every id in the file.
 */
export function closestId(wanted: string, known: Iterable<string>): string | undefined {
  const allowed = wanted.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const id of known) {
    const d = distance(wanted, id);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "asks-to-move-app"?` or nothing. */
export function didYouMean(wanted: string, known: Iterable<string>): string {
  const closest = closestId(wanted, known);
  return closest === undefined ? '' : `; did you mean "${closest}"?`;
}
