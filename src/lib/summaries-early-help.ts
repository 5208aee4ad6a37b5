import { formatCount, formatCountChange, formatPercent } from "./format.js";

/** A quarter of CAFs in one area (or all), 2011/12 beside 2012/13, as the cafByQuarter query returns it. */
export interface CafQuarterRow {
  area: string;
  quarter_label: string;
  cafs_2011_12: number | null;
  cafs_2012_13: number | null;
  change_cafs: number | null;
  blank_areas_2011_12: string | null;
  blank_areas_2012_13: string | null;
}

/** CAFs from one referring agency in one quarter, as the cafByAgency query returns it. */
export interface CafAgencyRow {
  period: string;
  agency: string;
  cafs: number | null;
}

/** The RAT's CAFs in one quarter and its share of Table 2's CAFs, as the ratShareByQuarter query returns it. */
export interface RatShareRow {
  period: string;
  rat_cafs: number | null;
  agency_cafs: number | null;
  rat_share_pct: number | null;
}

/** One quarter's CAFs added up from Table 1 (areas) and Table 2 (agencies), as the cafTablesCompared query returns it. */
export interface CafTablesRow {
  period: string;
  area_cafs: number | null;
  agency_cafs: number | null;
  difference_cafs: number | null;
}

/** Returns the words for a note on a bar that adds up only the areas with a figure: "no figure for Central". */
export function describeBlankAreas(areas: string | null): string | null {
  return areas ? `the report gives no figure for ${areas}; the bar adds up the other areas` : null;
}

