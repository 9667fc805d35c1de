import { authorOf, CHANNEL_LABELS, visiblePosts } from '../../client/practice-view.ts';
import type { VisibleScenario } from '../../client/practice-view.ts';
import type { ThreadPost as Post } from '../../simulator/engine.ts';
import { ThreadPost } from './ThreadPost.tsx';

export interface ThreadProps {
  scenario: VisibleScenario;
  posts: readonly Post[];
  /** Seconds since the attempt started. */
  now: number;
  /** Posts that arrived since the trainee last acted, drawn with a marker. */
  newPostIds?: ReadonlySet<string>;
}

/** The public thread, drawn like its channel: an X conversation, a Facebook page, comments, reviews. */
export function Thread({ scenario, posts, now, newPostIds }: ThreadProps) {
  const shown = visiblePosts(posts);
  const byId = new Map(posts.map((p) => [p.id, p]));
  // Reactions arrive one after another, as they would, rather than all at once.
  const arrivals = new Map(
    shown.filter((p) => newPostIds?.has(p.id) ?? false).map((p, index) => [p.id, index]),
  );
  return (
    <section
      class={`thread thread--${scenario.channel}`}
      aria-label={`The thread on ${CHANNEL_LABELS[scenario.channel]}`}
    >
      <p class="thread__channel">
        <span class="thread__channel-name">{CHANNEL_LABELS[scenario.channel]}</span>
        <span class="thread__brand">
          {scenario.brand.name}
          {scenario.brand.handle !== undefined && ` · ${scenario.brand.handle}`}
        </span>
      </p>
      <ol class="thread__posts">
        {shown.map((post) => {
          const answered = post.replyTo === undefined ? undefined : byId.get(post.replyTo);
          return (
            <ThreadPost
              key={post.id}
              post={post}
              author={authorOf(scenario, post.from)}
              channel={scenario.channel}
              now={now}
              replyingTo={answered === undefined ? undefined : authorOf(scenario, answered.from)}
              arrival={arrivals.get(post.id)}
            />
          );
        })}
      </ol>
    </section>
  );
}
