import { endingOf, nodeOf, reachableFrom } from './graph.ts';
import { BOX_HEIGHT, layoutScenario, MAP_WIDTH, type Box } from './map-layout.ts';
import type { ChoiceRating, EndingOutcome, Scenario } from './schema.ts';
import { xmlText as escapeXml } from '../../packaging/xml.ts';
import { wrapText } from './svg-text.ts';

/**
 * A map of a scenario for authors, reviewers and teachers: a self-contained SVG (no fonts or requests from elsewhere),
 * readable on an A4 page and in black and white, since every colour is also said in words.
 */

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const HEADER_HEIGHT = 64;
const LEGEND_HEIGHT = 96;
/** Approximate width of a character at 11 units, for wrapping (see `wrapText`). */
const CHAR_WIDTH = 6.2;

const OUTCOME_STYLE: Record<EndingOutcome, { fill: string; stroke: string; label: string }> = {
  safe: { fill: '#dcf2e2', stroke: '#1b6e32', label: 'SAFE ENDING' },
  'partly-safe': { fill: '#fdf0c8', stroke: '#8a5a00', label: 'PARTLY SAFE ENDING' },
  unsafe: { fill: '#fbe0de', stroke: '#a5281c', label: 'UNSAFE ENDING' },
};
const RATING_COLOUR: Record<ChoiceRating, string> = { safe: '#1b6e32', risky: '#8a5a00', unsafe: '#a5281c' };

const text = (x: number, y: number, content: string, attributes = '') =>
  `<text x="${round(x)}" y="${round(y)}"${attributes ? ` ${attributes}` : ''}>${escapeXml(content)}</text>`;
const round = (value: number) => Math.round(value * 10) / 10;

/** The first words the learner reads at a node, or what an ending is called. */
function excerpt(scenario: Scenario, box: Box): string {
  const node = nodeOf(scenario, box.id);
  if (node) {
    const first = node.messages[0];
    return first?.text ?? (first?.attachment ? `[${first.attachment}]` : '(no messages)');
  }
  return endingOf(scenario, box.id)?.title ?? '';
}

function drawBox(scenario: Scenario, box: Box, isStart: boolean): string {
  const perLine = Math.floor((box.width - 14) / CHAR_WIDTH);
  const ending = box.kind === 'ending' ? endingOf(scenario, box.id) : undefined;
  const style = ending ? OUTCOME_STYLE[ending.outcome] : { fill: '#ffffff', stroke: '#344054', label: '' };
  const left = box.x + 7;
  const parts = [
    `<g class="${box.kind}" data-id="${escapeXml(box.id)}">`,
    // Endings get a thick border and rounded corners, so they stand apart without colour too.
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${BOX_HEIGHT}" rx="${ending ? 12 : 3}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${ending || isStart ? 2.5 : 1.2}"/>`,
    text(
      left,
      box.y + 16,
      box.id.length > perLine ? `${box.id.slice(0, perLine - 1)}…` : box.id,
      'font-size="12" font-weight="700"',
    ),
  ];
  const lines = ending
    ? [style.label, ...wrapText(excerpt(scenario, box), perLine, 2)]
    : wrapText(excerpt(scenario, box), perLine, 3);
  lines.forEach((line, index) => {
    const isLabel = ending !== undefined && index === 0;
    parts.push(
      text(
        left,
        box.y + 31 + index * 13,
        line,
        isLabel ? 'font-size="11" font-weight="700" letter-spacing="0.5"' : 'font-size="11"',
      ),
    );
  });
  if (isStart) parts.push(text(box.x, box.y - 6, 'START', 'font-size="11" font-weight="700"'));
  parts.push('</g>');
  return parts.join('');
}

interface Edge {
  from: Box;
  to: Box;
  /** 0-based choice index at `from`. */
  index: number;
  choices: number;
  rating: ChoiceRating;
  /** The target can lead back to the source: the edge closes a loop. */
  loop: boolean;
}

/** Where an edge enters its target: spread along the top, in the order of the sources from left to right. */
type Slot = readonly [position: number, count: number];

