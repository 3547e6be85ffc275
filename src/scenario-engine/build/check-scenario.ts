import type { ContentProblem } from '../../content-source/problems.ts';
import type { DataPath } from '../../content-source/data-path.ts';
import type { YamlSource } from '../../content-source/yaml-source.ts';
import { describeScenarioPath } from './describe-path.ts';
import { conditionHolds, debriefLines, traceOf } from '../browser/debrief.ts';
import {
  countSimplePaths,
  forEachEndingPath,
  distancesFromStart,
  endingOf,
  exists,
  leadingToAnEnding,
  nodeOf,
  reachableFrom,
} from './graph.ts';
import { MAX_CHOICES, MAX_MESSAGE_LENGTH, MIN_CHOICES, PATH_LIMIT } from '../browser/limits.ts';
import type { DebriefCondition, Scenario, ScenarioMessage } from './schema.ts';
import { didYouMean } from '../../content-source/suggest.ts';

type Report = (path: DataPath, message: string) => void;

/**
 * The rules of docs/authoring.md that need the whole scenario: references, reachability, a way out of every node,
 * counts and lengths. Expects a scenario that passed `parseScenario`; returns every problem, in file order.
 */
export function checkScenario(scenario: Scenario, source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (path, message) =>
    problems.push({ file: source.file, line: source.lineOf(path), where: describeScenarioPath(path), message });

  checkId(scenario, source.file, report);
  checkCharacters(scenario, report);
  checkNodes(scenario, report);
  checkEndings(scenario, report);
  checkGraph(scenario, report);
  // Which lines each way shows is only worth saying once the ways themselves are sound.
  if (problems.length === 0) checkDebriefPaths(scenario, report);

  // Stable sort: problems on one line keep the order in which the rules above found them.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function checkId(scenario: Scenario, file: string, report: Report): void {
  const folder = /(?:^|[/\\])([^/\\]+)[/\\]scenario\.yaml$/.exec(file)?.[1];
  if (folder !== undefined && folder !== scenario.id) {
    report(['id'], `is "${scenario.id}" but the folder is "${folder}"; the id must be the folder's name`);
  }
}

function checkCharacters(scenario: Scenario, report: Report): void {
  const learners = Object.entries(scenario.characters).filter(([, character]) => character.role === 'learner');
  if (learners.length === 0) {
    report(
      ['characters'],
      'has no character with role "learner"; exactly one character is the one the learner plays or advises',
    );
  } else if (learners.length > 1) {
    const names = learners.map(([id]) => `"${id}"`).join(', ');
    report(
      ['characters'],
      `has ${learners.length} characters with role "learner" (${names}); exactly one character is the one the learner plays or advises`,
    );
  }
}

function checkMessages(scenario: Scenario, path: DataPath, messages: readonly ScenarioMessage[], report: Report) {
  const characters = Object.keys(scenario.characters);
  messages.forEach((message, index) => {
    if (message.from !== undefined && !Object.hasOwn(scenario.characters, message.from)) {
      const known = characters.map((id) => `"${id}"`).join(', ');
      report(
        [...path, index, 'from'],
        `names "${message.from}", but there is no character with that id; the characters are ${known}`,
      );
    }
    for (const field of ['text', 'attachment', 'note'] as const) {
      const length = message[field]?.length ?? 0;
      if (length > MAX_MESSAGE_LENGTH) {
        report(
          [...path, index, field],
          `is ${length} characters long; a message is at most ${MAX_MESSAGE_LENGTH}, so shorten it or split it into two messages`,
        );
      }
    }
  });
}

function checkNodes(scenario: Scenario, report: Report): void {
  const targets = [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    checkMessages(scenario, ['nodes', id, 'messages'], node.messages, report);
    const count = node.choices.length;
    if (count === 0) {
      report(
        ['nodes', id],
        `has no choices, so the chat would stop here without an ending: give it ${MIN_CHOICES} to ${MAX_CHOICES} choices, or make it an ending`,
      );
    } else if (count < MIN_CHOICES || count > MAX_CHOICES) {
      const noun = count === 1 ? 'choice' : 'choices';
      report(['nodes', id], `has ${count} ${noun}; a node offers ${MIN_CHOICES} to ${MAX_CHOICES} choices`);
    }
    node.choices.forEach((choice, index) => {
      const path = ['nodes', id, 'choices', index];
      if (!exists(scenario, choice.next)) {
        report(
          [...path, 'next'],
          `names "${choice.next}", but there is no node or ending with that id${didYouMean(choice.next, targets)}`,
        );
      }
      if (choice.feedback === undefined) {
        report([...path, 'feedback'], 'is missing; every choice needs calm, specific feedback');
      } else if (choice.feedback.trim() === '') {
        report([...path, 'feedback'], 'is empty; every choice needs calm, specific feedback');
      }
    });
  }
}

