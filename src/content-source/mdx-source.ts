import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { ContentProblem } from './problems.ts';

export type MdxResult = { ok: true; root: Root } | { ok: false; problems: ContentProblem[] };

/** Parses a lesson's MDX into its syntax tree (mdast with MDX nodes), with positions, as @astrojs/mdx reads it. */
export function parseMdx(file: string, text: string): MdxResult {
  try {
    return { ok: true, root: fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) };
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    return {
      ok: false,
      problems: [{ file, line: place?.line ?? place?.start?.line, message: `this is not valid MDX: ${reason}` }],
    };
  }
}

/** Every node of a tree, depth first, with its ancestors. */
export function* walk(node: Nodes, ancestors: Nodes[] = []): Generator<{ node: Nodes; ancestors: Nodes[] }> {
  yield { node, ancestors };
  if ('children' in node) for (const child of node.children) yield* walk(child as Nodes, [...ancestors, node]);
}
