/**
 * A small, non-validating XML reader: enough to check a manifest (elements, attributes, text) without a
 * dependency. The official schemas check the shape (../shared/scorm-schemas/validate); this reader serves the
 * rules an XSD cannot express, so it must never throw on a broken file, only say where it broke.
 */
export interface XmlElement {
  /** Qualified name as written (`adlcp:masteryscore`). */
  name: string;
  /** Name without its prefix (`masteryscore`). */
  local: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text, entities decoded, children's text excluded. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; message: string; line: number };

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export function parseXml(source: string): XmlResult {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let line = 1;
  let index = 0;
  const advance = (to: number) => {
    for (let i = index; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    index = to;
  };
  const fail = (message: string): XmlResult => ({ ok: false, message, line });

  while (index < source.length) {
    const lt = source.indexOf('<', index);
    const textEnd = lt === -1 ? source.length : lt;
    const text = source.slice(index, textEnd);
    const parent = stack[stack.length - 1];
    if (parent) parent.text += decode(text);
    else if (text.trim() !== '') return fail('text outside the root element');
    advance(textEnd);
    if (lt === -1) break;

    if (source.startsWith('<?', index)) {
      const end = source.indexOf('?>', index);
      if (end === -1) return fail('unclosed processing instruction');
      advance(end + 2);
    } else if (source.startsWith('<!--', index)) {
      const end = source.indexOf('-->', index);
      if (end === -1) return fail('unclosed comment');
      advance(end + 3);
    } else if (source.startsWith('<![CDATA[', index)) {
      const end = source.indexOf(']]>', index);
      if (end === -1) return fail('unclosed CDATA section');
      if (parent) parent.text += source.slice(index + 9, end);
      advance(end + 3);
    } else if (source.startsWith('<!', index)) {
      const end = source.indexOf('>', index);
      if (end === -1) return fail('unclosed declaration');
      advance(end + 1);
    } else if (source.startsWith('</', index)) {
      const match = /^<\/([^\s>]+)\s*>/.exec(source.slice(index));
      if (!match?.[1]) return fail('malformed end tag');
      const open = stack.pop();
      if (!open) return fail(`end tag </${match[1]}> without a start tag`);
      if (open.name !== match[1])
        return fail(`end tag </${match[1]}> does not close <${open.name}> (line ${open.line})`);
      advance(index + match[0].length);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
        source.slice(index),
      );
      if (!match?.[1]) return fail('malformed start tag');
      const attributes: Record<string, string> = {};
      for (const attr of (match[2] ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const name = attr[1] ?? '';
        if (name in attributes) return fail(`attribute "${name}" repeated on <${match[1]}>`);
        attributes[name] = decode(attr[2] ?? attr[3] ?? '');
      }
      const element: XmlElement = {
        name: match[1],
        local: localName(match[1]),
        attributes,
        children: [],
        text: '',
        line,
      };
      if (parent) parent.children.push(element);
      else if (root) return fail('more than one root element');
      else root = element;
      if (match[3] !== '/') stack.push(element);
      advance(index + match[0].length);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) return { ok: false, message: `<${unclosed.name}> is never closed`, line: unclosed.line };
  if (!root) return fail('no root element');
  return { ok: true, root };
}

/** Child elements with this local name (namespace prefixes ignored: manifests vary in how they bind them). */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** Every descendant element with this local name, in document order. */
export function descendantsNamed(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.local === local) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/** An attribute by local name (`adlcp:scormtype` and `scormtype` alike). */
export function attributeNamed(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) if (localName(name) === local) return value;
  return undefined;
}
