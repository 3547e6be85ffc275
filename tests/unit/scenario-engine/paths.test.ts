import { describe, expect, it } from 'vitest';
import { countSimplePaths } from '../../../src/scenario-engine/build/graph.ts';
import {
  endingPaths,
  scenarioStats,
  scenarioStructure,
  simplePaths,
} from '../../../src/scenario-engine/build/paths.ts';
import { fixture, graphScenario } from './helpers.ts';

describe('paths through a scenario (xstate/graph)', () => {
  it('lists the paths without repeats from the start to each ending', () => {
    expect(endingPaths(fixture('minimal'))).toEqual([
      { choices: [0], trail: ['hello'], to: 'asked-dad', ending: true },
      { choices: [1, 0], trail: ['hello', 'secret'], to: 'asked-dad', ending: true },
    ]);
  });

  it('takes each loop zero times, and lists paths to nodes too', () => {
    // hello -> secret -> hello is a loop: it never appears in a path.
    expect(simplePaths(fixture('minimal'))).toEqual([
      { choices: [], trail: [], to: 'hello', ending: false },
      { choices: [0], trail: ['hello'], to: 'asked-dad', ending: true },
      { choices: [1], trail: ['hello'], to: 'secret', ending: false },
      { choices: [1, 0], trail: ['hello', 'secret'], to: 'asked-dad', ending: true },
    ]);
  });

  it('counts nodes, choices, endings, paths and the longest path', () => {
    expect(scenarioStats(fixture('minimal'))).toEqual({
      id: 'minimal',
      nodes: 2,
      choices: 4,
      endings: 1,
      paths: 2,
      longestPath: 2,
    });
    expect(scenarioStats(fixture('sample-new-follower'))).toEqual({
      id: 'sample-new-follower',
      nodes: 5,
      choices: 12,
      endings: 4,
      paths: 12,
      longestPath: 5,
    });
  });

  it('gives the structure the course uses to encode saved paths', () => {
    expect(scenarioStructure(fixture('sample-new-follower'))).toEqual({
      id: 'sample-new-follower',
      endings: ['blocked', 'told-mum', 'kept-it-secret', 'paid'],
      maxChoices: 3,
      longestPath: 5,
    });
  });

  it('measures the longest path to a node too, since a learner can save there', () => {
    // a -> b -> c, where c only leads back: two choices deep, while the longest path to the ending is one.
    const scenario = graphScenario({ a: ['b', 'end'], b: ['c', 'a'], c: ['a', 'b'] }, { end: 'safe' });
    expect(endingPaths(scenario).map((path) => path.choices)).toEqual([[1]]);
    expect(scenarioStructure(scenario).longestPath).toBe(2);
    expect(scenarioStats(scenario).paths).toBe(1);
  });

  it('lists as many paths as the check counts before refusing a tangle', () => {
    for (const id of ['minimal', 'sample-new-follower']) {
      const scenario = fixture(id);
      expect(simplePaths(scenario)).toHaveLength(countSimplePaths(scenario, Infinity));
    }
  });
});
