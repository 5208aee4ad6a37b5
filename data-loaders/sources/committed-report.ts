import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseReportText, type ReportText } from "../report/report-text.js";

/** Path of the committed copy of the Luton LSCB 2012/13 annual report text. */
export const COMMITTED_REPORT_PATH = fileURLToPath(new URL("./luton-lscb-annual-report-2012-13.txt", import.meta.url));

/** SHA-256 of the report text, as the data contract publishes it. */
export const COMMITTED_REPORT_SHA256 = "60a0f46f404523dce3b0dd18040d8480091261e6401344bafc9bd17cc60de78d";

/** Returns the SHA-256 hex digest of some bytes. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads a report text file from disk. */
export function readReport(path: string): ReportText {
  return parseReportText(readFileSync(path, "utf-8"));
}

/** Reads the committed report, refusing a copy whose hash differs from the contract's. */
export function readCommittedReport(): ReportText {
  const bytes = readFileSync(COMMITTED_REPORT_PATH);
  const actual = sha256Hex(bytes);
  if (actual !== COMMITTED_REPORT_SHA256) {
    throw new Error(`${COMMITTED_REPORT_PATH}: expected SHA-256 ${COMMITTED_REPORT_SHA256}, found ${actual}`);
  }
  return parseReportText(bytes.toString("utf-8"));
}
