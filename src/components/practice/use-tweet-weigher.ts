import { useEffect, useState } from 'preact/hooks';
import type { Channel } from '../../../scoring/index.ts';
import type { TweetWeigher } from '../../client/char-count.ts';

/** X's exact weighting (twitter-text), fetched as its own chunk once the page is up. */
export function useTweetWeigher(channel: Channel): TweetWeigher | undefined {
  const [weigh, setWeigh] = useState<TweetWeigher | undefined>(undefined);
  useEffect(() => {
    if (channel !== 'x') return;
    let live = true;
    import('../../../scoring/text/tweet-length.ts')
      .then(({ tweetLength }) => {
        if (live) setWeigh(() => (text: string) => tweetLength(text).weightedLength);
      })
      .catch(() => {
        // The approximate count stays; the server measures the reply again when it is sent.
      });
    return () => {
      live = false;
    };
  }, [channel]);
  return weigh;
}
