import type { ReportText } from "../../report/report-text.js";
import { readIndicatorSentences, type FigureReading } from "./read-sentences.js";

/** A percentage the report states of a base it states (with the count, where given): `902 (82%)` of 1,101. */
export interface StatedPercentage {
  label: string;
  /** What the base counts, for messages: "deaths", "referrals". */
  baseNoun: string;
  percent: FigureReading;
  count: FigureReading | null;
  base: FigureReading;
  /** True when the base is not stated beside the percentage and is this table's best reading of it. */
  baseIsAssumed: boolean;
}

/** Parts the report states beside the whole they should add up to (a stated figure, or 100 for shares). */
export interface StatedBreakdown {
  label: string;
  total: FigureReading | number;
  parts: readonly { label: string; figure: FigureReading }[];
}

/** One figure the report states more than once; every statement should agree with the first. */
export interface StatedRestatement {
  label: string;
  figures: readonly FigureReading[];
}

/** A comparison the words make ("rose to 17.6% from 11.8%", "below target"): `figure` should be `said` than `comparator`. */
export interface StatedDirection {
  label: string;
  said: "higher" | "lower";
  wording: string;
  figure: FigureReading;
  comparator: FigureReading;
}

/** A stated percentage change with the two figures it is a change between ("an increase of almost 50%"). */
export interface StatedChange {
  label: string;
  change: FigureReading;
  from: FigureReading;
  to: FigureReading;
  /** "almost" when the words say the true change falls just short of the stated one. */
  qualifier: "almost" | null;
}

/** The MARAC figures the prose states, which restate the MARAC table's TOTAL row. */
export interface StatedMaracFigures {
  cases: FigureReading;
  children: FigureReading;
  nonPoliceReferrals: FigureReading;
  nonPolicePercent: FigureReading;
}

/** Everything the reconciliation checks compare, read from the report's prose. */
export interface StatedPairs {
  percentages: StatedPercentage[];
  breakdowns: StatedBreakdown[];
  restatements: StatedRestatement[];
  directions: StatedDirection[];
  changes: StatedChange[];
  marac: StatedMaracFigures;
}

const READ = new WeakMap<ReportText, StatedPairs>();

/** Returns the stated figure pairs the data_quality checks reconcile (read once per report); throws ReportFormatError like the indicators table. */
export function readStatedPairs(report: ReportText): StatedPairs {
  let pairs = READ.get(report);
  if (!pairs) READ.set(report, (pairs = readPairs(report)));
  return pairs;
}

