import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/actor.ts';
import { listAudit, verifyAudit } from '../../src/server/certification/audit-log.ts';
import { getCalibration } from '../../src/server/certification/calibration.ts';
import {
  listCertificates,
  revokeCertificateService,
} from '../../src/server/certification/certificates.ts';
import {
  actInExam,
  allowRetry,
  examEligibility,
  finishExam,
  flagExam,
  getExam,
  listExams,
  startExam,
} from '../../src/server/certification/exams.ts';
import {
  approveReview,
  disputeExam,
  listReviews,
  overrideCriterion,
} from '../../src/server/certification/review.ts';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../src/server/certification/tokens.ts';
import { createTrack, listTracks, updateTrack } from '../../src/server/certification/tracks.ts';
import {
  CLEAN_REPLY,
  FIXTURE_TRACK,
  NO_APOLOGY_REPLY,
  openCertificationWorld,
} from '../helpers/certification-world.ts';
import type { CertificationWorld } from '../helpers/certification-world.ts';
import {
  definedActions,
  definedJsonRoutes,
  EVERYONE,
  itChecksEveryCaller,
  STAFF_ANYWHERE,
} from '../helpers/authorisation-matrix.ts';
import type { Caller, MatrixRow, SignedInCaller } from '../helpers/authorisation-matrix.ts';
import { testDatabaseKinds } from '../helpers/test-database.ts';

// The authorisation matrix of src/actions/certification.ts, like authorisation-matrix.test.ts for
// index.ts: every action called as every role of the target's organisation and of another one, and
// signed out. The actions are thin; the services hold the checks.

const HOME: readonly Caller[] = ['owner', 'admin', 'manager', 'trainee'];
const HOME_STAFF: readonly Caller[] = ['admin', 'manager'];

interface Fixtures {
  world: CertificationWorld;
  actors: Record<SignedInCaller, Actor>;
  /** A new track of the home organisation, so the owner may start a fresh exam on it. */
  freshTrack: () => Promise<string>;
  /** The owner's exam on a fresh track, after these replies; handed in unless `open`. */
  ownerExam: (replies: readonly string[], open?: boolean) => Promise<string>;
}

let tracks = 0;

const MATRIX: readonly MatrixRow<Fixtures>[] = [
  {
    action: 'certification.tracks.create',
    allowed: STAFF_ANYWHERE,
    run: (f, actor) =>
      createTrack(f.world.context, actor, {
        definition: { ...FIXTURE_TRACK, id: `made-${(tracks += 1)}` },
      }),
  },
  {
    action: 'certification.tracks.update',
    allowed: HOME_STAFF,
    run: (f, actor) =>
      updateTrack(f.world.context, actor, { trackId: 'x-basics', definition: FIXTURE_TRACK }),
  },
  {
    action: 'certification.tracks.list',
    allowed: EVERYONE,
    run: (f, actor) => listTracks(f.world.context, actor),
  },
  {
    action: 'certification.exams.eligibility',
    allowed: HOME,
    run: (f, actor) => examEligibility(f.world.context, actor, { trackId: 'x-basics' }),
  },
  {
    action: 'certification.exams.start',
    allowed: HOME,
    run: async (f, actor) => startExam(f.world.context, actor, { trackId: await f.freshTrack() }),
  },
  {
    action: 'certification.exams.allowRetry',
    allowed: HOME_STAFF,
    run: (f, actor) =>
      allowRetry(f.world.context, actor, {
        trackId: 'x-basics',
        userId: f.actors.owner.userId,
        reason: 'Coached since.',
      }),
  },
  {
    action: 'POST /api/certification/exams/act',
    allowed: ['owner'],
    run: async (f, actor) =>
      actInExam(f.world.context, actor, {
        examId: await f.ownerExam([], true),
        position: 0,
        action: { type: 'wait' },
      }),
  },
  {
    action: 'certification.exams.get',
    allowed: ['owner', 'admin', 'manager'],
    run: async (f, actor) => getExam(f.world.context, actor, { examId: await f.ownerExam([]) }),
  },
  {
    action: 'certification.exams.finish',
    allowed: ['owner'],
    run: async (f, actor) =>
      finishExam(f.world.context, actor, { examId: await f.ownerExam([], true) }),
  },
  {
    action: 'certification.exams.flag',
    allowed: ['owner'],
    run: async (f, actor) =>
      flagExam(f.world.context, actor, {
        examId: await f.ownerExam([], true),
        comment: 'Please look again.',
      }),
  },
  {
    action: 'certification.exams.list',
    allowed: EVERYONE,
    run: (f, actor) => listExams(f.world.context, actor),
  },
  {
    action: 'certification.review.list',
    allowed: STAFF_ANYWHERE,
    run: (f, actor) => listReviews(f.world.context, actor),
  },
  {
    action: 'certification.review.override',
    allowed: HOME_STAFF,
    run: async (f, actor) => {
      const examId = await f.ownerExam([NO_APOLOGY_REPLY]);
      const { exam } = await getExam(f.world.context, f.actors.admin, { examId });
      return overrideCriterion(f.world.context, actor, {
        examId,
        scenarioId: 'branching',
        turn: exam.replies[0]?.turn ?? '',
        criterion: 'apology',
        status: 'met',
        reason: 'It apologised in other words.',
      });
    },
  },
  {
    action: 'certification.review.dispute',
    allowed: ['owner'],
    run: async (f, actor) =>
      disputeExam(f.world.context, actor, {
        examId: await f.ownerExam([NO_APOLOGY_REPLY]),
        comment: 'I did apologise.',
      }),
  },
  {
    action: 'certification.review.approve',
    allowed: HOME_STAFF,
    run: async (f, actor) =>
      approveReview(f.world.context, actor, {
        examId: await f.ownerExam([NO_APOLOGY_REPLY, CLEAN_REPLY]),
      }),
  },
  {
    action: 'certification.certificates.list',
    allowed: EVERYONE,
    run: (f, actor) => listCertificates(f.world.context, actor),
  },
  {
    action: 'certification.certificates.revoke',
    allowed: HOME_STAFF,
    run: async (f, actor) => {
      const examId = await f.ownerExam([CLEAN_REPLY]);
      const { exam } = await getExam(f.world.context, f.actors.admin, { examId });
      return revokeCertificateService(f.world.context, actor, {
        certificateId: exam.certificate?.certificateId ?? '',
        reason: 'Left the team.',
      });
    },
  },
  {
    action: 'certification.calibration.get',
    allowed: STAFF_ANYWHERE,
    run: (f, actor) => getCalibration(f.world.context, actor),
  },
  {
    action: 'certification.audit.list',
    allowed: STAFF_ANYWHERE,
    run: (f, actor) => listAudit(f.world.context.db, actor),
  },
  {
    action: 'certification.audit.verify',
    allowed: STAFF_ANYWHERE,
    run: (f, actor) => verifyAudit(f.world.context.db, actor),
  },
  {
    action: 'certification.tokens.list',
    allowed: STAFF_ANYWHERE,
    run: (f, actor) => listApiTokens(f.world.context, actor),
  },
  {
    action: 'certification.tokens.create',
    allowed: STAFF_ANYWHERE,
    run: (f, actor) => createApiToken(f.world.context, actor, { name: 'Publisher' }),
  },
  {
    action: 'certification.tokens.revoke',
    allowed: HOME_STAFF,
    run: async (f, actor) => {
      const { tokenView } = await createApiToken(f.world.context, f.actors.admin, {
        name: 'Publisher',
      });
      return revokeApiToken(f.world.context, actor, { tokenId: tokenView.tokenId });
    },
  },
];

