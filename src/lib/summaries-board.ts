import { formatCount, formatPercent } from "./format.js";

/** A member's attendance as the boardAttendanceByMember query returns it. */
export interface MemberAttendanceRow {
  name: string;
  agency: string;
  meetings: number;
  attended: number;
  absent_no_apologies: number;
}

/** Returns a plain-English summary of members' attendance: who came to every meeting, who to none, absences without apologies. */
export function summarizeMemberAttendance(rows: readonly MemberAttendanceRow[]): string {
  if (rows.length === 0) return "No members match this choice.";
  const agencies = new Set(rows.map((row) => row.agency));
  const meetings = Math.max(...rows.map((row) => row.meetings));
  const absences = rows.reduce((sum, row) => sum + row.absent_no_apologies, 0);
  const withoutApologies = `${formatCount(absences)} ${absences === 1 ? "absence was" : "absences were"} without apologies.`;
  if (rows.length === 1) {
    const [row] = rows;
    return `${row!.name} (${row!.agency}) attended ${formatCount(row!.attended)} of ${formatCount(row!.meetings)} meetings; ${withoutApologies}`;
  }
  const every = rows.filter((row) => row.attended === row.meetings).length;
  const none = rows.filter((row) => row.attended === 0).length;
  const who = agencies.size === 1 ? `the ${formatCount(rows.length)} members from ${[...agencies][0]}` : `the ${formatCount(rows.length)} members listed`;
  return `Of ${who}, ${formatCount(every)} attended all ${formatCount(meetings)} meetings and ${formatCount(none)} attended none. ${capitalise(withoutApologies)}`;
}

/** Returns the takeaway title of members' attendance: one member's record, or who came to every meeting and who to one or none. */
export function titleMemberAttendance(rows: readonly MemberAttendanceRow[]): string {
  if (rows.length === 0) return "Board meetings each member attended in 2012/13";
  if (rows.length === 1) {
    const [row] = rows;
    return row!.attended === row!.meetings ? `${row!.name} came to every meeting` : `${row!.name} came to ${formatCount(row!.attended)} of ${formatCount(row!.meetings)} meetings`;
  }
  const every = rows.filter((row) => row.attended === row.meetings).length;
  const few = rows.filter((row) => row.attended <= 1).length;
  if (every === rows.length) return `All ${formatCount(rows.length)} members came to every meeting`;
  if (every > 0 && few > 0) return "Some members came to every meeting; a few came to one or none";
  return every === 0 ? "No member came to every meeting" : `${formatCount(every)} of the ${formatCount(rows.length)} members came to every meeting`;
}

/** An agency's attendance as the boardAttendanceByAgency query returns it. */
export interface AgencyAttendanceRow {
  agency: string;
  meetings: number;
  attended: number;
  attendance_rate_pct: number | null;
  absent_no_apologies: number;
}

/** Returns a plain-English summary of attendance by agency: the overall rate, the best and the lowest attended agencies. */
export function summarizeAgencyAttendance(rows: readonly AgencyAttendanceRow[]): string {
  if (rows.length === 0) return "No agencies are listed.";
  const meetings = rows.reduce((sum, row) => sum + row.meetings, 0);
  const attended = rows.reduce((sum, row) => sum + row.attended, 0);
  const rate = Math.round((1000 * attended) / meetings) / 10;
  const best = Math.max(...rows.map((row) => row.attendance_rate_pct ?? 0));
  const worst = Math.min(...rows.map((row) => row.attendance_rate_pct ?? 0));
  const named = (value: number) => rows.filter((row) => row.attendance_rate_pct === value).map((row) => row.agency);
  return `Members of ${formatCount(rows.length)} agencies attended ${formatCount(attended)} of the ${formatCount(meetings)} places they had at meetings (${formatPercent(rate)}). Best attended at ${formatPercent(best)}: ${listWords(named(best))}. Lowest at ${formatPercent(worst)}: ${listWords(named(worst))}.`;
}

/** A business-plan priority's objectives by status as the businessPlanStatusByPriority query returns it. */
export interface PriorityStatusRow {
  priority_no: number;
  objectives: number;
  completed: number;
  carried_forward: number;
  in_progress: number;
  not_stated: number;
}

/** Returns a plain-English summary of the business plan: objectives by status, and the priorities with every objective completed. */
export function summarizeBusinessPlan(rows: readonly PriorityStatusRow[]): string {
  if (rows.length === 0) return "The business plan lists no objectives.";
  const sum = (key: keyof PriorityStatusRow) => rows.reduce((total, row) => total + row[key], 0);
  const done = rows.filter((row) => row.completed === row.objectives).map((row) => String(row.priority_no));
  const counts = `${formatCount(sum("completed"))} were completed, ${formatCount(sum("carried_forward"))} carried forward to 2013/14, ${formatCount(sum("in_progress"))} still in progress and ${formatCount(sum("not_stated"))} had no status stated.`;
  const whole = done.length === 0 ? "No priority had every objective completed." : `${done.length === 1 ? "Priority" : "Priorities"} ${listWords(done)} had every objective completed.`;
  return `Of the ${formatCount(sum("objectives"))} objectives under ${formatCount(rows.length)} priorities, ${counts} ${whole}`;
}

/** A RAG rating's count as the ofstedRatingCounts query returns it. */
export interface RatingCountRow {
  rag_rating: string;
  actions: number;
}

/** Returns a plain-English summary of the action plan's ratings: how many actions have each. */
export function summarizeRatingCounts(rows: readonly RatingCountRow[]): string {
  if (rows.length === 0) return "No actions match this choice.";
  const total = rows.reduce((sum, row) => sum + row.actions, 0);
  return `Of the ${formatCount(total)} ${total === 1 ? "action" : "actions"}, ${listWords(rows.map((row) => `${formatCount(row.actions)} rated ‘${row.rag_rating}’`))}.`;
}

/** Returns the takeaway title of the action plan's ratings: the rating (or ratings) given to the most actions. */
export function titleRatingCounts(rows: readonly RatingCountRow[]): string {
  if (rows.length === 0) return "Recommendations by the rating of their progress";
  if (rows.length === 1) return `Every recommendation here was rated ‘${rows[0]!.rag_rating}’ by February 2013`;
  const most = Math.max(...rows.map((row) => row.actions));
  const top = rows.filter((row) => row.actions === most).map((row) => `‘${row.rag_rating}’`);
  return top.length === 1 ? `${top[0]} was the most common rating by February 2013` : `${listWords(top)} were the most common ratings by February 2013`;
}

/** An Ofsted recommendation as the ofstedActions query returns it. */
export interface ActionRow {
  theme: string;
  timescale: string;
}

/** Returns a plain-English summary of the recommendations listed: how many, under which themes and timescales. */
export function summarizeOfstedActions(rows: readonly ActionRow[]): string {
  if (rows.length === 0) return "No actions match this choice.";
  const themes = [...new Set(rows.map((row) => row.theme))];
  const count = (timescale: string) => rows.filter((row) => row.timescale === timescale).length;
  return `${formatCount(rows.length)} ${rows.length === 1 ? "recommendation" : "recommendations"} under ${listWords(themes)}: ${formatCount(count("Within three months"))} to be met within three months and ${formatCount(count("Within six months"))} within six months.`;
}

/** Joins words as English does: `a`, `a and b`, `a, b and c`. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
