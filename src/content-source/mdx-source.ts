import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { explainMdxError } from './mdx-mistakes.ts';
import type { ContentProblem } from './problems.ts';

export type MdxResult = { ok: true; root: Root } | { ok: false; problems: ContentProblem[] };

/**
 * Parses a lesson's MDX into its syntax tree (mdast with MDX nodes), with positions, as @astrojs/mdx reads it. A
 * syntax error is one problem, in plain words at the line of the slip (mdx-mistakes.ts).
 */
export function parseMdx(file: string, text: string): MdxResult {
  try {
    return { ok: true, root: fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) };
  } catch (error) {
    const { place, reason, ruleId, source } = error as {
      place?: { line?: number; offset?: number; start?: { line?: number; offset?: number } };
      reason?: string;
      ruleId?: string;
      source?: string;
    };
    const point = place?.start ?? place;
    const explained = explainMdxError(text, {
      reason: reason ?? (error instanceof Error ? error.message : String(error)),
      ruleId,
      source,
      line: point?.line,
      offset: point?.offset,
    });
    return { ok: false, problems: [{ file, ...explained }] };
  }
}

/** Every node of a tree, depth first, with its ancestors. */
export function* walk(node: Nodes, ancestors: Nodes[] = []): Generator<{ node: Nodes; ancestors: Nodes[] }> {
  yield { node, ancestors };
  if ('children' in node) for (const child of node.children) yield* walk(child as Nodes, [...ancestors, node]);
}

/** A tag in MDX (`<Scenario id="..." />`, `<b>`), in a block of its own or inside a paragraph. */
export type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

export const isJsxElement = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
