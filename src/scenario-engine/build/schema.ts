import { z } from 'zod';
import { idSchema } from '../../content-source/content-id.ts';
import { AGE_BANDS, CORE_MESSAGES } from '../../course-model/core-messages.ts';

/**
 * The scenario file format of docs/authoring.md ("Scenarios"), as a schema. Objects are strict: a misspelt field is
 * an error, never silently ignored. Rules that need the whole file (references, reachability, counts, lengths) are
 * in check-scenario.ts, where they can say more than a schema could.
 */

/** Text a learner reads: blank text would show an empty bubble. */
const textSchema = z.string().refine((text) => text.trim() !== '', 'must not be empty');

export const CHOICE_RATINGS = ['safe', 'risky', 'unsafe'] as const;
export const ENDING_OUTCOMES = ['safe', 'partly-safe', 'unsafe'] as const;
export const CHARACTER_ROLES = ['learner', 'contact', 'friend', 'trusted-adult'] as const;
/**
 * Who the learner's character is in the story: the one targeted, a friend who is told, a brother or sister, or a
 * bystander who sees something happen to someone else.
 */
export const PERSPECTIVES = ['target', 'friend', 'sibling', 'bystander'] as const;

export const characterSchema = z
  .object({
    /** Name shown in the chat (a username for a contact is fine). */
    name: textSchema,
    /** `learner` is the one the learner plays or advises (exactly one per scenario). */
    role: z.enum(CHARACTER_ROLES),
    /** A line under a contact's name in the chat's header, as an app shows it ("joined last week · 12 followers"). */
    about: textSchema.optional(),
  })
  .strict();

export const messageSchema = z
  .object({
    /** Character id of the sender. */
    from: idSchema.optional(),
    /** What the message says (at most 280 characters). */
    text: textSchema.optional(),
    /** A description of a picture or file sent, never a real image (at most 280 characters). */
    attachment: textSchema.optional(),
    /** A small note from the app instead of a message ("Maya blocked leo.draws"); no sender, text or attachment. */
    note: textSchema.optional(),
  })
  .strict()
  .superRefine((message, context) => {
    if (message.note !== undefined) {
      if (message.from !== undefined || message.text !== undefined || message.attachment !== undefined) {
        context.addIssue({ code: 'custom', message: 'is a "note", so it has no "from", "text" or "attachment"' });
      }
    } else if (message.from === undefined) {
      context.addIssue({ code: 'custom', message: 'needs "from" (who sends it), or is a "note"' });
    } else if (message.text === undefined && message.attachment === undefined) {
      context.addIssue({ code: 'custom', message: 'needs a "text" or an "attachment"' });
    }
  });

export const choiceSchema = z
  .object({
    /** What the learner picks: what the character does or says, in a few words. */
    text: textSchema,
    /** What the learner's character then sends in the chat, in their own words (shown as their message). */
    says: textSchema.optional(),
    /** What the character does, as the app would note it ("Maya blocked leo.draws"). */
    does: textSchema.optional(),
    /** Id of the node or ending this choice leads to. */
    next: idSchema,
    /** How safe the choice is: `safe`, `risky` or `unsafe`. */
    rating: z.enum(CHOICE_RATINGS),
    /** The core message the choice practises. */
    practises: z.enum(CORE_MESSAGES),
    /** Calm, specific feedback on this choice (required; checked with the other scenario rules). */
    feedback: z.string().optional(),
  })
  .strict();

export const nodeSchema = z
  .object({
    /** Messages shown in order when the learner arrives here. */
    messages: z.array(messageSchema).default([]),
    /**
     * The contact threatens the learner's character here. Every ending after it points to the crisis route in Help
     * ("if you feel you can't cope"), since a child in that place may.
     */
    threat: z.boolean().default(false),
    /** 2 to 4 choices (checked with the other scenario rules, so a missing list gets a helpful message). */
    choices: z.array(choiceSchema).default([]),
  })
  .strict();

const oneOrMore = z.union([idSchema, z.array(idSchema).min(1)]).transform((ids) => (Array.isArray(ids) ? ids : [ids]));

/** When a debrief line applies: every part given must hold for the path the learner took. */
export const conditionSchema = z
  .object({
    /** Nodes the path passed through (all of them). */
    visited: oneOrMore.optional(),
    /** Nodes the path did not pass through (none of them). */
    notVisited: oneOrMore.optional(),
    /** A choice the learner took: the node and the choice's number there, counted from 1 as written. */
    chose: z
      .object({ node: idSchema, choice: z.number().int().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((condition) => Object.keys(condition).length > 0, {
    message: 'needs "visited", "notVisited" or "chose"',
  });

/** A line of a debrief: always shown, or only when the path the learner took makes it true. */
export const debriefLineSchema = z.union([
  textSchema,
  z.object({ text: textSchema, if: conditionSchema.optional() }).strict(),
]);

export const endingSchema = z
  .object({
    /** `safe`, `partly-safe` or `unsafe`; every scenario needs at least one `safe` ending. */
    outcome: z.enum(ENDING_OUTCOMES),
    /** Short heading of the ending. */
    title: textSchema,
    /** Messages shown before the debrief. */
    messages: z.array(messageSchema).default([]),
    /**
     * What happened and why it matters (required; checked with the other scenario rules): one text, or lines of
     * which some are shown only for some paths, so that a debrief never tells of a moment the learner did not see.
     */
    debrief: z.union([z.string(), z.array(debriefLineSchema).min(1)]).optional(),
    /** The ending's take-aways: one to three core messages, the most important first. */
    whatToDo: z
      .array(z.enum(CORE_MESSAGES))
      .min(1, 'must name at least one core message')
      .max(3, 'names at most three core messages, the take-aways a learner reads first'),
  })
  .strict();

export const scenarioSchema = z
  .object({
    /** The folder's name (`src/scenarios/<id>/scenario.yaml`); LMS reports and saved progress refer to it. */
    id: idSchema,
    /** Language of the texts, such as `en` or `pt-BR`. */
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code such as "en" or "pt-BR"'),
    /** Title shown to the learner. */
    title: textSchema,
    /** One sentence saying what happens. */
    summary: textSchema,
    /** Age bands the scenario is written for. */
    ageBands: z.array(z.enum(AGE_BANDS)).min(1, 'must name at least one age band'),
    /** Who the learner's character is in the story (see PERSPECTIVES). */
    perspective: z.enum(PERSPECTIVES),
    /** What a learner can do afterwards. */
    objectives: z.array(textSchema).min(1, 'must name at least one objective'),
    /** `immediate`: each choice's feedback at once; `debrief`: only at the ending. */
    feedback: z.enum(['immediate', 'debrief']).default('immediate'),
    /** The people in the chat, by id. */
    characters: z.record(idSchema, characterSchema),
    /** Id of the node the chat starts at. */
    start: idSchema,
    /** The moments of the chat at which the learner chooses, by id. */
    nodes: z.record(idSchema, nodeSchema),
    /** Where the chat can end, by id. */
    endings: z.record(idSchema, endingSchema),
  })
  .strict();

export type Character = z.infer<typeof characterSchema>;
export type ChoiceRating = (typeof CHOICE_RATINGS)[number];
export type EndingOutcome = (typeof ENDING_OUTCOMES)[number];
export type Perspective = (typeof PERSPECTIVES)[number];
export type ScenarioMessage = z.infer<typeof messageSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type DebriefCondition = z.infer<typeof conditionSchema>;
export type DebriefLine = z.infer<typeof debriefLineSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
