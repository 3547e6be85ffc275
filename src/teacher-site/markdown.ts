import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

/**
 * A teacher-notes text (Markdown) as HTML for the teacher site. Raw HTML in the text is dropped, not passed on
 * (mdast-util-to-hast keeps it out unless told otherwise): content files never inject markup.
 */
export function markdownToHtml(markdown: string): string {
  return toHtml(toHast(fromMarkdown(markdown)));
}