describe('the certification authorisation matrix', () => {
  it('covers every certification action and JSON route the app defines', () => {
    expect(
      [
        ...definedActions(
          new URL('../../src/actions/certification.ts', import.meta.url),
          'certification.',
        ),
        ...definedJsonRoutes(new URL('../../src/pages/', import.meta.url), 'api/certification/'),
      ].sort(),
    ).toEqual(MATRIX.map((row) => row.action).sort());
  });

  it('is merged into the actions the app serves', () => {
    const index = readFileSync(new URL('../../src/actions/index.ts', import.meta.url), 'utf8');
    expect(index).toMatch(/^ {2}certification,$/m);
  });
});

describe.each(testDatabaseKinds())('the certification authorisation matrix on %s', (kind) => {
  let fixtures: Fixtures;

  beforeAll(async () => {
    const world = await openCertificationWorld(kind);
    await createTrack(world.context, world.admin, { definition: FIXTURE_TRACK });
    const actors = {
      owner: await world.person('trainee'),
      admin: world.admin,
      manager: world.manager,
      trainee: world.trainee,
      'other-admin': await world.person('admin', world.otherOrganisationId),
      'other-manager': await world.person('manager', world.otherOrganisationId),
      'other-trainee': await world.person('trainee', world.otherOrganisationId),
    };
    const freshTrack = async (): Promise<string> => {
      tracks += 1;
      const id = `fresh-${tracks}`;
      await createTrack(world.context, world.admin, { definition: { ...FIXTURE_TRACK, id } });
      return id;
    };
    fixtures = {
      world,
      actors,
      freshTrack,
      ownerExam: async (replies, open = false) => {
        const { examId } = await startExam(world.context, actors.owner, {
          trackId: await freshTrack(),
        });
        for (const text of replies) {
          world.clock.advance(5_000);
          await actInExam(world.context, actors.owner, {
            examId,
            position: 0,
            action: { type: 'reply', text },
          });
        }
        if (!open) await finishExam(world.context, actors.owner, { examId });
        return examId;
      },
    };
  }, 120_000);

  afterAll(async () => {
    await fixtures?.world.handle.dispose();
  }, 60_000);

  itChecksEveryCaller(MATRIX, () => fixtures);

  it('shows another organisation none of this one’s tracks, exams, certificates or log', async () => {
    const away = fixtures.actors['other-admin'];
    const context = fixtures.world.context;
    expect((await listTracks(context, away)).tracks.map((t) => t.trackId)).not.toContain(
      'x-basics',
    );
    expect((await listExams(context, away)).exams).toEqual([]);
    expect((await listCertificates(context, away)).certificates).toEqual([]);
    const { entries } = await listAudit(context.db, away);
    expect(entries.every((e) => !JSON.stringify(e).includes(fixtures.actors.owner.userId))).toBe(
      true,
    );
  });
});
