/** How a printed figure compares with the parts it should add up to when some parts may be blank. */
export type BlankAwareOutcome =
  /** The parts add up to the figure and none is blank. */
  | "equal"
  /** The parts with a value add up to the figure: it counts the blank parts as none, or leaves them out. */
  | "equal_if_blanks_are_none"
  /** The parts with a value fall short, and a blank part might account for the gap. */
  | "short_with_blanks"
  /** The parts add up to more than the figure (blank parts could only add more), or differ with none blank. */
  | "contradicted";

/** A printed figure compared with its parts: the sum of the parts that have a value, and the labels of the blank ones. */
export interface BlankAwareSum {
  outcome: BlankAwareOutcome;
  sum: number;
  blanks: string[];
}

/** Returns how `figure` compares with the sum of `parts`, treating a blank (null) part as unknown, never as 0. */
export function sumWithBlanks(figure: number, parts: readonly { label: string; value: number | null }[]): BlankAwareSum {
  const sum = parts.reduce((total, part) => total + (part.value ?? 0), 0);
  const blanks = parts.filter((part) => part.value === null).map((part) => part.label);
  const outcome: BlankAwareOutcome =
    sum === figure ? (blanks.length === 0 ? "equal" : "equal_if_blanks_are_none") : sum < figure && blanks.length > 0 ? "short_with_blanks" : "contradicted";
  return { outcome, sum, blanks };
}

/** Returns labels joined for a sentence: `YOS`, `YOS and GCP`, `RAT, YOS and GCP`. */
export function joinLabels(labels: readonly string[]): string {
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
