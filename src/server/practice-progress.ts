import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { CriterionId, ScoreReport, Status } from '../../scoring/index.ts';
import type { Scenario } from '../simulator/schema.ts';
import type { Actor } from './actor.ts';
import { requireActor } from './authorisation.ts';
import type { Database } from './db/client.ts';
import { attempts, attemptTurns } from './db/schema.ts';
import type { PracticeContext } from './practice.ts';
import type { ScenarioCatalog } from './scenario-catalog.ts';

// What a trainee's practice adds up to: their history with verdicts, and the library with their
// best scores and the criterion to practise next. Exam attempts are the certification pages'.

function ownPractice(actor: Actor) {
  return and(
    eq(attempts.userId, actor.userId),
    eq(attempts.organisationId, actor.organisationId),
    eq(attempts.mode, 'practice'),
  );
}

const SEVERITY: Record<Status, number> = { 'n/a': 0, met: 1, missed: 2, violated: 3 };

/** Per criterion, the worst status over the attempt's scored replies. */
function worstStatuses(reports: readonly ScoreReport[]): Partial<Record<CriterionId, Status>> {
  const worst: Partial<Record<CriterionId, Status>> = {};
  for (const report of reports) {
    for (const [id, result] of Object.entries(report.criteria) as [
      CriterionId,
      ScoreReport['criteria'][CriterionId],
    ][]) {
      const before = worst[id];
      if (before === undefined || SEVERITY[result.status] > SEVERITY[before])
        worst[id] = result.status;
    }
  }
  return worst;
}

export interface HistoryEntry {
  attemptId: string;
  scenarioId: string;
  title: string;
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  outcome: string | null;
  criteria: Partial<Record<CriterionId, Status>>;
}

/** The caller's attempts, newest first, with the worst verdict per criterion. */
export async function practiceHistory(
  context: PracticeContext,
  caller: Actor | undefined,
): Promise<{ attempts: HistoryEntry[] }> {
  const actor = requireActor(caller);
  const rows = await context.db
    .select({
      id: attempts.id,
      scenarioId: attempts.scenarioId,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      score: attempts.score,
      outcomeId: attempts.outcomeId,
    })
    .from(attempts)
    .where(ownPractice(actor))
    .orderBy(desc(attempts.startedAt));
  const reports = await actorReports(context.db, actor);
  return {
    attempts: rows.map((row) => ({
      attemptId: row.id,
      scenarioId: row.scenarioId,
      title: context.catalog.get(row.scenarioId)?.title ?? row.scenarioId,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
      score: row.score,
      outcome: row.outcomeId,
      criteria: worstStatuses(reports.get(row.id) ?? []),
    })),
  };
}

async function actorReports(db: Database, actor: Actor): Promise<Map<string, ScoreReport[]>> {
  const rows = await db
    .select({ attemptId: attemptTurns.attemptId, report: attemptTurns.report })
    .from(attemptTurns)
    .innerJoin(attempts, eq(attempts.id, attemptTurns.attemptId))
    .where(and(ownPractice(actor), sql`${attemptTurns.report} is not null`))
    .orderBy(asc(attemptTurns.attemptId), asc(attemptTurns.index));
  const byAttempt = new Map<string, ScoreReport[]>();
  for (const row of rows) {
    const list = byAttempt.get(row.attemptId) ?? [];
    list.push(row.report as ScoreReport);
    byAttempt.set(row.attemptId, list);
  }
  return byAttempt;
}

export interface LibraryEntry {
  id: string;
  title: string;
  summary: string;
  channel: Scenario['channel'];
  kind: Scenario['kind'];
  difficulty: Scenario['difficulty'];
  tags: string[];
  best: number | null;
  attempts: number;
}

/** The criterion the caller fails most often, and a scenario that practises it. */
function weakestCriterion(
  reports: readonly ScoreReport[],
  catalog: ScenarioCatalog,
  attemptsBy: ReadonlyMap<string, number>,
): { criterion: string; scenarioId: string } | null {
  const tally = new Map<CriterionId, { failed: number; graded: number }>();
  for (const report of reports) {
    for (const [id, result] of Object.entries(report.criteria) as [
      CriterionId,
      ScoreReport['criteria'][CriterionId],
    ][]) {
      if (result.status === 'n/a') continue;
      const entry = tally.get(id) ?? { failed: 0, graded: 0 };
      entry.graded += 1;
      if (result.status === 'missed' || result.status === 'violated') entry.failed += 1;
      tally.set(id, entry);
    }
  }
  const ranked = [...tally.entries()]
    .filter(([, { failed }]) => failed > 0)
    .sort(([, a], [, b]) => b.failed / b.graded - a.failed / a.graded || b.failed - a.failed);
  const criterion = ranked[0]?.[0];
  if (criterion === undefined) return null;
  const scenarios = catalog.list();
  const practising = scenarios.filter(({ scenario }) => {
    const expectation = scenario.rubric[criterion];
    return expectation === 'required' || expectation === 'expected';
  });
  const pool = practising.length > 0 ? practising : scenarios;
  const pick = [...pool].sort(
    (a, b) => (attemptsBy.get(a.id) ?? 0) - (attemptsBy.get(b.id) ?? 0),
  )[0];
  return pick === undefined ? null : { criterion, scenarioId: pick.id };
}

/** The scenario library with the caller's best score and attempt count per scenario. */
export async function practiceLibrary(
  context: PracticeContext,
  caller: Actor | undefined,
): Promise<{
  scenarios: LibraryEntry[];
  weakest: { criterion: string; scenarioId: string } | null;
}> {
  const actor = requireActor(caller);
  const stats = await context.db
    .select({
      scenarioId: attempts.scenarioId,
      best: sql<number | null>`max(${attempts.score})`.mapWith((value: unknown) =>
        value === null ? null : Number(value),
      ),
      count: sql<number>`count(*)`.mapWith(Number),
    })
    .from(attempts)
    .where(ownPractice(actor))
    .groupBy(attempts.scenarioId);
  const byScenario = new Map(stats.map((row) => [row.scenarioId, row]));
  const attemptsBy = new Map(stats.map((row) => [row.scenarioId, row.count]));
  const reports = [...(await actorReports(context.db, actor)).values()].flat();
  return {
    scenarios: context.catalog.list().map(({ id, scenario }) => ({
      id,
      title: scenario.title,
      summary: scenario.summary,
      channel: scenario.channel,
      kind: scenario.kind,
      difficulty: scenario.difficulty,
      tags: scenario.tags,
      best: byScenario.get(id)?.best ?? null,
      attempts: byScenario.get(id)?.count ?? 0,
    })),
    weakest: weakestCriterion(reports, context.catalog, attemptsBy),
  };
}
