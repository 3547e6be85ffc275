import { format } from '../i18n/format.ts';
import type { PackageOptions } from '../course-model/package-options.ts';
import type { LessonInfo } from './package-plan.ts';
import { escapeXml } from './xml.ts';

/**
 * A page of the build as the package's: only its lessons (listed, numbered, counted, timed and linked among
 * themselves), its title, and the school's own contact in Help. Done when the package is written, like the page's
 * standard, rather than by script in the learner's browser: the first screen stays within its 15 KB. Only elements
 * the course's own components mark (`data-lesson-*`, `data-duration`, `data-pager`, `data-course-title`,
 * `data-school-contact`) are touched, and
 * every text is escaped; the words come from the templates those elements carry, in the page's language.
 */
export function packagePage(
  html: string,
  options: PackageOptions,
  lessons: readonly LessonInfo[],
  build: { title: string },
): string {
  const chosen = lessons.filter((lesson) => options.lessons.includes(lesson.id));
  const inPackage = new Set(chosen.map((lesson) => lesson.id));
  let page = html.replace(/<li\b[^>]*\bdata-lesson-item="([^"]+)"[^>]*>[\s\S]*?<\/li>/g, (item, id: string) =>
    inPackage.has(id) ? item : '',
  );

  let number = 0;
  page = page.replace(
    /(<span\b[^>]*\bdata-lesson-number="([^"]*)"[^>]*>)[\s\S]*?(<\/span>)/g,
    (_whole, open: string, template: string, close: string) => `${open}${text(template, { number: ++number })}${close}`,
  );
  const minutes = [...page.matchAll(/<li\b[^>]*\bdata-lesson-item="[^"]+"[^>]*\bdata-minutes="(\d+)"/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
  page = page.replace(
    /(<li\b[^>]*\bdata-duration="([^"]*)"[^>]*>)[\s\S]*?(<\/li>)/,
    (_whole, open: string, template: string, close: string) =>
      `${open}${text(template, { minutes, count: chosen.length })}${close}`,
  );

  const current = chosen.findIndex((lesson) => new RegExp(`<body\\b[^>]*\\bdata-lesson="${lesson.id}"`).test(page));
  if (current !== -1) {
    page = page.replace(
      /(<p\b[^>]*\bdata-lesson-position="([^"]*)"[^>]*>)[\s\S]*?(<\/p>)/,
      (_whole, open: string, template: string, close: string) =>
        `${open}${text(template, { position: current + 1, total: chosen.length })}${close}`,
    );
    page = page.replace(/(<nav\b[^>]*\bdata-pager\b[^>]*>)[\s\S]*?(<\/nav>)/, (_whole, open: string, close: string) => {
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(open)?.[1] ?? '';
      const previous = chosen[current - 1];
      const next = chosen[current + 1];
      const link = (href: string, words: string, className: string, rel = '') =>
        `<a class="${className}" href="${href}"${rel ? ` rel="${rel}"` : ''} data-astro-history="replace">${words}</a>`;
      return (
        open +
        (previous
          ? link(
              `${previous.id}.html`,
              text(attribute('data-previous'), { title: previous.title }),
              'button secondary',
              'prev',
            )
          : link('index.html', text(attribute('data-back')), 'button secondary')) +
        (next ? link(`${next.id}.html`, text(attribute('data-next'), { title: next.title }), 'button', 'next') : '') +
        close
      );
    });
  }

  if (options.title !== build.title) {
    const title = escapeXml(options.title);
    page = page.replace(
      /(<(a|h1)\b[^>]*\bdata-course-title\b[^>]*>)[\s\S]*?(<\/\2>)/g,
      (_whole, open: string, _tag, close: string) => `${open}${title}${close}`,
    );
    const built = escapeXml(build.title);
    page = page.replace(/<title>([\s\S]*?)<\/title>/, (_whole, current: string) =>
      current === built
        ? `<title>${title}</title>`
        : current.endsWith(` | ${built}`)
          ? `<title>${current.slice(0, -built.length)}${title}</title>`
          : `<title>${current}</title>`,
    );
  }

  const contact = options.schoolContact;
  if (contact) {
    page = page.replace(/<section\b[^>]*\bdata-school-contact\b[^>]*>[\s\S]*?<\/section>/, (section) => {
      const heading = /<h3\b[\s\S]*?<\/h3>/.exec(section)?.[0] ?? '';
      const template = (name: string) =>
        new RegExp(`data-school-${name}\\b[^>]*>\\s*<a\\b[^>]*\\bdata-template="([^"]*)"`).exec(section)?.[1] ?? '';
      const dialable = contact.phone?.replace(/[^\d+]/g, '');
      // Only web addresses become links (the options schema allows no other): never a `javascript:` one.
      const url = contact.url && /^https?:\/\//i.test(contact.url) ? contact.url : undefined;
      const open = /^<section\b[^>]*>/.exec(section)?.[0].replace(/\s+hidden(?=[\s>])/, '') ?? '<section>';
      return [
        open,
        heading,
        `<p><strong>${escapeXml(contact.name)}</strong>${contact.description ? ` <span>${escapeXml(contact.description)}</span>` : ''}</p>`,
        dialable
          ? `<p><a href="tel:${dialable}">${text(template('phone'), { number: contact.phone ?? '' })}</a></p>`
          : '',
        url
          ? `<p><a href="${escapeXml(url)}" target="_blank" rel="noopener noreferrer">${text(template('url'), { organisation: contact.name })}</a></p>`
          : '',
        '</section>',
      ].join('');
    });
  }
  return page;
}

/** A template from an attribute (entities decoded), filled, and escaped again as the text of an element. */
function text(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  const decoded = template
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return escapeXml(format(decoded, params));
}
