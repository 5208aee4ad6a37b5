/** Returns the sum of amounts in pounds exact to the penny, free of floating-point drift. */
export function sumPounds(amounts: readonly number[]): number {
  return amounts.reduce((pence, amount) => pence + Math.round(amount * 100), 0) / 100;
}

/** Returns an amount the way the report prints it, e.g. `£305,438.00`. */
export function formatPounds(amount: number): string {
  const text = Math.abs(amount).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${amount < 0 ? "-" : ""}£${text}`;
}
