import { defineTheme } from "./indicator-spec.js";

/** Drug and alcohol services: the April–September 2012 audit, young people's services and harm-reduction support. */
export const SUBSTANCE_MISUSE = defineTheme(
  "substance-misuse",
  {
    adults_assessed_for_treatment: { label: "New adult service users assessed for structured treatment", unit: "count" },
    treatment_clients_with_children: { label: "New adult service users with children living with them", unit: "count" },
    treatment_families_referred_to_csc: { label: "Families referred to children's social care after a treatment assessment", unit: "count" },
    young_people_structured_interventions: { label: "Young people accessing structured interventions for drug and alcohol problems", unit: "count" },
    young_people_parental_substance_support: {
      label: "Young people supported because of their parents' alcohol or drug use",
      unit: "count"
    },
    ae_alcohol_attendances_per_weekend: { label: "Young people attending A&E each weekend because of alcohol (average)", unit: "count" },
    alcohol_harm_reduction_support: { label: "Young people receiving harm-reduction support for alcohol abuse", unit: "count" },
    alcohol_harm_reduction_support_change: { label: "Change in young people receiving alcohol harm-reduction support", unit: "percent_change" },
    structured_treatment_presentations_change: {
      label: "Change in new presentations to structured alcohol and drug services",
      unit: "percent_change"
    }
  },
  [
    {
      id: "treatment-audit",
      template:
        "The audit identified {drug:count} adults assessed for structured drug treatment and {alcohol:count} adults for alcohol treatment. {drug_children:count} drug clients had children living with them and {alcohol_children:count} alcohol clients had children living with them",
      figures: [
        { from: "drug", indicator: "adults_assessed_for_treatment", category: "Drug treatment", period: "Apr – Sep 2012" },
        { from: "alcohol", indicator: "adults_assessed_for_treatment", category: "Alcohol treatment", period: "Apr – Sep 2012" },
        { from: "drug_children", indicator: "treatment_clients_with_children", category: "Drug treatment", period: "Apr – Sep 2012" },
        { from: "alcohol_children", indicator: "treatment_clients_with_children", category: "Alcohol treatment", period: "Apr – Sep 2012" }
      ]
    },
    {
      id: "treatment-families-referred",
      template: "Following the assessment, {value:count} families were referred to children's social care",
      figures: [{ from: "value", indicator: "treatment_families_referred_to_csc", period: "Apr – Sep 2012" }]
    },
    {
      id: "young-people-structured-interventions",
      template: "During the audit period, {value:number_word} young people accessed structured interventions for drug and alcohol problems",
      figures: [{ from: "value", indicator: "young_people_structured_interventions", period: "Apr – Sep 2012" }]
    },
    {
      id: "young-people-parental-substance-support",
      template: "{value:number_word} young people accessed these services from April 2012 – September 2012",
      figures: [{ from: "value", indicator: "young_people_parental_substance_support", period: "Apr – Sep 2012" }]
    },
    {
      id: "ae-alcohol-attendances",
      template: "On average, {value:count} young people attend the A&E Dept each weekend as a result of their alcohol consumption",
      figures: [{ from: "value", indicator: "ae_alcohol_attendances_per_weekend", period: "2012/13" }]
    },
    {
      id: "alcohol-harm-reduction-support",
      template:
        "In total, {quarter:count} young people received such support in the Quarter, bringing the total for the year to {year:count}. This figure represents a {change:percent_change} increase on 2011/12",
      figures: [
        { from: "quarter", indicator: "alcohol_harm_reduction_support", period: "2012/13 Q4" },
        { from: "year", indicator: "alcohol_harm_reduction_support", period: "2012/13" },
        { from: "change", indicator: "alcohol_harm_reduction_support_change", period: "2012/13" }
      ]
    },
    {
      id: "structured-treatment-presentations",
      template: "the number of new presentations to structured alcohol and drug services is low (a {change:percent:fall} reduction on last year)",
      figures: [{ from: "change", indicator: "structured_treatment_presentations_change", period: "2012/13" }]
    }
  ]
);
