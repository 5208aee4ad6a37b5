import { defineTheme } from "./indicator-spec.js";

/** Referrals, re-referrals, reasons for referral and assessment timeliness ("Responding to Children in Need"). */
export const CHILDREN_IN_NEED = defineTheme(
  "children-in-need",
  {
    referrals: { label: "Referrals to children's social care", unit: "count" },
    referrals_change: { label: "Change in referrals on the previous year", unit: "percent_change" },
    re_referrals_pct: { label: "Re-referrals within 12 months of a previous referral", unit: "percent", polarity: "down_is_good" },
    referrals_to_initial_assessment_pct: { label: "Referrals going on to an initial assessment", unit: "percent" },
    referral_reason_share: { label: "Share of all referrals by area of concern", unit: "percent" },
    initial_assessments_in_time_pct: { label: "Initial assessments completed to timescale", unit: "percent", polarity: "up_is_good" },
    core_assessments_in_time_pct: { label: "Core assessments completed to timescale", unit: "percent", polarity: "up_is_good" }
  },
  [
    {
      id: "referrals",
      template: "At the end of Quarter 4 a total of {referrals:count} referrals had been made, a {change:percent:fall} reduction on the previous year",
      figures: [
        { from: "referrals", indicator: "referrals", period: "2012/13" },
        { from: "change", indicator: "referrals_change", period: "2012/13" }
      ]
    },
    {
      id: "referral-reasons-constant",
      template:
        "concerns for child protection and homeless young people remained constant, accounting for {child_protection:percent} and {homeless:percent} of all referrals received, domestic violence referrals fell from {dv_2011:percent} in 2011 to {dv_2012:percent} in 2012",
      figures: [
        { from: "child_protection", indicator: "referral_reason_share", category: "Child protection", period: "2012" },
        { from: "homeless", indicator: "referral_reason_share", category: "Homeless young people", period: "2012" },
        { from: "dv_2011", indicator: "referral_reason_share", category: "Domestic violence", period: "2011" },
        { from: "dv_2012", indicator: "referral_reason_share", category: "Domestic violence", period: "2012" }
      ]
    },
    {
      id: "referral-reasons-general-childcare",
      template: "general childcare, the proportion of all referrals of which was {gc_2011:percent} in 2011, and {gc_2012:percent} in 2012",
      figures: [
        { from: "gc_2011", indicator: "referral_reason_share", category: "General childcare", period: "2011" },
        { from: "gc_2012", indicator: "referral_reason_share", category: "General childcare", period: "2012" }
      ]
    },
    {
      id: "referral-reasons-combined",
      template: "these four areas of concern combined, accounted for {combined:percent} of all referrals received",
      figures: [
        {
          from: "combined",
          indicator: "referral_reason_share",
          category: "Child protection, homeless young people, domestic violence and general childcare combined",
          period: "2012"
        }
      ]
    },
    {
      id: "re-referrals",
      template:
        "within 12 months of the original referral stands at {value:percent} for the year. This represents a minimal decrease from the previous year's rate of {previous:percent}",
      figures: [
        { from: "value", indicator: "re_referrals_pct", period: "2012/13" },
        { from: "previous", indicator: "re_referrals_pct", period: "2011/12" }
      ]
    },
    {
      id: "referrals-to-initial-assessment",
      template: "The rate of referrals that went onto an Initial Assessment stands at {value:percent}, a reduction on last year's figure of {previous:percent}",
      figures: [
        { from: "value", indicator: "referrals_to_initial_assessment_pct", period: "2012/13" },
        { from: "previous", indicator: "referrals_to_initial_assessment_pct", period: "2011/12" }
      ]
    },
    {
      id: "initial-assessments-in-time",
      template: "The rate of initial assessments completed to timescale was {value:percent} against a target of {target:percent}",
      figures: [
        { from: "value", indicator: "initial_assessments_in_time_pct", period: "2012/13" },
        { from: "target", indicator: "initial_assessments_in_time_pct", series: "Target", period: "2012/13" }
      ]
    },
    {
      // "…and the rate of cores assessments to" / page break / "timescale was 74.9% against a target of 80.0%."
      id: "core-assessments-in-time",
      template: "^timescale was {value:percent} against a target of {target:percent}",
      figures: [
        { from: "value", indicator: "core_assessments_in_time_pct", period: "2012/13" },
        { from: "target", indicator: "core_assessments_in_time_pct", series: "Target", period: "2012/13" }
      ]
    }
  ]
);
