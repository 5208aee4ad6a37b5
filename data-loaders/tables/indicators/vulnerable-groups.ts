import { defineTheme } from "./indicator-spec.js";

/** Deaf children: statements for hearing impairment and specialist social work capacity. */
export const DEAF_CHILDREN = defineTheme(
  "deaf-children",
  {
    deaf_children_statements: { label: "Children with a statement for a hearing impairment", unit: "count" },
    deaf_team_signing_workers: { label: "Disability team workers with basic communication skills for deaf children", unit: "count" }
  },
  [
    {
      id: "deaf-children-statements",
      template: "{value:count} children had statements for a hearing impairment in 2010/11",
      figures: [{ from: "value", indicator: "deaf_children_statements", period: "2010/11" }]
    },
    {
      id: "deaf-team-signing-workers",
      template: "This team has {value:number_word} worker with basic communication skills for working with deaf children",
      figures: [{ from: "value", indicator: "deaf_team_signing_workers", period: "2012/13" }]
    }
  ]
);

/** Children needing a forensic examination at a Sexual Assault Referral Centre, by age band. */
export const SEXUAL_ASSAULT = defineTheme(
  "sexual-assault",
  {
    sarc_examinations: { label: "Children requiring a paediatric forensic examination (SARC)", unit: "count" }
  },
  [
    {
      id: "sarc-examinations",
      template: "the number of children requiring such examinations in Luton remains low ({value:count} children)",
      figures: [{ from: "value", indicator: "sarc_examinations", period: "2012/13" }]
    },
    {
      id: "sarc-examinations-4-5",
      template: "^{value:count} x 4-5 years",
      figures: [{ from: "value", indicator: "sarc_examinations", category: "4-5 years", period: "2012/13" }]
    },
    {
      id: "sarc-examinations-8-9",
      template: "^{value:count} x 8-9 years",
      figures: [{ from: "value", indicator: "sarc_examinations", category: "8-9 years", period: "2012/13" }]
    },
    {
      id: "sarc-examinations-12-13",
      template: "^{value:count} x 12 - 13 years",
      figures: [{ from: "value", indicator: "sarc_examinations", category: "12-13 years", period: "2012/13" }]
    }
  ]
);

/** Referrals to the Channel panel for people vulnerable to radicalisation. */
export const RADICALISATION = defineTheme(
  "radicalisation",
  {
    channel_referrals: { label: "Individuals referred to the Channel Panel", unit: "count" }
  },
  [
    {
      id: "channel-referrals",
      template:
        "In the period reviewed (October 2011 to March 2012), {cases:count} individual cases were referred to the Channel Panel. Of the {base:count} individuals, {adults:count} were adults ({female:count} female and {male:count} male) and {young:count} were young people, both male",
      figures: [
        { from: "cases", indicator: "channel_referrals", period: "Oct 2011 – Mar 2012" },
        { from: "adults", indicator: "channel_referrals", category: "Adults", period: "Oct 2011 – Mar 2012" },
        { from: "female", indicator: "channel_referrals", category: "Adults, female", period: "Oct 2011 – Mar 2012" },
        { from: "male", indicator: "channel_referrals", category: "Adults, male", period: "Oct 2011 – Mar 2012" },
        { from: "young", indicator: "channel_referrals", category: "Young people (male)", period: "Oct 2011 – Mar 2012" }
      ],
      restates: ["base"]
    }
  ]
);

/** Unaccompanied asylum seeking children known to the 16+ team ("Safeguarding arrangements for trafficked children"). */
export const TRAFFICKING = defineTheme(
  "trafficking",
  {
    uasc: { label: "Current and former unaccompanied asylum seeking children in the 16+ team", unit: "count" }
  },
  [
    {
      // The sentence runs over a page break: "…Unaccompanied Asylum Seeking" / "Children. (UASC). Eleven of these…".
      id: "uasc",
      template: "there are {value:count} current and former Unaccompanied Asylum Seeking",
      figures: [{ from: "value", indicator: "uasc", period: "2012/13" }]
    },
    {
      id: "uasc-in-care",
      template: "^Children. (UASC). {value:number_word} of these are aged between 16/17 years and in the care of the Local Authority",
      figures: [{ from: "value", indicator: "uasc", category: "Aged 16/17, in care", period: "2012/13" }]
    }
  ]
);
