import { z } from 'zod';

/**
 * The id rule of docs/authoring.md for every id an author writes (lessons, quizzes, scenarios and their nodes,
 * endings and characters): LMS reports and saved progress refer to ids, so they are plain and stable.
 */
export const idSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,63}$/,
    'must use lowercase letters, digits and "-", start with a letter, and be at most 64 characters',
  );
