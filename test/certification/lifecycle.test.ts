import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../scoring/index.ts';
import {
  appendAuditEntry,
  drawExam,
  examView,
  gradeExam,
  issueCertificate,
  generateSigningKey,
  mayPost,
  parseTrack,
  revokeCertificate,
  verifyAuditChain,
  verifyCertificate,
} from '../../src/certification/index.ts';
import type { AuditEntry, AuditEvent, ExamSubmission } from '../../src/certification/index.ts';
import { stateAtTurn } from '../../src/simulator/engine.ts';
import { parseScenario } from '../../src/simulator/loader.ts';
import { replyContext } from '../../src/simulator/reply-context.ts';
import type { Scenario } from '../../src/simulator/schema.ts';

// The whole path the server will take, on real scenarios and the real scorer, with no database:
// define a track, draw, score replies, grade, certify, check permission, verify, revoke, audit.

const FILES = {
  'double-charge': 'complaint/double-charge.yaml',
  'missing-refund': 'complaint/missing-refund.yaml',
  'cancelled-flight': 'complaint/cancelled-flight.yaml',
  'product-recall': 'crisis/product-recall.yaml',
};

function load(file: string): Scenario {
  const path = new URL(`../../scenarios/${file}`, import.meta.url);
  const loaded = parseScenario(readFileSync(path, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.value;
}

const library = new Map<string, Scenario>(
  Object.entries(FILES).map(([id, file]) => [id, load(file)]),
);

/** The scenario's first passing (or failing) example, scored as the server scores an exam reply. */
function answer(scenarioId: string, kind: 'pass' | 'fail') {
  const scenario = library.get(scenarioId)!;
  const example = scenario.examples[kind][0]!;
  const turn = example.turn ?? scenario.start;
  const context = replyContext(scenario, stateAtTurn(scenario, turn), example.after, example.item);
  return {
    turn,
    ...(example.item ? { item: example.item } : {}),
    report: scoreReply({ text: example.text, context }),
  };
}

const parsed = parseTrack({
  id: 'x-complaints',
  title: 'Complaints on X',
  channels: ['x'],
  pool: Object.keys(FILES),
  draw: 2,
  pass: { overall: 70 },
  timeLimit: { exam: '45m' },
  attempts: { allowed: 2, cooldown: '12h' },
  validity: { expiresAfter: '180d', recertifyWithin: '14d' },
});

describe('a certification from draw to revocation', () => {
  it('runs end to end', () => {
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const track = parsed.track;
    const key = generateSigningKey();
    const audit: AuditEntry[] = [];
    const record = (event: AuditEvent) => audit.push(appendAuditEntry(audit.at(-1) ?? null, event));

    const draw = drawExam(track, library, 7);
    expect(draw.ok).toBe(true);
    if (!draw.ok) return;
    expect(draw.skipped.map((s) => s.scenarioId)).toEqual(['product-recall']);
    for (const id of draw.scenarioIds) {
      expect(JSON.stringify(examView(library.get(id)!))).not.toContain('"examples"');
    }

    const submission = (kind: 'pass' | 'fail'): ExamSubmission => ({
      scenarioIds: draw.scenarioIds,
      elapsedSeconds: 20 * 60,
      results: draw.scenarioIds.map((scenarioId) => ({
        scenarioId,
        replies: [answer(scenarioId, kind)],
      })),
    });

    const failed = gradeExam(track, submission('fail'));
    expect(failed.passed).toBe(false);
    expect(failed.automatic.failures.length).toBeGreaterThan(0);

    const grade = gradeExam(track, submission('pass'));
    expect(grade.passed).toBe(true);
    record({
      at: '2026-03-01T10:00:00.000Z',
      actor: 'system',
      action: 'exam.graded',
      reason: null,
      payload: { examId: 'exam-1', passed: true, overall: grade.automatic.overall },
    });

    const certificate = issueCertificate(
      {
        id: 'cert-1',
        organisation: { id: 'org-1', name: 'Northwind Bank' },
        holder: { id: 'dana', name: 'Dana Whitfield' },
        track,
        exam: { id: 'exam-1', grade },
        issuedBy: 'manager-1',
        now: new Date('2026-03-01T10:05:00Z'),
      },
      key,
    );
    record({
      at: '2026-03-01T10:05:00.000Z',
      actor: 'manager-1',
      action: 'certificate.issued',
      reason: null,
      payload: { certificateId: 'cert-1', code: certificate.code },
    });

    const soon = new Date('2026-03-02T09:00:00Z');
    expect(
      mayPost([certificate], { holderId: 'dana', organisationId: 'org-1', channel: 'x' }, soon),
    ).toMatchObject({
      allowed: true,
      reason: 'certified',
    });
    expect(
      mayPost(
        [certificate],
        { holderId: 'dana', organisationId: 'org-1', channel: 'facebook' },
        soon,
      ),
    ).toMatchObject({
      allowed: false,
      reason: 'out-of-scope',
    });
    expect(verifyCertificate(certificate.code, certificate, [key], soon)).toMatchObject({
      outcome: 'valid',
      valid: true,
    });

    const revoked = revokeCertificate(
      certificate,
      { by: 'manager-2', reason: 'Asked a customer for her card number in public.' },
      new Date('2026-04-01T08:00:00Z'),
      key,
    );
    record({
      at: '2026-04-01T08:00:00.000Z',
      actor: 'manager-2',
      action: 'certificate.revoked',
      reason: 'Asked a customer for her card number in public.',
      payload: { certificateId: 'cert-1' },
    });

    const later = new Date('2026-04-02T08:00:00Z');
    expect(
      mayPost([revoked], { holderId: 'dana', organisationId: 'org-1', channel: 'x' }, later),
    ).toMatchObject({
      allowed: false,
      reason: 'revoked',
    });
    expect(verifyCertificate(revoked.code, revoked, [key], later)).toMatchObject({
      outcome: 'revoked',
      valid: false,
    });
    expect(verifyAuditChain(audit)).toMatchObject({ ok: true, length: 3 });
    // Hiding the revocation from the log is caught.
    expect(verifyAuditChain(audit.slice(0, 2), { seq: 3, hash: audit[2]!.hash })).toMatchObject({
      ok: false,
      problem: 'truncated',
    });
  });
});
