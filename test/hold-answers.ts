import type { Fetcher } from '../src/core/http.js';

/**
 * Wraps a fetcher (the sandbox's) so that no request goes through until `release()`. A test of what
 * the kit shows *while* a request is pending holds it this way instead of racing a simulated
 * latency: on a busy machine the clicks and keys of the test can take longer than any latency.
 */
export function holdAnswers(fetcher: Fetcher): { fetcher: Fetcher; release(): void } {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    fetcher: async (input, init) => {
      await released;
      return fetcher(input, init);
    },
    release,
  };
}
