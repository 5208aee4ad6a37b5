import { describe, expect, it } from "vitest";
import { extractReport } from "../../data-loaders/index.js";
import { parseReportText, type ReportText } from "../../data-loaders/report/report-text.js";
import { readCommittedReport } from "../../data-loaders/sources/committed-report.js";
import type { CellValue, TableRow } from "../../data-loaders/table-definition.js";
import { REPORT_TABLES } from "../../data-loaders/tables/index.js";
import { addPounds, cellsAt, findLine, lineWithCell, poundsIn, REPORT_LINES, sourceWithLines } from "./report-cells.js";

// Every mutation changes one numeric cell of the report text by +1 (or +£1.00) and checks that the change shows: in the published
// row that holds the cell, and as a data_quality finding on the printed total the cell belongs to. Mutations are generated from the
// report text, finding each table by its caption and labels; printed totals and sums are computed here from the same text.

/** One single-cell change of the report and what it must do to the output. */
interface Mutation {
  /** What changed, e.g. `Central 2011/12 Q1 (line 282) 15 → 16`. */
  name: string;
  line: number;
  text: string;
  /** The published row holding the cell and the value it must now have, or null when the cell is not published itself. */
  row: { table: string; key: Record<string, CellValue>; column: string; value: number } | null;
  /** The data_quality finding that must appear, with the printed figure (`expected`) and the figure the rows give (`actual`). */
  finding: { check_id: string; table_name: string; expected: number; actual: number } | null;
}

const pence = (pounds: number) => Math.round(pounds * 100);
const pounds = (pennies: number) => pennies / 100;
const bodyLines = (first: number, last: number) => range(first, last).filter((line) => REPORT_LINES[line - 1]!.trim() !== "");

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

// The column order both CAF tables print: 2011/12 Q1 … 2012/13 Q4 (the report writes the second header "2011/12/Q2").
const CAF_QUARTERS: [string, number][] = [
  ["2011/12", 1], ["2011/12", 2], ["2011/12", 3], ["2011/12", 4],
  ["2012/13", 1], ["2012/13", 2], ["2012/13", 3], ["2012/13", 4]
];

/** Table 1: every area cell with a figure, then every cell of the printed Total row. */
function cafAreaMutations(): Mutation[] {
  const header = findLine(/^Area\t/, findLine(/^Table 1 – Number of CAFs completed/));
  const totalLine = findLine(/^Total\t/, header);
  const areaLines = bodyLines(header + 1, totalLine - 1);
  const printed = cellsAt(totalLine).slice(1).map(Number);
  // A blank area cell adds nothing; the check compares the Total with the areas that have a figure.
  const sums = CAF_QUARTERS.map((_, index) => areaLines.reduce((sum, line) => sum + Number(cellsAt(line)[index + 1] || 0), 0));
  const finding = (expected: number, actual: number) => ({ check_id: "caf_by_area_total", table_name: "caf_by_area", expected, actual });
  const label = (index: number) => `${CAF_QUARTERS[index]![0]} Q${CAF_QUARTERS[index]![1]}`;
  return [
    ...areaLines.flatMap((line) => {
      const [area = "", ...cells] = cellsAt(line);
      return cells.flatMap((cell, index): Mutation[] => {
        if (cell === "") return [];
        const [financial_year, quarter] = CAF_QUARTERS[index]!;
        return [
          {
            name: `${area} ${label(index)} (line ${line}) ${cell} → ${Number(cell) + 1}`,
            line,
            text: lineWithCell(line, index + 1, String(Number(cell) + 1)),
            row: { table: "caf_by_area", key: { area, financial_year, quarter }, column: "cafs", value: Number(cell) + 1 },
            finding: finding(printed[index]!, sums[index]! + 1)
          }
        ];
      });
    }),
    ...printed.map((total, index) => ({
      name: `the printed Total for ${label(index)} (line ${totalLine}) ${total} → ${total + 1}`,
      line: totalLine,
      text: lineWithCell(totalLine, index + 1, String(total + 1)),
      row: null,
      finding: finding(total + 1, sums[index]!)
    }))
  ];
}

const MARAC_MEASURES = ["cases", "repeat_cases", "children"];

