import type { Scenario } from '../scenario-engine/index.ts';

/**
 * A child picks the odd one out: when one choice of a node is much longer or shorter than the others, or the safe
 * one is always the longest (or never is), the choice is given away (reviewers of Common Sense's Digital Compass
 * found its choices "pretty obvious"). Lengths are compared in characters.
 */
export const MAX_LENGTH_RATIO = 2;
/** Below this many nodes with a safe choice, a pattern in where the safe one is proves nothing. */
const PATTERN_MIN_NODES = 5;

export interface ChoiceLengthProblem {
  /** Node id, or undefined for the scenario as a whole. */
  node?: string | undefined;
  message: string;
}

export function choiceLengthProblems(scenario: Scenario): ChoiceLengthProblem[] {
  const problems: ChoiceLengthProblem[] = [];
  let withSafe = 0;
  let safeLongest = 0;
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.choices.length < 2) continue;
    const lengths = node.choices.map((choice) => choice.text.length);
    const longest = Math.max(...lengths);
    const shortest = Math.min(...lengths);
    if (longest > MAX_LENGTH_RATIO * shortest) {
      const short = node.choices[lengths.indexOf(shortest)]!.text;
      const long = node.choices[lengths.indexOf(longest)]!.text;
      problems.push({
        node: id,
        message: `the choices differ too much in length (${longest} and ${shortest} characters: "${long}" and "${short}"); at most ${MAX_LENGTH_RATIO} times, so that length does not give the answer away`,
      });
    }
    if (node.choices.some((choice) => choice.rating === 'safe')) {
      withSafe += 1;
      if (node.choices[lengths.indexOf(longest)]!.rating === 'safe') safeLongest += 1;
    }
  }
  if (withSafe >= PATTERN_MIN_NODES && (safeLongest === 0 || safeLongest === withSafe)) {
    problems.push({
      message: `the safe choice is ${safeLongest === 0 ? 'never' : 'always'} the longest (in ${withSafe} nodes); vary it, so that length does not give the answer away`,
    });
  }
  return problems;
}
