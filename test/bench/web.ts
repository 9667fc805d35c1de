// `npm run bench:web`: the player's initial JavaScript (gzipped) and the keystroke-to-hint latency
// in Chromium on a 280-character reply. Builds the app (unless --no-build), runs it on a fresh
// database, signs in the first admin and opens an attempt on an X complaint.
import { readFile } from 'node:fs/promises';
import { dirname, posix } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { scoreReply } from '../../scoring/index.ts';
import { buildApp, launchChromium, ROOT, setUpFirstAdmin, startApp } from '../e2e/web-app.ts';

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    delay: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
  },
});
const OUT_DIR = `${ROOT}test-results/bench-web-build`;
const SCENARIO = 'late-birthday-order';
const BASE_REPLY =
  "Priya, I'm so sorry your daughter's present hasn't arrived, and that you had to ask three times. Thanks for bearing with us. Please DM us your order number and I'll chase the courier now, send a replacement by next-day courier and update you within the hour. We'll refund the delivery fee too.";
const REPLY = BASE_REPLY.slice(0, 280).padEnd(280, '.');
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** The island scripts a page loads before anything else, with their static imports, gzipped. */
async function initialJs(
  html: string,
): Promise<{ files: { path: string; gzip: number }[]; inline: number }> {
  const entries = new Set<string>();
  for (const match of html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g))
    if (match[1] !== undefined) entries.add(match[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .join('\n');
  const seen = new Map<string, number>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    const source = await readFile(`${OUT_DIR}/client${path}`, 'utf8');
    seen.set(path, gzipSync(source, { level: 9 }).length);
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = match[1] ?? '';
      if (target.startsWith('.')) queue.push(posix.join(dirname(path), target));
    }
  }
  return {
    files: [...seen].map(([path, gzip]) => ({ path, gzip })),
    inline: gzipSync(inline, { level: 9 }).length,
  };
}

/** The baseline in the same run: scoring each prefix of the reply in Node, nothing else. */
function scorerOnly(text: string): number[] {
  const times: number[] = [];
  for (let i = 1; i <= text.length; i += 1) {
    const start = performance.now();
    scoreReply({ text: text.slice(0, i), context: { channel: 'x', kind: 'complaint' } });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

interface Keystroke {
  /** Characters in the box after this keystroke. */
  length: number;
  /** The input event's timeStamp. */
  at: number;
  /** Frames begun (requestAnimationFrame callbacks) before the input event. */
  frame: number;
  /** When the hint panel's DOM first showed a draft at least this long. */
  commitAt?: number;
  /** Frames begun between the keystroke and that commit: 0 means the hint is painted with the character. */
  frames?: number;
}
interface HintTrip {
  length: number;
  /** Page clock: the draft posted to the worker, and its answer received back. */
  sentAt: number;
  receivedAt: number;
  /** Page clock, from the worker's epoch timestamps: it got the draft, and it answered. */
  workerReceivedAt: number;
  answeredAt: number;
  scoreMs: number;
}
interface BenchWindow {
  keys: Keystroke[];
  hintTrips: HintTrip[];
  /** How the answers came back: 'message' (postMessage) or 'shared' (shared memory). */
  hintChannel: string;
  longTasks: number[];
  layoutShift: number;
  benchStop: boolean;
}

/**
 * Runs in the page before its scripts: times each draft's trip to the hints worker and back,
 * whether the answer is posted or written to shared memory (src/client/shared-reply.ts: two Int32
 * words, count and byte length, then the JSON), watching that memory alongside the page.
 */
function watchHintWorker(): void {
  const w = window as unknown as BenchWindow & { Worker: typeof Worker };
  w.hintTrips = [];
  w.hintChannel = 'message';
  const Native = w.Worker;
  type Answer = {
    ok: boolean;
    result?: {
      seq: number;
      length?: number;
      scoreMs?: number;
      receivedAt?: number;
      answeredAt?: number;
    };
  };
  w.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'frontline-hints') return;
      const sent = new Map<number, number>();
      const record = (answer: Answer, receivedAt: number) => {
        const r = answer.result;
        if (r === undefined) return;
        const origin = performance.timeOrigin;
        w.hintTrips.push({
          length: r.length ?? 0,
          sentAt: sent.get(r.seq) ?? Number.NaN,
          receivedAt,
          workerReceivedAt: (r.receivedAt ?? Number.NaN) - origin,
          answeredAt: (r.answeredAt ?? Number.NaN) - origin,
          scoreMs: r.scoreMs ?? Number.NaN,
        });
      };
      const watchShared = (buffer: SharedArrayBuffer) => {
        w.hintChannel = 'shared';
        const header = new Int32Array(buffer, 0, 2);
        let seen = Atomics.load(header, 0);
        const wait = () => {
          const waiting = Atomics.waitAsync(header, 0, seen);
          if (waiting.async) void waiting.value.then(check);
          else check();
        };
        const check = () => {
          const count = Atomics.load(header, 0);
          if (count !== seen) {
            seen = count;
            const bytes = new Uint8Array(buffer, 8, Atomics.load(header, 1)).slice();
            record(JSON.parse(new TextDecoder().decode(bytes)) as Answer, performance.now());
          }
          if (!w.benchStop) wait();
        };
        wait();
      };
      const post = this.postMessage.bind(this) as (message: unknown) => void;
      this.postMessage = (message: { seq?: number; replies?: SharedArrayBuffer }) => {
        if (message.replies instanceof SharedArrayBuffer) watchShared(message.replies);
        if (message.seq !== undefined) sent.set(message.seq, performance.now());
        post(message);
      };
      this.addEventListener('message', (event: MessageEvent<Answer>) =>
        record(event.data, performance.now()),
      );
    }
  };
}

