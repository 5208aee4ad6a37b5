import { compileSentenceTemplate, findSentence, type SentenceTemplate } from "../../report/sentence-template.js";
import type { ReportText } from "../../report/report-text.js";
import { INDICATOR_THEMES } from "./index.js";
import type { IndicatorTheme, IndicatorUnit, Polarity, SentenceSpec } from "./indicator-spec.js";

/** The contract name of the table, used in every error message. */
export const INDICATORS_TABLE = "indicators";

/** One figure the report states in its prose, with its comparator series, period and the words it was read from. */
export type IndicatorRow = {
  indicator_id: string;
  theme: string;
  label: string;
  category: string | null;
  series: string;
  period: string;
  value: number;
  unit: IndicatorUnit;
  polarity: Polarity | null;
  source_line: number;
  source_quote: string;
};

/** One placeholder as read: its value, the text as printed, and the line and sentence it came from. */
export interface FigureReading {
  /** `sentence.placeholder`, e.g. `training-applications.allocated_pct`. */
  key: string;
  value: number;
  text: string;
  line: number;
  quote: string;
}

/** The rows of the indicators table, and every placeholder read (restated figures included) by key. */
export interface IndicatorReadings {
  rows: IndicatorRow[];
  figures: ReadonlyMap<string, FigureReading>;
}

interface CompiledSentence {
  theme: IndicatorTheme;
  spec: SentenceSpec;
  template: SentenceTemplate;
}

let compiled: readonly CompiledSentence[] | undefined;

// The indicators table and the checks that need the prose figures read them once per report.
const READ = new WeakMap<ReportText, IndicatorReadings>();

/** Returns every sentence of every theme read from the report (once per report); throws ReportFormatError when one is missing or repeated. */
export function readIndicatorSentences(report: ReportText): IndicatorReadings {
  let readings = READ.get(report);
  if (!readings) READ.set(report, (readings = readSentences(report)));
  return readings;
}

function readSentences(report: ReportText): IndicatorReadings {
  const rows: IndicatorRow[] = [];
  const figures = new Map<string, FigureReading>();
  for (const { theme, spec, template } of compileSentences()) {
    const match = findSentence(report, template);
    for (const [name, value] of Object.entries(match.values)) {
      figures.set(`${spec.id}.${name}`, { key: `${spec.id}.${name}`, value, text: match.texts[name]!, line: match.line, quote: match.quote });
    }
    for (const figure of spec.figures) {
      const indicator = theme.indicators[figure.indicator]!;
      rows.push({
        indicator_id: figure.indicator,
        theme: theme.theme,
        label: indicator.label,
        category: figure.category ?? null,
        series: figure.series ?? "Luton",
        period: figure.period,
        value: match.values[figure.from]!,
        unit: indicator.unit,
        polarity: indicator.polarity ?? null,
        source_line: match.line,
        source_quote: match.quote
      });
    }
  }
  return { rows, figures };
}

/** Compiles every template once, checking the catalogue is coherent (ids unique, every placeholder used once). */
function compileSentences(): readonly CompiledSentence[] {
  if (compiled) return compiled;
  const sentenceIds = new Set<string>();
  const indicatorThemes = new Map<string, string>();
  const result: CompiledSentence[] = [];
  for (const theme of INDICATOR_THEMES) {
    for (const id of Object.keys(theme.indicators)) {
      const other = indicatorThemes.get(id);
      if (other !== undefined) throw new Error(`${INDICATORS_TABLE}: expected indicator_id ${JSON.stringify(id)} in one theme, found it in ${other} and ${theme.theme}`);
      indicatorThemes.set(id, theme.theme);
    }
    for (const spec of theme.sentences) {
      if (sentenceIds.has(spec.id)) throw new Error(`${INDICATORS_TABLE}: expected unique sentence ids, found ${JSON.stringify(spec.id)} twice`);
      sentenceIds.add(spec.id);
      const indicatorIds = [...new Set(spec.figures.map((figure) => figure.indicator))];
      const template = compileSentenceTemplate({ table: INDICATORS_TABLE, id: indicatorIds.join(", "), text: spec.template });
      const names = template.placeholders.map((placeholder) => placeholder.name);
      const used = [...spec.figures.map((figure) => figure.from), ...(spec.restates ?? [])];
      const unknown = used.filter((name) => !names.includes(name));
      const unused = names.filter((name) => !used.includes(name));
      const twice = used.filter((name, index) => used.indexOf(name) !== index);
      const missingIndicator = spec.figures.find((figure) => !(figure.indicator in theme.indicators));
      if (unknown.length || unused.length || twice.length || missingIndicator) {
        throw new Error(
          `${INDICATORS_TABLE} sentence ${JSON.stringify(spec.id)}: expected each placeholder read once as a figure or restatement, ` +
            `found unknown [${unknown.join(", ")}], unused [${unused.join(", ")}], repeated [${twice.join(", ")}]` +
            (missingIndicator ? `, undefined indicator ${JSON.stringify(missingIndicator.indicator)}` : "")
        );
      }
      result.push({ theme, spec, template });
    }
  }
  compiled = result;
  return result;
}
