/** The numbers the scenario rules share (docs/authoring.md, "Scenarios"); no dependencies, so the browser can import them. */

/** A chat message (text or attachment description) is at most this many characters. */
export const MAX_MESSAGE_LENGTH = 280;
/** A node offers at least this many choices, so the learner really chooses. */
export const MIN_CHOICES = 2;
/** A node offers at most this many choices, so each can be read and weighed. */
export const MAX_CHOICES = 4;
/**
 * Above this many paths without repeats from the start, path enumeration (xstate/graph lists them all, for every state)
 * stops being quick, and path-by-path tests stop being meaningful; `checkScenario` refuses such a tangle.
 */
export const PATH_LIMIT = 5000;
/** The longest path, in choices, that the tests accept: a chat a child can finish in one sitting. */
export const MAX_PATH_LENGTH = 30;
