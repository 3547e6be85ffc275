import type { AgeBand } from '../course-model/core-messages.ts';
import type { PackageProblem } from './check-package.ts';
import type { PackageScope } from './package-plan.ts';
import { STANDARD_LABELS, type PackageStandard } from './standards.ts';

export interface PackageReport {
  fileName: string;
  standard: PackageStandard;
  /** A band's whole course, or one lesson. */
  scope: PackageScope['kind'];
  band: AgeBand;
  /** Whose helplines Help shows: a country code, or undefined for the international routes only. */
  country: string | undefined;
  /** The pass mark of its scored quiz, or undefined when it reports completion only (no score to grade by). */
  masteryScore: number | undefined;
  files: number;
  bytes: number;
  /** Verdict of the official schemas; `not checked` for the web zip or without the validator. */
  schema: 'valid' | 'invalid' | 'not checked';
  problems: PackageProblem[];
  /** Time spent on this package, its share of the build included. */
  seconds: number;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function verdict(report: PackageReport): string {
  if (report.problems.length > 0) return `NO (${report.problems.length})`;
  return report.schema === 'valid' ? 'yes' : report.standard === 'none' ? 'yes' : 'yes (no schema check)';
}

/**
 * The closing table of `npm run package`: package, standard, helplines, score, files, size, valid. "score" tells an
 * administrator which packages to grade by score and which by completion (an LMS shows 0 for a package with none).
 */
export function formatPackageTable(reports: readonly PackageReport[]): string {
  const header = ['package', 'standard', 'helplines', 'score', 'files', 'size', 'valid'];
  const rows = reports.map((r) => [
    r.fileName,
    STANDARD_LABELS[r.standard],
    r.country ?? 'NONE (international only)',
    r.standard === 'none'
      ? 'none (no LMS)'
      : r.masteryScore === undefined
        ? 'no (completion only)'
        : `yes (pass mark ${r.masteryScore}%)`,
    String(r.files),
    formatBytes(r.bytes),
    verdict(r),
  ]);
  return formatTable(header, rows, [4, 5]);
}

/**
 * A plain-text table as the command-line tools print it: a header, a rule, columns two spaces apart, the columns
 * numbered in `rightAligned` (figures) flush right, the others left.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const right = new Set(rightAligned);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
