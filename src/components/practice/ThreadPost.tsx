import type { Channel } from '../../../scoring/index.ts';
import type { Author } from '../../client/practice-view.ts';
import { longAge, shortAge } from '../../client/relative-time.ts';
import type { ThreadPost as Post } from '../../simulator/engine.ts';
import { Avatar } from './Avatar.tsx';

export interface ThreadPostProps {
  post: Post;
  author: Author;
  channel: Channel;
  /** Seconds since the attempt started, for the post's age. */
  now: number;
  replyingTo?: Author | undefined;
  /** Set for posts that just arrived: their place in the order they appear. */
  arrival?: number | undefined;
}

function Reactions({ channel, likes }: { channel: Channel; likes: number }) {
  if (likes === 0) return null;
  const words: Record<Channel, string> = {
    x: `♥ ${likes}`,
    facebook: `👍 ${likes}`,
    instagram: `${likes} ${likes === 1 ? 'like' : 'likes'}`,
    'review-site': `${likes} found this helpful`,
    forum: `▲ ${likes}`,
  };
  return (
    <span class="post__reactions" aria-label={`${likes} ${likes === 1 ? 'reaction' : 'reactions'}`}>
      <span aria-hidden="true">{words[channel]}</span>
    </span>
  );
}

/** One post drawn the way its channel draws it; the layout differences live in the CSS. */
export function ThreadPost({ post, author, channel, now, replyingTo, arrival }: ThreadPostProps) {
  const age = now - post.at;
  const time = (
    <time class="post__time" title={longAge(age)}>
      <span aria-hidden="true">{channel === 'facebook' ? longAge(age) : shortAge(age)}</span>
      <span class="visually-hidden">{longAge(age)}</span>
    </time>
  );
  const classes = [
    'post',
    `post--${author.role}`,
    post.byTrainee ? 'post--trainee' : '',
    post.hidden ? 'post--hidden' : '',
    arrival === undefined ? '' : 'post--new',
    post.replyTo !== undefined ? 'post--reply' : '',
  ].join(' ');
  return (
    <li
      class={classes}
      data-post={post.id}
      data-from={post.from}
      style={arrival === undefined ? undefined : { animationDelay: `${arrival * 0.7}s` }}
    >
      <Avatar author={author} size={channel === 'instagram' ? 'small' : 'large'} />
      <div class="post__body">
        <header class="post__header">
          <span class="post__name">
            {channel === 'instagram' ? (author.handle?.slice(1) ?? author.name) : author.name}
          </span>
          {channel !== 'instagram' && author.handle !== undefined && (
            <span class="post__handle">{author.handle}</span>
          )}
          {author.role === 'brand' && channel === 'review-site' && (
            <span class="post__badge">Response from the owner</span>
          )}
          {post.byTrainee && <span class="post__badge">You</span>}
          {channel !== 'facebook' && time}
        </header>
        {replyingTo !== undefined && channel === 'x' && (
          <p class="post__replying">
            Replying to <span>{replyingTo.handle ?? replyingTo.name}</span>
          </p>
        )}
        {post.hidden ? (
          <p class="post__text post__text--hidden">
            <em>Hidden from the public.</em> <span class="post__hidden-text">{post.text}</span>
          </p>
        ) : (
          <p class="post__text">{post.text}</p>
        )}
        <footer class="post__footer">
          {channel === 'facebook' && time}
          <Reactions channel={channel} likes={post.likes} />
        </footer>
      </div>
    </li>
  );
}
