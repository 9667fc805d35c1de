import type { z } from 'zod';
import { closest } from './spelling.ts';
import type { Condition, Post, ScenarioDraft, Turn } from './schema.ts';

type Path = (string | number)[];
const RESERVED_PEOPLE = ['customer', 'brand', 'public'];

/** Cross-field rules of a scenario file: every name it uses points at something it defines. */
export function checkReferences(draft: ScenarioDraft, ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const people = new Set([
    'customer',
    ...Object.keys(draft.customers),
    ...Object.keys(draft.onlookers),
  ]);
  const turnIds = Object.keys(draft.turns);
  const outcomeIds = Object.keys(draft.outcomes);

  for (const group of ['customers', 'onlookers'] as const) {
    for (const id of Object.keys(draft[group])) {
      if (RESERVED_PEOPLE.includes(id)) {
        report([group, id], `\`${id}\` is a reserved name; give this person another id`);
      }
    }
  }
  for (const id of Object.keys(draft.onlookers)) {
    if (id in draft.customers) {
      report(['onlookers', id], `\`${id}\` is already one of the customers; use another id`);
    }
  }

  const unknown = (name: string, known: string[], what: string) => {
    const guess = closest(name, known);
    return `\`${name}\` is not ${what}${guess ? `; did you mean \`${guess}\`?` : `; known: ${known.join(', ') || 'none'}`}`;
  };
  const checkPosts = (posts: Post[], path: Path) =>
    posts.forEach((post, index) => {
      if (post.from !== 'brand' && !people.has(post.from)) {
        report(
          [...path, index, 'from'],
          unknown(post.from, ['brand', ...people], 'a person in this scenario'),
        );
      }
    });
  const checkTo = (to: string, path: Path) => {
    if (to !== 'public' && !people.has(to)) {
      report(path, unknown(to, ['public', ...people], 'someone a reply can answer'));
    }
  };
  const checkTarget = (
    target: { goto?: string | undefined; end?: string | undefined },
    path: Path,
  ) => {
    if (target.goto !== undefined && !turnIds.includes(target.goto)) {
      report([...path, 'goto'], unknown(target.goto, turnIds, 'a turn in this scenario'));
    }
    if (target.end !== undefined && !outcomeIds.includes(target.end)) {
      report([...path, 'end'], unknown(target.end, outcomeIds, 'an outcome in this scenario'));
    }
  };
  const checkCondition = (condition: Condition, turn: Turn, path: Path): void => {
    if (condition.visited !== undefined && !turnIds.includes(condition.visited)) {
      report([...path, 'visited'], unknown(condition.visited, turnIds, 'a turn in this scenario'));
    }
    if (condition.earlier !== undefined) {
      const earlierTurn = draft.turns[condition.earlier.turn];
      if (earlierTurn === undefined) {
        report(
          [...path, 'earlier', 'turn'],
          unknown(condition.earlier.turn, turnIds, 'a turn in this scenario'),
        );
      } else if (earlierTurn.queue !== undefined) {
        report(
          [...path, 'earlier', 'turn'],
          `\`${condition.earlier.turn}\` is a queue turn; \`earlier\` can only look at reply turns`,
        );
      }
    }
    for (const key of ['item', 'passedItems'] as const) {
      if (condition[key] !== undefined && turn.queue === undefined) {
        report(
          [...path, key],
          `\`${key}\` only works in a queue turn; use \`allMet\`, \`anyFailed\` or \`status\` here`,
        );
      }
    }
    if (condition.item !== undefined && turn.queue !== undefined) {
      const items = Object.keys(turn.queue);
      for (const id of Object.keys(condition.item)) {
        if (!items.includes(id))
          report([...path, 'item', id], unknown(id, items, 'an item of this queue'));
      }
    }
    condition.any?.forEach((c, i) => checkCondition(c, turn, [...path, 'any', i]));
    condition.all?.forEach((c, i) => checkCondition(c, turn, [...path, 'all', i]));
    if (condition.not !== undefined) checkCondition(condition.not, turn, [...path, 'not']);
  };

  checkPosts(draft.thread, ['thread']);
  draft.thread.forEach((post, index) => {
    const previous = draft.thread[index - 1];
    if (previous !== undefined && post.ago > previous.ago) {
      report(
        ['thread', index, 'ago'],
        'is older than the post before it; list the opening posts oldest first',
      );
    }
  });

  if (turnIds.length === 0) report(['turns'], 'needs at least one turn');
  if (outcomeIds.length === 0) report(['outcomes'], 'needs at least one outcome');
  if (draft.start !== undefined && !turnIds.includes(draft.start)) {
    report(['start'], unknown(draft.start, turnIds, 'a turn in this scenario'));
  }

  for (const [id, turn] of Object.entries(draft.turns)) {
    const at: Path = ['turns', id];
    checkPosts(turn.posts, [...at, 'posts']);
    if (turn.to !== undefined) checkTo(turn.to, [...at, 'to']);
    turn.next.forEach((branch, i) => {
      checkTarget(branch, [...at, 'next', i]);
      checkPosts(branch.posts, [...at, 'next', i, 'posts']);
      if (branch.when !== undefined) checkCondition(branch.when, turn, [...at, 'next', i, 'when']);
    });
    turn.silence.forEach((entry, i) => {
      checkTarget(entry, [...at, 'silence', i]);
      checkPosts(entry.posts, [...at, 'silence', i, 'posts']);
      const previous = turn.silence[i - 1];
      if (previous !== undefined && entry.after <= previous.after) {
        report(
          [...at, 'silence', i, 'after'],
          'must come later than the silence entry before it; list them in time order',
        );
      }
    });
    for (const [action, result] of Object.entries(turn.actions)) {
      checkTarget(result, [...at, 'actions', action]);
      checkPosts(result.posts, [...at, 'actions', action, 'posts']);
    }
    for (const [itemId, item] of Object.entries(turn.queue ?? {})) {
      const itemAt: Path = [...at, 'queue', itemId];
      checkTo(item.to, [...itemAt, 'to']);
      item.silence.forEach((entry, i) =>
        checkPosts(entry.posts, [...itemAt, 'silence', i, 'posts']),
      );
      for (const [action, result] of Object.entries(item.actions)) {
        checkPosts(result.posts, [...itemAt, 'actions', action, 'posts']);
      }
      item.reactions.forEach((reaction, i) => {
        checkPosts(reaction.posts, [...itemAt, 'reactions', i, 'posts']);
        if (reaction.when !== undefined)
          checkCondition(reaction.when, { ...turn, queue: undefined }, [
            ...itemAt,
            'reactions',
            i,
            'when',
          ]);
      });
    }
  }

  const startId = draft.start ?? turnIds[0];
  for (const group of ['pass', 'fail'] as const) {
    draft.examples[group].forEach((example, i) => {
      const at: Path = ['examples', group, i];
      const turnId = example.turn ?? startId;
      const turn = turnId === undefined ? undefined : draft.turns[turnId];
      if (turn === undefined) {
        if (example.turn !== undefined)
          report([...at, 'turn'], unknown(example.turn, turnIds, 'a turn in this scenario'));
        return;
      }
      if (turn.queue === undefined) {
        if (example.item !== undefined)
          report([...at, 'item'], `turn \`${turnId}\` has no queue; remove \`item\``);
        return;
      }
      const items = Object.keys(turn.queue);
      if (example.item === undefined) {
        report(at, `turn \`${turnId}\` is a queue; add \`item\` with one of: ${items.join(', ')}`);
      } else if (!items.includes(example.item)) {
        report([...at, 'item'], unknown(example.item, items, `an item of turn \`${turnId}\``));
      }
    });
  }
}
