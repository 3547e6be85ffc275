import type { Page } from '@playwright/test';
import type { CompletedUnits } from '../../tests/e2e/full-run.ts';
import { lms } from '../../tests/e2e/in-lms.ts';
import type { ApiCall, CommitRecord } from '../lms-preview/hooks.ts';
import { COMMITS_PER_COMPLETED_UNIT } from './budgets.ts';

/**
 * What a launch in the built-in LMS cost it, counted one way for `npm run bench` and the full-run test:
 *  - API calls: every call the course made, the error queries (GetLastError, GetErrorString, GetDiagnostic, and
 *    1.2's LMS… names) counted apart, since the course asks after each call;
 *  - commits: the commit requests the LMS received (`lmsPreview.commits()`, Terminate's own included), split at the
 *    moment the launch is closed: those before are the run's, held to one per completed lesson, scenario or quiz;
 *    those from the close on (visibilitychange's and pagehide's commit, and the Terminate commit) are page hide's.
 */
export interface LaunchTraffic {
  apiCalls: number;
  errorQueries: number;
  commitsInRun: number;
  commitsOnPageHide: number;
  units: CompletedUnits;
  /** Commits the run may make: COMMITS_PER_COMPLETED_UNIT per completed unit. */
  commitBudget: number;
  /** cmi.suspend_data as the LMS holds it after the close. */
  suspendDataChars: number;
}

const ERROR_QUERY = /^(LMS)?(GetLastError|GetErrorString|GetDiagnostic)$/;

export function countTraffic(
  calls: readonly ApiCall[],
  commits: readonly CommitRecord[],
  commitsBeforeClose: number,
  units: CompletedUnits,
  suspendData: string,
): LaunchTraffic {
  const errorQueries = calls.filter((call) => ERROR_QUERY.test(call.method)).length;
  return {
    apiCalls: calls.length - errorQueries,
    errorQueries,
    commitsInRun: commitsBeforeClose,
    commitsOnPageHide: commits.length - commitsBeforeClose,
    units,
    commitBudget: COMMITS_PER_COMPLETED_UNIT * (units.lessons + units.scenarios + units.quizzes),
    suspendDataChars: suspendData.length,
  };
}

/** Closes the launch of the preview page (as the learner closing the course) and counts what it cost. */
export async function closeAndCount(page: Page, units: CompletedUnits): Promise<LaunchTraffic> {
  const commitsBeforeClose = await lms(page, (hooks) => hooks.commits().length);
  await lms(page, (hooks) => hooks.close());
  const calls = await lms(page, (hooks) => hooks.calls());
  const commits = await lms(page, (hooks) => hooks.commits());
  const model = await lms(page, (hooks) => hooks.dataModel());
  return countTraffic(calls, commits, commitsBeforeClose, units, model['cmi.suspend_data'] ?? '');
}

/** The commit budget in words, with the figures: for a test's failure message and the bench. */
export function describeCommits(t: LaunchTraffic): string {
  const { lessons, scenarios, quizzes } = t.units;
  return (
    `${t.commitsInRun} commits during the run for ${lessons + scenarios + quizzes} completed units ` +
    `(${lessons} lessons, ${scenarios} scenarios, ${quizzes} quizzes): budget ${t.commitBudget}, ` +
    `besides ${t.commitsOnPageHide} on page hide`
  );
}
