import { ALLEGATIONS } from "./allegations.js";
import { CHILD_DEATHS } from "./child-deaths.js";
import { CHILD_PROTECTION } from "./child-protection.js";
import { CHILDREN_IN_CARE } from "./children-in-care.js";
import { CHILDREN_IN_NEED } from "./children-in-need.js";
import { DOMESTIC_ABUSE } from "./domestic-abuse.js";
import { EARLY_HELP } from "./early-help.js";
import { GOVERNANCE } from "./governance.js";
import { HOME_EDUCATION } from "./home-education.js";
import { HOMELESSNESS } from "./homelessness.js";
import type { IndicatorTheme } from "./indicator-spec.js";
import { MENTAL_HEALTH } from "./mental-health.js";
import { PRIVATE_FOSTERING } from "./private-fostering.js";
import { SERIOUS_CASE_REVIEWS } from "./serious-case-reviews.js";
import { SUBSTANCE_MISUSE } from "./substance-misuse.js";
import { TEENAGE_PREGNANCY } from "./teenage-pregnancy.js";
import { DEAF_CHILDREN, RADICALISATION, SEXUAL_ASSAULT, TRAFFICKING } from "./vulnerable-groups.js";
import { WORKFORCE } from "./workforce.js";
import { YOUTH_JUSTICE } from "./youth-justice.js";

/** Every theme of the indicators table, in the order rows are published (the contract's themes first). */
export const INDICATOR_THEMES: readonly IndicatorTheme[] = [
  CHILDREN_IN_NEED,
  CHILD_PROTECTION,
  CHILDREN_IN_CARE,
  YOUTH_JUSTICE,
  DOMESTIC_ABUSE,
  CHILD_DEATHS,
  ALLEGATIONS,
  SUBSTANCE_MISUSE,
  WORKFORCE,
  PRIVATE_FOSTERING,
  HOMELESSNESS,
  TEENAGE_PREGNANCY,
  HOME_EDUCATION,
  EARLY_HELP,
  MENTAL_HEALTH,
  DEAF_CHILDREN,
  SEXUAL_ASSAULT,
  RADICALISATION,
  TRAFFICKING,
  SERIOUS_CASE_REVIEWS,
  GOVERNANCE
];
