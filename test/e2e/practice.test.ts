import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  buildApp,
  CHROMIUM_PATH,
  launchChromium,
  ROOT,
  setUpFirstAdmin,
  startApp,
} from './web-app.ts';
import type { RunningApp } from './web-app.ts';

// The practice experience in Chromium against the built app on a fresh database: one trainee's
// story from the first sign-in to the scorecard. Screenshots land in test-results/screenshots.
const OUT_DIR = `${ROOT}test-results/e2e-build`;
const SHOTS = `${ROOT}test-results/screenshots`;
const CONTRADICTION =
  'Sorry Priya, but our records show it left on time, so it must be something on your end.';
const APOLOGY =
  "Priya, I'm so sorry your daughter's present hasn't arrived, and that you had to ask three times. Please DM us your order number and I'll chase the courier now and update you within the hour.";
const CLOSE_THE_LOOP =
  "Thanks for bearing with us, Priya. A replacement is on its way by next-day courier and we've refunded your delivery fee. I'll check in tomorrow to make sure it arrived.";
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

let app: RunningApp | undefined;
let browser: Browser | undefined;
let page: Page;

/** Checks WCAG 2 A/AA with axe-core in the dark and light schemes, then saves screenshots. */
async function shoot(name: string): Promise<void> {
  // Arrival animations are off so contrast is read on the settled colours.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  expect(await accessibilityViolations(page), `${name} (dark) has accessibility problems`).toEqual(
    [],
  );
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await accessibilityViolations(page), `${name} has accessibility problems`).toEqual([]);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** A post in the live thread (not its announcement to screen readers). */
function post(text: string) {
  return page.locator('.thread .post__text', { hasText: text }).last();
}

/** Waits until the player island has hydrated (Astro drops its `ssr` attribute). */
async function hydrated(): Promise<void> {
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
}

function composer() {
  return page.getByLabel(/^Your reply to/);
}

