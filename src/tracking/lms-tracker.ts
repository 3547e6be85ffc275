import { warn, type Connection } from './lms-connection.ts';
import type { DataModel, Interaction, Pair, Report, Tracker } from './tracker.ts';

/** How far a status goes; a launch never sends one lower than the LMS held when it opened. */
const rank = (status = '') =>
  status === 'passed' ? 3 : /^(completed|failed)$/.test(status) ? 2 : +(status === 'incomplete');

/**
 * The SCORM back-end, for either version: writes what changed, numbers interaction records, ends the launch.
 * The version's element names and formats come from its DataModel.
 */
export function lmsTracker(connection: Connection, model: DataModel): Tracker {
  /** Values the LMS accepted, so that an unchanged value is not sent again. */
  const written = new Map<string, string>();
  /** Interaction id -> record index, for ids that keep one record (status, not journal). */
  const records = new Map<string, number>();
  let next = 0;
  /** The LMS said how many interactions it holds (the count is optional in 1.2). */
  let counted = false;
  /** The statuses the LMS held at open: if the saved progress could not be read, the course starts afresh, and
   * must not tell the gradebook that a child who completed or passed has not. */
  const floor = new Map<string, number>();

  const setAll = (pairs: readonly Pair[]) => pairs.reduce((ok, [e, v]) => connection.set(e, v) && ok, true);

  function write(report: Report): boolean {
    let ok = true;
    for (const [element, value] of model.report(report)) {
      if (written.get(element) === value) continue;
      if (rank(value) < (floor.get(element) ?? 0)) continue;
      const isState = element === model.suspendData;
      if (isState && value.length > model.suspendLimit) {
        warn(`suspend_data of ${value.length} characters is over ${model.suspendLimit}: not sent`);
        ok = false;
      } else if (connection.set(element, value)) written.set(element, value);
      else if (isState) ok = false;
    }
    return ok;
  }

  function record(interaction: Interaction): boolean {
    const known = interaction.journal ? undefined : records.get(interaction.id);
    const pairs = model.interaction(known ?? next, interaction, known === undefined);
    if (known !== undefined) return setAll(pairs);
    // A new record exists once its id is accepted; indexes must follow on, so a refused one is not counted.
    const [id, ...rest] = pairs;
    if (!id || !connection.set(...id)) return false;
    if (!interaction.journal) records.set(interaction.id, next);
    next++;
    return setAll(rest);
  }

  return {
    kind: model.kind,
    open() {
      if (!connection.initialize()) return undefined;
      const entry = connection.get(model.entry) ?? '';
      connection.set(...model.exit(false, 0)[0]!);
      for (const element of model.statuses) floor.set(element, rank(connection.get(element)));
      const count = connection.get('cmi.interactions._count');
      counted = !!count && /^\d+$/.test(count);
      next = counted ? Number(count) : 0;
      if (model.readsInteractions) {
        for (let n = 0; n < next; n++) {
          const id = connection.get(`cmi.interactions.${n}.id`);
          if (id) records.set(id, n);
        }
      }
      // Read even on a first attempt (entry ab-initio): an LMS keeps the launch's entry when the course's page is
      // reloaded, and its suspend_data is then this launch's own. On a true first attempt 2004 answers 403 (normal).
      return {
        entry,
        learner: connection.get(model.learner) ?? '',
        suspendData: connection.get(model.suspendData) ?? '',
        location: connection.get(model.location) ?? '',
      };
    },
    write,
    record,
    backfill(interactions) {
      // 2004 knows which ids it holds. 1.2 interactions are write-only: only an LMS that says it holds none is filled.
      const empty = counted && next === 0;
      for (const i of interactions) {
        if (model.readsInteractions ? !records.has(i.id) : empty) record(i);
      }
    },
    commit: () => connection.commit(),
    close(report, sessionMs, commitFirst) {
      write(report);
      setAll(model.exit(report.finished, sessionMs));
      if (commitFirst) connection.commit();
      return connection.terminate();
    },
    rewrite: () => written.clear(),
  };
}
