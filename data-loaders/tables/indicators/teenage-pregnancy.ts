import { defineTheme } from "./indicator-spec.js";

/** Teenage conceptions, the teenage caseload midwives, terminations, NEET and Care to Learn (May 2012 assessment). */
export const TEENAGE_PREGNANCY = defineTheme(
  "teenage-pregnancy",
  {
    under_18_conception_rate: { label: "Under-18 conception rate per 1,000", unit: "rate_per_1000", polarity: "down_is_good" },
    teenage_mothers_seen: { label: "Young mothers seen by the Teenage Caseload Midwifery team", unit: "count" },
    under_18_terminations: { label: "Terminations for under-18s", unit: "count", polarity: "down_is_good" },
    terminations_under_10_weeks_pct: { label: "Terminations performed under 10 weeks", unit: "percent", polarity: "up_is_good" },
    neet_16_18_pct: { label: "16 to 18 year olds not in employment, education or training (NEET)", unit: "percent", polarity: "down_is_good" },
    care_to_learn: { label: "Under-19s supported by Care to Learn", unit: "count" },
    care_to_learn_pct: { label: "Under-19s supported by Care to Learn, as a percentage", unit: "percent" },
    teenage_caseload_midwives: { label: "Dedicated Teenage Caseload Midwives", unit: "count" },
    brook_contacts_per_quarter: { label: "Young people in contact with Brook each quarter (approximate)", unit: "count" },
    ccard_sites: { label: "Sites operating the Condom Card (C:Card) scheme", unit: "count" },
    ehc_pharmacies: { label: "Pharmacies offering free emergency hormonal contraception with chlamydia screening", unit: "count" }
  },
  [
    {
      // Printed as "33.7% per 1,000": a rate per 1,000 with a stray % sign (see data_quality).
      id: "under-18-conception-rate",
      template:
        "Most recent published data for Under 18 year olds conception rates stands at {latest:percent} per 1,000 which is an increase on the previous 2009 data of {y2009:percent}",
      figures: [
        { from: "latest", indicator: "under_18_conception_rate", period: "most recent published (May 2012)" },
        { from: "y2009", indicator: "under_18_conception_rate", period: "2009" }
      ]
    },
    {
      id: "teenage-mothers-seen",
      template: "From April to December 2011 the Luton Teenage Caseload Midwifery team saw {mothers:count} mothers of whom {previous:count} had had a previous pregnancy",
      figures: [
        { from: "mothers", indicator: "teenage_mothers_seen", period: "Apr – Dec 2011" },
        { from: "previous", indicator: "teenage_mothers_seen", category: "Previous pregnancy", period: "Apr – Dec 2011" }
      ]
    },
    {
      id: "teenage-mothers-known",
      template:
        "Of the {base:count} young mothers seen by the Teenage Caseload Midwives, {looked_after:count} were 'Looked After Children' and {known:count} were known to the 16+ Team",
      figures: [
        { from: "looked_after", indicator: "teenage_mothers_seen", category: "Looked after children", period: "Apr – Dec 2011" },
        { from: "known", indicator: "teenage_mothers_seen", category: "Known to the 16+ Team", period: "Apr – Dec 2011" }
      ],
      restates: ["base"]
    },
    {
      id: "under-18-terminations",
      template:
        "In a nine month period, there were {terminations:count} under 18 year old terminations with {repeats:count} repeat, compared with {terminations_before:count} terminations and {repeats_before:count} repeats in 2010/11",
      figures: [
        { from: "terminations", indicator: "under_18_terminations", period: "nine months (dates not stated)" },
        { from: "repeats", indicator: "under_18_terminations", category: "Repeat terminations", period: "nine months (dates not stated)" },
        { from: "terminations_before", indicator: "under_18_terminations", period: "2010/11" },
        { from: "repeats_before", indicator: "under_18_terminations", category: "Repeat terminations", period: "2010/11" }
      ]
    },
    {
      id: "terminations-under-10-weeks",
      template: "The number of terminations performed under 10 weeks exceeds the national target of {target:percent}",
      figures: [{ from: "target", indicator: "terminations_under_10_weeks_pct", series: "Target", period: "nine months (dates not stated)" }]
    },
    {
      id: "neet",
      template: "not in employment, education and training (NEET) is {value:percent}",
      figures: [{ from: "value", indicator: "neet_16_18_pct", period: "May 2012" }]
    },
    {
      id: "care-to-learn",
      template:
        "the 'Care to Learn' figures for under 19 year olds was {feb:count} in February 2012, a slight increase from {dec:count} in December 2011, this equates to {pct:percent}, compared to the East of England average of {east:percent}",
      figures: [
        { from: "feb", indicator: "care_to_learn", period: "Feb 2012" },
        { from: "dec", indicator: "care_to_learn", period: "Dec 2011" },
        { from: "pct", indicator: "care_to_learn_pct", period: "Feb 2012" },
        { from: "east", indicator: "care_to_learn_pct", series: "East of England", period: "Feb 2012" }
      ]
    },
    {
      id: "teenage-caseload-midwives",
      template: "{value:number_word} dedicated Teenage Caseload Midwives",
      figures: [{ from: "value", indicator: "teenage_caseload_midwives", period: "2012/13" }]
    },
    {
      id: "brook-contacts",
      template: "On average Brook are in contact with approx. {value:count} young people each quarter",
      figures: [{ from: "value", indicator: "brook_contacts_per_quarter", period: "2012/13" }]
    },
    {
      id: "ccard-sites",
      template: "Condom Card (C:Card) scheme operating from {value:count} sites",
      figures: [{ from: "value", indicator: "ccard_sites", period: "2012/13" }]
    },
    {
      id: "ehc-pharmacies",
      template: "is available from {value:count} pharmacies for women aged 13 and above",
      figures: [{ from: "value", indicator: "ehc_pharmacies", period: "2012/13" }]
    }
  ]
);