async function startScenario(id: string): Promise<void> {
  await page.goto(`${app?.origin ?? ''}/practice/${id}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForURL(/\/practice\/attempt\//);
  await hydrated();
}

async function reply(text: string): Promise<void> {
  await composer().fill(text);
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
}

describe.skipIf(!existsSync(CHROMIUM_PATH))(
  'practising in the browser',
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      await rm(SHOTS, { recursive: true, force: true });
      await mkdir(SHOTS, { recursive: true });
      await buildApp(OUT_DIR);
      app = await startApp(OUT_DIR);
      browser = await launchChromium();
      page = await browser.newPage({ viewport: SIZES.desktop });
      // Generous on a shared two-core machine; a passing run takes a fraction of this.
      page.setDefaultTimeout(60_000);
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
      await rm(OUT_DIR, { recursive: true, force: true });
    });

    it('signs the first admin in through /setup and lists the library with filters', async () => {
      const origin = app?.origin ?? '';
      await setUpFirstAdmin(page, origin);
      await page.goto(`${origin}/practice`);
      await expect(page.locator('.card').count()).resolves.toBeGreaterThan(10);
      await page.goto(`${origin}/practice?channel=x&kind=complaint`);
      const channels = await page.locator('.card .card__tags li:first-child').allTextContents();
      expect(new Set(channels)).toEqual(new Set(['X']));
      await shoot('library');
    });

    it('explains an unknown scenario or attempt on a page with a way back', async () => {
      for (const path of ['/practice/no-such-scenario', '/practice/attempt/no-such-attempt']) {
        const response = await page.goto(`${app?.origin ?? ''}${path}`);
        expect(response?.status()).toBeGreaterThanOrEqual(400);
        await page.getByRole('heading', { name: 'This page is not available' }).waitFor();
        await page.getByRole('link', { name: 'Back to the practice library' }).waitFor();
      }
      await page.goto(`${app?.origin ?? ''}/practice?channel=x&kind=complaint`);
    });

    it('escalates when the reply contradicts the customer, and live hints show why', async () => {
      await page
        .locator('.card', { hasText: 'The birthday present that never came' })
        .getByRole('link')
        .click();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.waitForURL(/\/practice\/attempt\//);
      await hydrated();
      // Isolated, so the hints worker answers through shared memory (src/client/shared-reply.ts).
      await expect(page.evaluate(() => crossOriginIsolated)).resolves.toBe(true);
      const hintsBox = page.locator('aside.hints');
      await page.locator('.hint--empty').waitFor();
      const before = await hintsBox.boundingBox();
      await composer().pressSequentially(CONTRADICTION, { delay: 5 });
      const hint = page.locator('.hint[data-criterion="no-contradiction"].hint--violated');
      await expect(hint.waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
      await expect(hint.locator('q').first().textContent()).resolves.toContain('on your end');
      // The hints box keeps its place and size whatever it shows: nothing below it jumps.
      await expect(hintsBox.boundingBox()).resolves.toEqual(before);
      await expect(page.locator('#reply-count').textContent()).resolves.toMatch(/^\d+ \/ 280/);
      await shoot('player');
      await composer().press('Control+Enter');
      await post("So now it's MY fault? Unbelievable.").waitFor();
      await post('Blaming the customer. Noted').waitFor();
    });

    it('reports a failed submit, keeps the reply and sends it on retry', async () => {
      await page.route('**/api/practice/act', (route) => route.abort('connectionreset'), {
        times: 1,
      });
      await reply('You should have ordered earlier, that is not our problem.');
      const alert = page.locator('#reply-error');
      await alert.getByText(/not sent/).waitFor();
      await expect(composer().inputValue()).resolves.toContain('ordered earlier');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('link', { name: 'See your scorecard' }).waitFor();
    });

    it('retries with an apology and a DM offer, and the customer calms down', async () => {
      await page.getByRole('link', { name: 'See your scorecard' }).click();
      await page.getByRole('button', { name: 'Retry this scenario' }).click();
      await page.waitForURL(/\/practice\/attempt\//);
      await hydrated();
      // Keyboard only: the reply box, then its Reply button, in that order.
      await composer().fill(APOLOGY);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Reply');
      await page.keyboard.press('Enter');
      await post('OK. Sending you my order number by DM now.').waitFor();
    });

    it('restores a draft after a reload', async () => {
      await composer().pressSequentially('Thanks for bearing with us, Pri', { delay: 5 });
      await page.reload();
      await hydrated();
      await expect.poll(() => composer().inputValue()).toBe('Thanks for bearing with us, Pri');
    });

    it('ends on the scorecard with the evidence highlighted in the reply', async () => {
      await reply(CLOSE_THE_LOOP);
      await page.getByRole('link', { name: 'See your scorecard' }).click();
      await page.getByRole('heading', { name: /^Scorecard:/ }).waitFor();
      const apology = page
        .locator('.scorecard__turn')
        .first()
        .locator('mark[data-criteria~="apology"]');
      await expect(apology.first().textContent()).resolves.toMatch(/sorry/i);
      const privateOffer = page.locator('mark[data-criteria~="take-private"]');
      await expect(privateOffer.count()).resolves.toBeGreaterThan(0);
      await expect(page.getByText('Present saved').count()).resolves.toBeGreaterThan(0);
      await expect(
        page.getByRole('heading', { name: 'Model replies to compare' }).count(),
      ).resolves.toBe(1);
      await shoot('scorecard');
    });

    it('charts each criterion over time and names the weakest, here and in the library', async () => {
      await page.goto(`${app?.origin ?? ''}/practice/progress`);
      await expect(page.locator('.history tbody tr').count()).resolves.toBeGreaterThanOrEqual(2);
      await page.locator('.chart canvas').first().waitFor();
      await expect(page.locator('.chart-figure').count()).resolves.toBeGreaterThan(3);
      await expect(page.locator('.weakest-list li').count()).resolves.toBeGreaterThan(0);
      await page.locator('a[data-weakest]').waitFor();
      await shoot('progress');
      await page.goto(`${app?.origin ?? ''}/practice`);
      await page.locator('a[data-weakest]').waitFor();
    });

    it('hides a scam post in a troll thread instead of answering it', async () => {
      await startScenario('fake-giveaway-spam');
      await page.getByRole('button', { name: 'Hide the post' }).click();
      await post('Wait, was that giveaway real?').waitFor();
      await expect(page.locator('.post--hidden').count()).resolves.toBeGreaterThan(0);
    });

    it('works through a crisis queue one item at a time', async () => {
      await startScenario('payment-outage');
      const queue = page.getByRole('group', { name: /^Queue: 3 items waiting/ });
      await queue.getByLabel(/Public status update/).check();
      await page.getByLabel('Your reply to everyone (a public update)').waitFor();
      await reply(
        "We're sorry: card payments are failing at our tills because of an outage at our payment provider. Cash and the app still work, and our team is working on a fix now. We'll post the next update here by 6pm.",
      );
      await page.getByRole('group', { name: /^Queue: 2 items waiting/ }).waitFor();
    });

    it('shows the customer posting again, live, when nobody answers', async () => {
      await startScenario('nobody-answered');
      await post('Six. I can see you posting adverts today').waitFor({ timeout: 90_000 });
    }, 120_000);

    it('lets an admin preview a scenario file, played in the browser', async () => {
      await page.goto(`${app?.origin ?? ''}/practice/preview/late-birthday-order`);
      await reply(APOLOGY);
      await post('OK. Sending you my order number by DM now.').waitFor();
    });
  },
);
