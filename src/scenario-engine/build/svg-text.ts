/**
 * Breaks text into at most `maxLines` lines of at most `perLine` characters, at spaces where possible, ending with
 * "…" when text is left over. SVG has no text wrapping, and the map has no font metrics: the limits are chosen for a
 * sans-serif face, whose average character is about 0.55 em wide.
 */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  let rest = false;
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= perLine) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    if (lines.length === maxLines) {
      rest = true;
      break;
    }
  }
  if (!rest && line !== '') lines.push(line);
  if (lines.length > maxLines || rest) {
    lines.length = maxLines;
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  }
  return lines;
}
