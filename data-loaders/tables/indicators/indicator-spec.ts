/** Units an indicator value is stated in, as the data contract lists them. */
export type IndicatorUnit = "count" | "percent" | "percent_change" | "rate_per_1000" | "rate_per_10000" | "years" | "gbp";

/** Which direction the report treats as better; omitted where the report does not make it obvious. */
export type Polarity = "up_is_good" | "down_is_good";

/** The series a figure belongs to: Luton itself, or a comparator the sentence states beside it. */
export type Series =
  | "Luton"
  | "Target"
  | "Statistical neighbours"
  | "England"
  | "East of England"
  | "CAADA recommendation"
  | "Luton population (2011 Census)";

/** What an indicator_id means: one label, unit and polarity shared by all its rows. */
export interface IndicatorSpec {
  label: string;
  unit: IndicatorUnit;
  polarity?: Polarity;
}

/** One placeholder of a sentence read into one indicator row. */
export interface FigureSpec<Id extends string = string> {
  /** The placeholder name in the sentence template. */
  from: string;
  indicator: Id;
  period: string;
  series?: Series;
  category?: string;
}

/** A sentence of the report, its template, and the rows its placeholders become. */
export interface SentenceSpec<Id extends string = string> {
  /** Unique among all sentences; reconciliation pairs name a figure as `sentence.placeholder`. */
  id: string;
  /** The template (see report/sentence-template.ts); it must match the report exactly once. */
  template: string;
  figures: readonly FigureSpec<Id>[];
  /** Placeholders restating a figure recorded elsewhere: read for reconciliation, no row of their own. */
  restates?: readonly string[];
}

/** A theme's indicators and the sentences they are read from. */
export interface IndicatorTheme {
  theme: string;
  indicators: Readonly<Record<string, IndicatorSpec>>;
  sentences: readonly SentenceSpec[];
}

/** Returns a theme with every sentence's indicator ids checked against its indicators at compile time. */
export function defineTheme<Id extends string>(
  theme: string,
  indicators: Readonly<Record<Id, IndicatorSpec>>,
  sentences: readonly SentenceSpec<NoInfer<Id>>[]
): IndicatorTheme {
  return { theme, indicators, sentences };
}
