import { defineTheme } from "./indicator-spec.js";

/** Serious case review spending and partnership reviews. */
export const SERIOUS_CASE_REVIEWS = defineTheme(
  "serious-case-reviews",
  {
    scr_group_expenditure: { label: "Expenditure on the work of the Serious Case Review group", unit: "gbp" },
    partnership_reviews_commissioned: { label: "Partnership reviews commissioned by the LSCB", unit: "count" }
  },
  [
    {
      id: "scr-group-expenditure",
      template: "during 2012 – 2013 was {value:money}",
      figures: [{ from: "value", indicator: "scr_group_expenditure", period: "2012/13" }]
    },
    {
      id: "partnership-reviews-commissioned",
      template: "The LSCB commissioned {value:number_word} partnership reviews",
      figures: [{ from: "value", indicator: "partnership_reviews_commissioned", period: "2012/13" }]
    }
  ]
);
