import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/course/content-files.ts';
import { loadScenario } from '../../../src/scenario-engine/build/load-scenario.ts';

/**
 * What the course says about images, the law and its figures, held across every content file: the corrections a
 * safeguarding lead asked for must not come back when a lesson or a scenario is edited.
 */
const files = readContentFiles(process.cwd()).filter((file) => /^src\/(modules|scenarios)\//.test(file.path));

/**
 * What learners read: the paragraphs of a lesson, and every line of a quiz or scenario file (a YAML text is on one
 * line), with where they are. Teacher notes are not among them.
 */
function passages(kinds = /\.mdx$|quiz\.yaml$|scenario\.yaml$/): { where: string; text: string }[] {
  return files
    .filter((file) => kinds.test(file.path))
    .flatMap((file) =>
      (file.path.endsWith('.mdx') ? file.text.split(/\n\s*\n/) : file.text.split('\n')).map((text) => ({
        where: file.path,
        text,
      })),
    );
}

/**
 * Choices that copy, save or pass on an image, by what the learner picks: the verb and, at most two words on, the
 * image ("Save the photo", "Screenshot it"; not "Save the link and the account name, then close it").
 */
const COPIES_IMAGE =
  /\b(screenshot|save|forward|send on|send it on|post)(\s+[\p{L}'’]+){0,2}?\s+(it|the photo|the picture|the image|a copy)\b/iu;

describe('the course content', () => {
  it('always rates copying, saving or forwarding an image as unsafe', () => {
    const rated: string[] = [];
    for (const file of files.filter((f) => f.path.endsWith('/scenario.yaml'))) {
      const loaded = loadScenario(file.path, file.text);
      if (!loaded.ok) continue;
      for (const [id, node] of Object.entries(loaded.scenario.nodes)) {
        for (const choice of node.choices) {
          // A message the learner posts ("Post “delete it”") is quoted; "won't post it" is someone else's threat.
          const words = choice.text.replace(/“[^”]*”|"[^"]*"/g, '');
          const aboutTheImage = COPIES_IMAGE.test(words) && !/\bchat\b|username|\bnot\b|n['’]t\b/i.test(words);
          if (aboutTheImage && choice.rating !== 'unsafe')
            rated.push(`${file.path} ${id}: "${choice.text}" is ${choice.rating}`);
        }
      }
    }
    expect(rated).toEqual([]);
  });

  it('says first that a pressured child is not in trouble, wherever it says sharing images of under-18s is a crime', () => {
    // The lessons' own words on the law (a quiz's feedback on forwarding someone else's image is about that alone).
    const lawFirst = passages(/\.mdx$/).filter(
      ({ text }) =>
        /\bcrime\b|against the law/.test(text) && /under 18|under-18/.test(text) && /\bsend|share/i.test(text),
    );
    expect(lawFirst.length).toBeGreaterThan(0);
    const wrong = lawFirst.filter(({ text }) => {
      const reassurance = text.search(/not in trouble/);
      return reassurance < 0 || reassurance > text.search(/\bcrime\b|against the law/);
    });
    expect(wrong.map(({ where, text }) => `${where}: ${text.slice(0, 80)}`)).toEqual([]);
  });

  it('words its figures as their sources state them, with the year', () => {
    const wrong = passages().filter(
      ({ text }) =>
        (/91%/.test(text) && !(/176/.test(text) && /2023/.test(text))) ||
        (/Europol/.test(text) && /\d+%|as young as seven/.test(text) && !/2017/.test(text)),
    );
    expect(wrong.map(({ where, text }) => `${where}: ${text.slice(0, 100)}`)).toEqual([]);
  });

  it('does not claim that most people online are who they say they are', () => {
    expect(passages().filter(({ text }) => /most people you meet online are who they say/i.test(text))).toEqual([]);
  });
});
