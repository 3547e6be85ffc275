/**
 * A strict well-formedness check for the SVG the map writes (no XML parser is a dependency of the project):
 * one root element, tags that nest and close, quoted attributes without repeats, and `&` only in the five predefined
 * entities or a character reference. Returns the problems found; none means well-formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const entities = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  while (i < xml.length) {
    const next = xml.indexOf('<', i);
    const content = xml.slice(i, next === -1 ? xml.length : next);
    if (entities.test(content)) problems.push(`a bare "&" in text at ${i}`);
    if (stack.length === 0 && content.trim() !== '') problems.push(`text outside the root element at ${i}`);
    if (next === -1) break;
    if (xml.startsWith('<!--', next)) {
      i = xml.indexOf('-->', next) + 3;
      continue;
    }
    const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
    tag.lastIndex = next;
    const match = tag.exec(xml);
    if (!match) {
      problems.push(`a malformed tag at ${next}: ${xml.slice(next, next + 40)}`);
      break;
    }
    const [whole, closing, name = '', attributes = '', selfClosing] = match;
    const names = [...attributes.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map((m) => {
      if (entities.test(m[2] ?? '')) problems.push(`a bare "&" in attribute ${m[1]} of <${name}>`);
      return m[1];
    });
    if (new Set(names).size !== names.length) problems.push(`a repeated attribute in <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
    i = next + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
