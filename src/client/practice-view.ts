import type { Channel, CriterionId, Status, ThreadKind } from '../../scoring/index.ts';
import type { AvailableActions, SimulationState, ThreadPost } from '../simulator/engine.ts';
import type { ModerationAction, Person } from '../simulator/schema.ts';

/** A person as the trainee sees them: no `about` notes needed, but harmless if sent. */
export type VisiblePerson = Pick<Person, 'name' | 'handle'> & Partial<Person>;

/** A passing example reply, shown after a practice attempt to compare with. */
export interface ModelReply {
  text: string;
  turn?: string | undefined;
  why?: string | undefined;
}

/** The scenario as the server lets the trainee see it (see the practice API contract). */
export interface VisibleScenario {
  id?: string;
  title: string;
  summary?: string;
  channel: Channel;
  kind: ThreadKind;
  difficulty?: string;
  brand: { name: string; handle?: string | undefined; hours?: string };
  customer: VisiblePerson;
  customers?: Record<string, VisiblePerson>;
  onlookers?: Record<string, VisiblePerson>;
  replyWithin: number;
  /** Present once the attempt ended, in practice only. */
  modelReply?: ModelReply | undefined;
  modelReplies?: ModelReply[] | undefined;
  thread?: { from: string; text: string }[];
  /** Turns may be sent (without examples); hints use their rubric and time targets when present. */
  turns?: Record<
    string,
    {
      prompt?: string | undefined;
      replyWithin?: number | undefined;
      rubric?: Partial<Record<CriterionId, string>>;
      queue?:
        | Record<
            string,
            {
              replyWithin?: number | undefined;
              to?: string;
              rubric?: Partial<Record<CriterionId, string>>;
            }
          >
        | undefined;
    }
  >;
  rubric?: Partial<Record<CriterionId, string>>;
}

export type PracticeAction =
  | { type: 'reply'; text: string; item?: string }
  | { type: 'wait' }
  | { type: ModerationAction; item?: string };

/** A stored turn: the action and the server's time; its grade and report are in state.grades. */
export interface AttemptTurn {
  index: number;
  action: PracticeAction | { type: string; text?: string; item?: string };
  atMs: number;
}

/** What the server sends about one attempt. */
export interface AttemptView {
  attemptId: string;
  scenarioId: string;
  mode: 'practice' | 'exam';
  scenario: VisibleScenario;
  state: SimulationState;
  available: AvailableActions;
  turns: AttemptTurn[];
  startedAt: string;
  serverNow: string;
  outcome: { id: string; title?: string | undefined; text?: string | undefined } | null;
  score: number | null;
}

/** The three calls the player makes; the app passes Astro actions, tests and previews pass others. */
export interface PracticeApi {
  act(attemptId: string, action: PracticeAction): Promise<AttemptView>;
}

export interface Author {
  id: string;
  name: string;
  handle: string | undefined;
  initials: string;
  role: 'brand' | 'customer' | 'onlooker';
}

/** Up to two initials from a name, for an avatar drawn without images. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/[@_.]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  const letters = words.map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '');
  const picked = letters.length > 1 ? [letters[0], letters.at(-1)] : letters.slice(0, 1);
  return picked.join('').toUpperCase() || '?';
}

function handleOf(handle: string | undefined): string | undefined {
  if (handle === undefined) return undefined;
  return handle.startsWith('@') ? handle : `@${handle}`;
}

/** Who wrote a post: the brand, the customer, another customer or an onlooker. */
export function authorOf(scenario: VisibleScenario, from: string): Author {
  if (from === 'brand') {
    const name = scenario.brand.name;
    return {
      id: from,
      name,
      handle: handleOf(scenario.brand.handle),
      initials: initialsOf(name),
      role: 'brand',
    };
  }
  const person =
    from === 'customer'
      ? scenario.customer
      : (scenario.customers?.[from] ?? scenario.onlookers?.[from]);
  const role =
    from === 'customer' || scenario.customers?.[from] !== undefined ? 'customer' : 'onlooker';
  const name = person?.name ?? from;
  return { id: from, name, handle: handleOf(person?.handle), initials: initialsOf(name), role };
}

/** The posts to draw: deleted ones are gone, hidden ones stay for the trainee, marked hidden. */
export function visiblePosts(posts: readonly ThreadPost[]): ThreadPost[] {
  return posts.filter((p) => !p.deleted);
}

/** Identifies what the composer is answering now, so a draft belongs to one turn (and item). */
export function draftSlot(view: Pick<AttemptView, 'state'>, item?: string): string {
  const turn = view.state.turn ?? 'ended';
  const index = view.state.path.length;
  return item === undefined ? `${turn}#${index}` : `${turn}#${index}/${item}`;
}

/** The time target for the reply being written, in seconds. */
export function replyTarget(scenario: VisibleScenario, turn: string | null, item?: string): number {
  const t = turn === null ? undefined : scenario.turns?.[turn];
  const fromItem = item === undefined ? undefined : t?.queue?.[item]?.replyWithin;
  return fromItem ?? t?.replyWithin ?? scenario.replyWithin;
}

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  met: 'Met',
  missed: 'Missed',
  violated: 'Violated',
  'n/a': 'Not applicable',
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  x: 'X',
  facebook: 'Facebook page',
  instagram: 'Instagram comments',
  'review-site': 'Review site',
  forum: 'Forum',
};

/** The parts of a scenario file the player may know in advance: no posts, branches or examples. */
interface ScenarioTargets {
  rubric: Partial<Record<CriterionId, string>>;
  turns: Record<
    string,
    {
      prompt?: string | undefined;
      replyWithin?: number | undefined;
      rubric: Partial<Record<CriterionId, string>>;
      queue?:
        | Record<
            string,
            {
              to: string;
              replyWithin?: number | undefined;
              rubric: Partial<Record<CriterionId, string>>;
            }
          >
        | undefined;
    }
  >;
}

/**
 * Adds each turn's time target and rubric to the view, so the timer and the live hints hold a
 * draft to what the server will: read by the attempt page from the scenario file.
 */
export function withTurnTargets(view: AttemptView, scenario: ScenarioTargets): AttemptView {
  const turns = Object.fromEntries(
    Object.entries(scenario.turns).map(([id, turn]) => [
      id,
      {
        replyWithin: turn.replyWithin,
        rubric: turn.rubric,
        queue:
          turn.queue === undefined
            ? undefined
            : Object.fromEntries(
                Object.entries(turn.queue).map(([itemId, item]) => [
                  itemId,
                  { to: item.to, replyWithin: item.replyWithin, rubric: item.rubric },
                ]),
              ),
      },
    ]),
  );
  return { ...view, scenario: { ...view.scenario, rubric: scenario.rubric, turns } };
}
