import { stableShuffle } from '../../course-model/stable-order.ts';
import type { MatchingQuestion, MatchTarget, SequencingQuestion, Step } from '../build/schema.ts';

/** The steps of a sequencing question in the order the learner first sees them. */
export function shuffledSteps(question: SequencingQuestion): Step[] {
  return stableShuffle(question.steps, question.id);
}

/**
 * The targets of a matching question in the order each item's list offers them. Shuffled from the order that lines
 * them up with the items (the first item's target first...), so that the list never reads as the answer.
 */
export function shuffledTargets(question: MatchingQuestion): MatchTarget[] {
  const aligned: MatchTarget[] = [];
  for (const source of question.sources) {
    const target = question.targets.find((t) => t.id === source.match);
    if (target && !aligned.includes(target)) aligned.push(target);
  }
  for (const target of question.targets) if (!aligned.includes(target)) aligned.push(target);
  return stableShuffle(aligned, question.id);
}
