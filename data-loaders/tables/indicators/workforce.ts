import { defineTheme } from "./indicator-spec.js";

/** Multi-agency training, safeguarding training rates and caseloads ("Workforce Learning & Development", Appendix 4). */
export const WORKFORCE = defineTheme(
  "workforce",
  {
    training_team_fte: { label: "LSCB-funded posts in the Learning & Development team (full-time equivalent)", unit: "count" },
    staff_safeguarding_trained_pct: { label: "Staff trained in safeguarding children, by organisation", unit: "percent", polarity: "up_is_good" },
    staff_safeguarding_trained_change: { label: "Change in staff trained in safeguarding since the Ofsted inspection", unit: "percent_change" },
    gp_training_dates_arranged: { label: "Further GP safeguarding training dates arranged", unit: "count" },
    training_events_scheduled: { label: "Multi-agency training events scheduled", unit: "count" },
    training_events_outcome_pct: { label: "Scheduled multi-agency training events, by whether they ran", unit: "percent" },
    training_applications: { label: "Applications for multi-agency training events", unit: "count" },
    training_places_allocated: { label: "Applicants allocated a multi-agency training place", unit: "count" },
    training_places_allocated_pct: { label: "Applicants allocated a multi-agency training place", unit: "percent", polarity: "up_is_good" },
    level2_staff_awaiting_training: { label: "Staff still requiring Level 2 training carried into 2012/13", unit: "count" },
    level2_events_scheduled: { label: "Level 2 'A Shared Responsibility' events scheduled", unit: "count" },
    level2_applications: { label: "Applications for Level 2 training", unit: "count" },
    level2_places_offered: { label: "Level 2 applicants offered a place", unit: "count" },
    level2_places_offered_pct: { label: "Level 2 applicants offered a place", unit: "percent" },
    level2_places_taken_up: { label: "Level 2 places taken up", unit: "count" },
    level2_places_taken_up_pct: { label: "Level 2 places taken up, as a share of applications", unit: "percent", polarity: "up_is_good" },
    tailored_events_scheduled: { label: "Specialist and tailored training events scheduled", unit: "count" },
    tailored_events_delivered: { label: "Specialist and tailored training events delivered", unit: "count" },
    tailored_event_specialist_areas: { label: "Specialist areas covered by tailored training events", unit: "count" },
    self_harm_courses: { label: "Self-harm courses commissioned after serious case reviews", unit: "count" },
    school_trainer_pool: { label: "School-based safeguarding trainers in the pool", unit: "count" },
    faith_pilot_nominees: { label: "Nominees sought from faith settings for the safeguarding pilot", unit: "count" },
    faith_safeguarding_champions: { label: "Faith pilot nominees who became Safeguarding Champions", unit: "count" },
    faith_portfolios_submitted: { label: "Organisations submitting a safeguarding portfolio to the Quality Assurance Panel", unit: "count" },
    cse_seminars: { label: "Child sexual exploitation seminars delivered jointly with Bedford LSCB", unit: "count" },
    cse_training_events: { label: "'Are You Colluding With Silence?' sexual exploitation events delivered", unit: "count" },
    sexual_abuse_training_events: { label: "'Thinking the Unthinkable' sexual abuse events delivered", unit: "count" },
    social_worker_caseload: { label: "Average caseload in the neighbourhood teams (children per social worker)", unit: "count", polarity: "down_is_good" },
    managers_on_supervision_module: { label: "Managers undertaking the accredited reflective supervision module", unit: "count" }
  },
  [
    {
      id: "training-team-fte",
      template: "contributes to staffing resources within the Learning & Development team of {value:decimal} fte posts",
      figures: [{ from: "value", indicator: "training_team_fte", period: "2012/13" }]
    },
    {
      // "80%+" is kept as 80, the number written; the "+" stays in the quote.
      id: "health-staff-trained",
      template: "previous records showed that {pct:percent} of PCT were trained. Within Luton {gps:percent}+ of GPs are trained to level 3",
      figures: [
        { from: "pct", indicator: "staff_safeguarding_trained_pct", category: "PCT staff", period: "before Apr 2013" },
        { from: "gps", indicator: "staff_safeguarding_trained_pct", category: "GPs (level 3)", period: "2012/13" }
      ]
    },
    {
      // Appendix 4 marks these health training figures "NB update from Nov 2013".
      id: "hospital-staff-trained",
      template: "L&DH – overall {overall:percent} with Level 3 staff at {level3:percent} which is a {change:percent_change} increase since inspection",
      figures: [
        { from: "overall", indicator: "staff_safeguarding_trained_pct", category: "L&D Hospital (overall)", period: "Nov 2013 update" },
        { from: "level3", indicator: "staff_safeguarding_trained_pct", category: "L&D Hospital (level 3 staff)", period: "Nov 2013 update" },
        { from: "change", indicator: "staff_safeguarding_trained_change", category: "L&D Hospital", period: "Nov 2013 update" }
      ]
    },
    {
      id: "ccg-staff-trained",
      template: "NHSL/LCCG – {staff:percent} for staff and {gps:percent} GPs which is a {change:percent_change} increase since the inspection",
      figures: [
        { from: "staff", indicator: "staff_safeguarding_trained_pct", category: "NHS Luton / Luton CCG (staff)", period: "Nov 2013 update" },
        { from: "gps", indicator: "staff_safeguarding_trained_pct", category: "NHS Luton / Luton CCG (GPs)", period: "Nov 2013 update" },
        { from: "change", indicator: "staff_safeguarding_trained_change", category: "NHS Luton / Luton CCG", period: "Nov 2013 update" }
      ]
    },
    {
      id: "gp-training-dates",
      template: "{value:number_word} further dates for GP training arranged",
      figures: [{ from: "value", indicator: "gp_training_dates_arranged", period: "Nov 2013 update" }]
    },
    {
      id: "sept-staff-trained",
      template: "SEPT has a {value:percent} take up of training for their staff",
      figures: [{ from: "value", indicator: "staff_safeguarding_trained_pct", category: "SEPT", period: "Nov 2013 update" }]
    },
    {
      id: "ccs-staff-trained",
      template: "CCS – {value:percent} overall",
      figures: [{ from: "value", indicator: "staff_safeguarding_trained_pct", category: "CCS", period: "Nov 2013 update" }]
    },
    {
      id: "training-events-scheduled",
      template: "The LSCB multi agency training programme scheduled {value:count} training events from April 2012 to end March 2013",
      figures: [{ from: "value", indicator: "training_events_scheduled", period: "2012/13" }]
    },
    {
      id: "training-events-outcome",
      template: "{ran:percent} of the scheduled training events ran; the remaining {not_run:percent} did not go ahead",
      figures: [
        { from: "ran", indicator: "training_events_outcome_pct", category: "Ran", period: "2012/13" },
        { from: "not_run", indicator: "training_events_outcome_pct", category: "Did not go ahead", period: "2012/13" }
      ]
    },
    {
      id: "training-applications",
      template:
        "Applications for training events reached {applications:count} during the year with {allocated:count} ({allocated_pct:percent}) of employees being allocated a place",
      figures: [
        { from: "applications", indicator: "training_applications", period: "2012/13" },
        { from: "allocated", indicator: "training_places_allocated", period: "2012/13" },
        { from: "allocated_pct", indicator: "training_places_allocated_pct", period: "2012/13" }
      ]
    },
    {
      id: "level2-demand",
      template: "with {backlog:count} staff still requiring training into 2012/13. To meet the level of demand, {events:count} events were scheduled during 2012/13",
      figures: [
        { from: "backlog", indicator: "level2_staff_awaiting_training", period: "start of 2012/13" },
        { from: "events", indicator: "level2_events_scheduled", period: "2012/13" }
      ]
    },
    {
      // 149 is 47% of the 316 applications (it would be 78% of the 190 places offered).
      id: "level2-applications",
      template:
        "The number of applications submitted during the year reached {applications:count}, of which {offered:count} ({offered_pct:percent}) were offered places. The take-up of these places reduced to {taken:count} ({taken_pct:percent})",
      figures: [
        { from: "applications", indicator: "level2_applications", period: "2012/13" },
        { from: "offered", indicator: "level2_places_offered", period: "2012/13" },
        { from: "offered_pct", indicator: "level2_places_offered_pct", period: "2012/13" },
        { from: "taken", indicator: "level2_places_taken_up", period: "2012/13" },
        { from: "taken_pct", indicator: "level2_places_taken_up_pct", period: "2012/13" }
      ]
    },
    {
      id: "tailored-events-scheduled",
      template: "the LSCB scheduled {value:count} tailored events within the annual training programme",
      figures: [{ from: "value", indicator: "tailored_events_scheduled", period: "2012/13" }]
    },
    {
      id: "tailored-events-delivered",
      template: "Of the scheduled events, {delivered:count} were delivered across the {areas:count} specialist areas",
      figures: [
        { from: "delivered", indicator: "tailored_events_delivered", period: "2012/13" },
        { from: "areas", indicator: "tailored_event_specialist_areas", period: "2012/13" }
      ]
    },
    {
      id: "self-harm-courses",
      template: "The LSCB commissioned {value:count} courses and achieved maximum attendance",
      figures: [{ from: "value", indicator: "self_harm_courses", period: "2012/13" }]
    },
    {
      id: "school-trainer-pool",
      template: "A school based trainer pool of {value:count} people",
      figures: [{ from: "value", indicator: "school_trainer_pool", period: "2012/13" }]
    },
    {
      id: "faith-pilot-nominees",
      template: "The pilot project sought {value:count} nominees from a range of faith settings",
      figures: [{ from: "value", indicator: "faith_pilot_nominees", period: "Oct 2011 – 2012/13" }]
    },
    {
      id: "faith-safeguarding-champions",
      template: "identified that {champions:count} of the {base:count} original nominees have gone on to become 'Safeguarding Champions'",
      figures: [{ from: "champions", indicator: "faith_safeguarding_champions", period: "Oct 2011 – 2012/13" }],
      restates: ["base"]
    },
    {
      id: "faith-portfolios-submitted",
      template: "with {value:count} organisations progressing to submit their portfolio to Quality Assurance Panel",
      figures: [{ from: "value", indicator: "faith_portfolios_submitted", period: "Nov 2012" }]
    },
    {
      id: "cse-seminars",
      template: "The LSCB jointly delivered a series of {value:number_word} seminars on raising awareness",
      figures: [{ from: "value", indicator: "cse_seminars", period: "2012/13" }]
    },
    {
      id: "cse-training-events",
      template:
        "The annual training programme delivered {cse:count} Sexual Exploitation: 'Are You Colluding With Silence?' events and {sexual_abuse:count} 'Thinking the Unthinkable'",
      figures: [
        { from: "cse", indicator: "cse_training_events", period: "2012/13" },
        { from: "sexual_abuse", indicator: "sexual_abuse_training_events", period: "2012/13" }
      ]
    },
    {
      id: "social-worker-caseload",
      template: "Average care loads in the neighbourhood teams stood at {value:count} children per social worker in December 2011",
      figures: [{ from: "value", indicator: "social_worker_caseload", period: "Dec 2011" }]
    },
    {
      id: "managers-on-supervision-module",
      template: "{value:count} managers are undertaking this",
      figures: [{ from: "value", indicator: "managers_on_supervision_module", period: "Feb 2013" }]
    }
  ]
);
