import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { DataPath } from './data-path.ts';

/**
 * What an author got wrong in a YAML file, in their words and at the place of the slip. The yaml library notices a
 * slip where it can no longer read on (an unclosed quote at the end of the file, a missing `]` on the next line) and
 * often reports seven or more errors for it; an author needs one sentence at the line to fix.
 */
export interface YamlMistake {
  /** Offset in the text of where the author's mistake is. */
  offset: number;
  message: string;
}

/** The first syntax mistake of a parsed document (errors, or YAML features an author never means), if any. */
export function firstYamlMistake(text: string, doc: Document.Parsed): YamlMistake | undefined {
  const errors = doc.errors.filter((error) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  const first = errors[0];
  if (first) return runawayQuote(text, doc, first.pos[0]) ?? explain(text, doc, first);
  return reservedFeature(text, doc);
}

export interface DuplicateKey {
  path: DataPath;
  offset: number;
  firstOffset: number;
}

/** Keys written twice in one map (two nodes called `first-message`), each with where the key first stands. */
export function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const walk = (node: unknown, path: DataPath) => {
    if (isMap(node)) {
      const first = new Map<string, number>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, offset);
          walk(pair.value, [...path, key]);
        } else {
          found.push({ path: [...path, key], offset, firstOffset: earlier });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  walk(doc.contents, []);
  return found;
}

/** Signs that mean something to YAML at the start of a value. */
const RESERVED_START = '[{*&!|>@%`?';

const reserved = (char: string) => `this text starts with ${char}, which YAML reserves; put the whole text in quotes`;
const lessIndented = 'this line is indented less than the line above it; line it up with the fields it belongs with';
const moreIndented = 'this line is indented more than the line above it; line it up with the line above';
const apostrophe =
  "this text in single quotes has an apostrophe, which ends the quote; write the apostrophe twice ('') or put the text in double quotes";
const afterQuote = 'this text goes on after its closing quote; put all of it inside the quotes';
const notReadable = 'YAML cannot read this line; compare its quotes, colons and indentation with the lines around it';

function explain(text: string, doc: Document.Parsed, error: YAMLError): YamlMistake {
  const at = error.pos[0];
  const here = (message: string): YamlMistake => ({ offset: at, message });
  const { message } = error;
  const line = lineAround(text, at);

  if (error.code === 'TAB_AS_INDENT') {
    return here('this line is indented with a tab; YAML needs spaces, so replace the tab with spaces');
  }
  if (/^\s*-[^\s-]/.test(line.text)) {
    return { offset: line.start, message: 'put a space after the "-" that starts this list item' };
  }
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) return here(`this text starts a quote that never ends; close it with ${quote}`);

  const closer = /end with a ([\]}])/.exec(message)?.[1];
  if (closer) return unclosedFlow(text, doc, closer, at) ?? here(unclosedMessage(closer));
  if (/^Missing , between flow/.test(message)) {
    return here('a comma is missing before this item; put , after the item before it');
  }
  const stray = /^Unexpected flow-(?:seq|map)-end token/.test(message) ? text[at] : undefined;
  if (stray) return here(`this ${stray} closes nothing; remove it`);

  if (error.code === 'BAD_SCALAR_START') return here(reserved(text[at] ?? ''));
  if (message.startsWith('Unexpected scalar at node end') || message.startsWith('Not a YAML token')) {
    const before = text.slice(0, at).trimEnd();
    const last = before.at(-1);
    if (last === "'" && before.length === at && /\w/.test(text[at] ?? '')) return here(apostrophe);
    if (last === '"' || last === "'") return here(afterQuote);
    // A text that starts with a sign YAML reads as a list, fields, a reference or a block: `[Note] this`, `*Ana*`.
    const start = valueStart(line.text);
    const sign = start === undefined ? undefined : line.text[start];
    if (start !== undefined && sign && RESERVED_START.includes(sign)) {
      return { offset: line.start + start, message: reserved(sign) };
    }
  }

  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    const glued = /^\s*(?:-\s+)?([\w-]+):(?![\s/])(.*)$/.exec(line.text);
    if (glued) {
      return { offset: line.start, message: `put a space after the ":": write "${glued[1]}: ${glued[2]?.trim()}"` };
    }
    const next = nextLine(text, line.end);
    const rest = text.slice(at, line.end);
    if (next && indentOf(next.text) > keyColumn(line.text) && !/:(\s|$)/.test(rest)) {
      return { offset: next.start, message: moreIndented };
    }
    if (/:\s/.test(rest)) {
      return here('this text has ": " in it, which YAML reads as a new field; put the whole text in quotes');
    }
    if (!/:(\s|$)/.test(line.text)) return { offset: line.start, message: noName };
  }
  if (
    message.startsWith('All mapping items must start at the same column') ||
    message.startsWith('Sequence item without')
  ) {
    return { offset: line.start, message: belowListItem(text, line) ? missingDash : lessIndented };
  }
  if (message.startsWith('Implicit map keys need to be followed by map values')) {
    return { offset: line.start, message: noName };
  }
  return here(notReadable);
}

