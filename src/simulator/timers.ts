import type { Scenario } from './schema.ts';

interface TimerState {
  turn: string | null;
  turnStartedAt: number;
  silenceFired: number;
  itemSilenceFired: Record<string, number>;
  handledItems: Record<string, number>;
}

/** A silence entry waiting to fire: the turn's own, or a queue item's. */
export interface PendingTimer {
  at: number;
  item?: string;
}

/**
 * The next silence entry of the current turn and of each unhandled queue item, soonest first;
 * on a tie the turn's own entry fires before the items', and items fire in the order written.
 */
export function pendingTimers(scenario: Scenario, state: TimerState): PendingTimer[] {
  const turn = state.turn === null ? undefined : scenario.turns[state.turn];
  if (turn === undefined) return [];
  const timers: PendingTimer[] = [];
  const own = turn.silence[state.silenceFired];
  if (own !== undefined) timers.push({ at: state.turnStartedAt + own.after });
  for (const [id, item] of Object.entries(turn.queue ?? {})) {
    if (id in state.handledItems) continue;
    const entry = item.silence[state.itemSilenceFired[id] ?? 0];
    if (entry !== undefined) timers.push({ at: state.turnStartedAt + entry.after, item: id });
  }
  return timers.sort((a, b) => a.at - b.at);
}