/** Returns a tile's period with its blank cells named: "2012/13 (no figure for Central Q4)". */
export function describePeriodWithBlanks(period: string, blankCells: string | null): string {
  return blankCells ? `${period} (no figure for ${blankCells})` : period;
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function yearTotal(rows: readonly CafQuarterRow[], year: "2011/12" | "2012/13"): { total: string; caveat: string } {
  const key = year === "2011/12" ? "cafs_2011_12" : "cafs_2012_13";
  const blanks = year === "2011/12" ? "blank_areas_2011_12" : "blank_areas_2012_13";
  const missing = rows.filter((row) => row[key] === null).map((row) => row.quarter_label);
  const partial = rows.filter((row) => row[key] !== null && row[blanks] !== null).map((row) => `${row.quarter_label} has no figure for ${row[blanks]}`);
  const caveats = [...(missing.length ? [`${joinList(missing)} ${missing.length === 1 ? "is" : "are"} blank in the report`] : []), ...partial];
  return { total: formatCount(sum(rows.map((row) => row[key]))), caveat: caveats.length ? ` (${caveats.join("; ")})` : "" };
}

/** Returns a plain-English summary of CAFs per quarter in an area: both years' totals, their gaps, and the biggest change. */
export function summarizeCafByQuarter(rows: readonly CafQuarterRow[]): string {
  if (rows.length === 0) return "No CAF figures are recorded for this choice.";
  const where = rows[0]!.area === "All areas" ? "Across all areas" : `In ${rows[0]!.area}`;
  const before = yearTotal(rows, "2011/12");
  const after = yearTotal(rows, "2012/13");
  const text = [`${where}, ${before.total} CAFs were completed in 2011/12${before.caveat} and ${after.total} in 2012/13${after.caveat}.`];
  const compared = rows.filter((row) => row.change_cafs !== null);
  if (compared.length) {
    const biggest = compared.reduce((best, row) => (Math.abs(row.change_cafs!) > Math.abs(best.change_cafs!) ? row : best));
    text.push(`The biggest change on the year was in ${biggest.quarter_label}: from ${formatCount(biggest.cafs_2011_12)} to ${formatCount(biggest.cafs_2012_13)} (${formatCountChange(biggest.change_cafs)}).`);
  }
  return text.join(" ");
}

const QUARTER_WORDS: Record<string, string> = { Q1: "first", Q2: "second", Q3: "third", Q4: "fourth" };

/**
 * Returns the takeaway title of CAFs per quarter in an area (or all): whether more or fewer were completed in 2012/13
 * than in 2011/12 and the quarter of the biggest rise (or fall). A year with a blank cell gives only a lower bound, so
 * when blanks leave the answer open the title only says what the chart shows.
 */
export function titleCafByQuarter(rows: readonly CafQuarterRow[]): string {
  if (rows.length === 0) return "CAFs completed per quarter, 2011/12 beside 2012/13";
  const where = rows[0]!.area === "All areas" ? "Across Luton" : `In ${rows[0]!.area}`;
  const before = knownTotal(rows, "2011/12");
  const after = knownTotal(rows, "2012/13");
  const more = after.total > before.total && before.complete;
  const fewer = after.total < before.total && after.complete;
  if (!more && !fewer) {
    if (after.total === before.total && before.complete && after.complete) return `${where}, as many CAFs were completed in 2012/13 as in 2011/12`;
    return `${where}, CAFs completed per quarter, 2011/12 beside 2012/13`;
  }
  const changes = rows.filter((row) => row.change_cafs !== null && (more ? row.change_cafs > 0 : row.change_cafs < 0));
  const biggest = Math.max(0, ...changes.map((row) => Math.abs(row.change_cafs!)));
  const quarters = changes.filter((row) => Math.abs(row.change_cafs!) === biggest).map((row) => QUARTER_WORDS[row.quarter_label] ?? row.quarter_label);
  const title = `${where}, ${more ? "more" : "fewer"} CAFs were completed in 2012/13 than in 2011/12`;
  if (quarters.length === 0) return title;
  return `${title}, with the biggest ${more ? "rise" : "fall"} in the ${joinList(quarters)} ${quarters.length === 1 ? "quarter" : "quarters"}`;
}

// A year's CAFs over the cells the report fills in, and whether it filled in every cell (else the total is a lower bound).
function knownTotal(rows: readonly CafQuarterRow[], year: "2011/12" | "2012/13"): { total: number; complete: boolean } {
  const key = year === "2011/12" ? "cafs_2011_12" : "cafs_2012_13";
  const blanks = year === "2011/12" ? "blank_areas_2011_12" : "blank_areas_2012_13";
  return { total: sum(rows.map((row) => row[key])), complete: rows.every((row) => row[key] !== null && row[blanks] === null) };
}

/** Returns a plain-English summary of CAFs by referring agency: the agency with most CAFs and the blank cells. */
export function summarizeCafByAgency(rows: readonly CafAgencyRow[]): string {
  if (rows.length === 0) return "No CAF figures by agency are recorded.";
  const totals = new Map<string, number>();
  const blanks = new Map<string, number>();
  for (const row of rows) {
    totals.set(row.agency, (totals.get(row.agency) ?? 0) + (row.cafs ?? 0));
    if (row.cafs === null) blanks.set(row.agency, (blanks.get(row.agency) ?? 0) + 1);
  }
  const periods = new Set(rows.map((row) => row.period)).size;
  const [topAgency, topCafs] = [...totals].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const text = [`Over the ${periods} quarters, ${topAgency} completed the most CAFs (${formatCount(topCafs)}).`];
  if (blanks.size) {
    const list = [...blanks].map(([agency, count]) => `${agency} (${count} ${count === 1 ? "quarter" : "quarters"})`);
    text.push(`The report leaves cells blank for ${joinList(list)}; blank cells are shown as no data, not 0.`);
  }
  return text.join(" ");
}

/** Returns a plain-English summary of the RAT's share of CAFs: highest and lowest quarter, and quarters with no figure. */
export function summarizeRatShare(rows: readonly RatShareRow[]): string {
  const known = rows.filter((row) => row.rat_share_pct !== null);
  if (known.length === 0) return "The report gives no CAF figures for the RAT.";
  const highest = known.reduce((best, row) => (row.rat_share_pct! > best.rat_share_pct! ? row : best));
  const lowest = known.reduce((best, row) => (row.rat_share_pct! < best.rat_share_pct! ? row : best));
  const describe = (row: RatShareRow) => `${row.period} (${formatPercent(row.rat_share_pct)}, ${formatCount(row.rat_cafs)} of ${formatCount(row.agency_cafs)})`;
  const text = [`The RAT's share of CAFs was highest in ${describe(highest)} and lowest in ${describe(lowest)}.`];
  const missing = rows.filter((row) => row.rat_share_pct === null).map((row) => row.period);
  if (missing.length) text.push(`The report gives no RAT figure for ${missing.length === 1 ? missing[0] : `${missing.length} quarters (${missing[0]} to ${missing[missing.length - 1]})`}.`);
  return text.join(" ");
}

/** Returns a plain-English summary of where Table 1's and Table 2's quarterly CAF totals agree and where they do not. */
export function summarizeCafTablesCompared(rows: readonly CafTablesRow[]): string {
  if (rows.length === 0) return "No CAF totals to compare.";
  const differ = rows.filter((row) => row.difference_cafs !== 0);
  const agree = rows.length - differ.length;
  if (differ.length === 0) return `The two tables give the same CAF total in all ${rows.length} quarters.`;
  const largest = differ.reduce((best, row) => (Math.abs(row.difference_cafs ?? 0) > Math.abs(best.difference_cafs ?? 0) ? row : best));
  const list = differ.map((row) => `${row.period} (${formatCount(row.area_cafs)} by area, ${formatCount(row.agency_cafs)} by agency)`);
  return `The two tables give the same CAF total in ${agree} of ${rows.length} quarters. They differ in ${joinList(list)}. The largest gap is ${formatCount(Math.abs(largest.difference_cafs ?? 0))}, in ${largest.period}.`;
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
