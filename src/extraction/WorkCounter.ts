/**
 * Work done by extraction's hot loops (scan steps, candidates checked, index probes), counted in
 * units the caller owns and reads: tests check that it grows linearly with the input size,
 * which a timing cannot show reliably on a loaded machine. A plain counter, no global state.
 */
export interface WorkCounter {
  units: number;
}

export function newWorkCounter(): WorkCounter {
  return { units: 0 };
}
