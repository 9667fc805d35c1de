import { rm } from 'node:fs/promises';
// Astro's own serialiser for action results (a dependency of astro).
import { parse } from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCodeFor, verifyAuditChain } from '../../src/certification/index.ts';
import type { AuditEntry } from '../../src/certification/index.ts';
import { buildApp, ROOT, startApp } from '../e2e/web-app.ts';
import type { RunningApp } from '../e2e/web-app.ts';

// Certification through the built server, on the real scenarios and scorer: the actions over HTTP,
// the API routes and the public verification page, before and after a revocation. On the run's
// shared build when there is one (test/global-setup.ts), else a build of its own, and an empty
// data folder of its own.
const outDir = `${ROOT}test-results/certification-http`;

let app: RunningApp | undefined;
let origin = '';
let cookie = '';

async function action<T>(name: string, input: unknown): Promise<T> {
  const response = await fetch(`${origin}/_actions/certification.${name}`, {
    method: 'POST',
    headers: { origin, cookie, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`certification.${name} answered ${response.status}: ${text}`);
  return parse(text) as T;
}

/** A POST to one of the app's JSON routes, as the exam player sends its actions. */
async function route<T>(path: string, input: unknown): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { origin, cookie, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  await buildApp(outDir);
  app = await startApp(outDir);
  origin = app.origin;
  const created = await fetch(`${origin}/setup`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin },
    body: new URLSearchParams({
      organisationName: 'Acme',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'long enough',
    }),
  });
  cookie = created.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await rm(outDir, { recursive: true, force: true });
}, 60_000);

describe('certification on the built server', () => {
  let code = '';
  let certificateId = '';
  let token = '';

  const permission = async (query: string, bearer: string | null = token) => {
    const response = await fetch(`${origin}/api/permission?${query}`, {
      headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('creates a track, sits its exam on the real scorer and certifies the pass', async () => {
    await action('tracks.create', {
      definition: {
        id: 'x-http',
        title: 'Complaints on X',
        channels: ['x'],
        pool: ['double-charge'],
        draw: 1,
        pass: { overall: 0, gates: [], reviewMargin: 0 },
        timeLimit: { exam: '1h' },
        attempts: { allowed: 1, cooldown: '1h' },
        validity: { expiresAfter: '365d', recertifyWithin: '30d' },
      },
    });
    const { examId } = await action<{ examId: string }>('exams.start', { trackId: 'x-http' });
    await route('/api/certification/exams/act', {
      examId,
      position: 0,
      action: {
        type: 'reply',
        text: "I'm so sorry about the double charge, and thank you for telling us. Please DM us and we'll refund it today.",
      },
    });
    const { exam } = await action<{
      exam: { status: string; certificate: { code: string; certificateId: string } | null };
    }>('exams.finish', { examId });
    expect(exam.status).toBe('passed');
    code = exam.certificate?.code ?? '';
    certificateId = exam.certificate?.certificateId ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('shows the certificate as valid on its public page, signed out', async () => {
    const { status, html } = await page(`/verify/${code.toLowerCase()}`);
    expect(status).toBe(200);
    expect(html).toMatch(/<h2[^>]*>.*Valid certificate<\/h2>/s);
    expect(html).toContain('Ada Lovelace');
    expect(html).toContain('Complaints on X');
  });

  it('says not genuine for a made-up code', async () => {
    const { status, html } = await page(`/verify/${verificationCodeFor('bWFkZS11cA')}`);
    expect(status).toBe(404);
    expect(html).toContain('Not a genuine certificate');
    expect(html).not.toContain('Ada Lovelace');
  });

  it('exports the certificate as an Open Badges 3.0 credential', async () => {
    const response = await fetch(`${origin}/api/certificates/${code}/badge`);
    expect(response.status).toBe(200);
    const credential = (await response.json()) as { type: string[]; id: string };
    expect(credential.type).toContain('OpenBadgeCredential');
    expect(credential.id).toBe(`${origin}/verify/${code}`);
  });

  it('answers the permission API with a token only, from the registry', async () => {
    expect((await permission('user=ada@example.com&channel=x', null)).status).toBe(401);
    ({ token } = await action<{ token: string }>('tokens.create', { name: 'Publisher' }));
    expect((await permission('user=ada@example.com&channel=x')).body).toMatchObject({
      allowed: true,
      reason: 'certified',
    });
    expect((await permission('user=ada@example.com&channel=facebook')).body).toMatchObject({
      allowed: false,
      reason: 'out-of-scope',
    });
  });

  it('serves the registry CSV and the audit log to the signed-in manager only', async () => {
    const csv = await fetch(`${origin}/api/registry.csv`, { headers: { cookie } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(code);
    expect((await fetch(`${origin}/api/registry.csv`)).status).toBe(401);
    const jsonl = await (await fetch(`${origin}/api/audit.jsonl`, { headers: { cookie } })).text();
    const entries = jsonl
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AuditEntry);
    expect(verifyAuditChain(entries).ok).toBe(true);
    expect(entries.map((e) => e.action)).toContain('certificate.issued');
  });

  it('says revoked everywhere once a manager revokes', async () => {
    await action('certificates.revoke', { certificateId, reason: 'Left the social team.' });
    const { status, html } = await page(`/verify/${code}`);
    expect(status).toBe(200);
    expect(html).toContain('Revoked certificate');
    expect(html).toContain('Left the social team.');
    expect((await permission('user=ada@example.com&channel=x')).body).toMatchObject({
      allowed: false,
      reason: 'revoked',
    });
    expect((await fetch(`${origin}/api/certificates/${code}/badge`)).status).toBe(410);
  });
});