/** Runs in the page before typing: keystroke times, frames, hint commits, long tasks, layout shift. */
function watchKeystrokes(): void {
  const w = window as unknown as BenchWindow;
  w.keys = [];
  w.hintTrips = [];
  w.longTasks = [];
  w.layoutShift = 0;
  w.benchStop = false;
  let frame = 0;
  const tick = () => {
    frame += 1;
    if (!w.benchStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener(
    'input',
    (event) => {
      const target = event.target as HTMLTextAreaElement;
      w.keys.push({ length: target.value.length, at: event.timeStamp, frame });
    },
    true,
  );
  const panel = document.querySelector('.hints');
  if (panel === null) throw new Error('no hint panel on the page');
  new MutationObserver(() => {
    const now = performance.now();
    const shown = Number(panel.getAttribute('data-length') ?? 0);
    for (const k of w.keys)
      if (k.commitAt === undefined && k.length <= shown) {
        k.commitAt = now;
        k.frames = frame - k.frame;
      }
  }).observe(panel, { attributes: true, attributeFilter: ['data-length'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.layoutShift += (entry as PerformanceEntry & { value: number }).value;
  }).observe({ type: 'layout-shift' });
}

const loadBefore = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
if (!options['no-build']) {
  console.error('Building the app…');
  await buildApp(OUT_DIR);
}
const app = await startApp(OUT_DIR);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(watchHintWorker);
  await setUpFirstAdmin(page, app.origin);
  await page.goto(`${app.origin}/practice/${SCENARIO}`);
  await Promise.all([
    page.waitForURL(/\/practice\/attempt\//),
    page.getByRole('button', { name: 'Start' }).click(),
  ]);
  const html = await (await page.request.get(page.url())).text();
  const js = await initialJs(html);
  const totalJs = js.files.reduce((sum, f) => sum + f.gzip, 0) + js.inline;

  // Warm the worker (its first answer includes loading the scorer), then start from an empty box.
  const composer = page.getByLabel(/^Your reply to/);
  await page.locator('.hint--empty').waitFor();
  await composer.fill('Sorry');
  await page.locator('.hint[data-criterion="apology"]').waitFor();
  await composer.fill('');
  await page.locator('.hint--empty').waitFor();
  await page.evaluate(watchKeystrokes);
  await composer.pressSequentially(REPLY, { delay: Number(options.delay) });
  await page.waitForTimeout(1000);
  const { keys, trips, channel, isolated, longTasks, layoutShift, count } = await page.evaluate(
    () => {
      const w = window as unknown as BenchWindow;
      w.benchStop = true;
      return {
        keys: w.keys,
        trips: w.hintTrips,
        channel: w.hintChannel,
        isolated: crossOriginIsolated,
        longTasks: w.longTasks,
        layoutShift: w.layoutShift,
        count: document.querySelector('#reply-count')?.textContent ?? '',
      };
    },
  );
  const committed = keys.filter(
    (k): k is Keystroke & { commitAt: number; frames: number } =>
      k.commitAt !== undefined && k.frames !== undefined,
  );
  const latencies = committed.map((k) => k.commitAt - k.at);
  const frame = 1000 / 60;
  const sameFrame = committed.filter((k) => k.frames === 0).length;
  const withinBudget = latencies.filter((ms) => ms <= frame).length;
  // Where the time goes, per keystroke: the page until it posts the draft (or waiting for the
  // worker to be free), the trip to the worker, scoring, the rest of the worker's work (hints,
  // serialising), the trip back to the page's main thread, and Preact committing it to the DOM.
  const parts = committed.flatMap((k) => {
    const trip = trips.find((t) => t.length >= k.length && t.receivedAt <= k.commitAt);
    if (trip === undefined) return [];
    return [
      {
        total: k.commitAt - k.at,
        queue: Math.max(0, trip.sentAt - k.at),
        toWorker: trip.workerReceivedAt - trip.sentAt,
        score: trip.scoreMs,
        worker: trip.answeredAt - trip.workerReceivedAt - trip.scoreMs,
        back: trip.receivedAt - trip.answeredAt,
        render: k.commitAt - trip.receivedAt,
      },
    ];
  });
  const slowest = [...parts]
    .sort((a, b) => b.total - a.total)
    .slice(0, Math.max(1, Math.ceil(parts.length / 20)));
  const mean = (rows: typeof parts, key: keyof (typeof parts)[number]) =>
    rows.reduce((sum, row) => sum + row[key], 0) / Math.max(1, rows.length);
  const median = (rows: typeof parts, key: keyof (typeof parts)[number]) =>
    percentile(
      rows.map((row) => row[key]).sort((a, b) => a - b),
      50,
    );
  const breakdown = Object.fromEntries(
    (['queue', 'toWorker', 'score', 'worker', 'back', 'render'] as const).map((key) => [
      key,
      { p50: median(parts, key), slowest5PercentMean: mean(slowest, key) },
    ]),
  );
  const framesLate = new Map<number, number>();
  for (const k of committed) framesLate.set(k.frames, (framesLate.get(k.frames) ?? 0) + 1);
  const sorted = [...latencies].sort((a, b) => a - b);
  scorerOnly(REPLY.slice(0, 40)); // warm the scorer up first
  const baseline = scorerOnly(REPLY);
  const result = {
    scenario: SCENARIO,
    replyCharacters: REPLY.length,
    composerCount: count.trim(),
    initialJsGzipBytes: totalJs,
    initialJsFiles: js.files,
    inlineScriptGzipBytes: js.inline,
    keystrokes: REPLY.length,
    keystrokeDelayMs: Number(options.delay),
    crossOriginIsolated: isolated,
    hintAnswersBy: channel,
    hintLatencyMs: {
      measured: sorted.length,
      withinOneFrame: withinBudget / Math.max(1, sorted.length),
      sameFrameAsCharacter: sameFrame / Math.max(1, sorted.length),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) ?? Number.NaN,
    },
    hintLatencyInFrames: {
      p50: percentile(sorted, 50) / frame,
      p95: percentile(sorted, 95) / frame,
    },
    framesLate: Object.fromEntries([...framesLate].sort((a, b) => a[0] - b[0])),
    breakdownMs: breakdown,
    scorerOnlyMs: { p50: percentile(baseline, 50), p95: percentile(baseline, 95) },
    latencyOverScorer: {
      p50: percentile(sorted, 50) / percentile(baseline, 50),
      p95: percentile(sorted, 95) / percentile(baseline, 95),
    },
    loadAverage: loadBefore,
    mainThreadLongTasks: { count: longTasks.length, longestMs: Math.max(0, ...longTasks) },
    layoutShiftWhileTyping: layoutShift,
  };
  if (options.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `player initial JS: ${(totalJs / 1024).toFixed(1)} KB gzipped (${js.files.length} files + inline ${js.inline} B; budget 60 KB)`,
    );
    for (const f of js.files) console.log(`  ${f.path}  ${(f.gzip / 1024).toFixed(1)} KB`);
    console.log(`composer count after typing: ${result.composerCount}`);
    console.log(`load average before the run: ${loadBefore}`);
    console.log(
      `hint answers reach the page by ${channel === 'shared' ? 'shared memory (Atomics.waitAsync)' : 'postMessage'}; page cross-origin isolated: ${isolated}`,
    );
    console.log(
      `input event to hint commit (panel DOM shows the keystroke's text) over ${sorted.length} of ${REPLY.length} keystrokes (${options.delay} ms apart): p50 ${result.hintLatencyMs.p50.toFixed(1)} ms, p95 ${result.hintLatencyMs.p95.toFixed(1)} ms, max ${result.hintLatencyMs.max.toFixed(1)} ms (p50 ${result.hintLatencyInFrames.p50.toFixed(2)} frames, p95 ${result.hintLatencyInFrames.p95.toFixed(2)} frames at 60 Hz)`,
    );
    console.log(
      `hint within one frame (≤16.7 ms): ${(100 * result.hintLatencyMs.withinOneFrame).toFixed(1)}% of keystrokes; in the same frame as the typed character: ${(100 * result.hintLatencyMs.sameFrameAsCharacter).toFixed(1)}%; frames late → keystrokes: ${[
        ...framesLate,
      ]
        .sort((a, b) => a[0] - b[0])
        .map(([n, c]) => `${n}→${c}`)
        .join(', ')}`,
    );
    console.log(
      `where it goes, p50 / mean of slowest 5%: ${Object.entries(breakdown)
        .map(([key, v]) => `${key} ${v.p50.toFixed(1)} / ${v.slowest5PercentMean.toFixed(1)} ms`)
        .join(', ')}`,
    );
    console.log(
      `baseline, scoreReply alone in Node on each prefix: p50 ${result.scorerOnlyMs.p50.toFixed(1)} ms, p95 ${result.scorerOnlyMs.p95.toFixed(1)} ms; hint latency is ${result.latencyOverScorer.p50.toFixed(1)}× (p50) and ${result.latencyOverScorer.p95.toFixed(1)}× (p95) the scoring alone`,
    );
    console.log(
      `main-thread long tasks while typing: ${longTasks.length} (longest ${result.mainThreadLongTasks.longestMs.toFixed(0)} ms)`,
    );
    console.log(`layout shift while typing (CLS sum): ${layoutShift.toFixed(4)}`);
  }
} finally {
  await browser.close();
  await app.stop();
}
