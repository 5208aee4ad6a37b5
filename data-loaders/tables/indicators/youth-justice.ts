import { defineTheme } from "./indicator-spec.js";

/** Offending by looked after children, first-time entrants, re-offending and young victims of crime. */
export const YOUTH_JUSTICE = defineTheme(
  "youth-justice",
  {
    lac_offending_pct: {
      label: "Children looked after for over 12 months with a new conviction or disposal",
      unit: "percent",
      polarity: "down_is_good"
    },
    first_time_entrants: { label: "New entrants to the youth justice system", unit: "count", polarity: "down_is_good" },
    reoffending_pct: { label: "Proven re-offending rate", unit: "percent", polarity: "down_is_good" },
    young_victims_of_crime_pct: { label: "Victims of crime aged under 18", unit: "percent", polarity: "down_is_good" }
  },
  [
    {
      id: "lac-offending",
      template:
        "amongst children 'looked after' by the authority for over 12 months ({value:percent}), show a rise in offending rates compared to 2011/12 ({previous:percent})",
      figures: [
        { from: "value", indicator: "lac_offending_pct", period: "2012/13" },
        { from: "previous", indicator: "lac_offending_pct", period: "2011/12" }
      ]
    },
    {
      id: "first-time-entrants",
      template: "there are now just {value:count} new entrants compared to {y2009:count} recorded in 2009/10",
      figures: [
        { from: "value", indicator: "first_time_entrants", period: "2012/13" },
        { from: "y2009", indicator: "first_time_entrants", period: "2009/10" }
      ]
    },
    {
      // "Luton's latest reported performance (2011/12)"; "national" is read as the England series.
      id: "reoffending",
      template:
        "Standing at {value:percent}, the local, proven rate of re offending amongst those already in the system compares favourably to national and statistical neighbours whose figures were {england:percent} and {neighbours:percent} respectively",
      figures: [
        { from: "value", indicator: "reoffending_pct", period: "2011/12" },
        { from: "england", indicator: "reoffending_pct", series: "England", period: "2011/12" },
        { from: "neighbours", indicator: "reoffending_pct", series: "Statistical neighbours", period: "2011/12" }
      ]
    },
    {
      id: "young-victims-of-crime",
      template: "The percentage rate for young victims of crime, i.e. those aged under 18 years, for 2012/13 stands at {value:percent}",
      figures: [{ from: "value", indicator: "young_victims_of_crime_pct", period: "2012/13" }]
    }
  ]
);
