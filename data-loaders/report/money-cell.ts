import { ReportFormatError, type ReportLocation } from "../errors.js";
import { parseMoney } from "./numbers.js";

/** Returns pounds from a money cell that must hold an amount (`£5,188.00`, `335.70`); throws on a blank or on text. */
export function parseRequiredMoney(cell: string, location: ReportLocation): number {
  const amount = parseMoney(cell, location);
  if (amount === null) throw new ReportFormatError(location, "an amount in pounds", '""');
  return amount;
}
