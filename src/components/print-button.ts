/** Returns a "Print / save as PDF" button that opens the browser's print dialogue; print styles hide it on paper. */
export function printButton(): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "se-print-button";
  button.textContent = "Print / save as PDF";
  button.addEventListener("click", () => window.print());
  return button;
}