/** The MARAC table: every cell of every meeting row, the three measures and the 13 referring-agency columns. */
function maracMutations(): Mutation[] {
  const header = findLine(/^Date Held\t/, findLine(/^Table1: MARAC Performance Data/));
  const agencies = cellsAt(header + 1).slice(1 + MARAC_MEASURES.length);
  const totalLine = findLine(/^TOTAL\t/, header);
  return bodyLines(header + 2, totalLine - 1).flatMap((line) => {
    const [meeting_label = "", ...cells] = cellsAt(line);
    return cells.map((cell, index): Mutation => {
      const value = Number(cell) + 1;
      const measure = MARAC_MEASURES[index];
      const agency = agencies[index - MARAC_MEASURES.length]!;
      return {
        name: `${meeting_label} ${measure ?? agency} (line ${line}) ${cell} → ${value}`,
        line,
        text: lineWithCell(line, index + 1, String(value)),
        row: measure
          ? { table: "marac_meetings", key: { meeting_label }, column: measure, value }
          : { table: "marac_referrals", key: { meeting_label, agency }, column: "referrals", value },
        finding: {
          check_id: "marac_total",
          table_name: measure ? "marac_meetings" : "marac_referrals",
          expected: Number(cellsAt(totalLine)[index + 1]),
          actual: Number(cellsAt(totalLine)[index + 1]) + 1
        }
      };
    });
  });
}

/** Table A: every partner amount, the parts and subtotal of the health agencies' block, and the printed Total. */
function budgetIncomeMutations(): Mutation[] {
  const header = findLine(/^LSCB Partner Agency\t/, findLine(/^Table A - LSCB Income/));
  const totalLine = findLine(/^Total\t/, header);
  // A partner line, then the amounts printed under it with no label: for the health agencies, parts ending in their subtotal.
  const blocks: { partner: string; lines: number[] }[] = [];
  for (const line of bodyLines(header + 1, totalLine - 1)) {
    const partner = cellsAt(line)[0]!;
    if (partner !== "") blocks.push({ partner, lines: [line] });
    else blocks.at(-1)!.lines.push(line);
  }
  const amount = (line: number) => poundsIn(cellsAt(line)[2]!);
  const published = (block: { lines: number[] }) => amount(block.lines.at(-1)!);
  const printedTotal = amount(totalLine);
  const publishedSum = blocks.reduce((sum, block) => sum + pence(published(block)), 0);
  const plusOne = (line: number) => lineWithCell(line, 2, addPounds(cellsAt(line)[2]!, 1));
  const totalFinding = (expected: number, actual: number) => ({ check_id: "budget_income_total", table_name: "budget_income", expected, actual });
  return [
    ...blocks.flatMap(({ partner, lines }): Mutation[] => {
      const last = lines.at(-1)!;
      const row = { table: "budget_income", key: { partner }, column: "amount_gbp", value: amount(last) + 1 };
      const own = { name: `${partner} (line ${last}) ${cellsAt(last)[2]} → ${addPounds(cellsAt(last)[2]!, 1)}`, line: last, text: plusOne(last), row, finding: totalFinding(printedTotal, pounds(publishedSum + 100)) };
      if (lines.length === 1) return [own];
      // The parts of a block are not published: changing one leaves the row alone and contradicts the block's subtotal.
      const parts = lines.slice(0, -1);
      const partsSum = parts.reduce((sum, line) => sum + pence(amount(line)), 0);
      return [
        ...parts.map((line) => ({
          name: `a part of "${partner}" (line ${line}) ${cellsAt(line)[2]} → ${addPounds(cellsAt(line)[2]!, 1)}`,
          line,
          text: plusOne(line),
          row: null,
          finding: { check_id: "budget_income_subtotal", table_name: "budget_income", expected: amount(last), actual: pounds(partsSum + 100) }
        })),
        { ...own, name: `the subtotal of ${own.name}` }
      ];
    }),
    {
      name: `the printed Total (line ${totalLine}) ${cellsAt(totalLine)[2]} → ${addPounds(cellsAt(totalLine)[2]!, 1)}`,
      line: totalLine,
      text: plusOne(totalLine),
      row: null,
      finding: totalFinding(printedTotal + 1, pounds(publishedSum))
    }
  ];
}

