/**
 * Maps an async stream through an async function with up to `maxInFlight` calls running at
 * once, yielding results in input order (a slow item holds back the ones after it, so the
 * output order is stable).
 *
 * Reading ahead does not wait for the consumer: while it is busy with an earlier result
 * (e.g. a store write of a batch), new calls keep starting as running ones finish, until
 * `maxBuffered` results (finished or running) wait to be consumed. That keeps extraction
 * workers busy during writes while memory stays bounded.
 */
export async function* mapInOrder<T, R>(
  items: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  maxInFlight: number,
  maxBuffered: number = Math.max(maxInFlight, 1) * 8,
): AsyncGenerator<R> {
  const limit = Math.max(1, maxInFlight);
  const buffered = Math.max(limit, maxBuffered);
  const queue: Promise<R>[] = [];
  let running = 0;
  let finished = false;
  let stopped = false;
  let failure: { error: unknown } | null = null;
  let wakeConsumer: (() => void) | null = null;
  let wakePump: (() => void) | null = null;
  const signalConsumer = (): void => {
    const w = wakeConsumer;
    wakeConsumer = null;
    w?.();
  };
  const signalPump = (): void => {
    const w = wakePump;
    wakePump = null;
    w?.();
  };
  const settled = (): void => {
    running--;
    signalPump();
  };

  const pump = async (): Promise<void> => {
    try {
      for await (const item of items) {
        if (stopped) break;
        running++;
        const result = fn(item);
        result.then(settled, settled); // rejections surface when awaited in order, not as unhandled
        queue.push(result);
        signalConsumer();
        while (!stopped && (running >= limit || queue.length >= buffered)) await new Promise<void>((resolve) => (wakePump = resolve));
        if (stopped) break;
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      signalConsumer();
    }
  };
  const pumping = pump();

  try {
    for (;;) {
      const next = queue.shift();
      if (next !== undefined) {
        signalPump();
        yield await next;
        continue;
      }
      if (finished) {
        if (failure !== null) throw (failure as { error: unknown }).error;
        return;
      }
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
    }
  } finally {
    // Stopped early (the consumer returned or threw): the pump ends after its current read,
    // closing the source; not awaited, as a read may wait on a slow stream.
    stopped = true;
    signalPump();
    void pumping;
  }
}
