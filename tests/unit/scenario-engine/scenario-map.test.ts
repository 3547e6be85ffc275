import { describe, expect, it } from 'vitest';
import { renderScenarioMap } from '../../../src/scenario-engine/build/scenario-map.ts';
import { fixture, graphScenario } from './helpers.ts';
import { xmlProblems } from './xml-check.ts';

const sample = fixture('sample-new-follower');
const svg = renderScenarioMap(sample);

const numbers = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => Number(m[1]));

describe('renderScenarioMap', () => {
  it('writes a well-formed, self-contained SVG document', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1000 \d+"/,
    );
    // Nothing to fetch: no links, images, imported styles or web fonts.
    expect(svg).not.toMatch(/href=|<image|@import|@font-face|url\((?!#)/);
    expect(svg).toContain('font-family="system-ui,');
  });

  it('the xml check catches what it is for', () => {
    expect(xmlProblems('<svg><g></svg>')).toEqual(['</svg> closes <g>', 'unclosed <svg>']);
    expect(xmlProblems('<svg><text>a & b</text></svg>')).toEqual(['a bare "&" in text at 11']);
    expect(xmlProblems('<svg a="1" a="2"/>')).toEqual(['a repeated attribute in <svg>']);
    expect(xmlProblems('<svg/><svg/>')).toEqual(['2 root elements']);
  });

  it('has a title and a legend that says in words what colours and dashes mean', () => {
    expect(svg).toContain('<title id="map-title">Scenario map: A new follower (sample-new-follower)</title>');
    expect(svg).toContain('<g class="legend">');
    for (const words of ['SAFE ENDING', 'PARTLY SAFE ENDING', 'UNSAFE ENDING', 'a choice that leads back (a loop)']) {
      expect(svg.split('<g class="legend">')[1]).toContain(words);
    }
  });

  it('draws every node and ending, labelled with its id, and endings with their outcome in words', () => {
    for (const id of Object.keys(sample.nodes)) expect(svg).toContain(`<g class="node" data-id="${id}">`);
    for (const [id, ending] of Object.entries(sample.endings)) {
      const box = svg.split(`<g class="ending" data-id="${id}">`)[1]?.split('</g>')[0] ?? '';
      expect(box).toContain(`>${id}</text>`);
      expect(box).toContain(
        { safe: '>SAFE ENDING<', 'partly-safe': '>PARTLY SAFE ENDING<', unsafe: '>UNSAFE ENDING<' }[ending.outcome],
      );
    }
    expect(svg).toContain('>hey! saw your skate</text>'); // the start of the first message, as an excerpt
  });

  it('labels every choice with its number and rating, and draws loops dashed', () => {
    const choices = [...svg.matchAll(/<g class="choice( loop)?" data-from="([^"]+)" data-to="([^"]+)">(.*?)<\/g>/g)];
    expect(choices).toHaveLength(12);
    const loops = choices.filter((m) => m[1]).map((m) => `${m[2]} -> ${m[3]}`);
    expect(loops).toEqual(['checks-profile -> asks-to-move-app', 'asks-to-move-app -> checks-profile']);
    for (const m of choices) expect(m[4]).toMatch(m[1] ? /stroke-dasharray/ : /^(?!.*stroke-dasharray)/);
    expect(choices.find((m) => m[2] === 'asks-for-photo' && m[3] === 'threat')?.[4]).toContain('>3 · unsafe</text>');
  });

  it('keeps text at 11 units or more, and every box inside the 1000-unit width, even for a wide layer', () => {
    const wide = graphScenario(
      { start: ['a', 'b', 'c', 'd'], a: ['e1', 'e2'], b: ['e3', 'e4'], c: ['e5', 'e6'], d: ['e7', 'e8'] },
      { e1: 'safe', e2: 'unsafe', e3: 'partly-safe', e4: 'safe', e5: 'safe', e6: 'safe', e7: 'safe', e8: 'safe' },
    );
    for (const map of [svg, renderScenarioMap(wide)]) {
      expect(Math.min(...numbers(/font-size="([\d.]+)"/g, map))).toBeGreaterThanOrEqual(11);
      const rects = [...map.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)];
      for (const [, x, width] of rects) expect(Number(x) + Number(width)).toBeLessThanOrEqual(1000);
    }
    // Eight endings at one distance from the start do not fit in one row: they wrap onto two.
    const rows = new Set(
      numbers(/<g class="ending" data-id="e\d"><rect x="[\d.]+" y="([\d.]+)"/g, renderScenarioMap(wide)),
    );
    expect(rows.size).toBe(2);
  });

  it('escapes the author’s text', () => {
    const risky = { ...sample, title: 'Tom & Jerry <b>"quoted"</b>' };
    const map = renderScenarioMap(risky);
    expect(xmlProblems(map)).toEqual([]);
    expect(map).toContain('Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;');
  });
});
