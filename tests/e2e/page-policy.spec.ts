import { readdirSync, readFileSync } from 'node:fs';
import { AGE_BANDS } from '../../src/course-model/core-messages.ts';
import { inlineHashes } from '../../src/course/page-policy.ts';
import { buildDir, COURSE, expect, test } from './fixtures.ts';

const pagesOf = (band: (typeof AGE_BANDS)[number]) =>
  readdirSync(buildDir(band))
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ name: `${band}/${name}`, html: readFileSync(`${buildDir(band)}/${name}`, 'utf8') }));

test.describe('the Content-Security-Policy of every page', () => {
  test('allows only the package’s own scripts and styles: no unsafe-inline, and every inline one by its hash', () => {
    for (const band of AGE_BANDS) {
      for (const { name, html } of pagesOf(band)) {
        const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
        expect(policies, name).toHaveLength(1);
        const policy = policies[0]![1]!;
        expect(policy, name).not.toMatch(/unsafe-inline|unsafe-eval|'inline-hashes'|\*|https?:/);
        const { script, style } = inlineHashes([html]);
        const directive = (kind: string) => policy.split(';').find((d) => d.trim().startsWith(kind)) ?? '';
        for (const hash of script) expect(directive('script-src'), `${name}: inline script ${hash}`).toContain(hash);
        for (const hash of style) expect(directive('style-src'), `${name}: inline style ${hash}`).toContain(hash);
      }
    }
  });

  test('a script or style slipped into a page does not run, nor a javascript: link, and nothing reaches another site', async ({
    page,
    allowProblems,
  }) => {
    // The browser reports each refusal as a console error: that is what this test provokes.
    allowProblems(/Content Security Policy|Content-Security-Policy|Failed to fetch/);
    // The page tries to reach another site; the browser stops each try before it leaves (blocked by the policy).
    allowProblems(/(outside request|failed): https:\/\/example\.org\//);
    const outside: string[] = [];
    page.on('requestfailed', (request) => outside.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => outside.push(`${response.url()} answered`));
    await page.goto(`${COURSE}index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid rgb(255, 0, 0) }';
      document.head.append(style);
      const link = document.createElement('a');
      link.href = 'javascript:window.linked = true';
      link.textContent = 'x';
      document.body.append(link);
      link.click();
      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'window.handled = true');
      handler.src = 'data:,';
      document.body.append(handler);
      const picture = document.createElement('img');
      picture.src = 'https://example.org/pixel.gif';
      document.body.append(picture);
      const fetched = await fetch('https://example.org/beacon').then(
        () => true,
        () => false,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        fetched,
        script: w['injected'] === true,
        style: getComputedStyle(document.body).outlineWidth === '7px',
        link: w['linked'] === true,
        handler: w['handled'] === true,
      };
    });
    expect(ran).toEqual({ fetched: false, script: false, style: false, link: false, handler: false });
    const tries = outside.filter((entry) => entry.includes('example.org'));
    expect(tries.length).toBeGreaterThan(0);
    expect(tries.filter((entry) => !/ (csp|net::ERR_BLOCKED_BY_CSP)$/.test(entry))).toEqual([]);
  });
});
