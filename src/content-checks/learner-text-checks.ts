import type { ContentProblem } from '../content-source/problems.ts';
import { parseYaml } from '../content-source/yaml-source.ts';
import type { AgeBand } from '../course-model/core-messages.ts';
import type { ContentFile } from '../course/content-files.ts';
import { bannedPhrases } from './banned-phrases.ts';
import { choiceLengthProblems } from './choice-lengths.ts';
import { mdxLearnerText, yamlLearnerText, type TextUnit } from './learner-text.ts';
import { gradeLimitFor, readingLevel } from './reading-level.ts';
import type { Scenario } from '../scenario-engine/index.ts';

/** A content file in the course's reference language, with the age bands it is written for. */
export interface BandedFile {
  file: ContentFile;
  bands: readonly AgeBand[];
  /** Prose to grade (a lesson's text, a quiz, a scenario); lesson.yaml's title and summary are only screened. */
  graded: boolean;
}

/** What a learner reads in a file: the text of an MDX lesson or of a YAML file's text fields. */
export function learnerTextOf(file: ContentFile): { units: TextUnit[]; problems: ContentProblem[] } {
  if (file.path.endsWith('.mdx')) return mdxLearnerText(file.path, file.text);
  const parsed = parseYaml(file.path, file.text);
  // A file that does not parse is reported by its own loader.
  return { units: parsed.ok ? yamlLearnerText(parsed.source) : [], problems: [] };
}

/**
 * The checks on every word a learner reads, per file and for the file's bands: the reading level (Flesch-Kincaid
 * grade, src/content-checks/reading-level.ts) and the words and phrases no learner text may hold.
 */
export function learnerTextProblems(files: readonly BandedFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, bands, graded } of files) {
    const { units, problems: parse } = learnerTextOf(file);
    problems.push(...parse);
    for (const found of bannedPhrases(units, bands)) {
      problems.push({
        file: file.path,
        line: found.line,
        message: `"${found.phrase}" ${found.why}; ${found.why.startsWith('is a sexual') ? 'say "a photo you would not want others to see"' : 'say that it is not their fault, or quote it as speech that hurts'}`,
      });
    }
    if (!graded || units.length === 0) continue;
    const level = readingLevel(units);
    const limit = gradeLimitFor(bands);
    if (level.grade > limit) {
      const hardest = level.hardest;
      problems.push({
        file: file.path,
        line: hardest?.line,
        message:
          `reads at grade ${level.grade.toFixed(1)} (Flesch-Kincaid), above ${limit} for ages ${bands.join(', ')}: ` +
          'use shorter sentences and shorter words' +
          (hardest ? `; the hardest sentence (grade ${hardest.grade.toFixed(1)}): "${hardest.text}"` : ''),
      });
    }
  }
  return problems;
}

/** The reading level of a file a learner reads, and the limit of its bands. */
export function fileReadingLevel(file: ContentFile, bands: readonly AgeBand[]): { grade: number; limit: number } {
  return { grade: readingLevel(learnerTextOf(file).units).grade, limit: gradeLimitFor(bands) };
}

/** Choices whose lengths give the safe one away, named by the scenario file's line of the node. */
export function choiceProblems(scenario: Scenario, file: ContentFile): ContentProblem[] {
  const parsed = parseYaml(file.path, file.text);
  return choiceLengthProblems(scenario).map(({ node, message }) => ({
    file: file.path,
    line: node && parsed.ok ? parsed.source.lineOf(['nodes', node]) : undefined,
    where: node ? `node "${node}"` : undefined,
    message,
  }));
}
