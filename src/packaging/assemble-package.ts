import { checkPackage, type PackageProblem } from './check-package.ts';
import type { ManifestInput } from './manifest-input.ts';
import { buildScorm12Manifest } from './scorm12-manifest.ts';
import { buildScorm2004Manifest } from './scorm2004-manifest.ts';
import { checkStandardMeta, setStandardMeta } from './standard-meta.ts';
import type { PackageStandard } from './standards.ts';
import type { PackageFiles } from './zip.ts';

export interface AssembledPackage {
  /** Every file of the package, the manifest included (SCORM packages only). */
  files: Map<string, Uint8Array>;
  /** The builder's own checks: content packaging, the standard of every page, no LMS runtime inside. */
  problems: PackageProblem[];
}

const LAUNCH = 'index.html';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A method name only an LMS-side SCORM runtime has (scorm-again's). The course must find the LMS's API, never
 * bring its own: a package that shipped one would "work" in every LMS while reporting nothing to any of them.
 */
const LMS_RUNTIME_MARKER = 'loadFromFlattenedJSON';

/**
 * Turns one build into the package of one standard: every page's `speakup-standard` set, and for SCORM a
 * manifest listing every file. The same build serves all standards; only the meta tag and the manifest differ.
 */
export function assemblePackage(
  build: PackageFiles,
  standard: PackageStandard,
  manifest: Omit<ManifestInput, 'files' | 'launch'>,
): AssembledPackage {
  const files = new Map<string, Uint8Array>();
  const pages = new Map<string, string>();
  const problems: PackageProblem[] = [];
  for (const [path, data] of build) {
    if (path === 'imsmanifest.xml') continue;
    if (path.endsWith('.html')) {
      const html = setStandardMeta(decoder.decode(data), standard);
      pages.set(path, html);
      files.set(path, encoder.encode(html));
    } else {
      files.set(path, data);
    }
    if (/\.m?js$/.test(path) && decoder.decode(data).includes(LMS_RUNTIME_MARKER)) {
      problems.push({
        code: 'lms-runtime',
        message: `file "${path}" contains an LMS-side SCORM runtime (scorm-again); it belongs in the LMS preview, never in a package`,
      });
    }
  }
  problems.push(...checkStandardMeta(pages, standard).map((message) => ({ code: 'standard-meta' as const, message })));
  if (standard !== 'none') {
    const input: ManifestInput = { ...manifest, launch: LAUNCH, files: [...files.keys()] };
    const xml = standard === 'scorm12' ? buildScorm12Manifest(input) : buildScorm2004Manifest(input);
    files.set('imsmanifest.xml', encoder.encode(xml));
    problems.push(...checkPackage(xml, new Set(files.keys()), standard));
  } else if (!files.has(LAUNCH)) {
    problems.push({ code: 'launch-missing', message: `launch file "${LAUNCH}" is not in the package` });
  }
  return { files, problems };
}
