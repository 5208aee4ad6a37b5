import { defineTheme } from "./indicator-spec.js";

/** Allegations against adults who work with children, managed by the LADO (the report gives 2011/12 data). */
export const ALLEGATIONS = defineTheme(
  "allegations",
  {
    lado_referrals: { label: "Referrals to the local authority designated officer (LADO)", unit: "count" },
    lado_referrals_change: { label: "Change in referrals to the LADO on the previous year", unit: "percent_change" },
    lado_adults_removed: { label: "Unsuitable adults removed from the children's workforce", unit: "count" }
  },
  [
    {
      id: "lado-referrals",
      template: "The number of referrals reported to the LADO in the period totalled {value:count}, an increase of {change:percent_change} on the 10/11 year period",
      figures: [
        { from: "value", indicator: "lado_referrals", period: "2011/12" },
        { from: "change", indicator: "lado_referrals_change", period: "2011/12" }
      ]
    },
    {
      id: "lado-sexual-abuse",
      template: "an increase in referrals under the category of sexual abuse ({y2010:count} in 2010/11 to {y2011:count} in 2011/12)",
      figures: [
        { from: "y2010", indicator: "lado_referrals", category: "Sexual abuse", period: "2010/11" },
        { from: "y2011", indicator: "lado_referrals", category: "Sexual abuse", period: "2011/12" }
      ]
    },
    {
      id: "lado-adults-removed",
      template:
        "as a result of {value:count} unsuitable adults being removed from the children's workforce in Luton. This is a total of {total:count} adults since the first report in 2009/10",
      figures: [
        { from: "value", indicator: "lado_adults_removed", period: "2011/12" },
        { from: "total", indicator: "lado_adults_removed", period: "2009/10 – 2011/12" }
      ]
    },
    {
      id: "lado-mosques-and-madrassahs",
      template: "allegations in Mosques and Madrassahs during the reporting period ({y2011:count} cases in 2011/12 compared with {y2010:count} cases in 2010/11)",
      figures: [
        { from: "y2011", indicator: "lado_referrals", category: "Mosques and Madrassahs", period: "2011/12" },
        { from: "y2010", indicator: "lado_referrals", category: "Mosques and Madrassahs", period: "2010/11" }
      ]
    }
  ]
);
