import { defineTheme } from "./indicator-spec.js";

/** Deaths reported to and reviewed by the Child Death Overview Panel. */
export const CHILD_DEATHS = defineTheme(
  "child-deaths",
  {
    child_deaths: { label: "Child deaths reported to the Child Death Overview Panel", unit: "count", polarity: "down_is_good" },
    child_deaths_unexpected: { label: "Child deaths that were unexpected", unit: "count", polarity: "down_is_good" },
    child_deaths_unexpected_pct: { label: "Child deaths that were unexpected", unit: "percent" },
    child_deaths_under_1_pct: { label: "Children who died under 1 year of age", unit: "percent" },
    child_deaths_by_ethnicity_pct: { label: "Child deaths by ethnic group, beside Luton's population", unit: "percent" },
    child_deaths_by_ward_pct: { label: "Child deaths by ward", unit: "percent" },
    cdop_meetings: { label: "Child Death Overview Panel meetings", unit: "count" },
    cdop_cases_reviewed: { label: "Luton child death cases reviewed and closed", unit: "count" },
    cdop_reviewed_by_category_pct: { label: "Child deaths reviewed and closed, by category of death", unit: "percent" },
    cdop_reviewed_by_category: { label: "Child deaths reviewed and closed, by category of death", unit: "count" }
  },
  [
    {
      id: "child-deaths",
      template: "In Luton during the period April 2012 - March 2013 there were {deaths:count} child deaths reported to the Child Death Overview Panel",
      figures: [{ from: "deaths", indicator: "child_deaths", period: "2012/13" }]
    },
    {
      id: "child-deaths-unexpected",
      template: "{unexpected:count} ({unexpected_pct:percent}) of the deaths were unexpected",
      figures: [
        { from: "unexpected", indicator: "child_deaths_unexpected", period: "2012/13" },
        { from: "unexpected_pct", indicator: "child_deaths_unexpected_pct", period: "2012/13" }
      ]
    },
    {
      id: "child-deaths-under-1",
      template: "{value:percent} of the children who died were under 1 year of age",
      figures: [{ from: "value", indicator: "child_deaths_under_1_pct", period: "2012/13" }]
    },
    {
      id: "child-deaths-by-ethnicity",
      template:
        "the 2011 Census showed that {pakistani_population:percent} of the population of Luton were of Pakistani ethnicity; however, of the {base:count} deaths reported, {pakistani:percent} were of Pakistani ethnicity. Similarly the 2011 census showed that {white_british_population:percent} of the population were White British but only {white_british:percent} of the children who died in 2012-2013 were White British",
      figures: [
        { from: "pakistani", indicator: "child_deaths_by_ethnicity_pct", category: "Pakistani", period: "2012/13" },
        {
          from: "pakistani_population",
          indicator: "child_deaths_by_ethnicity_pct",
          category: "Pakistani",
          series: "Luton population (2011 Census)",
          period: "2011"
        },
        { from: "white_british", indicator: "child_deaths_by_ethnicity_pct", category: "White British", period: "2012/13" },
        {
          from: "white_british_population",
          indicator: "child_deaths_by_ethnicity_pct",
          category: "White British",
          series: "Luton population (2011 Census)",
          period: "2011"
        }
      ],
      restates: ["base"]
    },
    {
      id: "child-deaths-dallow",
      template: "{value:percent} of the deaths were in the Dallow Ward",
      figures: [{ from: "value", indicator: "child_deaths_by_ward_pct", category: "Dallow", period: "2012/13" }]
    },
    {
      id: "cdop-reviews",
      template:
        "the CDOP panel met on {meetings:count} occasions and a total of {reviewed:count} Luton cases were reviewed and closed. {earlier:count} of these deaths occurred in the period 2010-2011",
      figures: [
        { from: "meetings", indicator: "cdop_meetings", period: "2012/13" },
        { from: "reviewed", indicator: "cdop_cases_reviewed", period: "2012/13" },
        { from: "earlier", indicator: "cdop_cases_reviewed", category: "Deaths in 2010-2011", period: "2012/13" }
      ]
    },
    {
      id: "cdop-reviews-by-category",
      template:
        "Of the {base:count} cases reviewed and closed, {congenital:percent} of the child deaths were categorised as death from chromosomal, genetic or congenital anomalies and {perinatal:percent} as death from a perinatal or neonatal event. {sudden:count} ({sudden_pct:percent}) of the deaths reviewed were sudden unexpected and unexplained deaths",
      figures: [
        {
          from: "congenital",
          indicator: "cdop_reviewed_by_category_pct",
          category: "Chromosomal, genetic or congenital anomalies",
          period: "2012/13"
        },
        { from: "perinatal", indicator: "cdop_reviewed_by_category_pct", category: "Perinatal or neonatal event", period: "2012/13" },
        { from: "sudden", indicator: "cdop_reviewed_by_category", category: "Sudden unexpected and unexplained", period: "2012/13" },
        { from: "sudden_pct", indicator: "cdop_reviewed_by_category_pct", category: "Sudden unexpected and unexplained", period: "2012/13" }
      ],
      restates: ["base"]
    }
  ]
);
