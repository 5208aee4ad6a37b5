/** The child protection measures the report gives for more than one year: indicator_id and the words a reader picks from. */
export const CHILD_PROTECTION_MEASURES = [
  { id: "cp_plans_repeat_pct", label: "Plans for a second or subsequent time" },
  { id: "cp_plans_ended_after_2_years_pct", label: "Plans that ended after two years or more" },
  { id: "s47_to_icpc_pct", label: "Section 47 enquiries that led to a conference" }
] as const;

/** The indicator_id of a child protection measure the page can show. */
export type ChildProtectionMeasure = (typeof CHILD_PROTECTION_MEASURES)[number]["id"];

/** Every measure's indicator_id, in menu order. */
export const CHILD_PROTECTION_MEASURE_IDS: readonly ChildProtectionMeasure[] = CHILD_PROTECTION_MEASURES.map((measure) => measure.id);

/** The measure shown when the address names none (and never written to it). */
export const DEFAULT_CHILD_PROTECTION_MEASURE: ChildProtectionMeasure = "cp_plans_repeat_pct";

/** Returns the reader's words for a measure's indicator_id. */
export function childProtectionMeasureLabel(id: string): string {
  const measure = CHILD_PROTECTION_MEASURES.find((entry) => entry.id === id);
  if (!measure) throw new Error(`childProtectionMeasureLabel: expected one of ${CHILD_PROTECTION_MEASURE_IDS.join(", ")}, found ${JSON.stringify(id)}`);
  return measure.label;
}
