import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

// Certification in Chromium against the built app on a fresh database: a manager creates a track,
// a trainee invited by link sits the exam, the manager overrides a criterion with a reason and
// approves, the certificate is in the registry and verifies publicly, then is revoked and the
// public page says so. Screenshots land in test-results/certification.
// FRONTLINE_E2E_BUILD names a build made beforehand, to rerun the story without building again.
const PREBUILT = process.env['FRONTLINE_E2E_BUILD'];
const OUT_DIR = PREBUILT ?? `${ROOT}test-results/e2e-build-certification`;
const SHOTS = `${ROOT}test-results/certification`;
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const TRAINEE = {
  name: 'Tomás Trainee',
  email: 'tomas@example.com',
  password: 'a long trainee password',
};
const APOLOGY =
  "Priya, I'm so sorry your daughter's present hasn't arrived, and that you had to ask three times. Please DM us your order number and I'll chase the courier now and update you within the hour.";
const CLOSE_THE_LOOP =
  "Thanks for bearing with us, Priya. A replacement is on its way by next-day courier and we've refunded your delivery fee. I'll check in tomorrow to make sure it arrived.";
const REVIEW_TRACK_YAML = [
  'id: review-replies',
  'title: Review-site replies',
  'channels: [review-site]',
  'pool: [five-star-hotel-review, two-stars-cold-food, scam-review]',
  'draw: 2',
  'pass: { overall: 70 }',
  'timeLimit: { exam: 30m }',
  'attempts: { allowed: 2, cooldown: 2d }',
  'validity: { expiresAfter: 180d, recertifyWithin: 14d }',
].join('\n');
const OVERRIDE_REASON = 'The reply names Priya and answers her own words; I read it differently.';
const REVOKE_REASON = 'Left the social team on 1 December.';

let app: RunningApp | undefined;
let browser: Browser | undefined;
let manager: Page;
let trainee: Page;
let inviteLink = '';
let code = '';
let token = '';

/** What the permission API says about the trainee posting on X now, asked with the token. */
async function mayPost(): Promise<boolean> {
  const answer = await fetch(
    `${origin()}/api/permission?user=${encodeURIComponent(TRAINEE.email)}&channel=x`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { allowed: boolean }).allowed;
}

function origin(): string {
  return app?.origin ?? '';
}

