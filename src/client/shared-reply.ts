// A one-slot mailbox in shared memory from the hints worker to the page.
//
// Why: after a keystroke Chromium holds back every task of the page (timers, fetches, and the
// worker's postMessage among them) until the frame that shows the typed character has been
// painted (DeferRendererTasksAfterInput, Chrome's responsiveness policy). An answer posted by the
// worker therefore waits for that frame, up to a whole frame interval however fast it was scored.
// Atomics.waitAsync wakes the page through V8's own task queue, which is not held back, so the
// hint is in the DOM a couple of milliseconds after the keystroke. Shared memory needs a
// cross-origin isolated page (COOP same-origin and COEP require-corp); without it the client keeps
// using postMessage.
//
// Layout: two Int32 words, [0] how many replies were written and [1] the byte length of the
// latest, then the latest reply as UTF-8 JSON. One draft is in the worker at a time and the page
// reads each reply before it sends the next draft, so the worker never overwrites an unread reply.

const HEADER_BYTES = 8;
const COUNT = 0;
const LENGTH = 1;

/** Room for a reply: a hint result of a 5,000-character draft is well under this. */
export const SHARED_REPLY_BYTES = 256 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Whether this page may share memory with its workers and wait on it without blocking. */
export function canShareReplies(): boolean {
  return (
    typeof SharedArrayBuffer === 'function' &&
    typeof Atomics.waitAsync === 'function' &&
    globalThis.crossOriginIsolated === true
  );
}

export function createReplyBuffer(bytes: number = SHARED_REPLY_BYTES): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + bytes);
}

/** Writes a reply and wakes the page; false when it does not fit (then post it instead). */
export function writeReply(buffer: SharedArrayBuffer, reply: unknown): boolean {
  // Chromium's encodeInto refuses views of shared memory: encode, then copy the bytes in.
  const bytes = encoder.encode(JSON.stringify(reply));
  if (bytes.length > buffer.byteLength - HEADER_BYTES) return false;
  new Uint8Array(buffer, HEADER_BYTES).set(bytes);
  const header = new Int32Array(buffer, 0, 2);
  Atomics.store(header, LENGTH, bytes.length);
  Atomics.add(header, COUNT, 1);
  Atomics.notify(header, COUNT);
  return true;
}

/** The latest reply written. */
export function readReply(buffer: SharedArrayBuffer): unknown {
  const header = new Int32Array(buffer, 0, 2);
  const length = Atomics.load(header, LENGTH);
  // TextDecoder refuses views of shared memory: copy the bytes out first.
  return JSON.parse(decoder.decode(new Uint8Array(buffer, HEADER_BYTES, length).slice()));
}

/**
 * Calls `onReply` with each reply the worker writes, from a task of its own as soon as it is
 * written. Returns a function that stops watching.
 */
export function watchReplies(
  buffer: SharedArrayBuffer,
  onReply: (reply: unknown) => void,
): () => void {
  const header = new Int32Array(buffer, 0, 2);
  let seen = Atomics.load(header, COUNT);
  let stopped = false;
  const check = () => {
    if (stopped) return;
    const count = Atomics.load(header, COUNT);
    if (count === seen) {
      wait();
      return;
    }
    seen = count;
    // Keep waiting whatever happens below. The reply cannot change under us: the worker writes
    // the next one only after onReply has sent it another draft.
    wait();
    onReply(readReply(buffer));
  };
  const wait = () => {
    if (stopped) return;
    const waiting = Atomics.waitAsync(header, COUNT, seen);
    if (waiting.async) void waiting.value.then(check);
    else check();
  };
  wait();
  return () => {
    stopped = true;
    Atomics.notify(header, COUNT);
  };
}
