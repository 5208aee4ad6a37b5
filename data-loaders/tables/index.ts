import type { TableDefinition } from "../table-definition.js";
import { maracMeetings } from "./marac-meetings.js";
import { maracReferrals } from "./marac-referrals.js";

/** Every table parsed straight from the report, in catalog order. */
export const REPORT_TABLES: readonly TableDefinition<any>[] = [maracMeetings, maracReferrals];
