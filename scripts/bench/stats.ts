// Pure statistics for the benchmark: medians, percentiles and ratios to the floor.

/** Returns the q-quantile (0 ≤ q ≤ 1) of some numbers, interpolating linearly between the two nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error("quantile: expected at least one value, found none");
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: expected q between 0 and 1, found ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Returns the median of some numbers (the mean of the two middle ones when there is an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median: expected at least one value, found none");
  return quantile(values, 0.5);
}

/** Returns the median of one measure over every run, or null when any run did not produce it (timed out, or no chart). */
export function medianOfRuns(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  return median(values as number[]);
}

/** Returns `value / floor`, or null when either is missing or the floor is not positive. */
export function ratio(value: number | null, floor: number | null): number | null {
  if (value === null || floor === null || floor <= 0) return null;
  return value / floor;
}

/** Returns the interquartile range of some numbers: the 75th percentile less the 25th. */
export function interquartileRange(values: readonly number[]): number {
  if (values.length === 0) throw new Error("interquartileRange: expected at least one value, found none");
  return quantile(values, 0.75) - quantile(values, 0.25);
}

/** How a measure spread over its runs: the count, least, quartiles, median and most, in the measure's unit. */
export interface Spread {
  runs: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  iqr: number;
}

/** Returns how some runs' values spread, or null when any run did not produce the measure (or there was none). */
export function spreadOfRuns(values: readonly (number | null)[]): Spread | null {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  const numbers = values as number[];
  return { runs: numbers.length, min: Math.min(...numbers), q1: quantile(numbers, 0.25), median: median(numbers), q3: quantile(numbers, 0.75), max: Math.max(...numbers), iqr: interquartileRange(numbers) };
}

/** One load in the bench's order: the floor or a page, and which run of it this is (1-based). */
export interface ScheduledLoad {
  path: string;
  run: number;
}

/**
 * Returns the order of the cold loads: `runs` rounds, each loading every page once with the floor before each one
 * (floor, A, floor, B…), the pages rotated by one place each round so that none always follows the same page or
 * always comes first. The floor is loaded as often as all pages together, so its spread is measured across the run.
 */
export function interleavedLoadOrder(paths: readonly string[], runs: number, floor: string): ScheduledLoad[] {
  const order: ScheduledLoad[] = [];
  let floorRun = 0;
  for (let round = 0; round < runs; round++) {
    for (let index = 0; index < paths.length; index++) {
      order.push({ path: floor, run: ++floorRun }, { path: paths[(index + round) % paths.length]!, run: round + 1 });
    }
  }
  return order;
}
