import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { AgeBand } from '../course-model/core-messages.ts';
import { bandBuildOptions, CONFIG_FILE, type BuildOptions } from '../course/options.ts';
import { makePackage } from './make-package.ts';
import type { PackageProblem } from './check-package.ts';
import { PACKAGER_HELP, parsePackagerArgs } from './cli-options.ts';
import { ContentError } from '../content-source/problems.ts';
import { loadCourseCatalog } from './lesson-catalog.ts';
import { PlanError, planPackages, type CourseCatalog, type PackageScope } from './package-plan.ts';
import { readFolder } from './read-folder.ts';
import { formatPackageTable, type PackageReport } from './report-table.ts';
import { findSchemaValidator, validateWithSchemas } from './schema-validate.ts';
import type { PackageFiles } from './zip.ts';

export type BuildFunction = (root: string, outDir: string, options: BuildOptions, last: boolean) => Promise<void>;

export interface PackagerRun {
  root: string;
  argv: readonly string[];
  /** Builds one band's course; the real one is Astro's (build-scope.ts), tests pass a fake. */
  build: BuildFunction;
  log: (line: string) => void;
  /** The course's lessons; defaults to the course loader (which checks all content). Throws ContentError. */
  readCatalog?: (root: string, options: BuildOptions) => CourseCatalog;
  /** The shared schema validator; `null` to skip it, undefined to look for it beside the project. */
  validator?: string | null;
}

export interface PackagerResult {
  exitCode: number;
  reports: PackageReport[];
}

/**
 * Plans, builds (once per band, or not at all with --build-dir), packs and checks every package; returns the exit
 * code the script should end with.
 */
export async function runPackager(run: PackagerRun): Promise<PackagerResult> {
  const { root, log } = run;
  const configPath = join(root, CONFIG_FILE);
  const parsed = parsePackagerArgs(run.argv, existsSync(configPath) ? readFileSync(configPath, 'utf8') : undefined);
  if (!parsed.ok) {
    log(
      `Cannot package: ${parsed.errors.length === 1 ? 'one problem' : `${parsed.errors.length} problems`} in the options`,
    );
    for (const error of parsed.errors) log(`  ${error}`);
    return { exitCode: 2, reports: [] };
  }
  const { args } = parsed;
  if (args.help) {
    log(PACKAGER_HELP);
    return { exitCode: 0, reports: [] };
  }

  let scopes: PackageScope[];
  let catalog: CourseCatalog;
  try {
    catalog = (run.readCatalog ?? loadCourseCatalog)(root, args.options);
    scopes = planPackages(args.options, catalog);
  } catch (error) {
    if (error instanceof PlanError) {
      log(`Cannot package: ${args.sourceOf('lessons')}: ${error.message}`);
    } else if (error instanceof ContentError) {
      log(`Cannot package: ${error.message}`);
    } else {
      throw error;
    }
    return { exitCode: 2, reports: [] };
  }

  if (args.options.country === undefined) {
    log(
      'Warning: no country is set, so Help in these packages shows only routes that work anywhere (Take It Down, ' +
        '"ask an adult you trust or your school for your country\'s helpline", your local emergency number), not a ' +
        'country\'s helplines. Set it with --country GB or "country" in speakup.config.json.',
    );
  }
  const out = resolve(root, args.out ?? join('dist', 'packages'));
  mkdirSync(out, { recursive: true });
  // Zips of an earlier run with other lessons would look current; only ours are removed.
  for (const name of readdirSync(out)) if (/^speak-up-.*\.zip$/.test(name)) rmSync(join(out, name));

  const validator = run.validator === null ? undefined : (run.validator ?? findSchemaValidator(root));
  if (!validator)
    log('Warning: ../shared/scorm-schemas/validate not found; packages are not checked against the SCORM schemas.');

  // One build per band, every package of the band from it: the school's choices are written into each package's
  // options file, never built in.
  const bands = [...new Set(scopes.map((scope) => scope.band))];
  const builds = new Map<AgeBand, { files: PackageFiles; seconds: number }>();
  const tempDirs: string[] = [];
  const reports: PackageReport[] = [];
  let schemaUnavailable: string | undefined;
  try {
    for (const [index, band] of bands.entries()) {
      const started = performance.now();
      let folder: string;
      if (args.buildDir !== undefined) {
        folder = join(resolve(root, args.buildDir), band);
        if (!existsSync(join(folder, 'index.html'))) {
          log(
            `Cannot package: --build-dir: ${folder} holds no build of the course for ages ${band} (run npm run build)`,
          );
          return { exitCode: 2, reports };
        }
        log(`Packing the course for ages ${band} from ${relative(process.cwd(), folder) || '.'}...`);
      } else {
        folder = mkdtempSync(join(tmpdir(), `speakup-build-${band}-`));
        tempDirs.push(folder);
        log(`Building the course for ages ${band}...`);
        try {
          await run.build(root, folder, bandBuildOptions(args.options, band), index === bands.length - 1);
        } catch (error) {
          // A failed build fails the run at once: every later band would fail the same way.
          log(`The build of the course for ages ${band} failed:`);
          log(`  ${error instanceof Error ? error.message : String(error)}`.replace(/\n/g, '\n  '));
          return { exitCode: 1, reports };
        }
      }
      builds.set(band, { files: readFolder(folder), seconds: (performance.now() - started) / 1000 });
    }

    for (const scope of scopes) {
      const build = builds.get(scope.band);
      if (!build) continue;
      const zipsOfBand = scopes.filter((s) => s.band === scope.band).reduce((n, s) => n + s.packages.length, 0);
      for (const planned of scope.packages) {
        const packed = performance.now();
        const made = makePackage(build.files, scope, planned.standard, catalog);
        const path = join(out, planned.fileName);
        // dist/ is shared: an `astro build` elsewhere empties it, dist/packages/ included, at any moment.
        mkdirSync(out, { recursive: true });
        writeFileSync(path, made.zip);
        const problems: PackageProblem[] = [...made.problems];
        let schema: PackageReport['schema'] = 'not checked';
        if (validator && planned.standard !== 'none' && !schemaUnavailable) {
          const result = validateWithSchemas(validator, path);
          if (!result.ran) {
            schemaUnavailable = result.reason;
            log(`Warning: the schema validator could not run (${result.reason}); schema checks skipped.`);
          } else {
            schema = result.valid ? 'valid' : 'invalid';
            if (!result.valid)
              problems.push({ code: 'not-xml', message: `schema validation failed:\n${result.output}` });
          }
        }
        reports.push({
          fileName: planned.fileName,
          standard: planned.standard,
          scope: scope.kind,
          band: scope.band,
          country: scope.options.country,
          masteryScore: scope.manifest.masteryScore,
          files: made.files.size,
          bytes: made.zip.byteLength,
          schema,
          problems,
          seconds: build.seconds / zipsOfBand + (performance.now() - packed) / 1000,
        });
      }
    }
  } finally {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  }

  log('');
  log(formatPackageTable(reports));
  const invalid = reports.filter((r) => r.problems.length > 0);
  for (const report of invalid) {
    log('');
    log(`${report.fileName}:`);
    for (const problem of report.problems) log(`  ${problem.message.replace(/\n/g, '\n  ')}`);
  }
  log('');
  log(
    invalid.length === 0
      ? `${reports.length} packages in ${relative(process.cwd(), out) || '.'}, all valid.`
      : `${invalid.length} of ${reports.length} packages in ${relative(process.cwd(), out) || '.'} are invalid.`,
  );
  return { exitCode: invalid.length === 0 ? 0 : 1, reports };
}
