/** A steady-state loop for the profiling scripts, optionally under the V8 CPU profiler. */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

export interface LoopTimes {
  rounds: number;
  wallSeconds: number;
  cpuSeconds: number;
}

/**
 * Runs `round` again and again for `seconds` of wall-clock time. With `profilePath`, the V8
 * CPU profiler (200 µs sampling) runs over exactly that loop and its profile is written there.
 */
export async function profiledLoop(seconds: number, profilePath: string | undefined, round: () => void): Promise<LoopTimes> {
  const session = profilePath ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let rounds = 0;
  while (performance.now() - t0 < seconds * 1000) {
    round();
    rounds++;
  }
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (session && profilePath) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(profilePath, JSON.stringify(profile));
  }
  return { rounds, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
