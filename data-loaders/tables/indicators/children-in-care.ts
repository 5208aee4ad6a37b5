import { defineTheme } from "./indicator-spec.js";

/** Children in care: numbers, rate, health checks, out-of-area placements and the action plan's care figures. */
export const CHILDREN_IN_CARE = defineTheme(
  "children-in-care",
  {
    children_in_care: { label: "Children in care at year end", unit: "count" },
    children_in_care_rate: { label: "Children in care per 10,000 population under 18", unit: "rate_per_10000" },
    lac_health_assessments_pct: { label: "Looked after children who had their annual health assessment", unit: "percent", polarity: "up_is_good" },
    lac_dental_checks_pct: { label: "Looked after children who had their annual dental check", unit: "percent", polarity: "up_is_good" },
    lac_immunisations_pct: { label: "Looked after children with up-to-date immunisations", unit: "percent", polarity: "up_is_good" },
    lac_in_care_12_months: { label: "Looked after children in care for 12 months or more", unit: "count" },
    lac_health_assessments: { label: "Looked after children (12 months or more) who completed their annual health assessment", unit: "count", polarity: "up_is_good" },
    lac_dental_checks: { label: "Looked after children (12 months or more) who had their annual dental check", unit: "count", polarity: "up_is_good" },
    lac_immunisations: { label: "Looked after children (12 months or more) up to date with immunisations", unit: "count", polarity: "up_is_good" },
    lac_residential_out_of_area: { label: "Luton children placed in residential homes outside Luton", unit: "count" },
    lac_residential_out_of_area_homes: { label: "Residential homes outside Luton where Luton children are placed", unit: "count" },
    adoption_placements: { label: "Children placed for adoption", unit: "count", polarity: "up_is_good" },
    care_proceedings_reviewed: { label: "Recently completed care proceedings reviewed in the legal \"deep dive\"", unit: "count" },
    pep_meetings_out_of_area: { label: "Personal education plan meetings for Luton children placed outside Luton", unit: "count" },
    virtual_school_trained_lats_pct: { label: "Virtual School staff trained on the LATS attainment tracker", unit: "percent", polarity: "up_is_good" }
  },
  [
    {
      id: "children-in-care",
      template: "The year-end position for the number of children in care rose to {value:count}",
      figures: [{ from: "value", indicator: "children_in_care", period: "2012/13" }]
    },
    {
      id: "children-in-care-rate",
      template: "The rate per 10,000 under 18 population ({value:decimal}) is marginally higher than our latest statistical neighbours figure ({neighbours:decimal})",
      figures: [
        { from: "value", indicator: "children_in_care_rate", period: "2012/13" },
        { from: "neighbours", indicator: "children_in_care_rate", series: "Statistical neighbours", period: "2012/13" }
      ]
    },
    {
      id: "lac-health-assessments",
      template:
        "Annual Health Assessments of looked after children show that {value:percent} had their assessment during the period. This represents an improvement on the previous year whereby only {previous:percent} were subject to their annual assessment",
      figures: [
        { from: "value", indicator: "lac_health_assessments_pct", period: "2012/13" },
        { from: "previous", indicator: "lac_health_assessments_pct", period: "2011/12" }
      ]
    },
    {
      id: "lac-dental-and-immunisations",
      template:
        "Of the year end cohort, {dental:percent} had their annual dental check (against {dental_previous:percent} in 2011-12) and the rate of up to date immunisations fell to {immunisations:percent} (from {immunisations_previous:percent} in 2011-12)",
      figures: [
        { from: "dental", indicator: "lac_dental_checks_pct", period: "2012/13" },
        { from: "dental_previous", indicator: "lac_dental_checks_pct", period: "2011/12" },
        { from: "immunisations", indicator: "lac_immunisations_pct", period: "2012/13" },
        { from: "immunisations_previous", indicator: "lac_immunisations_pct", period: "2011/12" }
      ]
    },
    {
      // The community health provider restates the three percentages with the counts behind them.
      id: "lac-health-counts",
      template:
        "Of the {cohort:count} 'Looked after Children' in care for 12 months or more, {health_pct:percent} ({health:count}) had completed their annual health assessment, {dental_pct:percent} ({dental:count}) their annual dental check and {immunisations_pct:percent} ({immunisations:count}) were up to date with their immunisations",
      figures: [
        { from: "cohort", indicator: "lac_in_care_12_months", period: "2012/13" },
        { from: "health", indicator: "lac_health_assessments", period: "2012/13" },
        { from: "dental", indicator: "lac_dental_checks", period: "2012/13" },
        { from: "immunisations", indicator: "lac_immunisations", period: "2012/13" }
      ],
      restates: ["health_pct", "dental_pct", "immunisations_pct"]
    },
    {
      id: "lac-residential-out-of-area",
      template: "identified {children:number_word} Luton children who are placed in {homes:number_word} residential homes outside of Luton",
      figures: [
        { from: "children", indicator: "lac_residential_out_of_area", period: "2012/13" },
        { from: "homes", indicator: "lac_residential_out_of_area_homes", period: "2012/13" }
      ]
    },
    {
      // Appendix 4, Ofsted action plan (progress February 2013): "over 20" is a prediction, kept as the number written.
      id: "adoption-placements",
      template: "numbers of children placed for adoption (from {y2010:count} in 2010/11 to over {y2012:count} predicted in 2012/13)",
      figures: [
        { from: "y2010", indicator: "adoption_placements", period: "2010/11" },
        { from: "y2012", indicator: "adoption_placements", period: "2012/13 (predicted)" }
      ]
    },
    {
      id: "care-proceedings-reviewed",
      template: "reviewed {value:count} recently completed care proceedings",
      figures: [{ from: "value", indicator: "care_proceedings_reviewed", period: "Feb 2013" }]
    },
    {
      id: "pep-meetings-out-of-area",
      template: "PEP meetings for Luton children placed outside of Luton ({value:count} PEP meetings in Autumn term)",
      figures: [{ from: "value", indicator: "pep_meetings_out_of_area", period: "Autumn term 2012" }]
    },
    {
      id: "virtual-school-trained",
      template: "{value:percent} Virtual School trained on LATS Jan 2013",
      figures: [{ from: "value", indicator: "virtual_school_trained_lats_pct", period: "Jan 2013" }]
    }
  ]
);
