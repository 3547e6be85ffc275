import type { z } from 'zod';
import type { conditionSchema } from '../scenario-engine/build/schema.ts';
import type { Scenario } from '../scenario-engine/index.ts';

/** The order a script reads in: nodes breadth-first from the start (the order a class meets them), then endings. */
export function scriptOrder(scenario: Scenario): { nodes: string[]; endings: string[] } {
  const nodes: string[] = [];
  const endings: string[] = [];
  const queue = [scenario.start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (scenario.endings[id]) {
      endings.push(id);
      continue;
    }
    nodes.push(id);
    for (const choice of scenario.nodes[id]?.choices ?? []) {
      if (!seen.has(choice.next)) {
        seen.add(choice.next);
        queue.push(choice.next);
      }
    }
  }
  return { nodes, endings };
}

type Condition = z.infer<typeof conditionSchema>;

/** A debrief line's condition in a teacher's words ("the class passed step 3 and took choice 2 at step 4"). */
export function describeCondition(scenario: Scenario, condition: Condition, label: (id: string) => string): string {
  const parts: string[] = [];
  if (condition.visited) parts.push(`the class passed ${condition.visited.map(label).join(' and ')}`);
  if (condition.notVisited) parts.push(`the class did not pass ${condition.notVisited.map(label).join(' or ')}`);
  if (condition.chose) {
    const choice = scenario.nodes[condition.chose.node]?.choices[condition.chose.choice - 1];
    parts.push(`the class chose “${choice?.text ?? condition.chose.choice}” at ${label(condition.chose.node)}`);
  }
  return parts.join(', and ');
}
