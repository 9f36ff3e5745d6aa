/**
 * Wraps a fetcher (the sandbox's) so that no request goes through until `release()`. A test of what
 * the kit shows *while* a request is pending holds it this way instead of racing a simulated
 * latency: on a busy machine the clicks and keys of the test can take longer than any latency.
 */
export function holdAnswers<F extends (...args: never[]) => Promise<Response>>(
  fetcher: F,
): { fetcher: F; release(): void } {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = async (...args: Parameters<F>): Promise<Response> => {
    await released;
    return fetcher(...args);
  };
  return { fetcher: held as unknown as F, release };
}
