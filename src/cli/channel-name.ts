import type { Channel } from '../../scoring/index.ts';

const CHANNEL_ALIASES: Readonly<Record<string, Channel>> = {
  x: 'x',
  twitter: 'x',
  tweet: 'x',
  facebook: 'facebook',
  fb: 'facebook',
  instagram: 'instagram',
  ig: 'instagram',
  insta: 'instagram',
  reviewsite: 'review-site',
  review: 'review-site',
  reviews: 'review-site',
  tripadvisor: 'review-site',
  trustpilot: 'review-site',
  yelp: 'review-site',
  googlereviews: 'review-site',
  forum: 'forum',
  community: 'forum',
  reddit: 'forum',
};

/**
 * Maps a channel or platform name as people write it ("Twitter", "TripAdvisor", "review site")
 * to the scorer's channel; undefined when the name is unknown.
 */
export function channelFromName(name: string): Channel | undefined {
  const key = name.toLowerCase().replace(/[^a-z]/g, '');
  return Object.hasOwn(CHANNEL_ALIASES, key) ? CHANNEL_ALIASES[key] : undefined;
}
