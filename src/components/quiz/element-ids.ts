/** Element ids of one quiz on the page, from a prefix unique to the island (React's useId). */
export function quizElementIds(prefix: string) {
  // useId's characters are valid in ids but not in CSS selectors; ids are only used with getElementById and aria-*.
  const question = (q: string) => `${prefix}-${q}`;
  return {
    title: `${prefix}-title`,
    results: `${prefix}-results`,
    missing: `${prefix}-missing`,
    status: `${prefix}-status`,
    question,
    number: (q: string) => `${question(q)}-number`,
    instructions: (q: string) => `${question(q)}-instructions`,
    hint: (q: string) => `${question(q)}-hint`,
    feedback: (q: string) => `${question(q)}-feedback`,
    input: (q: string, option: string) => `${question(q)}-input-${option}`,
    move: (q: string, step: string, by: -1 | 1) => `${question(q)}-${by < 0 ? 'up' : 'down'}-${step}`,
  };
}

export type QuizElementIds = ReturnType<typeof quizElementIds>;
