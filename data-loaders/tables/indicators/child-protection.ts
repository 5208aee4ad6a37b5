import { defineTheme } from "./indicator-spec.js";

/** Child protection plans, section 47 enquiries and repeat plans ("Trends in Safeguarding: Child Protection"). */
export const CHILD_PROTECTION = defineTheme(
  "child-protection",
  {
    cp_plans: { label: "Children subject to a child protection plan", unit: "count" },
    cp_plans_first_time_pct: { label: "Children on a child protection plan for the first time", unit: "percent" },
    cp_plans_by_category_pct: { label: "Children on a child protection plan by category of abuse", unit: "percent" },
    cp_plans_average_age: { label: "Average age of a child subject to a child protection plan", unit: "years" },
    cp_plans_under_1: { label: "Children under 1 year on a child protection plan", unit: "count" },
    s47_to_icpc_pct: { label: "Section 47 enquiries converting to an initial child protection conference", unit: "percent" },
    cp_plans_ended_after_2_years_pct: {
      label: "Child protection plans ending after two years or longer",
      unit: "percent",
      polarity: "down_is_good"
    },
    cp_plans_repeat_pct: { label: "Children becoming subject to a plan for a second or subsequent time", unit: "percent", polarity: "down_is_good" }
  },
  [
    {
      id: "cp-plans",
      template: "The number at Quarter 4 stands at {plans:count} and of those, {first_time:percent} are subject to a CP Plan for the first time",
      figures: [
        { from: "plans", indicator: "cp_plans", period: "2012/13 Q4" },
        { from: "first_time", indicator: "cp_plans_first_time_pct", period: "2012/13 Q4" }
      ]
    },
    {
      id: "cp-plans-by-category",
      template:
        "Of the {base:count} children, {emotional_neglect:percent} are registered under the abuse categories of 'emotional' or 'neglect', the remaining {multiple:percent} being covered by a combination of multiple categories",
      figures: [
        { from: "emotional_neglect", indicator: "cp_plans_by_category_pct", category: "Emotional or neglect", period: "2012/13 Q4" },
        { from: "multiple", indicator: "cp_plans_by_category_pct", category: "Multiple categories", period: "2012/13 Q4" }
      ],
      restates: ["base"]
    },
    {
      id: "cp-plans-average-age",
      template: "The average age of a child subject to a plan is {age:count} years",
      figures: [{ from: "age", indicator: "cp_plans_average_age", period: "2012/13 Q4" }]
    },
    {
      id: "cp-plans-under-1",
      template: "the 'Under 1 year' category with {under_1:count} children registered",
      figures: [{ from: "under_1", indicator: "cp_plans_under_1", period: "2012/13 Q4" }]
    },
    {
      id: "s47-to-icpc",
      template: "conversion rate from s47 to Initial Child Protection Conference (ICPC) also remains constant at around {value:percent} ({y2010:percent} in 10-11)",
      figures: [
        { from: "value", indicator: "s47_to_icpc_pct", period: "2012/13" },
        { from: "y2010", indicator: "s47_to_icpc_pct", period: "2010/11" }
      ]
    },
    {
      // The earlier figure is dated "2012" as printed; the report does not say which financial year it means.
      id: "cp-plans-ended-after-2-years",
      template: "increased to {value:percent} in the year, higher than both the two previous years ({y2012:percent} in 2012)",
      figures: [
        { from: "value", indicator: "cp_plans_ended_after_2_years_pct", period: "2012/13" },
        { from: "y2012", indicator: "cp_plans_ended_after_2_years_pct", period: "2012" }
      ]
    },
    {
      id: "cp-plans-repeat",
      template: "but for a second or subsequent time, rose to {value:percent} - from {last_year:percent} last year and {y2011:percent} in 2011",
      figures: [
        { from: "value", indicator: "cp_plans_repeat_pct", period: "2012/13" },
        { from: "last_year", indicator: "cp_plans_repeat_pct", period: "2011/12" },
        { from: "y2011", indicator: "cp_plans_repeat_pct", period: "2011" }
      ]
    }
  ]
);
