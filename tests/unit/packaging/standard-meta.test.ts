import { describe, expect, it } from 'vitest';
import { checkStandardMeta, readStandardMeta, setStandardMeta } from '../../../src/packaging/standard-meta.ts';

describe('the speakup-standard meta tag', () => {
  it('is rewritten from auto, whatever the attribute order and quotes', () => {
    const pages = [
      '<head><meta name="speakup-standard" content="auto"></head>',
      "<head><meta content='auto' name='speakup-standard' /></head>",
      '<head><meta  name="speakup-standard"  content="auto"/></head>',
    ];
    for (const html of pages) {
      expect(readStandardMeta(setStandardMeta(html, 'scorm2004'))).toEqual(['scorm2004']);
    }
  });

  it('is left alone when a page was already made for a standard, unless forced', () => {
    const html = '<meta name="speakup-standard" content="scorm12">';
    expect(setStandardMeta(html, 'none')).toBe(html);
    expect(readStandardMeta(setStandardMeta(html, 'none', { force: true }))).toEqual(['none']);
  });

  it('is checked on every page that runs scripts', () => {
    const pages = new Map([
      ['a.html', '<meta name="speakup-standard" content="scorm12">'],
      ['b.html', '<title>no meta</title><script src="x.js"></script>'],
      ['c.html', '<meta name="speakup-standard" content="auto">'],
      ['exit.html', '<title>New tab</title><main></main>'],
    ]);
    expect(checkStandardMeta(pages, 'scorm12')).toEqual([
      'page "b.html" runs scripts but has no <meta name="speakup-standard">, so it cannot tell which LMS API to use',
      'page "c.html" says standard "auto" instead of "scorm12"',
    ]);
  });
});
