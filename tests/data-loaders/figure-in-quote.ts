import { NUMBER_WORDS } from "../../data-loaders/report/sentence-template.js";

/** Returns the ways the report may write a number: `3,003` or `3003`, `78.0` for 78, `Seventy` for 70. */
export function writtenForms(value: number): string[] {
  const magnitude = Math.abs(value);
  const forms = new Set<string>();
  for (let decimals = 0; decimals <= 2; decimals++) {
    if (Number(magnitude.toFixed(decimals)) !== magnitude) continue;
    forms.add(magnitude.toFixed(decimals));
    forms.add(magnitude.toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
  }
  for (const [word, number] of Object.entries(NUMBER_WORDS)) if (number === magnitude) forms.add(word);
  return [...forms];
}

/** True when the quote writes the value as a whole figure (so 3 is not found inside 31, nor 2 inside 2.68). */
export function quoteStatesValue(quote: string, value: number): boolean {
  return writtenForms(value).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = /^[a-z]/.test(form) ? new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, "i") : new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`);
    return pattern.test(quote);
  });
}
