import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { CHOICE_EVENTS, compileScenario, snapshotAt } from '../../../src/scenario-engine/browser/chat-machine.ts';
import { MAX_PATH_LENGTH } from '../../../src/scenario-engine/browser/limits.ts';
import { loadScenario } from '../../../src/scenario-engine/build/load-scenario.ts';
import { parseTranslation } from '../../../src/scenario-engine/build/parse-translation.ts';
import { simplePaths } from '../../../src/scenario-engine/build/paths.ts';
import { scenarioFiles } from './helpers.ts';

/**
 * Every real scenario (there may be none yet) and every valid fixture, loaded from disk and walked path by path with
 * xstate/graph. Paths never repeat a node (see `simplePaths`), so the walk is finite even where a scenario loops.
 */
const files = [...scenarioFiles('src/scenarios'), ...scenarioFiles('tests/fixtures/scenarios')];

it('finds the fixtures at least, so the walk below really runs', () => {
  expect(files).toContain('tests/fixtures/scenarios/sample-new-follower/scenario.yaml');
});

for (const file of files) {
  describe(file, () => {
    const loaded = loadScenario(file, readFileSync(file, 'utf8'));

    it('has no problems, nor have its translations', () => {
      expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([]);
      if (!loaded.ok) return;
      const translations = readdirSync(dirname(file)).filter((name) => /^[a-z]{2}(-[A-Z]{2})?\.ya?ml$/.test(name));
      for (const name of translations) {
        const path = join(dirname(file), name);
        const translated = parseTranslation(path, readFileSync(path, 'utf8'), loaded.scenario);
        expect(translated.ok ? [] : translated.problems.map(formatProblem)).toEqual([]);
      }
    });
    if (!loaded.ok) return;
    const { scenario } = loaded;
    const machine = compileScenario(scenario);
    const paths = simplePaths(scenario);

    it('lets every path end in an ending: from wherever a path leads, an ending can still be reached', () => {
      // Whether an ending can be reached depends only on the node, so one path per node is enough to start from.
      const byNode = new Map(paths.filter((path) => !path.ending).map((path) => [path.to, path]));
      const stuck = [...byNode.values()].filter((path) => {
        const toAnEnding = getShortestPaths(machine, {
          fromState: snapshotAt(machine, path.choices),
          serializeState: (snapshot) => JSON.stringify(snapshot.value),
          events: CHOICE_EVENTS,
          toState: (snapshot) => snapshot.hasTag('ending'),
        });
        return toAnEnding.length === 0;
      });
      expect(stuck.map((path) => `${path.to} after [${path.choices.join(', ')}]`)).toEqual([]);
    });

    it('reaches every ending', () => {
      const reached = new Set(paths.filter((path) => path.ending).map((path) => path.to));
      expect(Object.keys(scenario.endings).filter((ending) => !reached.has(ending))).toEqual([]);
    });

    it(`keeps every path within ${MAX_PATH_LENGTH} choices`, () => {
      const longest = Math.max(...paths.map((path) => path.choices.length));
      expect(longest).toBeLessThanOrEqual(MAX_PATH_LENGTH);
    });
  });
}