/** Table B: every expenditure line, then the printed "Total expenditure". */
function budgetExpenditureMutations(): Mutation[] {
  const header = findLine(/^Description\t/, findLine(/^Table B - LSCB Expenditure/));
  // The amount column is labelled on the line under "Description"; the expenditure lines end at a blank line.
  const first = header + 2;
  const lines = range(first, findLine(/^\s*$/, first) - 1);
  const totalLine = findLine(/^Total expenditure\t/, first);
  const printed = poundsIn(cellsAt(totalLine)[1]!);
  const sum = lines.reduce((total, line) => total + pence(poundsIn(cellsAt(line)[1]!)), 0);
  const finding = (expected: number, actual: number) => ({ check_id: "budget_expenditure_total", table_name: "budget_expenditure", expected, actual });
  const change = (line: number) => ({ line, text: lineWithCell(line, 1, addPounds(cellsAt(line)[1]!, 1)), name: `(line ${line}) ${cellsAt(line)[1]} → ${addPounds(cellsAt(line)[1]!, 1)}` });
  return [
    ...lines.map((line) => {
      const category = cellsAt(line)[0]!;
      const { text, name } = change(line);
      return {
        name: `"${category}" ${name}`,
        line,
        text,
        row: { table: "budget_expenditure", key: { category }, column: "amount_gbp", value: poundsIn(cellsAt(line)[1]!) + 1 },
        finding: finding(printed, pounds(sum + 100))
      };
    }),
    { ...change(totalLine), name: `the printed total expenditure ${change(totalLine).name}`, row: null, finding: finding(printed + 1, pounds(sum)) }
  ];
}

const ATTENDANCE_PARTS = ["attended", "absent_no_apologies", "represented", "apologies"];

/** Partnership attendance: each member's printed meeting count and the four counts that should add up to it. */
function boardAttendanceMutations(): Mutation[] {
  const caption = findLine(/^Partnership Attendance at LSCB Meetings/);
  const end = findLine(/^Appendix 4/, caption);
  return range(caption, end)
    .filter((line) => /^\d+\t/.test(REPORT_LINES[line - 1]!))
    .flatMap((line) => {
      const cells = cellsAt(line);
      const member_no = Number(cells[0]);
      const meetings = Number(cells[4]);
      const parts = cells.slice(5, 9).map(Number);
      const sum = parts.reduce((total, part) => total + part, 0);
      const finding = (expected: number, actual: number) => ({ check_id: "board_attendance_sum", table_name: "board_attendance", expected, actual });
      const row = (column: string, value: number) => ({ table: "board_attendance", key: { member_no }, column, value });
      return [
        {
          name: `member ${member_no}'s meetings (line ${line}) ${meetings} → ${meetings + 1}`,
          line,
          text: lineWithCell(line, 4, String(meetings + 1)),
          row: row("meetings", meetings + 1),
          finding: finding(meetings + 1, sum)
        },
        ...parts.map((part, index) => ({
          name: `member ${member_no}'s ${ATTENDANCE_PARTS[index]} (line ${line}) ${part} → ${part + 1}`,
          line,
          text: lineWithCell(line, 5 + index, String(part + 1)),
          row: row(ATTENDANCE_PARTS[index]!, part + 1),
          finding: finding(meetings, sum + 1)
        }))
      ];
    });
}

const FAMILIES: [string, Mutation[]][] = [
  ["Table 1 (CAFs completed by area)", cafAreaMutations()],
  ["the MARAC table", maracMutations()],
  ["Table A (LSCB income)", budgetIncomeMutations()],
  ["Table B (LSCB expenditure)", budgetExpenditureMutations()],
  ["the partnership attendance table", boardAttendanceMutations()]
];
const MUTATIONS = FAMILIES.flatMap(([, mutations]) => mutations);

const committed = readCommittedReport();
const dataQuality = REPORT_TABLES.find((table) => table.name === "data_quality")!;

/** Returns the named tables and data_quality, parsed by the same table definitions extractReport runs (extractReport takes ~40 ms). */
function extractTables(report: ReportText, names: readonly string[]): Map<string, TableRow[]> {
  const tables = new Map<string, TableRow[]>(names.map((name) => [name, REPORT_TABLES.find((table) => table.name === name)!.parse(report) as TableRow[]]));
  tables.set("data_quality", dataQuality.parse(report) as TableRow[]);
  return tables;
}

/** Returns the tables a family of mutations publishes its cells in. */
const tablesOf = (mutations: readonly Mutation[]) => [...new Set(mutations.flatMap((mutation) => (mutation.row ? [mutation.row.table] : [])))];
const BASELINE = extractTables(committed, tablesOf(MUTATIONS));
const sameKey = (row: TableRow, key: Record<string, CellValue>) => Object.entries(key).every(([column, value]) => row[column] === value);
const sameFigure = (a: CellValue, b: number) => typeof a === "number" && pence(a) === pence(b);