function readPairs(report: ReportText): StatedPairs {
  const { figures } = readIndicatorSentences(report);
  const at = (key: string): FigureReading => {
    const figure = figures.get(key);
    if (!figure) throw new Error(`stated pairs: expected a figure read as ${JSON.stringify(key)}, found none (check the sentence id and placeholder name)`);
    return figure;
  };
  const percentage = (label: string, percent: string, base: string, baseNoun: string, count: string | null = null, baseIsAssumed = false): StatedPercentage => ({
    label,
    baseNoun,
    percent: at(percent),
    count: count === null ? null : at(count),
    base: at(base),
    baseIsAssumed
  });
  const direction = (label: string, said: "higher" | "lower", wording: string, figure: string, comparator: string): StatedDirection => ({
    label,
    said,
    wording,
    figure: at(figure),
    comparator: at(comparator)
  });
  const parts = (...entries: [string, string][]) => entries.map(([label, key]) => ({ label, figure: at(key) }));

  return {
    percentages: [
      percentage("Employees allocated a place on multi-agency training", "training-applications.allocated_pct", "training-applications.applications", "applications", "training-applications.allocated"),
      percentage("Level 2 applicants offered a place", "level2-applications.offered_pct", "level2-applications.applications", "applications", "level2-applications.offered"),
      percentage("Level 2 places taken up (of applications)", "level2-applications.taken_pct", "level2-applications.applications", "applications", "level2-applications.taken"),
      percentage("MARAC referrals from non-police agencies", "marac-non-police.pct", "marac-cases.cases", "MARAC referrals", "marac-non-police.count"),
      percentage("Child deaths that were unexpected", "child-deaths-unexpected.unexpected_pct", "child-deaths.deaths", "deaths", "child-deaths-unexpected.unexpected"),
      percentage("Reviewed deaths that were sudden, unexpected and unexplained", "cdop-reviews-by-category.sudden_pct", "cdop-reviews-by-category.base", "reviewed deaths", "cdop-reviews-by-category.sudden"),
      percentage("Looked after children who completed their annual health assessment", "lac-health-counts.health_pct", "lac-health-counts.cohort", "children in care for 12 months or more", "lac-health-counts.health"),
      percentage("Looked after children who had their annual dental check", "lac-health-counts.dental_pct", "lac-health-counts.cohort", "children in care for 12 months or more", "lac-health-counts.dental"),
      percentage("Looked after children up to date with immunisations", "lac-health-counts.immunisations_pct", "lac-health-counts.cohort", "children in care for 12 months or more", "lac-health-counts.immunisations"),
      percentage("Children who died under 1 year of age", "child-deaths-under-1.value", "child-deaths.deaths", "deaths"),
      percentage("Child deaths of Pakistani ethnicity", "child-deaths-by-ethnicity.pakistani", "child-deaths-by-ethnicity.base", "deaths"),
      percentage("Child deaths of White British children", "child-deaths-by-ethnicity.white_british", "child-deaths-by-ethnicity.base", "deaths"),
      percentage("Child deaths in the Dallow Ward", "child-deaths-dallow.value", "child-deaths.deaths", "deaths"),
      percentage("Reviewed deaths from chromosomal, genetic or congenital anomalies", "cdop-reviews-by-category.congenital", "cdop-reviews-by-category.base", "reviewed deaths"),
      percentage("Reviewed deaths from a perinatal or neonatal event", "cdop-reviews-by-category.perinatal", "cdop-reviews-by-category.base", "reviewed deaths"),
      percentage("Children on a child protection plan for the first time", "cp-plans.first_time", "cp-plans.plans", "children on a plan"),
      percentage("Children on a plan under 'emotional' or 'neglect'", "cp-plans-by-category.emotional_neglect", "cp-plans-by-category.base", "children on a plan"),
      percentage("Children on a plan under multiple categories", "cp-plans-by-category.multiple", "cp-plans-by-category.base", "children on a plan"),
      percentage("Scheduled training events that ran", "training-events-outcome.ran", "training-events-scheduled.value", "scheduled events"),
      percentage("Scheduled training events that did not go ahead", "training-events-outcome.not_run", "training-events-scheduled.value", "scheduled events"),
      // The shares are dated "2012" while the 3,003 referrals are 2012/13 and stated in another paragraph.
      percentage("Referrals about child protection", "referral-reasons-constant.child_protection", "referrals.referrals", "referrals", null, true),
      percentage("Referrals about homeless young people", "referral-reasons-constant.homeless", "referrals.referrals", "referrals", null, true),
      percentage("Referrals about domestic violence", "referral-reasons-constant.dv_2012", "referrals.referrals", "referrals", null, true),
      percentage("Referrals about general childcare", "referral-reasons-general-childcare.gc_2012", "referrals.referrals", "referrals", null, true),
      percentage("Referrals in the four areas of concern combined", "referral-reasons-combined.combined", "referrals.referrals", "referrals", null, true)
    ],
    breakdowns: [
      {
        label: "Referrals in the four areas of concern combined (2012)",
        total: at("referral-reasons-combined.combined"),
        parts: parts(
          ["child protection", "referral-reasons-constant.child_protection"],
          ["homeless young people", "referral-reasons-constant.homeless"],
          ["domestic violence", "referral-reasons-constant.dv_2012"],
          ["general childcare", "referral-reasons-general-childcare.gc_2012"]
        )
      },
      {
        label: "Individuals referred to the Channel Panel",
        total: at("channel-referrals.cases"),
        parts: parts(["adults", "channel-referrals.adults"], ["young people", "channel-referrals.young"])
      },
      {
        label: "Adults referred to the Channel Panel",
        total: at("channel-referrals.adults"),
        parts: parts(["female", "channel-referrals.female"], ["male", "channel-referrals.male"])
      },
      {
        label: "Under-18s presenting at hospital with self harm and mental health issues",
        total: at("self-harm-presentations.total"),
        parts: parts(["female", "self-harm-presentations.female"], ["male", "self-harm-presentations.male"])
      },
      {
        label: "Children needing a forensic examination (SARC), by age",
        total: at("sarc-examinations.value"),
        parts: parts(["4-5 years", "sarc-examinations-4-5.value"], ["8-9 years", "sarc-examinations-8-9.value"], ["12-13 years", "sarc-examinations-12-13.value"])
      },
      {
        label: "Children on a child protection plan by category",
        total: 100,
        parts: parts(["'emotional' or 'neglect'", "cp-plans-by-category.emotional_neglect"], ["multiple categories", "cp-plans-by-category.multiple"])
      },
      {
        label: "Scheduled multi-agency training events",
        total: 100,
        parts: parts(["ran", "training-events-outcome.ran"], ["did not go ahead", "training-events-outcome.not_run"])
      }
    ],
    restatements: [
      {
        label: "Private fostering arrangements",
        figures: [at("private-fostering-local-picture.monitored"), at("private-fostering-assessment.value"), at("private-fostering-performance.value")]
      },
      { label: "Child deaths reported to the CDOP", figures: [at("child-deaths.deaths"), at("child-deaths-by-ethnicity.base")] },
      { label: "Child death cases reviewed and closed", figures: [at("cdop-reviews.reviewed"), at("cdop-reviews-by-category.base")] },
      { label: "Children subject to a child protection plan", figures: [at("cp-plans.plans"), at("cp-plans-by-category.base")] },
      { label: "Young mothers seen by the Teenage Caseload Midwives", figures: [at("teenage-mothers-seen.mothers"), at("teenage-mothers-known.base")] },
      { label: "Individuals referred to the Channel Panel", figures: [at("channel-referrals.cases"), at("channel-referrals.base")] },
      { label: "Faith pilot nominees", figures: [at("faith-pilot-nominees.value"), at("faith-safeguarding-champions.base")] },
      { label: "Looked after children's annual health assessments", figures: [at("lac-health-assessments.value"), at("lac-health-counts.health_pct")] },
      { label: "Looked after children's annual dental checks", figures: [at("lac-dental-and-immunisations.dental"), at("lac-health-counts.dental_pct")] },
      { label: "Looked after children's immunisations", figures: [at("lac-dental-and-immunisations.immunisations"), at("lac-health-counts.immunisations_pct")] }
    ],
    directions: [
      direction("Under-18 conception rate", "higher", "an increase on the previous 2009 data", "under-18-conception-rate.latest", "under-18-conception-rate.y2009"),
      direction("Care to Learn, under-19s", "higher", "a slight increase from", "care-to-learn.feb", "care-to-learn.dec"),
      direction("LADO referrals about sexual abuse", "higher", "an increase in referrals", "lado-sexual-abuse.y2011", "lado-sexual-abuse.y2010"),
      direction("Allegations in Mosques and Madrassahs", "higher", "a further increase", "lado-mosques-and-madrassahs.y2011", "lado-mosques-and-madrassahs.y2010"),
      direction("MARAC referrals", "higher", "continue to increase", "marac-cases.cases", "marac-cases.previous"),
      direction("MARAC referrals against the CAADA recommendation", "higher", "significantly in excess of", "marac-cases.cases", "marac-caada-recommendation.recommended"),
      direction("MARAC referrals from non-police agencies against the CAADA ratio", "higher", "also exceeds", "marac-non-police.pct", "marac-caada-ratio.non_police"),
      direction("Plans ending after two years or longer", "higher", "increased to … higher than both the two previous years", "cp-plans-ended-after-2-years.value", "cp-plans-ended-after-2-years.y2012"),
      direction("Repeat child protection plans", "higher", "rose to … from … last year", "cp-plans-repeat.value", "cp-plans-repeat.last_year"),
      direction("Repeat child protection plans", "higher", "rose to … from … in 2011", "cp-plans-repeat.value", "cp-plans-repeat.y2011"),
      direction("Children in care per 10,000", "higher", "marginally higher than our latest statistical neighbours", "children-in-care-rate.value", "children-in-care-rate.neighbours"),
      direction("Initial assessments to timescale", "lower", "came in below target", "initial-assessments-in-time.value", "initial-assessments-in-time.target"),
      direction("Core assessments to timescale", "lower", "came in below target", "core-assessments-in-time.value", "core-assessments-in-time.target"),
      direction("Re-referrals within 12 months", "lower", "a minimal decrease", "re-referrals.value", "re-referrals.previous"),
      direction("Referrals going on to an initial assessment", "lower", "a reduction on last year's figure", "referrals-to-initial-assessment.value", "referrals-to-initial-assessment.previous"),
      direction("Referrals about domestic violence", "lower", "fell from", "referral-reasons-constant.dv_2012", "referral-reasons-constant.dv_2011"),
      direction("Referrals about general childcare", "higher", "the biggest increase", "referral-reasons-general-childcare.gc_2012", "referral-reasons-general-childcare.gc_2011"),
      direction("Offending by looked after children", "higher", "a rise in offending rates", "lac-offending.value", "lac-offending.previous"),
      direction("First-time entrants to the youth justice system", "lower", "a 3rd consecutive annual reduction", "first-time-entrants.value", "first-time-entrants.y2009"),
      direction("Proven re-offending against England", "lower", "compares favourably to national", "reoffending.value", "reoffending.england"),
      direction("Proven re-offending against statistical neighbours", "lower", "compares favourably to … statistical neighbours", "reoffending.value", "reoffending.neighbours"),
      direction("Looked after children's health assessments", "higher", "an improvement on the previous year", "lac-health-assessments.value", "lac-health-assessments.previous"),
      direction("Looked after children's dental checks", "lower", "had fallen", "lac-dental-and-immunisations.dental", "lac-dental-and-immunisations.dental_previous"),
      direction("Looked after children's immunisations", "lower", "fell to", "lac-dental-and-immunisations.immunisations", "lac-dental-and-immunisations.immunisations_previous"),
      direction("Children placed for adoption", "higher", "significant improvements in numbers", "adoption-placements.y2012", "adoption-placements.y2010"),
      direction("CAF team posts", "higher", "a welcome increase in staffing", "caf-team-posts.after", "caf-team-posts.before")
    ],
    changes: [
      { label: "MARAC referrals, 2012/13 on 2011/12", change: at("marac-cases.change"), from: at("marac-cases.previous"), to: at("marac-cases.cases"), qualifier: "almost" }
    ],
    marac: {
      cases: at("marac-cases.cases"),
      children: at("marac-children.children"),
      nonPoliceReferrals: at("marac-non-police.count"),
      nonPolicePercent: at("marac-non-police.pct")
    }
  };
}