function checkEndings(scenario: Scenario, report: Report): void {
  for (const [id, ending] of Object.entries(scenario.endings)) {
    if (nodeOf(scenario, id)) {
      report(
        ['endings', id],
        `has the same id as node "${id}"; a choice's "next" could not tell them apart, so rename one`,
      );
    }
    checkMessages(scenario, ['endings', id, 'messages'], ending.messages, report);
    if (ending.debrief === undefined) {
      report(
        ['endings', id, 'debrief'],
        'is missing; every ending needs a debrief that says what happened and why it matters',
      );
    } else if (typeof ending.debrief === 'string' && ending.debrief.trim() === '') {
      report(
        ['endings', id, 'debrief'],
        'is empty; every ending needs a debrief that says what happened and why it matters',
      );
    }
    debriefLines(ending).forEach((line, index) => {
      if (!line.if) return;
      const path = ['endings', id, 'debrief', index, 'if'];
      for (const field of ['visited', 'notVisited'] as const) {
        for (const node of line.if[field] ?? []) {
          if (!nodeOf(scenario, node)) {
            report(
              [...path, field],
              `names "${node}", but there is no node with that id${didYouMean(node, Object.keys(scenario.nodes))}`,
            );
          }
        }
      }
      const chose = line.if.chose;
      if (chose) {
        const node = nodeOf(scenario, chose.node);
        if (!node) {
          report(
            [...path, 'chose', 'node'],
            `names "${chose.node}", but there is no node with that id${didYouMean(chose.node, Object.keys(scenario.nodes))}`,
          );
        } else if (chose.choice > node.choices.length) {
          report(
            [...path, 'chose', 'choice'],
            `is ${chose.choice}, but node "${chose.node}" has ${node.choices.length} choices (counted from 1)`,
          );
        }
      }
    });
  }
  if (!Object.values(scenario.endings).some((ending) => ending.outcome === 'safe')) {
    report(['endings'], 'has no ending with outcome "safe"; every scenario needs at least one');
  }
}

function checkGraph(scenario: Scenario, report: Report): void {
  const start = scenario.start;
  if (!nodeOf(scenario, start)) {
    const message = endingOf(scenario, start)
      ? `names the ending "${start}"; the chat must start at a node`
      : `names "${start}", but there is no node with that id${didYouMean(start, Object.keys(scenario.nodes))}`;
    report(['start'], message);
    return; // Reachability from a start that is not there would only repeat this problem for every node.
  }

  const reached = distancesFromStart(scenario);
  for (const [part, ids] of [
    ['nodes', Object.keys(scenario.nodes)],
    ['endings', Object.keys(scenario.endings)],
  ] as const) {
    for (const id of ids) {
      if (!reached.has(id)) {
        report([part, id], `cannot be reached: no path of choices from the start node "${start}" leads here`);
      }
    }
  }

  // A node from which no ending can be reached is reported here only when a loop is the cause: a dead end or an
  // unknown "next" on the way already has its own problem, and repeating it for every node upstream would bury it.
  const leading = leadingToAnEnding(scenario);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.choices.length === 0 || leading.has(id)) continue;
    const downstream = [...reachableFrom(scenario, id)];
    const otherCause = downstream.some((next) => {
      const choices = nodeOf(scenario, next)?.choices ?? [];
      return choices.length === 0 || choices.some((choice) => !exists(scenario, choice.next));
    });
    if (!otherCause) {
      report(
        ['nodes', id],
        'only leads round in a loop: no ending can be reached from here, so let a choice on the loop lead towards an ending',
      );
    }
  }

  if (countSimplePaths(scenario, PATH_LIMIT) >= PATH_LIMIT) {
    report(
      ['nodes'],
      `allow ${PATH_LIMIT} or more ways through the scenario (paths without repeats from the start); that is too many to test one by one, so let fewer choices lead back`,
    );
  }
}

function conditionRefersToScenario(scenario: Scenario, condition: DebriefCondition): boolean {
  const nodes = [...(condition.visited ?? []), ...(condition.notVisited ?? [])];
  const chose = condition.chose;
  const choices = chose ? nodeOf(scenario, chose.node)?.choices.length : undefined;
  return (
    nodes.every((id) => nodeOf(scenario, id) !== undefined) &&
    (!chose || (choices !== undefined && chose.choice <= choices))
  );
}

/**
 * Conditional debrief lines against the ways to each ending: a line no path shows is a mistake, and so is a path
 * that would show no line at all. (Runs once the graph itself is sound.)
 */
function checkDebriefPaths(scenario: Scenario, report: Report): void {
  const shown = new Map<string, Set<number>>();
  const empty = new Map<string, readonly number[]>();
  forEachEndingPath(
    scenario,
    (id, choices, trail) => {
      const ending = endingOf(scenario, id);
      if (!ending) return;
      const trace = traceOf(trail, choices, id);
      const lines = debriefLines(ending);
      const applying = lines.flatMap((line, index) => (conditionHolds(line.if, trace) ? [index] : []));
      const seen = shown.get(id) ?? new Set<number>();
      applying.forEach((index) => seen.add(index));
      shown.set(id, seen);
      if (lines.length > 0 && applying.length === 0 && !empty.has(id)) empty.set(id, [...choices]);
    },
    PATH_LIMIT,
  );
  for (const [id, ending] of Object.entries(scenario.endings)) {
    const seen = shown.get(id);
    if (!seen) continue;
    debriefLines(ending).forEach((line, index) => {
      // A condition that names a node or choice that is not there has its own problem already.
      if (line.if && !seen.has(index) && conditionRefersToScenario(scenario, line.if)) {
        report(
          ['endings', id, 'debrief', index, 'if'],
          'is true on no way to this ending, so the line would never be shown; check the node ids and the choice number',
        );
      }
    });
    const path = empty.get(id);
    if (path) {
      report(
        ['endings', id, 'debrief'],
        `shows no line at all to a learner who takes choices ${path.map((index) => index + 1).join(', ')}; give it a line without a condition, or one for that way`,
      );
    }
  }
}