/** Returns what a mutation must do, for the test's name. */
function claimOf({ row, finding }: Mutation): string {
  const rows = row ? `changes ${row.table}.${row.column} by 1` : "leaves every published row as it was";
  return finding ? `${rows} and data_quality reports ${finding.check_id} (printed ${finding.expected}, rows ${finding.actual})` : rows;
}

/** Asserts what a mutated report must publish: only the mutated row changed, by the delta, and the expected finding is new. */
function expectVisible(mutation: Mutation, tables: Map<string, TableRow[]>, names: readonly string[]): void {
  for (const name of names) {
    const baseline = BASELINE.get(name)!;
    const target = mutation.row?.table === name ? baseline.filter((row) => sameKey(row, mutation.row!.key)) : [];
    if (mutation.row?.table === name) expect(target, `one ${name} row for ${JSON.stringify(mutation.row.key)}`).toHaveLength(1);
    const expected = baseline.map((row) => (row === target[0] ? { ...row, [mutation.row!.column]: mutation.row!.value } : row));
    expect(tables.get(name)!.map((row) => ({ ...row })), `${name} after ${mutation.name}`).toEqual(expected);
    if (target[0]) expect(pence((tables.get(name)!.find((row) => sameKey(row, mutation.row!.key))![mutation.row!.column] as number) - (target[0][mutation.row!.column] as number))).toBe(100);
  }
  if (!mutation.finding) return;
  const { check_id, table_name, expected, actual } = mutation.finding;
  const matches = (row: TableRow) => row.check_id === check_id && row.table_name === table_name && sameFigure(row.expected!, expected) && sameFigure(row.actual!, actual);
  const related = tables.get("data_quality")!.filter((row) => row.check_id === check_id);
  expect(related.filter(matches), `${check_id} findings after ${mutation.name}: ${JSON.stringify(related)}`).toHaveLength(1);
  expect(BASELINE.get("data_quality")!.some(matches), "the finding is new").toBe(false);
}

describe("the generated mutations", () => {
  it("number at least 100, one per numeric cell of the tables with printed totals", () => {
    expect(Object.fromEntries(FAMILIES.map(([family, mutations]) => [family, mutations.length]))).toEqual({
      "Table 1 (CAFs completed by area)": 39 + 8, // 40 area cells less the blank Central 2012/13 Q4, and 8 Total cells
      "the MARAC table": 12 * 16, // 12 meeting rows × (3 measures + 13 agencies)
      "Table A (LSCB income)": 6 + 3 + 1 + 1, // 6 single-line partners, the health block's 3 parts and subtotal, the Total
      "Table B (LSCB expenditure)": 6 + 1,
      "the partnership attendance table": 28 * 5
    });
  });

  it("each change exactly one cell of one line, to a different value", () => {
    for (const mutation of MUTATIONS) {
      const before = cellsAt(mutation.line);
      const after = mutation.text.split("\t");
      expect(after.length, mutation.name).toBe(before.length);
      expect(after.filter((cell, index) => cell !== before[index]).length, mutation.name).toBe(1);
    }
  });

  it("start from a committed report that already reproduces every total they check", () => {
    const findings = BASELINE.get("data_quality")!;
    const errors = findings.filter((row) => ["caf_by_area_total", "budget_income_total", "budget_income_subtotal", "budget_expenditure_total"].includes(row.check_id as string) && row.severity === "error");
    expect(errors).toEqual([]);
  });
});

describe.each(FAMILIES)("adding 1 to one cell of %s", (_, mutations) => {
  const names = tablesOf(mutations);

  it.each(mutations.map((mutation) => [`${mutation.name} ${claimOf(mutation)}`, mutation] as [string, Mutation]))("changing %s", (_, mutation) => {
    const report = parseReportText(sourceWithLines(new Map([[mutation.line, mutation.text]])));
    expectVisible(mutation, extractTables(report, names), names);
  });

  it("gives the same result through extractReport for the first and last change", () => {
    for (const mutation of [mutations[0]!, mutations.at(-1)!]) {
      const tables = extractReport(parseReportText(sourceWithLines(new Map([[mutation.line, mutation.text]]))));
      expectVisible(mutation, new Map(tables.map((table) => [table.name, table.rows])), names);
    }
  });
});
