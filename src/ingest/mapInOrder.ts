/**
 * Maps an async stream through an async function with up to `maxInFlight` calls running at
 * once, yielding results in input order (a slow item holds back the ones after it, which
 * keeps memory bounded and the output order stable).
 */
export async function* mapInOrder<T, R>(items: AsyncIterable<T>, fn: (item: T) => Promise<R>, maxInFlight: number): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  for await (const item of items) {
    const result = fn(item);
    result.catch(() => undefined); // rejections surface when awaited in order, not as unhandled
    queue.push(result);
    while (queue.length >= maxInFlight) yield await (queue.shift() as Promise<R>);
  }
  while (queue.length > 0) yield await (queue.shift() as Promise<R>);
}
