/**
 * In-page half of the benchmark: generates the candidates before anything is measured, mounts
 * the page under test synchronously, and times each keystroke from `keydown` to the first frame
 * after the page shows that text's result. bench/run.mjs drives it through `window.__bench`.
 */
import type { Identity } from '../../src/index.js';
import { generateIdentities } from '../../src/sandbox/index.js';

/** How a page tells that the result for `text` is on screen. */
export type IsShown = (text: string) => boolean;

/** What bench/run.mjs calls. */
export interface BenchApi {
  /** Number of generated candidates. */
  n: number;
  /** Renders the page under test; resolves with ms from render to the first frame after it. */
  mount(): Promise<number>;
  /** Resolves with ms from `keydown` to the first frame after `isShown(text)` held; rejects after 5 s. */
  nextKeystroke(text: string): Promise<number>;
  /** Where the time of the last keystroke went: ms from keydown to each DOM commit, and to paint. */
  lastTrace: { commits: number[]; shown: number; painted: number } | null;
  /** Resolves after the next frame. */
  afterPaint(): Promise<void>;
}

declare global {
  interface Window {
    __bench: BenchApi;
    /** Keeps the candidates alive on every page, so heap figures compare like with like. */
    __candidates: readonly Identity[];
  }
}

const params = new URLSearchParams(location.search);
export const n = Number(params.get('n') ?? '1000');
// Generated before anything is measured, identically on the picker and the floor pages.
export const candidates: readonly Identity[] = generateIdentities(n, 7);
window.__candidates = candidates;
/** The parent: never offered. */
export const parentId = candidates[0]?.id ?? 'parent';

function plain(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9.@]/g, '');
}

/**
 * The texts typed, one key at a time, taken from the data so that they match like real searches:
 * a first name, a last name, the start of an email, document digits, and letters inside a name.
 */
export function benchQueries(): string[] {
  const at = (share: number) => candidates[Math.floor(candidates.length * share)] ?? candidates[0];
  const texts = [
    plain(at(0.13)?.name).slice(0, 6),
    plain(at(0.51)?.lastname ?? at(0.52)?.lastname).slice(0, 6),
    plain(at(0.77)?.email?.split('@')[0]).slice(0, 7),
    plain(at(0.29)?.documentNumber)
      .replace(/[^0-9]/g, '')
      .slice(0, 5),
    plain(at(0.91)?.name).slice(1, 5),
  ];
  return texts.filter((text, index) => text.length >= 3 && texts.indexOf(text) === index);
}
(window as unknown as { __queries: string[] }).__queries = benchQueries();

/** Resolves after the next frame is produced: a task queued from a rAF callback runs after paint. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

let keydownAt = 0;
document.addEventListener(
  'keydown',
  (event) => {
    keydownAt = event.timeStamp;
  },
  { capture: true },
);

/** Installs `window.__bench` for a page. */
export function installBench(mount: () => void, isShown: IsShown): void {
  window.__bench = {
    n,
    async mount() {
      const start = performance.now();
      mount();
      await afterPaint();
      return performance.now() - start;
    },
    lastTrace: null,
    nextKeystroke(text) {
      return new Promise((resolve, reject) => {
        let done = false;
        const commits: number[] = [];
        const finish = () => {
          commits.push(performance.now() - keydownAt);
          if (done || !isShown(text)) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          const from = keydownAt;
          const shown = performance.now() - from;
          afterPaint().then(() => {
            const painted = performance.now() - from;
            window.__bench.lastTrace = { commits, shown, painted };
            resolve(painted);
          });
        };
        const observer = new MutationObserver(finish);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`"${text}" not shown within 5 s`));
        }, 5000);
      });
    },
    afterPaint,
  };
}
