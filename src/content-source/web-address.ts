import { z } from 'zod';

/**
 * An address the course or the teacher site makes a link of (a lesson's sources, the school's contact). Only web
 * addresses: a `javascript:`, `data:` or `vbscript:` link would run code when clicked.
 */
export const webAddressSchema = z
  .string()
  .regex(/^https?:\/\/[^\s"'<>]+$/, 'must be a web address starting with https://');
