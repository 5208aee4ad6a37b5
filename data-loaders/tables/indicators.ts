import { periodColumns, periodColumnSpecs, type PeriodColumns } from "../report/periods.js";
import { defineTable } from "../table-definition.js";
import { INDICATORS_TABLE, readIndicatorSentences, type IndicatorRow as IndicatorReading } from "./indicators/read-sentences.js";

/** One published indicators row: a figure as read, with its period placed on the calendar beside the verbatim label. */
export type IndicatorRow = IndicatorReading & PeriodColumns;

/** indicators: every figure the report states about Luton in its prose, read with sentence templates. */
export const indicators = defineTable<IndicatorRow>({
  name: INDICATORS_TABLE,
  title: "Figures stated in the report's prose",
  description:
    "One row per number the report states about Luton in its text, with comparators (targets, statistical neighbours, England, CAADA) as rows of their own series; source_quote is the sentence fragment each value was read from.",
  sourceSection: "The report's prose, section by section",
  columns: [
    { name: "indicator_id", type: "VARCHAR", description: "Stable identifier of the measure, e.g. referrals or cp_plans." },
    { name: "theme", type: "VARCHAR", description: "Subject the measure belongs to, e.g. children-in-need or domestic-abuse." },
    { name: "label", type: "VARCHAR", description: "Plain-English name of the measure." },
    { name: "category", type: "VARCHAR", description: "Breakdown label (a referral reason, an ethnic group, an age band…), or NULL for the whole." },
    { name: "series", type: "VARCHAR", description: "Luton, or the comparator the sentence states: Target, Statistical neighbours, England, East of England, CAADA recommendation, Luton population (2011 Census)." },
    { name: "period", type: "VARCHAR", description: "The period as precisely as the sentence gives it, e.g. 2012/13, 2012/13 Q4, 2011, Oct 2011 – Mar 2012." },
    ...periodColumnSpecs("period"),
    { name: "value", type: "DOUBLE", description: "The number as written in source_quote; a fall stated in words is negative." },
    { name: "unit", type: "VARCHAR", description: "count, percent, percent_change, rate_per_1000, rate_per_10000, years or gbp." },
    { name: "polarity", type: "VARCHAR", description: "up_is_good or down_is_good where the report makes it obvious, else NULL." },
    { name: "source_line", type: "INTEGER", description: "Report line the value was read from." },
    { name: "source_quote", type: "VARCHAR", description: "Verbatim text of the report, on source_line, containing the number as written." }
  ],
  parse: (report) => readIndicatorSentences(report).rows.map(withPeriodColumns)
});

// The period columns go straight after `period`, in column order.
function withPeriodColumns(reading: IndicatorReading): IndicatorRow {
  const { value, unit, polarity, source_line, source_quote, ...head } = reading;
  return { ...head, ...periodColumns(reading.period), value, unit, polarity, source_line, source_quote };
}
