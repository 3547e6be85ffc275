import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isJsxElement, walk } from '../content-source/mdx-source.ts';
import type { ContentProblem } from '../content-source/problems.ts';

/** A heading of a lesson's MDX, with the id the page gives it (Astro slugs headings with github-slugger too). */
export interface MdxHeading {
  text: string;
  line: number;
  slug: string;
}

/**
 * What a lesson's MDX holds that the build checks and links to: its headings, and what it embeds
 * (`<Scenario id="..." />`, `<Quiz />`), each with its line and the id of the section it is in.
 */
export interface MdxReferences {
  headings: MdxHeading[];
  scenarios: { id: string; line: number; section?: string | undefined }[];
  quizzes: { line: number; section?: string | undefined }[];
}

/**
 * The references of a lesson, read from its syntax tree: a tag is found however it is laid out (over several lines,
 * attributes in any order, either quotes, self-closing or not). A `<Scenario>` whose id cannot be read is a problem
 * at its line.
 */
export function findMdxReferences(file: string, root: Root): { refs: MdxReferences; problems: ContentProblem[] } {
  const refs: MdxReferences = { headings: [], scenarios: [], quizzes: [] };
  const problems: ContentProblem[] = [];
  const slugger = new GithubSlugger();
  let section: string | undefined;
  for (const { node } of walk(root)) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      const text = toString(node).trim();
      section = slugger.slug(text);
      refs.headings.push({ text, line, slug: section });
    } else if (isJsxElement(node) && node.name === 'Quiz') {
      refs.quizzes.push({ line, section });
    } else if (isJsxElement(node) && node.name === 'Scenario') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (id?.type === 'mdxJsxAttribute' && typeof id.value === 'string') {
        refs.scenarios.push({ id: id.value, line, section });
      } else {
        problems.push({
          file,
          line: id?.position?.start.line ?? line,
          where: '<Scenario>',
          message: id
            ? 'the id of a scenario is written in quotes, such as <Scenario id="new-follower" />'
            : 'needs the id of the scenario it shows, such as <Scenario id="new-follower" />',
        });
      }
    }
  }
  return { refs, problems };
}
