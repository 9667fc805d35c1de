import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { ReplyContext, ScoreInput } from '../../scoring/index.ts';
import { channelFromName } from './channel-name.ts';
import { splitLines } from './reply-source.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of real brand replies: `FRONTLINE_REAL_REPLIES`, else `../shared/data/real-replies/` beside the repository. */
export function realRepliesDir(env: NodeJS.ProcessEnv): string {
  const configured = env['FRONTLINE_REAL_REPLIES'];
  return configured !== undefined && configured !== ''
    ? resolve(configured)
    : resolve(REPO_ROOT, '../shared/data/real-replies');
}

/** The paths of the files a tool needs in the folder, or undefined when any is absent. */
export function realRepliesFiles<const T extends string>(
  dir: string,
  names: readonly T[],
): Record<T, string> | undefined {
  const paths = Object.fromEntries(names.map((name) => [name, join(dir, name)])) as Record<
    T,
    string
  >;
  return names.every((name) => existsSync(paths[name])) ? paths : undefined;
}

/** A (customer message, brand reply) pair of `pairs.jsonl`. */
export interface ReplyPair {
  id: string;
  customer: string | null;
  reply: string;
  platform: string | null;
}

/** Reads the objects of a JSON Lines file lazily; an unreadable line is a data error worth a stop. */
export async function* readJsonLines(path: string): AsyncGenerator<Record<string, unknown>> {
  const stream = createReadStream(path);
  stream.setEncoding('utf8');
  let line = 0;
  for await (const content of splitLines(stream as AsyncIterable<string>)) {
    line += 1;
    if (content.trim() === '') continue;
    try {
      yield JSON.parse(content) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${path}:${line}: invalid JSON (${(error as Error).message})`, {
        cause: error,
      });
    }
  }
}

/** Reads `pairs.jsonl` records, keeping only the fields the tools use. */
export async function* readReplyPairs(path: string): AsyncGenerator<ReplyPair> {
  for await (const record of readJsonLines(path)) {
    const { id, customer, reply, platform } = record;
    if (typeof id !== 'string' || typeof reply !== 'string') continue;
    yield {
      id,
      reply,
      customer: typeof customer === 'string' ? customer : null,
      platform: typeof platform === 'string' ? platform : null,
    };
  }
}

/** The scorer's input for a pair: the reply, the customer's post and the channel it was on. */
export function scoreInputOfPair(pair: ReplyPair): ScoreInput {
  const context: ReplyContext = {};
  if (pair.customer !== null) context.customerPost = pair.customer;
  const channel = pair.platform === null ? undefined : channelFromName(pair.platform);
  if (channel !== undefined) context.channel = channel;
  return { text: pair.reply, context };
}
