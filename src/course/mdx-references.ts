import GithubSlugger from 'github-slugger';

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

export function findMdxReferences(text: string): MdxReferences {
  const refs: MdxReferences = { headings: [], scenarios: [], quizzes: [] };
  const slugger = new GithubSlugger();
  let section: string | undefined;
  text.split('\n').forEach((line, index) => {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      section = slugger.slug(heading);
      refs.headings.push({ text: heading, line: index + 1, slug: section });
    }
    for (const match of line.matchAll(/<Scenario\s+id=["']([^"']+)["']/g)) {
      refs.scenarios.push({ id: match[1] ?? '', line: index + 1, section });
    }
    if (/<Quiz\b/.test(line)) refs.quizzes.push({ line: index + 1, section });
  });
  return refs;
}
