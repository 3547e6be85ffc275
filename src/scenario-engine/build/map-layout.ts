import { distancesFromStart } from './graph.ts';
import type { Scenario } from './schema.ts';

/**
 * Where each box of the scenario map goes: layers top to bottom by shortest distance (in choices) from the start;
 * a layer wider than `MAX_PER_ROW` boxes wraps onto more rows. Numbers are SVG units of a 1000-wide viewBox, which
 * prints at about 0.19 mm per unit across an A4 page.
 */

export const MAP_WIDTH = 1000;
/** Room on both sides for the curves of edges that go back up. */
const SIDE_MARGIN = 60;
const MAX_PER_ROW = 5;
const BOX_GAP = 24;
export const MAX_BOX_WIDTH = 176;
export const BOX_HEIGHT = 66;
/** Vertical room between rows, for edges and their labels. */
export const ROW_GAP = 96;

export interface Box {
  id: string;
  kind: 'node' | 'ending';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Row index from the top (layers wider than a row take several). */
  row: number;
}

export interface MapLayout {
  boxes: Map<string, Box>;
  /** Total height of the rows, from `top`. */
  height: number;
}

/** Places every node and ending; anything the start cannot reach goes in a last layer, so nothing is hidden. */
export function layoutScenario(scenario: Scenario, top: number): MapLayout {
  const distances = distancesFromStart(scenario);
  const unreachableLayer = Math.max(0, ...distances.values()) + 1;
  const all = [
    ...Object.keys(scenario.nodes).map((id) => ({ id, kind: 'node' as const })),
    ...Object.keys(scenario.endings)
      .filter((id) => !Object.hasOwn(scenario.nodes, id))
      .map((id) => ({ id, kind: 'ending' as const })),
  ];
  const layers: (typeof all)[] = [];
  for (const item of all) {
    const layer = distances.get(item.id) ?? unreachableLayer;
    (layers[layer] ??= []).push(item);
  }

  // Order each layer by where the choices leading into it leave their boxes (the mean of those points), which keeps
  // most edges from crossing; boxes nothing above leads to keep file order, after the others.
  const ports = new Map<string, number[]>();
  const boxes = new Map<string, Box>();
  let row = 0;
  for (const layer of layers) {
    if (!layer) continue;
    const weight = (id: string) => {
      const xs = ports.get(id) ?? [];
      return xs.length === 0 ? Infinity : xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const sorted = layer
      .map((item, index) => ({ item, index, weight: weight(item.id) }))
      .sort((a, b) => a.weight - b.weight || a.index - b.index)
      .map(({ item }) => item);
    for (let start = 0; start < sorted.length; start += MAX_PER_ROW) {
      const items = sorted.slice(start, start + MAX_PER_ROW);
      const width = Math.min(
        MAX_BOX_WIDTH,
        (MAP_WIDTH - 2 * SIDE_MARGIN - (items.length - 1) * BOX_GAP) / items.length,
      );
      const total = items.length * width + (items.length - 1) * BOX_GAP;
      const left = (MAP_WIDTH - total) / 2;
      items.forEach((item, index) => {
        const x = left + index * (width + BOX_GAP);
        boxes.set(item.id, { ...item, x, y: top + row * (BOX_HEIGHT + ROW_GAP), width, height: BOX_HEIGHT, row });
        const choices = Object.hasOwn(scenario.nodes, item.id) ? (scenario.nodes[item.id]?.choices ?? []) : [];
        choices.forEach((choice, i) => {
          ports.set(choice.next, [...(ports.get(choice.next) ?? []), x + ((i + 1) * width) / (choices.length + 1)]);
        });
      });
      row++;
    }
  }
  return { boxes, height: row === 0 ? 0 : row * BOX_HEIGHT + (row - 1) * ROW_GAP };
}
