import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../../tools/dependency-audit/verdict.ts';

describe('the dependency audit in CI', () => {
  it('fails on a high or critical advisory, naming the packages', () => {
    const report = {
      vulnerabilities: {
        yaml: { severity: 'high', via: [] },
        nanoid: { severity: 'moderate', via: [] },
        astro: { severity: 'critical', via: [] },
      },
      metadata: { dependencies: { prod: 310 } },
    };
    expect(auditVerdict(JSON.stringify(report))).toEqual({
      kind: 'vulnerable',
      message:
        '2 dependencies with high or critical advisories: yaml (high), astro (critical); run npm audit --omit=dev',
    });
  });

  it('passes with moderate advisories only, or none', () => {
    const report = { vulnerabilities: { nanoid: { severity: 'moderate' } }, metadata: { dependencies: { prod: 310 } } };
    expect(auditVerdict(JSON.stringify(report))).toEqual({
      kind: 'clean',
      message: 'no high or critical advisory in 310 dependencies the course is built from',
    });
  });

  it('says aloud that nothing was audited when the registry refuses, rather than passing in silence', () => {
    const refused = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    };
    expect(auditVerdict(JSON.stringify(refused))).toEqual({
      kind: 'not-audited',
      message:
        'the registry did not answer the audit (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk): not audited',
    });
    expect(auditVerdict('').kind).toBe('not-audited');
  });
});
