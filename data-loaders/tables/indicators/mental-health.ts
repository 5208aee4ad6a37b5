import { defineTheme } from "./indicator-spec.js";

/** Children's mental health: self-harm presentations at hospital and CAMHS referrals. */
export const MENTAL_HEALTH = defineTheme(
  "mental-health",
  {
    self_harm_presentations_under_18: { label: "Under-18s presenting at the L&D Hospital with self harm and mental health issues", unit: "count" },
    camhs_referrals: { label: "Referrals to child and adolescent mental health services (SEPT)", unit: "count" },
    camhs_script_children: { label: "Children within the CAMHS SCRIPT service", unit: "count" }
  },
  [
    {
      id: "self-harm-presentations",
      template: "presenting with self harm and mental health issues during 11/12 totalled {total:count}. Of these, {female:count} were female and {male:count} male",
      figures: [
        { from: "total", indicator: "self_harm_presentations_under_18", period: "2011/12" },
        { from: "female", indicator: "self_harm_presentations_under_18", category: "Female", period: "2011/12" },
        { from: "male", indicator: "self_harm_presentations_under_18", category: "Male", period: "2011/12" }
      ]
    },
    {
      id: "camhs-referrals",
      template:
        "The number of referrals into the Core Team (including LAC) for the year ending March 2013 stood at {core:count}, and the number of referrals into the Early Intervention Services, which also includes LAC, stood at {early:count}. The number of Children within the CAHMS SCRIPT service was {script:count} (Oct, Nov, Dec and March only)",
      figures: [
        { from: "core", indicator: "camhs_referrals", category: "Core Team", period: "2012/13" },
        { from: "early", indicator: "camhs_referrals", category: "Early Intervention Services", period: "2012/13" },
        { from: "script", indicator: "camhs_script_children", period: "Oct – Dec 2012 and Mar 2013" }
      ]
    }
  ]
);
