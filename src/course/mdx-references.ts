/** What a lesson's MDX embeds: `<Scenario id="..." />` and `<Quiz />`, with their lines, for the build's checks. */
export interface MdxReferences {
  scenarios: { id: string; line: number }[];
  quizzes: { line: number }[];
}

export function findMdxReferences(text: string): MdxReferences {
  const scenarios: MdxReferences['scenarios'] = [];
  const quizzes: MdxReferences['quizzes'] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/<Scenario\s+id=["']([^"']+)["']/g)) {
      scenarios.push({ id: match[1] ?? '', line: index + 1 });
    }
    if (/<Quiz\b/.test(line)) quizzes.push({ line: index + 1 });
  });
  return { scenarios, quizzes };
}