/** axe-core's WCAG 2 A and AA rules on the page as it stands: none may fail. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await accessibilityViolations(page), `${name} has accessibility problems`).toEqual([]);
}

async function shoot(page: Page, name: string): Promise<void> {
  // Both colour schemes must keep their contrast, checked once arrival animations have settled.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await expectAccessible(page, `${name} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, name);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
    if (size === 'phone') {
      // Phone width: nothing but wide tables (which scroll in their own box) may overflow the page.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} overflows a phone's width`).toBeLessThanOrEqual(1);
    }
  }
  await page.setViewportSize(SIZES.desktop);
}

async function submit(
  page: Page,
  button: string,
  url?: RegExp | ((url: URL) => boolean),
): Promise<void> {
  await Promise.all([
    url === undefined ? page.waitForLoadState('load') : page.waitForURL(url),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
}

async function reply(text: string): Promise<void> {
  await trainee.getByLabel(/^Your reply to/).fill(text);
  await trainee.getByRole('button', { name: 'Reply', exact: true }).click();
}

describe.skipIf(!existsSync(CHROMIUM_PATH))(
  'certification in the browser',
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      await rm(SHOTS, { recursive: true, force: true });
      await mkdir(SHOTS, { recursive: true });
      if (PREBUILT === undefined) await buildApp(OUT_DIR);
      app = await startApp(OUT_DIR);
      browser = await launchChromium();
      manager = await browser.newPage({ viewport: SIZES.desktop });
      trainee = await (await browser.newContext({ viewport: SIZES.desktop })).newPage();
    }, 300_000);

    afterEach(async (context) => {
      if (context.task.result?.state !== 'fail') return;
      // What each browser showed when a step failed, to read beside the error.
      const name = context.task.name.replace(/\W+/g, '-');
      await manager.screenshot({ path: `${SHOTS}/failed-${name}-manager.png`, fullPage: true });
      await trainee.screenshot({ path: `${SHOTS}/failed-${name}-trainee.png`, fullPage: true });
    });

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
      if (PREBUILT === undefined) await rm(OUT_DIR, { recursive: true, force: true });
    });

    it('lets a manager create a track, with each problem beside its field first', async () => {
      await setUpFirstAdmin(manager, origin());
      await manager.goto(`${origin()}/certification/tracks/new`);
      await manager.getByLabel('Track id').fill('x-complaints');
      await manager.getByLabel('Title').fill('Complaints on X');
      await manager.getByRole('checkbox', { name: /birthday present/i }).check();
      await manager.getByLabel('Overall minimum (0–100)').fill('150');
      // Three drawn from a pool of one, and an overall minimum out of range: both named in place.
      await submit(manager, 'Create the track');
      await expect(manager.locator('#draw-error').textContent()).resolves.toContain(
        'the pool has 1',
      );
      await expect(manager.locator('[id="pass.overall-error"]').textContent()).resolves.toContain(
        'from 0 to 100',
      );
      await expect(manager.getByLabel('Track id').inputValue()).resolves.toBe('x-complaints');
      await expect(
        manager.getByLabel('Overall minimum (0–100)').getAttribute('aria-invalid'),
      ).resolves.toBe('true');
      await shoot(manager, 'track-form-errors');
      await manager.getByLabel('Scenarios drawn per exam').fill('1');
      await manager.getByLabel('Overall minimum (0–100)').fill('50');
      await submit(manager, 'Create the track', /\/certification\/tracks\?saved=/);
      await manager.getByRole('row', { name: /Complaints on X/ }).waitFor();
      await shoot(manager, 'tracks');
    });

    it('edits the track, keeping its id', async () => {
      await manager.getByRole('link', { name: 'Edit Complaints on X' }).click();
      await expect(manager.getByLabel('Track id').getAttribute('readonly')).resolves.not.toBeNull();
      await expect(manager.getByLabel('Scenarios drawn per exam').inputValue()).resolves.toBe('1');
      await manager.getByLabel('Description (optional)').fill('For everyone who answers on X.');
      await submit(manager, 'Save the track', /\/certification\/tracks\?saved=x-complaints/);
    });

    it('creates a track pasted as YAML, naming the line of a mistake first', async () => {
      await manager.goto(`${origin()}/certification/tracks/new`);
      await manager.getByText('Or paste a track written in YAML').click();
      await manager
        .getByLabel('Track YAML')
        .fill(REVIEW_TRACK_YAML.replace('draw: 2', 'draw: two'));
      await submit(manager, 'Create the track from YAML');
      await expect(manager.locator('#yaml-error').textContent()).resolves.toMatch(
        /draw \(line 5\)/,
      );
      await expect(manager.getByLabel('Track YAML').inputValue()).resolves.toContain('draw: two');
      await manager.getByLabel('Track YAML').fill(REVIEW_TRACK_YAML);
      await submit(manager, 'Create the track from YAML', /saved=review-replies/);
      await manager.getByRole('row', { name: /Review-site replies/ }).waitFor();
    });

    it('invites a trainee by link, who signs up and sees the track', async () => {
      await manager.goto(`${origin()}/team`);
      await manager.getByLabel('Role', { exact: true }).selectOption('trainee');
      await submit(manager, 'Create an invitation link');
      inviteLink = await manager.locator('#invite-link').inputValue();
      expect(inviteLink).toMatch(/\/invite\//);
      await trainee.goto(inviteLink);
      await trainee.getByLabel('Your name').fill(TRAINEE.name);
      await trainee.getByLabel('Email').fill(TRAINEE.email);
      await trainee.getByLabel('Password').fill(TRAINEE.password);
      await submit(trainee, 'Create my account', (url) => !url.pathname.startsWith('/invite/'));
      await trainee.goto(`${origin()}/certification`);
      const header = trainee.getByRole('navigation', { name: 'Main' });
      await header.getByRole('link', { name: 'My certifications' }).waitFor();
      await expect(
        header.getByRole('link', { name: 'Certification', exact: true }).count(),
      ).resolves.toBe(0);
      await trainee.locator('[data-track="x-complaints"]').waitFor();
      await shoot(trainee, 'my-certifications');
    });

    it('lets the trainee sit the exam with hints off and hand it in', async () => {
      await submit(trainee, 'Start the exam: Complaints on X', /\/certification\/exam\//);
      await trainee.getByRole('timer', { name: 'Time left for the whole exam' }).waitFor();
      await expect(trainee.locator('aside.hints').count()).resolves.toBe(0);
      await reply(APOLOGY);
      await trainee
        .locator('.thread .post__text', { hasText: 'OK. Sending you my order number by DM now.' })
        .last()
        .waitFor();
      await shoot(trainee, 'exam-player');
      // The example replies of the scenario file never reach the trainee's page.
      await expect(trainee.content()).resolves.not.toContain('examples');
      await reply(CLOSE_THE_LOOP);
      await trainee.getByRole('link', { name: 'Hand in the exam' }).waitFor();
      // Flagged while under way: the exam goes to the review queue when it is handed in.
      await trainee
        .getByLabel('Ask a manager to review this exam')
        .fill('The customer seemed calm already; I think the follow-up counts.');
      await submit(trainee, 'Flag for review', /sent=flag/);
      await trainee.getByText('Flagged: a manager will review this exam').waitFor();
      await submit(trainee, 'Hand in the exam');
      await trainee.getByRole('heading', { name: /^Exam result/ }).waitFor();
      await expect(
        trainee.locator('[data-exam-status]').getAttribute('data-exam-status'),
      ).resolves.toBe('review');
    });

    it('lets the trainee dispute the grade with a comment', async () => {
      await submit(trainee, 'Send the dispute');
      await expect(trainee.locator('#dispute-comment-error').textContent()).resolves.toContain(
        'Say what you disagree with',
      );
      await trainee
        .getByLabel('Dispute the grade (say which reply and why)')
        .fill('My first reply thanked nobody, true, but it apologised at once.');
      await submit(trainee, 'Send the dispute', /sent=dispute/);
      await trainee.getByText('My first reply thanked nobody').waitFor();
      await shoot(trainee, 'exam-result');
      // No second exam while this one awaits its review: the page says why and links to it.
      await trainee.goto(`${origin()}/certification`);
      await trainee
        .locator('[data-track="x-complaints"] [data-eligibility="awaiting-review"]')
        .waitFor();
      await trainee.getByRole('link', { name: 'See your exam and its review' }).waitFor();
    });

    it('lets the manager override a criterion with a written reason and approve', async () => {
      await manager.goto(`${origin()}/certification/review`);
      await shoot(manager, 'review-queue');
      await manager.getByRole('link', { name: TRAINEE.name }).click();
      await manager.getByRole('heading', { name: /^Review:/ }).waitFor();
      const firstReply = manager.locator('.exam-reply').first();
      await firstReply.getByText('Override a criterion of this reply').click();
      const criterion = firstReply.getByLabel('Criterion');
      const options = await criterion.locator('option').allTextContents();
      const missed = options.findIndex((o) => o.includes('scorer: missed'));
      const index = missed >= 0 ? missed : options.findIndex((o) => o.includes('scorer: met'));
      await criterion.selectOption({ index });
      await firstReply.getByLabel('Your verdict').selectOption(missed >= 0 ? 'met' : 'missed');
      await firstReply.getByLabel(/^Reason/).fill(OVERRIDE_REASON);
      await submit(manager, 'Override', /overridden=1/);
      // Both grades stay: the scorer's and the one after the override.
      await manager.locator('[data-verdict="automatic"]').waitFor();
      await manager.locator('[data-verdict="standing"]').waitFor();
      await manager.getByText(OVERRIDE_REASON).first().waitFor();
      await shoot(manager, 'review');
      await submit(manager, 'Approve the grade', /approved=1/);
    });

    it('shows agreement per criterion on the calibration page, and an intact audit chain', async () => {
      await manager.goto(`${origin()}/certification/calibration`);
      await manager.locator('.agreement').first().waitFor();
      await expect(
        manager.getByRole('heading', { name: /^Disagreements \(1\)/ }).count(),
      ).resolves.toBe(1);
      await shoot(manager, 'calibration');
      await manager.goto(`${origin()}/certification/audit`);
      await manager.locator('[data-chain="intact"]').waitFor();
      const exported = await manager.request.get(`${origin()}/api/audit.jsonl`);
      const lines = (await exported.text()).trim().split('\n');
      expect(lines.length).toBeGreaterThan(5);
      expect(JSON.parse(lines.at(-1) ?? '{}')).toHaveProperty('hash');
      await manager.getByRole('cell', { name: 'exam.override' }).first().waitFor();
      await shoot(manager, 'audit');
    });

    it('lists the certificate in the registry, and its public page verifies it', async () => {
      await manager.goto(`${origin()}/certification/registry`);
      const row = manager.locator('#current tr', { hasText: TRAINEE.name });
      await row.waitFor();
      code = (await row.getAttribute('data-certificate')) ?? '';
      expect(code).not.toBe('');
      await shoot(manager, 'registry');
      // The page's export and Open Badge links lead somewhere real.
      const csv = await manager.request.get(
        `${origin()}${(await manager.getByRole('link', { name: 'Export the registry (CSV)' }).getAttribute('href')) ?? ''}`,
      );
      await expect(csv.text()).resolves.toContain(TRAINEE.name);
      const badge = await manager.request.get(
        `${origin()}${(await row.getByRole('link', { name: /^Open Badge/ }).getAttribute('href')) ?? ''}`,
      );
      expect(badge.status()).toBe(200);
      await expect(badge.text()).resolves.toContain('OpenBadgeCredential');
      const visitor = await (await browser?.newContext())?.newPage();
      if (visitor === undefined) throw new Error('no browser');
      await visitor.goto(`${origin()}/verify/${code}`);
      await expect(visitor.locator('body').textContent()).resolves.toMatch(/valid/i);
      await expect(visitor.locator('body').textContent()).resolves.toContain(TRAINEE.name);
      await shoot(visitor, 'verify-valid');
      await visitor.close();
    });

    it('gives a publishing tool a token, and the permission API answers from the registry', async () => {
      await manager.goto(`${origin()}/certification/tokens`);
      await manager.getByLabel('Tool name').fill('Publisher');
      await submit(manager, 'Create a token');
      token = await manager.getByLabel(/^The token for Publisher/).inputValue();
      expect(token).toMatch(/^flt_/);
      await shoot(manager, 'tokens');
      await expect(mayPost()).resolves.toBe(true);
    });

    it('revokes the certificate with a reason, by keyboard, and the public page says so', async () => {
      await manager.goto(`${origin()}/certification/registry`);
      const row = manager.locator('#current tr', { hasText: TRAINEE.name });
      // Keyboard only: open the revoke form, type the reason, then press its button.
      await row.locator('summary').focus();
      await manager.keyboard.press('Enter');
      await manager.keyboard.press('Tab');
      await expect(
        manager.evaluate(() => document.activeElement?.getAttribute('name')),
      ).resolves.toBe('reason');
      await manager.keyboard.type(REVOKE_REASON);
      await manager.keyboard.press('Tab');
      await Promise.all([manager.waitForEvent('load'), manager.keyboard.press('Enter')]);
      await manager
        .getByRole('status')
        .getByText(/revoked/)
        .waitFor();
      await manager.locator('#past tr', { hasText: TRAINEE.name }).waitFor();
      const visitor = await (await browser?.newContext())?.newPage();
      if (visitor === undefined) throw new Error('no browser');
      await visitor.goto(`${origin()}/verify/${code}`);
      await expect(visitor.locator('body').textContent()).resolves.toMatch(/revoked/i);
      await expect(visitor.locator('body').textContent()).resolves.toContain(REVOKE_REASON);
      await shoot(visitor, 'verify-revoked');
      await visitor.close();
      await trainee.goto(`${origin()}/certification`);
      await trainee.locator('[data-state="revoked"]').waitFor();
      await trainee.getByText(REVOKE_REASON).waitFor();
      await shoot(trainee, 'my-certifications-revoked');
      await expect(mayPost()).resolves.toBe(false);
    });
  },
);
