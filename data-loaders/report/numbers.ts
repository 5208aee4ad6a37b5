import { ReportFormatError, type ReportLocation } from "../errors.js";

const COUNT = /^\d{1,3}(,\d{3})*$|^\d+$/;
const MONEY = /^£?(\d{1,3}(,\d{3})*|\d+)(\.\d{1,2})?$/;
const PERCENT = /^(\d+(\.\d+)?)\s?%$/;

/** Returns a whole number from a cell such as `3,003`; a blank cell is null, never 0. */
export function parseCount(cell: string, location: ReportLocation): number | null {
  const text = cell.trim();
  if (text === "") return null;
  if (!COUNT.test(text)) throw new ReportFormatError(location, "a whole number", JSON.stringify(cell));
  return Number(text.replaceAll(",", ""));
}

/** Returns pounds from a cell such as `£117,630.00` (the £ sign is optional); a blank cell is null. */
export function parseMoney(cell: string, location: ReportLocation): number | null {
  const text = cell.trim();
  if (text === "") return null;
  if (!MONEY.test(text)) throw new ReportFormatError(location, "an amount in pounds", JSON.stringify(cell));
  return Number(text.replace(/[£,]/g, ""));
}

/** Returns the number before the % sign in a cell such as `47%` or `2.68%`; a blank cell is null. */
export function parsePercent(cell: string, location: ReportLocation): number | null {
  const text = cell.trim();
  if (text === "") return null;
  const match = PERCENT.exec(text);
  if (!match) throw new ReportFormatError(location, "a percentage such as 47%", JSON.stringify(cell));
  return Number(match[1]);
}
