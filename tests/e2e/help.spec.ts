import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { INTERNATIONAL, type HelpPurpose } from '../../src/help/helpline-schema.ts';
import { servicesFor } from '../../src/help/help-view.ts';
import { HELPLINES_DIR, loadHelplines } from '../../src/help/load-helplines.ts';
import { COURSE, expect, test } from './fixtures.ts';

const { directory } = loadHelplines(
  readdirSync(HELPLINES_DIR).map((name) => ({
    path: `${HELPLINES_DIR}/${name}`,
    text: readFileSync(`${HELPLINES_DIR}/${name}`, 'utf8'),
  })),
);
const PURPOSES: HelpPurpose[] = ['crisis', 'talk', 'report', 'remove', 'emergency'];

/** The course as a package for `country` would serve it: only its options file says the country. */
async function servedFor(page: Page, country: string): Promise<void> {
  await page.route(/speakup-options\.js(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const chosen = country === INTERNATIONAL ? 'undefined' : JSON.stringify(country);
    await route.fulfill({ response, body: `${await response.text()}\nwindow.speakupOptions.country = ${chosen};\n` });
  });
}

test.describe('Help for each country', () => {
  for (const help of Object.values(directory)) {
    test(`${help.country}: shows its own crisis, talk, report, remove and emergency services, and no one else's`, async ({
      page,
    }) => {
      await servedFor(page, help.country);
      await page.goto(`${COURSE}what-to-do.html`);
      await page.getByRole('button', { name: 'Help', exact: true }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Get help now' });
      await expect(dialog).toBeVisible();
      const own = dialog.locator(`[data-for-country="${help.country}"]`);
      for (const purpose of PURPOSES) {
        for (const service of servicesFor(help, purpose)) {
          await expect(
            own.getByText(service.summary, { exact: true }),
            `${purpose}: ${service.organisation}`,
          ).toBeVisible();
          for (const contact of service.contact) {
            const href = contact.way === 'call' ? `tel:${contact.number.replace(/[^\d+]/g, '')}` : undefined;
            if (href) await expect(own.locator(`a[href="${href}"]`).first()).toBeVisible();
          }
        }
      }
      await expect(
        dialog.locator(`[data-for-country]:not([data-for-country="${help.country}"])`).filter({ visible: true }),
      ).toHaveCount(0);
      // The lesson names the country's crisis line by purpose, never a number written into its text.
      await dialog.getByRole('button', { name: 'Close help' }).click();
      const mention = page.locator(`main .helpline [data-for-country="${help.country}"]`).first();
      await expect(mention).toBeVisible();
      const crisis = servicesFor(help, 'crisis')[0];
      await expect(mention).toContainText(
        help.country === INTERNATIONAL
          ? "tell an adult you trust now, and ask them to help you find your country's crisis line"
          : `In ${help.name}, ${crisis!.organisation} can help`,
      );
      await expect(page.locator('main .helpline [data-for-country]').filter({ visible: true })).toHaveCount(3);
    });
  }
});
