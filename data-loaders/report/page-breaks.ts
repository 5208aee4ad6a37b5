/** Returns a label that a page break cut in two put back together, joined by one space (`Youth Offending` + `Service`). */
export function rejoinLabel(before: string, after: string): string {
  return [before.trim(), after.trim()].filter((part) => part !== "").join(" ");
}

/** Returns a text cell that a page break cut in two put back together: on one line when the second fragment carries on the sentence (see continuesSentence), else on a new line. */
export function rejoinText(before: string, after: string): string {
  if (after.trim() === "") return before;
  if (before.trim() === "") return after;
  if (continuesSentence(before, after)) {
    // One paragraph cut in two: drop the </p><p> the page break introduced.
    return `${before.replace(/\s*<\/p>\s*$/i, "").trimEnd()} ${after.replace(/^\s*<p>\s*/i, "").trimStart()}`;
  }
  return `${before}\n${after}`;
}

/** True when a fragment carries on the sentence the page break cut: it starts with a lower-case letter, or the text before stops inside a numbered `<ol>` list. */
export function continuesSentence(before: string, after: string): boolean {
  const firstLetter = after.replace(/^(?:\s|<[^>]*>)+/, "").charAt(0);
  return /\p{Ll}/u.test(firstLetter) || endsInsideOrderedList(before);
}

function endsInsideOrderedList(text: string): boolean {
  return text.toLowerCase().lastIndexOf("<ol") > text.toLowerCase().lastIndexOf("</ol>");
}
