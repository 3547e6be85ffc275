/**
 * An MDX syntax error in an author's words, at the line of the slip. micromark notices an unclosed tag where it can
 * no longer read on (the end of the file, the next heading), and says so in the words of a parser ("Unexpected
 * character `1` (U+0031) before name"); an author needs the line where the tag starts and what to write.
 */
export interface MdxSyntaxError {
  reason: string;
  ruleId?: string | undefined;
  source?: string | undefined;
  /** Where micromark stopped, when it says. */
  line?: number | undefined;
  offset?: number | undefined;
}

export function explainMdxError(text: string, error: MdxSyntaxError): { line?: number | undefined; message: string } {
  const { reason } = error;
  const at = (message: string, line = error.line ?? lineInReason(reason)) => ({ line, message });

  if (/^Expected a closing tag for `<([^>]*)>`/.test(reason)) {
    const name = /`<([^>]*)>`/.exec(reason)?.[1] ?? '';
    return at(
      `this <${name}> is never closed; close it with </${name}>, or end it with /> when it holds nothing`,
      lineInReason(reason),
    );
  }
  const mismatch = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(
    reason,
  );
  if (mismatch) {
    const [, closing, open] = mismatch;
    return at(
      `this </${closing}> does not close the <${open}> on line ${lineInReason(reason) ?? '?'}; close <${open}> first with </${open}>`,
    );
  }
  if (reason.startsWith('Unexpected closing slash'))
    return at('this closing tag closes nothing; remove it, or add the tag it closes');
  if (reason.includes('to create a comment in MDX'))
    return at('MDX has no <!-- --> comments; write a note as {/* note */}');
  if (reason.includes('to create a link in MDX')) return at('MDX has no <...> links; write [the words](https://...)');

  if (error.source === 'micromark-extension-mdx-expression') {
    const brace = error.offset === undefined ? -1 : text.lastIndexOf('{', error.offset);
    return at(
      'a { starts code in MDX; write \\{ to show a brace',
      brace === -1 ? error.line : lineOfOffset(text, brace),
    );
  }
  if (error.source === 'micromark-extension-mdxjs-esm') {
    const code = [...text.slice(0, error.offset ?? text.length).matchAll(/^(?:import|export)\b/gm)].at(-1)?.index;
    return at(
      'a paragraph that starts with "import" or "export" is read as code in MDX; start it with a capital letter or another word',
      code === undefined ? error.line : lineOfOffset(text, code),
    );
  }
  if (error.source === 'micromark-extension-mdx-jsx') {
    if (/^Unexpected character .* before name/.test(reason))
      return at('a < starts a tag in MDX; write \\< to show the sign');
    const tag = tagBefore(text, error.offset ?? text.length);
    if (reason.includes('expected a corresponding closing quote')) {
      return at('this value starts a quote that never ends; close it with "', tag?.line);
    }
    if (tag && (reason.startsWith('Unexpected end of file') || (error.line ?? 0) > tag.line)) {
      return at(`this <${tag.name}> tag is never closed; end it with />`, tag.line);
    }
    if (reason.includes('before attribute value'))
      return at('the value of an attribute goes in quotes: write name="value"');
    return at('this tag is not written as MDX needs; write it as <Name name="value" />, as docs/authoring.md shows');
  }
  return at(`this is not valid MDX: ${reason.replace(/ \(note: .*\)$/, '')}`);
}

/** `(3:1-3:20)` in micromark's reason: where the tag it means starts. */
function lineInReason(reason: string): number | undefined {
  const line = /\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1];
  return line === undefined ? undefined : Number(line);
}

const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The last tag opened before `offset`: its name and line. */
function tagBefore(text: string, offset: number): { name: string; line: number } | undefined {
  const opens = [...text.slice(0, offset).matchAll(/<([A-Za-z][\w.]*)/g)];
  const last = opens.at(-1);
  return last?.index === undefined ? undefined : { name: last[1] ?? '', line: lineOfOffset(text, last.index) };
}
