import { fromMarkdown } from 'mdast-util-from-markdown';
import { isJsxElement, parseMdx, walk, type JsxElement } from '../content-source/mdx-source.ts';
import type { ContentProblem } from '../content-source/problems.ts';
import { didYouMean } from '../content-source/suggest.ts';
import type { DataPath } from '../content-source/data-path.ts';
import { parseYaml } from '../content-source/yaml-source.ts';
import type { ContentFile } from '../course/content-files.ts';
import { LESSON_COMPONENT_PROPS } from '../course/lesson-component-props.ts';
import { parseXml, type XmlElement } from '../packaging/parse-xml.ts';

/**
 * Content files are written by people outside the project and shown to children, so none of them may bring markup
 * or code into a page: a lesson uses only Markdown and the course's components with plain values, a text in a YAML
 * file holds no HTML, no link anywhere runs code, and an illustration is a drawing only. Refused at build, with the
 * file and the line. (Texts from YAML are shown as text, so HTML in them would not run; teacher notes are Markdown
 * whose raw HTML the teacher site drops. Either way the author's words would not show as meant.)
 */
export function unsafeMarkupProblems(file: ContentFile): ContentProblem[] {
  if (file.path.endsWith('.mdx')) return lessonProblems(file);
  if (/\.ya?ml$/.test(file.path)) return yamlTextProblems(file);
  if (file.path.endsWith('.svg')) return illustrationProblems(file);
  return [];
}

const COMPONENTS = Object.keys(LESSON_COMPONENT_PROPS);
const componentList = COMPONENTS.join(', ');

/** `javascript:`, `vbscript:` and `data:` addresses run or carry code; a browser ignores blanks inside a scheme. */
function unsafeScheme(url: string): string | undefined {
  return /^(javascript|vbscript|data):/.exec(url.replace(/[\s\p{Cc}]/gu, '').toLowerCase())?.[1];
}

const schemeMessage = (scheme: string) =>
  `"${scheme}:" addresses are not allowed in course text, because they can run code; link only to https:// pages`;

const IMAGE_MESSAGE =
  'a lesson shows only the course’s own pictures; write <Illustration name="..." alt="..." /> with one from src/illustrations/';

const rawHtmlMessage = (what: string) => `raw HTML is not allowed in course text; write plain text without the ${what}`;

function lessonProblems(file: ContentFile): ContentProblem[] {
  const parsed = parseMdx(file.path, file.text);
  // A lesson that does not parse is reported by its loader.
  if (!parsed.ok) return [];
  const problems: ContentProblem[] = [];
  const report = (node: { position?: { start: { line: number } } | undefined }, message: string, where?: string) =>
    problems.push({ file: file.path, line: node.position?.start.line, where, message });
  for (const { node } of walk(parsed.root)) {
    if (node.type === 'mdxjsEsm') {
      report(node, 'import and export are not allowed in a lesson; the course components need no import');
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // `{/* a note */}` holds no code.
      if (node.data?.estree?.body.length !== 0) report(node, 'a { } in a lesson holds code; write \\{ to show a brace');
    } else if (isJsxElement(node)) {
      elementProblems(node, report);
    } else if ('url' in node) {
      const scheme = unsafeScheme(node.url);
      if (scheme) report(node, schemeMessage(scheme));
      // A picture from anywhere else would have the learner's browser ask that place for it: nothing leaves the
      // package. (A link is fine: it is followed only when the learner chooses to.)
      else if (node.type === 'image') report(node, IMAGE_MESSAGE);
    }
  }
  return problems;
}

type Report = (node: { position?: { start: { line: number } } | undefined }, message: string, where?: string) => void;

