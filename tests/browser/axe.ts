import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");

/** The WCAG tags every page is checked against (WCAG 2.2 AA and everything below it). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A violation reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** WCAG 2.2 AA and axe's best-practice rules: what issue 15 requires to find nothing, of any impact. */
export const WCAG_AND_BEST_PRACTICE_TAGS = [...WCAG_TAGS, "best-practice"];

/** Which rules to run and which impacts count: by default the WCAG tags, serious and critical violations only. */
export interface AuditOptions {
  tags?: readonly string[];
  allImpacts?: boolean;
}

/** Runs axe-core in the page and returns how many rules ran and the violations (by default the serious or critical ones). */
export async function auditAccessibility(page: Page, { tags = WCAG_TAGS, allImpacts = false }: AuditOptions = {}): Promise<{ rulesRun: number; violations: AxeViolation[] }> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<any> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  }, [...tags]);
  const rulesRun = results.passes.length + results.violations.length + results.incomplete.length + results.inapplicable.length;
  const violations: AxeViolation[] = results.violations
    .filter((violation: any) => allImpacts || violation.impact === "serious" || violation.impact === "critical")
    .map((violation: any) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node: any) => String(node.target)) }));
  return { rulesRun, violations };
}
