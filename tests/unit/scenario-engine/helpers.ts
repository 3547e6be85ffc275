import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { checkScenario } from '../../../src/scenario-engine/build/check-scenario.ts';
import { parseScenario } from '../../../src/scenario-engine/build/parse-scenario.ts';
import type { Scenario } from '../../../src/scenario-engine/build/schema.ts';

const FIXTURES = 'tests/fixtures/scenarios';

export function fixtureText(id: string, name = 'scenario.yaml'): string {
  return readFileSync(join(FIXTURES, id, name), 'utf8');
}

/** The minimal fixture's text; tests edit copies of it. */
export const MINIMAL = fixtureText('minimal');
/** Where the minimal scenario would live, so that the folder-name rule holds. */
export const MINIMAL_FILE = 'src/scenarios/minimal/scenario.yaml';

/**
 * `text` with `from` replaced by `to`. Fails when `from` does not occur exactly once, so that a change to a fixture
 * cannot quietly turn a test of a broken scenario into a test of a valid one.
 */
export function edit(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in the fixture, found it ${count} times`);
  return text.replace(from, to);
}

/** Every problem of a scenario text (YAML, schema, then the checks), formatted as an author sees them. */
export function problemsOf(text: string, file = MINIMAL_FILE): string[] {
  const parsed = parseScenario(file, text);
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  return checkScenario(parsed.scenario, parsed.source).map(formatProblem);
}

/** A valid scenario from its text; throws with the problems otherwise. */
export function scenarioOf(text: string, file = MINIMAL_FILE): Scenario {
  const parsed = parseScenario(file, text);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const problems = checkScenario(parsed.scenario, parsed.source);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return parsed.scenario;
}

export function fixture(id: string): Scenario {
  return scenarioOf(fixtureText(id), `${FIXTURES}/${id}/scenario.yaml`);
}

/** The scenario files of a folder such as `src/scenarios` (none is fine: the folder may still be empty). */
export function scenarioFiles(root: string): string[] {
  let folders: string[];
  try {
    folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
  return folders.flatMap((folder) => {
    const names = readdirSync(join(root, folder));
    return names.includes('scenario.yaml') ? [`${root}/${folder}/scenario.yaml`] : [];
  });
}

/**
 * A valid scenario text with the given shape and placeholder words: `nodes` maps each node id to where its choices
 * lead (the first node is the start); every ending is safe unless `outcomes` says otherwise.
 */
export function graphScenarioText(
  nodes: Record<string, string[]>,
  outcomes: Record<string, 'safe' | 'partly-safe' | 'unsafe'>,
  id = 'graph',
): string {
  const ratings = ['safe', 'risky', 'unsafe'] as const;
  const lines = [
    `id: ${id}`,
    'language: en',
    'title: A test graph',
    'summary: Only its shape matters.',
    'ageBands: [14-18]',
    'perspective: target',
    'objectives: [Test the engine]',
    'characters:',
    '  me: { name: Me, role: learner }',
    '  them: { name: Them, role: contact }',
    `start: ${Object.keys(nodes)[0] ?? ''}`,
    'nodes:',
  ];
  for (const [node, targets] of Object.entries(nodes)) {
    lines.push(`  ${node}:`, `    messages: [{ from: them, text: 'Message at ${node}' }]`, '    choices:');
    targets.forEach((next, index) =>
      lines.push(
        `      - { text: Go to ${next}, next: ${next}, rating: ${ratings[index % 3]}, practises: warning-signs, feedback: Feedback. }`,
      ),
    );
  }
  lines.push('endings:');
  for (const [ending, outcome] of Object.entries(outcomes)) {
    lines.push(`  ${ending}:`, `    outcome: ${outcome}`, `    title: Ending ${ending}`, '    debrief: Debrief.');
    lines.push('    whatToDo: [tell-trusted-adult]');
  }
  return `${lines.join('\n')}\n`;
}

export function graphScenario(
  nodes: Record<string, string[]>,
  outcomes: Record<string, 'safe' | 'partly-safe' | 'unsafe'>,
): Scenario {
  return scenarioOf(graphScenarioText(nodes, outcomes), 'src/scenarios/graph/scenario.yaml');
}
