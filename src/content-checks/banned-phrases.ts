import type { AgeBand } from '../course-model/core-messages.ts';
import type { TextUnit } from './learner-text.ts';

/**
 * Words and phrases no learner text may hold: victim-blaming in every band (a child who is being blackmailed reads
 * it as "it is my fault"), and for ages 7-10 any sexual word (../shared/content-guide.md: "a photo you would not
 * want others to see"). Quoted speech ("Why did you send it?", shown as what not to say) may hold a blaming phrase;
 * it may never hold a sexual word for 7-10.
 */
const BLAMING: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\byou shouldn['’]?t have\b/i, why: 'blames the learner' },
  { pattern: /\bwhy did (you|s?he|they)\b/i, why: 'asks a victim to explain themselves' },
  { pattern: /\bshould have known\b/i, why: 'blames the learner' },
  { pattern: /\basking for it\b/i, why: 'blames the learner' },
  { pattern: /\b(your|her|his|their|my|our|\p{L}+['’]s)\s+(own\s+)?fault\b/iu, why: 'says whose fault it is' },
];

const SEXUAL_WORDS =
  /\b(nudes?|naked|sex|sexual(ly)?|sexy|sextortion|porn(ography)?|underwear|undress(ed|ing)?|intimate|explicit|genitals?|breasts?)\b/i;

// "not your fault", "never her fault", "isn't Maya's fault", "doesn't make it your fault", "none of it is his fault".
const NEGATION = /\b(not|never|no|none|nobody|isn['’]t|wasn['’]t|aren['’]t|doesn['’]t|didn['’]t|don['’]t)\b[^.!?]*$/i;

export interface BannedPhrase {
  line: number;
  phrase: string;
  why: string;
}

/** Text between quotation marks (“...”, "..."), which is reported speech. */
const QUOTED = /“[^”]*”|"[^"]*"/g;

export function bannedPhrases(units: readonly TextUnit[], bands: readonly AgeBand[]): BannedPhrase[] {
  const found: BannedPhrase[] = [];
  for (const unit of units) {
    const unquoted = unit.text.replace(QUOTED, (quote) => ' '.repeat(quote.length));
    for (const { pattern, why } of BLAMING) {
      const match = pattern.exec(unquoted);
      if (!match) continue;
      if (why === 'says whose fault it is' && NEGATION.test(unquoted.slice(0, match.index))) continue;
      found.push({ line: unit.line, phrase: match[0], why });
    }
    if (bands.includes('7-10')) {
      const match = SEXUAL_WORDS.exec(unit.text);
      if (match) found.push({ line: unit.line, phrase: match[0], why: 'is a sexual word, not for ages 7-10' });
    }
  }
  return found;
}
