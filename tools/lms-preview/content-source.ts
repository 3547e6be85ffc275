import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, normalize, resolve, sep } from 'node:path';
import { AGE_BANDS } from '../../src/course-model/core-messages.ts';
import { parseXml, childrenNamed, descendantsNamed } from '../../src/packaging/parse-xml.ts';
import { readStandardMeta } from '../../src/packaging/standard-meta.ts';
import { unzipFiles } from '../../src/packaging/zip.ts';
import type { PreviewConfig, PreviewStandard } from './types.ts';

/** Where the preview reads the course from: a build folder (read on each request) or a zip (held in memory). */
export interface ContentSource {
  describe: string;
  read(path: string): Uint8Array | undefined;
  /** The launch page of a course (the default one without `course`) and what the manifest says, if there is one. */
  info(course?: string): Omit<PreviewConfig, 'contentBase'>;
}

const decoder = new TextDecoder();

function builtFor(html: Uint8Array | undefined): PreviewConfig['builtFor'] {
  if (!html) return 'unknown';
  const [standard] = readStandardMeta(decoder.decode(html));
  return standard === 'auto' || standard === 'scorm12' || standard === 'scorm2004' || standard === 'none'
    ? (standard satisfies PreviewStandard | 'auto')
    : 'unknown';
}

/** Launch page, title and pass mark from an imsmanifest.xml (either SCORM version). */
function manifestInfo(xml: string | undefined): { launch?: string; title?: string; masteryScore?: number } {
  if (xml === undefined) return {};
  const parsed = parseXml(xml);
  if (!parsed.ok) return {};
  const root = parsed.root;
  const organizations = childrenNamed(root, 'organizations')[0];
  const defaultId = organizations?.attributes['default'];
  const organization =
    (organizations &&
      childrenNamed(organizations, 'organization').find((o) => o.attributes['identifier'] === defaultId)) ??
    (organizations && childrenNamed(organizations, 'organization')[0]);
  const item = organization
    ? descendantsNamed(organization, 'item').find((i) => i.attributes['identifierref'])
    : undefined;
  const resources = childrenNamed(root, 'resources')[0];
  const resource = resources
    ? childrenNamed(resources, 'resource').find((r) => r.attributes['identifier'] === item?.attributes['identifierref'])
    : undefined;
  const mastery12 = item ? childrenNamed(item, 'masteryscore')[0]?.text.trim() : undefined;
  const measure = item ? descendantsNamed(item, 'minNormalizedMeasure')[0]?.text.trim() : undefined;
  const masteryScore = mastery12 ? Number(mastery12) : measure ? Math.round(Number(measure) * 100) : undefined;
  const title = organization ? childrenNamed(organization, 'title')[0]?.text.trim() : undefined;
  return {
    ...(resource?.attributes['href'] ? { launch: decodeURIComponent(resource.attributes['href']) } : {}),
    ...(title ? { title } : {}),
    ...(masteryScore !== undefined && Number.isFinite(masteryScore) ? { masteryScore } : {}),
  };
}

/** The courses a build folder holds: itself, or one per sub-folder with an index.html (`npm run build`: per band). */
export function coursesIn(folder: string): string[] {
  if (existsSync(join(folder, 'index.html'))) return [''];
  if (!existsSync(folder)) return [];
  const bands: readonly string[] = AGE_BANDS;
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'index.html')))
    .sort((a, b) => (bands.indexOf(a) + 1 || 99) - (bands.indexOf(b) + 1 || 99) || a.localeCompare(b, 'en'));
}

/** The course launched when none is asked for: the 11-13 band's, where there is one, as the course's default. */
const defaultCourse = (courses: readonly string[]) => (courses.includes('11-13') ? '11-13' : (courses[0] ?? ''));

export function folderSource(folder: string): ContentSource {
  const root = resolve(folder);
  const read = (path: string): Uint8Array | undefined => {
    const full = normalize(join(root, path));
    // Never serve outside the build folder, whatever the URL says.
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    return readFileSync(full);
  };
  return {
    describe: folder,
    read,
    info(course) {
      const courses = coursesIn(root);
      const chosen = course !== undefined && courses.includes(course) ? course : defaultCourse(courses);
      const prefix = chosen ? `${chosen}/` : '';
      const manifest = read(`${prefix}imsmanifest.xml`);
      const info = manifestInfo(manifest ? decoder.decode(manifest) : undefined);
      const launch = prefix + (info.launch ?? 'index.html');
      return {
        launch,
        courses: courses.map((id) => ({ id, title: /^\d+-\d+$/.test(id) ? `Ages ${id}` : id || 'The course' })),
        course: chosen,
        source: folder,
        builtFor: builtFor(read(launch)),
        title: info.title ?? 'Speak Up',
        masteryScore: info.masteryScore,
      };
    },
  };
}

export function zipSource(zipPath: string): ContentSource {
  const files = unzipFiles(readFileSync(zipPath));
  const manifest = files.get('imsmanifest.xml');
  const info = manifestInfo(manifest ? decoder.decode(manifest) : undefined);
  const launch = info.launch ?? 'index.html';
  return {
    describe: basename(zipPath),
    read: (path) => files.get(path),
    info: () => ({
      launch,
      courses: [{ id: '', title: info.title ?? 'Speak Up' }],
      course: '',
      source: basename(zipPath),
      builtFor: builtFor(files.get(launch)),
      title: info.title ?? 'Speak Up',
      masteryScore: info.masteryScore,
    }),
  };
}
