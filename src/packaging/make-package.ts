import { PACKAGE_OPTIONS_FILE } from '../course-model/package-options.ts';
import { assemblePackage, type AssembledPackage } from './assemble-package.ts';
import { optionsFileText, packageOptionsOf } from './options-file.ts';
import { packagePage } from './package-pages.ts';
import type { CourseCatalog, PackageScope } from './package-plan.ts';
import type { PackageStandard } from './standards.ts';
import { zipFiles, type PackageFiles } from './zip.ts';

export interface MadePackage extends AssembledPackage {
  zip: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One package from the build of its band: the pages of the band's other lessons left out (and the links to them),
 * the school's choices written into the options file and the pages' titles, lesson numbers and contact, the standard set on every page and, for SCORM, the manifest around it all. The
 * one way packages are made: `npm run package` calls it in Node, the teacher site's builder in the browser, so
 * the same choices give the same bytes.
 */
export function makePackage(
  build: PackageFiles,
  scope: PackageScope,
  standard: PackageStandard,
  catalog: Pick<CourseCatalog, 'lessons' | 'title'>,
): MadePackage {
  const chosen = new Set(scope.options.lessons);
  const leftOut = new Set(
    catalog.lessons
      .filter((lesson) => lesson.ageBands.includes(scope.band) && !chosen.has(lesson.id))
      .map((lesson) => `${lesson.id}.html`),
  );
  const options = scopeOptions(scope);
  const bandLessons = catalog.lessons
    .filter((lesson) => lesson.ageBands.includes(scope.band))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of build) {
    if (leftOut.has(path)) continue;
    files.set(
      path,
      path.endsWith('.html')
        ? encoder.encode(packagePage(decoder.decode(data), options, bandLessons, { title: catalog.title }))
        : data,
    );
  }
  files.set(PACKAGE_OPTIONS_FILE, encoder.encode(optionsFileText(options)));
  const assembled = assemblePackage(files, standard, scope.manifest);
  return { ...assembled, zip: zipFiles(assembled.files) };
}

const scopeOptions = (scope: PackageScope) =>
  packageOptionsOf(scope.options, scope.options.title ?? scope.manifest.title, scope.manifest.identifier);

/** The options file of a package scope: what the course reads at run time. */
export function scopeOptionsFile(scope: PackageScope): string {
  return optionsFileText(scopeOptions(scope));
}

/** Where the teacher site finds the list of a band build's files, beside its copy of the build in `course/<band>/`. */
export const buildFileList = (band: string) => `course/files-${band}.json`;
