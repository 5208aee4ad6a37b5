/** An assurance report the board received: its URL value, its name for readers, and its report section heading. */
export interface AssuranceReport {
  key: string;
  label: string;
  section: string;
}

/** The allegations and prevention page's assurance reports, in report order; `key` is the value written to the URL (`?report=`). */
export const ASSURANCE_REPORTS: readonly AssuranceReport[] = [
  { key: "sarc", label: "Sexual assault referral centre (SARC)", section: "Sexual Assault Referral Centre (SARC) arrangements" },
  { key: "lado", label: "Allegations against adults who work with children (LADO)", section: "Managing allegations of abuse against adults who work with children" },
  { key: "channel", label: "Radicalisation: the Channel process", section: "Supporting individuals vulnerable to radicalisation via the Channel process" },
  { key: "nrpf", label: "Families with no recourse to public funds (NRPF)", section: "Families with No Recourse to Public Funds" },
  { key: "guns-and-gangs", label: "Guns and gangs", section: "Safeguarding issues arising from Guns and Gangs in Luton" },
  { key: "cse", label: "Child sexual exploitation (CSE)", section: "Child Sexual Exploitation" },
  { key: "education", label: "Safeguarding in education settings", section: "Safeguarding in Education settings" },
  { key: "section-11", label: "Section 11 audit of partner agencies", section: "Compliance with Section 11 of the Children Act 2004" },
  { key: "faith", label: "Faith communities", section: "Faith Communities" }
];

/** The report shown when the URL names none. */
export const DEFAULT_REPORT = "lado";

/** Every report's URL value. */
export const REPORT_KEYS: readonly string[] = ASSURANCE_REPORTS.map((report) => report.key);

/** Returns the report with this URL value; throws naming the allowed values when there is none. */
export function findAssuranceReport(key: string): AssuranceReport {
  const report = ASSURANCE_REPORTS.find((candidate) => candidate.key === key);
  if (!report) throw new Error(`findAssuranceReport: expected one of ${REPORT_KEYS.join(", ")}, found ${JSON.stringify(key)}`);
  return report;
}
