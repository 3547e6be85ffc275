import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isJsxElement, parseMdx, walk } from '../content-source/mdx-source.ts';
import type { ContentProblem } from '../content-source/problems.ts';
import type { DataPath } from '../content-source/data-path.ts';
import type { YamlSource } from '../content-source/yaml-source.ts';

/** A piece of text a learner reads, with the line it is written on. Headings are kept apart: they are not prose. */
export interface TextUnit {
  text: string;
  line: number;
  heading?: boolean;
}

// Fields of lesson, quiz and scenario files that hold no learner text: names of things, rules, teacher notes.
const NOT_LEARNER_TEXT = new Set([
  'id',
  'next',
  'rating',
  'practises',
  'checks',
  'correct',
  'match',
  'from',
  'role',
  'type',
  'outcome',
  'language',
  'ageBands',
  'perspective',
  'start',
  'if',
  'whatToDo',
  'scored',
  'threat',
  'name',
  'illustration',
  'order',
  'minutes',
  'required',
  'completion',
  'sources',
  'teacherNotes',
  'characters',
]);

/** What a learner reads in a YAML content file: every text field, with its line. */
export function yamlLearnerText(source: YamlSource): TextUnit[] {
  const units: TextUnit[] = [];
  const visit = (value: unknown, path: DataPath) => {
    const key = path.findLast((part) => typeof part === 'string');
    if (typeof key === 'string' && NOT_LEARNER_TEXT.has(key)) return;
    // `feedback: immediate` at the top of a scenario is a setting; a choice's feedback is text.
    if (path.length === 1 && key === 'feedback') return;
    if (typeof value === 'string') {
      if (/\p{L}/u.test(value)) units.push({ text: value, line: source.lineOf(path) ?? 1 });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, [...path, name]);
    }
  };
  visit(source.data, []);
  // A character's profile line is text the chat shows ("joined last week").
  const characters = (source.data as { characters?: Record<string, { about?: unknown }> } | null)?.characters ?? {};
  for (const [id, character] of Object.entries(characters)) {
    if (typeof character.about === 'string') {
      units.push({ text: character.about, line: source.lineOf(['characters', id, 'about']) ?? 1 });
    }
  }
  return units;
}

// Attributes of the course's MDX components that a learner reads (or hears, for a picture's alt text).
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'term']);

/** What a learner reads in a lesson's MDX: paragraphs, list items, table cells, headings, components' texts. */
export function mdxLearnerText(file: string, text: string): { units: TextUnit[]; problems: ContentProblem[] } {
  const parsed = parseMdx(file, text);
  if (!parsed.ok) return { units: [], problems: parsed.problems };
  const units: TextUnit[] = [];
  const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
  for (const { node, ancestors } of walk(parsed.root)) {
    // A paragraph inside a list item or a quote is reached on its own; a heading is kept apart.
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      if (ancestors.some((a) => a.type === 'tableCell')) continue;
      const words = toString(node).replace(/\s+/g, ' ').trim();
      if (words) units.push({ text: words, line: lineOf(node) });
    } else if (node.type === 'heading') {
      units.push({ text: toString(node).trim(), line: lineOf(node), heading: true });
    } else if (isJsxElement(node)) {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && TEXT_ATTRIBUTES.has(attribute.name)) {
          if (typeof attribute.value === 'string' && attribute.value.trim()) {
            units.push({ text: attribute.value.trim(), line: lineOf(node), heading: attribute.name === 'title' });
          }
        }
      }
    }
  }
  return { units, problems: [] };
}
