import type { TableDefinition } from "../table-definition.js";
import { boardAttendance } from "./board-attendance.js";
import { agencyNames } from "./agency-names.js";
import { budgetExpenditure } from "./budget-expenditure.js";
import { budgetIncome } from "./budget-income.js";
import { budgetPosition } from "./budget-position.js";
import { businessPlan } from "./business-plan.js";
import { cafByAgency } from "./caf-by-agency.js";
import { cafByArea } from "./caf-by-area.js";
import { dataQuality } from "./data-quality.js";
import { homeEducationGrades } from "./home-education-grades.js";
import { homeEducationReasons } from "./home-education-reasons.js";
import { indicators } from "./indicators.js";
import { maracMeetings } from "./marac-meetings.js";
import { maracReferrals } from "./marac-referrals.js";
import { ofstedActions } from "./ofsted-actions.js";
import { partners } from "./partners.js";
import { reportParagraphs } from "./report-paragraphs.js";

/** Every table parsed straight from the report, in catalog order (the catalog tables are built from these). */
export const REPORT_TABLES: readonly TableDefinition<any>[] = [
  cafByArea,
  cafByAgency,
  maracMeetings,
  maracReferrals,
  indicators,
  homeEducationGrades,
  homeEducationReasons,
  budgetIncome,
  budgetExpenditure,
  budgetPosition,
  boardAttendance,
  ofstedActions,
  businessPlan,
  partners,
  agencyNames,
  dataQuality,
  reportParagraphs
];