/** A choice that leads down runs as a curve from the bottom of its box to the top of the target. */
function downwardPath(edge: Edge, [slot, count]: Slot) {
  const { from, to, index, choices } = edge;
  const sx = from.x + ((index + 1) * from.width) / (choices + 1);
  const sy = from.y + from.height;
  const tx = to.x + ((slot + 1) * to.width) / (count + 1);
  const ty = to.y;
  const bend = Math.max(30, (ty - sy) / 2);
  // Labels of one box's choices sit at different heights, so that neighbours do not overlap.
  const t = 0.16 + 0.16 * index;
  const at = (a: number, b: number, c: number, d: number) =>
    (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * c + t ** 3 * d;
  return {
    d: `M${round(sx)} ${round(sy)} C${round(sx)} ${round(sy + bend)}, ${round(tx)} ${round(ty - bend)}, ${round(tx)} ${round(ty)}`,
    label: [at(sx, sx, tx, tx) + 3, at(sy, sy + bend, ty - bend, ty) + 4] as const,
  };
}

/**
 * Any other choice (to the same row, back up, or down past a row) leaves its box downwards like the others, runs along
 * the gap below the row to a channel beside every box in between, along it, and along the gap above the target into
 * its top. It crosses no box, so no box hides it or its label.
 */
function channelPath(edge: Edge, [slot, count]: Slot, channel: number, lane: number) {
  const { from, to, index, choices } = edge;
  const sx = from.x + ((index + 1) * from.width) / (choices + 1);
  const sy = from.y + from.height;
  const below = sy + 34 + 6 * (lane % 6);
  const tx = to.x + ((slot + 1) * to.width) / (count + 1);
  const above = to.y - 12 - 6 * (lane % 4);
  return {
    d: `M${round(sx)} ${round(sy)} V${round(below)} H${round(channel)} V${round(above)} H${round(tx)} V${round(to.y)}`,
    label: [sx + 3, sy + 12 + 6 * index] as const,
  };
}

function drawEdge(edge: Edge, path: { d: string; label: readonly [number, number] }): string {
  const { from, to, index, rating, loop } = edge;
  return [
    `<g class="choice${loop ? ' loop' : ''}" data-from="${escapeXml(from.id)}" data-to="${escapeXml(to.id)}">`,
    `<path d="${path.d}" fill="none" stroke="${RATING_COLOUR[rating]}" stroke-width="1.4"${loop ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#arrow-${rating})"/>`,
    // A white halo keeps the label readable where it crosses a line.
    text(
      path.label[0],
      path.label[1],
      `${index + 1} · ${rating}`,
      'font-size="11" stroke="#ffffff" stroke-width="3" paint-order="stroke" fill="#101828"',
    ),
    '</g>',
  ].join('');
}

function drawLegend(y: number): string {
  const items: string[] = [];
  const sample = (x: number, fill: string, stroke: string, rx: number, width: number, label: string, caption: string) =>
    items.push(
      `<rect x="${x}" y="${y + 8}" width="${width}" height="28" rx="${rx}" fill="${fill}" stroke="${stroke}" stroke-width="${rx > 3 ? 2.5 : 1.2}"/>`,
      text(x + 6, y + 26, label, 'font-size="11" font-weight="700"'),
      text(x, y + 50, caption, 'font-size="11"'),
    );
  sample(40, '#ffffff', '#344054', 3, 150, 'node-id', 'a moment in the chat');
  let x = 210;
  for (const [outcome, style] of Object.entries(OUTCOME_STYLE)) {
    sample(x, style.fill, style.stroke, 12, 150, style.label, `ending: outcome "${outcome}"`);
    x += 170;
  }
  items.push(
    `<path d="M40 ${y + 72} H110" stroke="#344054" stroke-width="1.4" marker-end="url(#arrow-neutral)"/>`,
    text(120, y + 76, 'a choice: its number at the node · its rating (safe, risky, unsafe)', 'font-size="11"'),
    `<path d="M520 ${y + 72} H590" stroke="#344054" stroke-width="1.4" stroke-dasharray="6 4" marker-end="url(#arrow-neutral)"/>`,
    text(600, y + 76, 'dashed: a choice that leads back (a loop)', 'font-size="11"'),
  );
  return `<g class="legend">${text(40, y, 'Legend', 'font-size="12" font-weight="700"')}${items.join('')}</g>`;
}

/** The scenario's graph as a standalone SVG document (see the file comment). */
export function renderScenarioMap(scenario: Scenario): string {
  const layout = layoutScenario(scenario, HEADER_HEIGHT + 24);
  const height = Math.ceil(HEADER_HEIGHT + 24 + layout.height + 40 + LEGEND_HEIGHT);

  const edges: Edge[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const from = layout.boxes.get(id);
    node.choices.forEach((choice, index) => {
      const to = layout.boxes.get(choice.next);
      if (!from || !to) return;
      const loop = reachableFrom(scenario, choice.next).has(id);
      edges.push({ from, to, index, choices: node.choices.length, rating: choice.rating, loop });
    });
  }
  const slots = new Map<Edge, Slot>();
  for (const box of layout.boxes.values()) {
    const arriving = edges
      .filter((edge) => edge.to === box)
      .sort((a, b) => a.from.x - b.from.x || a.from.y - b.from.y || a.index - b.index);
    arriving.forEach((edge, position) => slots.set(edge, [position, arriving.length]));
  }
  const boxes = [...layout.boxes.values()];
  // Channels run on the side nearer to the edge's two ends, each in its own lane, so that they do not overlap.
  const lanes = { left: 0, right: 0 };
  const paths = edges.map((edge) => {
    const slot = slots.get(edge) ?? [0, 1];
    if (edge.to.row === edge.from.row + 1) return downwardPath(edge, slot);
    const [top, bottom] = [Math.min(edge.from.row, edge.to.row), Math.max(edge.from.row, edge.to.row)];
    const between = boxes.filter((box) => box.row >= top && box.row <= bottom);
    const middle = (edge.from.x + edge.from.width / 2 + edge.to.x + edge.to.width / 2) / 2;
    if (middle < MAP_WIDTH / 2) {
      const lane = lanes.left++;
      const channel = Math.max(4, Math.min(...between.map((box) => box.x)) - 14 - 9 * lane);
      return channelPath(edge, slot, channel, lane);
    }
    const lane = lanes.right++;
    const channel = Math.min(MAP_WIDTH - 4, Math.max(...between.map((box) => box.x + box.width)) + 14 + 9 * lane);
    return channelPath(edge, slot, channel, lane);
  });

  const nodes = Object.keys(scenario.nodes).length;
  const endings = Object.keys(scenario.endings).length;
  const title = `Scenario map: ${scenario.title} (${scenario.id})`;
  const markers = [...Object.entries(RATING_COLOUR), ['neutral', '#344054']]
    .map(
      ([name, colour]) =>
        `<marker id="arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${colour}"/></marker>`,
    )
    .join('');

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}" width="${MAP_WIDTH}" height="${height}" font-family="${FONT}" fill="#101828" role="img" aria-labelledby="map-title">`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    `<defs>${markers}</defs>`,
    `<rect width="${MAP_WIDTH}" height="${height}" fill="#ffffff"/>`,
    text(40, 30, scenario.title, 'font-size="18" font-weight="700"'),
    text(
      40,
      50,
      `${scenario.id} · ${nodes} ${nodes === 1 ? 'node' : 'nodes'}, ${endings} ${endings === 1 ? 'ending' : 'endings'} · starts at "${scenario.start}"`,
      'font-size="12"',
    ),
    ...edges.map((edge, i) => drawEdge(edge, paths[i] ?? downwardPath(edge, [0, 1]))),
    ...[...layout.boxes.values()].map((box) => drawBox(scenario, box, box.id === scenario.start)),
    drawLegend(HEADER_HEIGHT + 24 + layout.height + 40),
    '</svg>',
    '',
  ].join('\n');
}
