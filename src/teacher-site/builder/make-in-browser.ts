import { buildOptionsSchema } from '../../course/options.ts';
import type { AgeBand } from '../../course-model/core-messages.ts';
import { choosePackage, type ChoiceProblem, type PackageChoices } from '../../packaging/package-choices.ts';
import { buildFileList, makePackage } from '../../packaging/make-package.ts';
import { planPackages, type CourseCatalog } from '../../packaging/package-plan.ts';
import type { PackageFiles } from '../../packaging/zip.ts';

/** Reads a file of the site by its path relative to the builder's page. */
export type FetchFile = (path: string) => Promise<Uint8Array>;

export type MadeInBrowser = { ok: true; fileName: string; zip: Uint8Array } | { ok: false; problems: ChoiceProblem[] };

const builds = new Map<string, Promise<PackageFiles>>();

/** The build of a band, as the site carries it (course/<band>/ and the list of its files), read once per visit. */
function bandBuild(band: AgeBand, fetchFile: FetchFile): Promise<PackageFiles> {
  let build = builds.get(band);
  if (!build) {
    build = (async () => {
      const list = JSON.parse(new TextDecoder().decode(await fetchFile(buildFileList(band)))) as string[];
      const files = await Promise.all(
        list.map(async (path) => [path, await fetchFile(`course/${band}/${path}`)] as const),
      );
      return new Map(files);
    })();
    // A failed read (the network went away) is not kept: the next try reads again.
    build.catch(() => builds.delete(band));
    builds.set(band, build);
  }
  return build;
}

/** The teacher's package, or the problems that stop it, each for its field. */
export async function makeChosenPackage(
  choices: PackageChoices,
  catalog: CourseCatalog,
  fetchFile: FetchFile,
): Promise<MadeInBrowser> {
  const chosen = choosePackage(choices, catalog);
  if (!chosen.ok) return chosen;
  const made = makePackage(
    await bandBuild(chosen.scope.band, fetchFile),
    chosen.scope,
    chosen.planned.standard,
    catalog,
  );
  if (made.problems.length > 0) throw new Error(made.problems.map((p) => p.message).join('; '));
  return { ok: true, fileName: chosen.planned.fileName, zip: made.zip };
}

/** One of the packages `npm run package` makes with no options, by its file name. */
export async function makeReadyMade(
  fileName: string,
  catalog: CourseCatalog,
  fetchFile: FetchFile,
): Promise<Uint8Array> {
  const defaults = buildOptionsSchema.parse({
    language: catalog.languages.includes('en') ? 'en' : catalog.languages[0],
  });
  for (const scope of planPackages(defaults, catalog)) {
    const planned = scope.packages.find((p) => p.fileName === fileName);
    if (!planned) continue;
    const made = makePackage(await bandBuild(scope.band, fetchFile), scope, planned.standard, catalog);
    if (made.problems.length > 0) throw new Error(made.problems.map((p) => p.message).join('; '));
    return made.zip;
  }
  throw new Error(`no package is called ${fileName}`);
}