const noName = 'this line has no "name:" before its text; join it to the line above, or write it as "name: text"';

const missingDash =
  'this line lines up with the "-" of the list item above it; start it with "- " for a new item, or indent it to line up with the fields of that item';

const unclosedMessage = (closer: string) =>
  closer === ']'
    ? 'this list starts with [ but never ends; close it with ]'
    : 'these fields start with { but never end; close them with }';

/**
 * A quote left open runs on until the next quote mark, often many lines later, and the parser stumbles there. The
 * author's mistake is where that text starts: a quoted text before the error that never closes, or that swallowed
 * lines that look like fields.
 */
function runawayQuote(text: string, doc: Document.Parsed, errorAt: number): YamlMistake | undefined {
  for (const node of nodesOf(doc)) {
    if (!isScalar(node) || !node.range || node.range[0] > errorAt) continue;
    const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : undefined;
    if (!quote) continue;
    const source = text.slice(node.range[0], node.range[1]).trimEnd();
    const open = source.length < 2 || !source.endsWith(quote);
    const swallowed = source
      .split('\n')
      .slice(1)
      .some((line) => /^\s*(?:- |[\w-]+:(?:\s|$))/.test(line));
    if (open || swallowed) {
      return { offset: node.range[0], message: `this text starts a quote that never ends; close it with ${quote}` };
    }
  }
  return undefined;
}

/** The `[` or `{` that never closes: the innermost flow collection before the error that does not end with it. */
function unclosedFlow(text: string, doc: Document.Parsed, closer: string, errorAt: number): YamlMistake | undefined {
  const open = nodesOf(doc).flatMap((node) => {
    const range = node.range;
    if (!isCollection(node) || !node.flow || !range || range[0] > errorAt || (closer === ']') !== isSeq(node))
      return [];
    return text.slice(range[0], range[1]).trimEnd().endsWith(closer) ? [] : [range[0]];
  });
  const innermost = open.at(-1);
  return innermost === undefined ? undefined : { offset: innermost, message: unclosedMessage(closer) };
}

/** A YAML feature no course file uses, which reads an author's text as something else: `*alias`, `&anchor`, `!tag`. */
function reservedFeature(text: string, doc: Document.Parsed): YamlMistake | undefined {
  const tag = doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (tag) return { offset: tag.pos[0], message: reserved('!') };
  for (const node of nodesOf(doc)) {
    const start = node.range?.[0] ?? 0;
    if (isAlias(node)) return { offset: start, message: reserved('*') };
    if (node.anchor) return { offset: Math.max(0, text.lastIndexOf('&', start)), message: reserved('&') };
  }
  return undefined;
}

/** Every node of a document, in the order of the text. */
function nodesOf(doc: Document.Parsed): Node[] {
  const nodes: Node[] = [];
  visit(doc, (_, node) => {
    if (isNode(node)) nodes.push(node);
  });
  return nodes;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lineAround(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return { start, end, text: text.slice(start, end) };
}

/** The next line that holds something, after the line ending at `end`. */
function nextLine(text: string, end: number): Line | undefined {
  let start = end + 1;
  while (start < text.length) {
    const line = lineAround(text, start);
    if (line.text.trim() !== '' && !line.text.trim().startsWith('#')) return line;
    start = line.end + 1;
  }
  return undefined;
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/** Where a line's key starts: after its indentation and a list item's `- `. */
const keyColumn = (line: string) => /^\s*(?:-\s+)*/.exec(line)?.[0].length ?? 0;

/** Where a line's value starts (after `key: ` or `- `), if it has one. */
function valueStart(line: string): number | undefined {
  const match = /^(\s*(?:-\s+)*(?:[\w-]+:\s+)?)\S/.exec(line);
  return match?.[1]?.length;
}

/** Whether a line stands at the column of a `- ` of a list item above it: the `- ` is what it lacks. */
function belowListItem(text: string, line: Line): boolean {
  const indent = indentOf(line.text);
  for (const above of text.slice(0, line.start).split('\n').reverse()) {
    if (above.trim() === '') continue;
    const aboveIndent = indentOf(above);
    if (aboveIndent < indent) return false;
    if (aboveIndent === indent) return above.slice(indent).startsWith('- ');
  }
  return false;
}
