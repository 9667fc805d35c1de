import { authorOf } from '../../client/practice-view.ts';
import type { VisibleScenario } from '../../client/practice-view.ts';
import type { AvailableActions } from '../../simulator/engine.ts';

export interface QueuePickerProps {
  items: AvailableActions['items'];
  scenario: VisibleScenario;
  selected: string | undefined;
  onSelect: (id: string) => void;
}

/** A crisis queue: the posts still waiting for an answer; pick one to reply to or act on. */
export function QueuePicker({ items, scenario, selected, onSelect }: QueuePickerProps) {
  return (
    <fieldset class="queue">
      <legend>
        Queue: {items.length} {items.length === 1 ? 'item' : 'items'} waiting
      </legend>
      {items.map((item) => (
        <label key={item.id} class="queue__item">
          <input
            type="radio"
            name="queue-item"
            value={item.id}
            checked={selected === item.id}
            onChange={() => onSelect(item.id)}
          />
          <span>
            {item.to === 'public' ? 'Public status update' : authorOf(scenario, item.to).name}
            {item.prompt !== undefined && <span class="queue__prompt">{item.prompt}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
