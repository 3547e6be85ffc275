/**
 * What a package is for. The course reads `<meta name="speakup-standard">` to pick its LMS API, so every HTML
 * page of a package carries one of these (a plain build says `auto`).
 */
export const PACKAGE_STANDARDS = ['scorm12', 'scorm2004', 'none'] as const;
export type PackageStandard = (typeof PACKAGE_STANDARDS)[number];

/** `auto` is what the build writes; a package rewrites it to one of the standards. */
export type PageStandard = PackageStandard | 'auto';

export const STANDARD_LABELS: Readonly<Record<PackageStandard, string>> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th Edition',
  none: 'web (no LMS)',
};

/** The part of a package's file name that names its standard: `speak-up-course-scorm12.zip`. */
export const STANDARD_FILE_SUFFIX: Readonly<Record<PackageStandard, string>> = {
  scorm12: 'scorm12',
  scorm2004: 'scorm2004',
  none: 'web',
};

export function isPackageStandard(value: string): value is PackageStandard {
  return (PACKAGE_STANDARDS as readonly string[]).includes(value);
}
