import { defineTheme } from "./indicator-spec.js";

/** MARAC referrals, their sources, children in high-risk households and core partner attendance. */
export const DOMESTIC_ABUSE = defineTheme(
  "domestic-abuse",
  {
    marac_cases: { label: "Referrals to the MARAC (cases discussed)", unit: "count" },
    marac_cases_change: { label: "Change in MARAC referrals on the previous year", unit: "percent_change" },
    marac_non_police_referrals: { label: "MARAC referrals from non-police agencies", unit: "count" },
    marac_non_police_pct: { label: "MARAC referrals from non-police agencies", unit: "percent" },
    marac_police_pct: { label: "MARAC referrals from the police", unit: "percent" },
    marac_children: { label: "Children identified in high-risk households discussed at MARAC", unit: "count" },
    marac_core_attendance_pct: { label: "Attendance by core partners at MARAC meetings", unit: "percent", polarity: "up_is_good" }
  },
  [
    {
      // "almost 50%" is kept as the number written; 363 on 244 is a rise of 48.8%.
      id: "marac-cases",
      template: "There were a total of {cases:count} referrals in 12/13 compared to {previous:count} referrals in 2011/12, an increase of almost {change:percent_change}",
      figures: [
        { from: "cases", indicator: "marac_cases", period: "2012/13" },
        { from: "previous", indicator: "marac_cases", period: "2011/12" },
        { from: "change", indicator: "marac_cases_change", period: "2012/13" }
      ]
    },
    {
      id: "marac-caada-recommendation",
      template: "the recommended number of cases ({recommended:count}) which (CAADA) have proposed should be identified annually within Luton",
      figures: [{ from: "recommended", indicator: "marac_cases", series: "CAADA recommendation", period: "2012/13" }]
    },
    {
      id: "marac-non-police",
      template: "{pct:percent} of cases ({count:count}) were referred by non police agencies in 2012/13",
      figures: [
        { from: "pct", indicator: "marac_non_police_pct", period: "2012/13" },
        { from: "count", indicator: "marac_non_police_referrals", period: "2012/13" }
      ]
    },
    {
      id: "marac-caada-ratio",
      template: "the CAADA recommended ratio between police and non police referrals which is set at {police:count}/{non_police:count}",
      figures: [
        { from: "police", indicator: "marac_police_pct", series: "CAADA recommendation", period: "2012/13" },
        { from: "non_police", indicator: "marac_non_police_pct", series: "CAADA recommendation", period: "2012/13" }
      ]
    },
    {
      id: "marac-children",
      template: "the number of children identified in high risk households is also increasing with a total of {children:count} children identified in 12/13",
      figures: [{ from: "children", indicator: "marac_children", period: "2012/13" }]
    },
    {
      id: "marac-core-attendance",
      template: "attendance by core partners has averaged at only {value:percent} during the 12/13 business year",
      figures: [{ from: "value", indicator: "marac_core_attendance_pct", period: "2012/13" }]
    }
  ]
);
