import type { PackageOptions } from '../course-model/package-options.ts';
import type { BuildOptions } from '../course/options.ts';

/**
 * The run-time options of a package from its resolved options (a package scope's, or a build's own). Fields in one
 * fixed order and absent ones left out, so that the same choices always give the same bytes, in Node and in the
 * browser.
 */
export function packageOptionsOf(options: BuildOptions, title: string, identifier: string): PackageOptions {
  const contact = options.schoolContact;
  return {
    title,
    identifier,
    lessons: [...options.lessons],
    ...(options.country !== undefined ? { country: options.country } : {}),
    ...(contact
      ? {
          schoolContact: {
            name: contact.name,
            ...(contact.description !== undefined ? { description: contact.description } : {}),
            ...(contact.phone !== undefined ? { phone: contact.phone } : {}),
            ...(contact.url !== undefined ? { url: contact.url } : {}),
          },
        }
      : {}),
    masteryScore: options.masteryScore,
    quizAttempts: options.quizAttempts,
    reportScenarioOutcomes: options.reportScenarioOutcomes,
    quickExitUrl: options.quickExitUrl,
  };
}

/**
 * `speakup-options.js`: a classic script, so that it runs before the page is drawn, from an LMS, a web server or a
 * file:// folder alike (a JSON file would need fetch, which file:// refuses), and under a policy that allows only
 * the package's own scripts. JSON is valid JavaScript; `<` is escaped so that no text can close a script element.
 */
export function optionsFileText(options: PackageOptions): string {
  // One line, no comment: the file is part of every page's first screen (see src/course-model/package-options.ts).
  return `window.speakupOptions=${JSON.stringify(options).replace(/</g, '\\u003c')};\n`;
}
