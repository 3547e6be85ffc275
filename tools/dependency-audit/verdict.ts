/**
 * What `npm audit --omit=dev --json` says about the dependencies the course is built from (the development tools
 * aside), as a verdict for CI: fail on a high or critical advisory, pass otherwise, and say so aloud when the
 * registry does not answer audits (some mirrors refuse them), rather than pass in silence.
 */
export type AuditVerdict =
  | { kind: 'clean'; message: string }
  | { kind: 'vulnerable'; message: string }
  | { kind: 'not-audited'; message: string };

const SERIOUS = new Set(['high', 'critical']);

interface AuditReport {
  error?: { summary?: string; code?: string };
  /** What npm passes on when the registry refuses: `405 Method Not Allowed - POST https://…`. */
  message?: string;
  vulnerabilities?: Record<string, { severity?: string; via?: unknown[] }>;
  metadata?: { dependencies?: { prod?: number; total?: number } };
}

export function auditVerdict(output: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { kind: 'not-audited', message: 'npm audit gave no report (the registry did not answer): not audited' };
  }
  if (report.error || !report.vulnerabilities) {
    const why = report.error?.summary || report.error?.code || report.message || 'no report';
    return {
      kind: 'not-audited',
      message: `the registry did not answer the audit (${why.split('\n')[0]}): not audited`,
    };
  }
  const serious = Object.entries(report.vulnerabilities)
    .filter(([, v]) => SERIOUS.has(v.severity ?? ''))
    .map(([name, v]) => `${name} (${v.severity})`);
  const count = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total;
  if (serious.length > 0) {
    return {
      kind: 'vulnerable',
      message: `${serious.length} dependencies with high or critical advisories: ${serious.join(', ')}; run npm audit --omit=dev`,
    };
  }
  return {
    kind: 'clean',
    message: `no high or critical advisory in ${count ?? 'the'} dependencies the course is built from`,
  };
}