function elementProblems(element: JsxElement, report: Report): void {
  const name = element.name ?? '';
  const props = (LESSON_COMPONENT_PROPS as Record<string, Record<string, string>>)[name];
  if (!props) {
    report(
      element,
      /^[A-Z]/.test(name)
        ? `is not a lesson component${didYouMean(name, COMPONENTS) || `; the components are ${componentList}`}`
        : `raw HTML is not allowed in a lesson; write Markdown, or use a course component (${componentList})`,
      `<${name}>`,
    );
    return;
  }
  for (const attribute of element.attributes) {
    const at = attribute.position ? attribute : element;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(at, 'a { } in a tag holds code; write each attribute as name="value"', `<${name}>`);
      continue;
    }
    const where = `<${name} ${attribute.name}>`;
    const kind = props[attribute.name];
    if (/^on/i.test(attribute.name)) {
      report(at, 'runs code when something happens on the page; a lesson may not have event attributes', where);
    } else if (!kind) {
      const known = Object.keys(props);
      report(
        at,
        known.length === 0
          ? `<${name}> takes no attributes; write <${name} />`
          : `is not an attribute of <${name}>${didYouMean(attribute.name, known) || `; it takes ${known.map((k) => `"${k}"`).join(', ')}`}`,
        where,
      );
    } else if (typeof attribute.value === 'string') {
      const scheme = unsafeScheme(attribute.value);
      if (scheme) report(at, schemeMessage(scheme), where);
      else if (kind === 'list') report(at, listMessage(attribute.name), where);
    } else if (kind === 'text') {
      report(at, `is written in quotes: ${attribute.name}="..."`, where);
    } else if (kind === 'list' && !isListOfTexts(attribute.value)) {
      report(at, listMessage(attribute.name), where);
    }
    // An `id` is the scenario's, checked with the lesson's references.
  }
}

const listMessage = (name: string) =>
  `is a list of ids in quotes, such as ${name}={['stop-dont-pay', 'keep-evidence']}; it may hold nothing else`;

/** `{['a', 'b']}`: the one kind of value in braces a lesson component takes. */
function isListOfTexts(value: JsxElement['attributes'][number]['value']): boolean {
  if (value === null || typeof value !== 'object' || value.type !== 'mdxJsxAttributeValueExpression') return false;
  const [statement, ...rest] = value.data?.estree?.body ?? [];
  if (rest.length > 0 || statement?.type !== 'ExpressionStatement') return false;
  const list = statement.expression;
  return (
    list.type === 'ArrayExpression' &&
    list.elements.every(
      (item) => item?.type === 'Literal' && typeof item.value === 'string' && unsafeScheme(item.value) === undefined,
    )
  );
}

/**
 * Every text of a YAML content file: no HTML in it, and no Markdown link that runs code. (A field that the course
 * makes a link of is a web address by its schema: src/content-source/web-address.ts.)
 */
function yamlTextProblems(file: ContentFile): ContentProblem[] {
  const parsed = parseYaml(file.path, file.text);
  // A file that does not parse is reported by its loader.
  if (!parsed.ok) return [];
  const { source } = parsed;
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: DataPath) => {
    if (typeof value === 'string') {
      const message = textProblem(value);
      if (message) problems.push({ file: file.path, line: source.lineOf(path), message });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(source.data, []);
  return problems;
}

function textProblem(text: string): string | undefined {
  // Only a text that could hold markup is read as Markdown: HTML starts with <, a link has ]( or ]:, and & may
  // spell a character of either.
  if (!/<|\]\(|\]:|&/.test(text)) return undefined;
  for (const { node } of walk(fromMarkdown(text))) {
    if (node.type === 'html') {
      const tag = /^<\/?([A-Za-z][\w-]*)/.exec(node.value)?.[1];
      return rawHtmlMessage(
        tag ? `<${tag.toLowerCase()}> tag` : node.value.startsWith('<!--') ? '<!-- --> comment' : '< >',
      );
    }
    if ('url' in node) {
      const scheme = unsafeScheme(node.url);
      if (scheme) return schemeMessage(scheme);
    }
  }
  return undefined;
}

// What the course's drawings are made of; anything else (a script, a style, a frame of HTML, a link, an animation
// that can change a link) has no place in an illustration.
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'title',
  'desc',
]);

/** An illustration is inlined into the page: it must be a drawing, with no script, event or outside address. */
function illustrationProblems(file: ContentFile): ContentProblem[] {
  const parsed = parseXml(file.text);
  if (!parsed.ok) {
    return [{ file: file.path, line: parsed.line, message: `is not a valid SVG drawing: ${parsed.message}` }];
  }
  const problems: ContentProblem[] = [];
  const visit = (element: XmlElement) => {
    const report = (message: string) => problems.push({ file: file.path, line: element.line, message });
    if (!SVG_ELEMENTS.has(element.name)) {
      report(`<${element.name}> is not allowed in an illustration; draw with ${[...SVG_ELEMENTS].join(', ')}`);
      return;
    }
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) report(`the attribute ${name} runs code; an illustration may not have it`);
      else if (/(^|:)href$/.test(name) && !value.startsWith('#')) {
        report(`${name}="${value}" points outside the drawing; an illustration may only use its own parts (#id)`);
      }
    }
    element.children.forEach(visit);
  };
  visit(parsed.root);
  return problems;
}
