// "Export as page": a notebook written as a Framework Markdown page of this site, with the same SQL (run by the site's
// own DuckDB session) and the same charts. Nothing from the notebook is written as code: SQL and column names become
// JSON string literals, and text cells' Markdown has HTML and Framework's `${` escaped, so the page shows them as text.
import { parseMarkdown, type Block, type Inline } from "./markdown.js";
import type { Cell, ChartCell, Notebook } from "./model.js";
import { compileSteps } from "./steps.js";

/** Returns the Framework page for a notebook; `sqlOf` gives a SQL cell's query as run (brush bounds written in). */
export function writeNotebookPage(notebook: Notebook, { sqlOf = (cell: Extract<Cell, { type: "sql" }>) => cell.sql } = {}): string {
  const title = notebook.title ?? "Notebook";
  const parts = [
    `---\ntitle: ${JSON.stringify(title)}\n---`,
    `# ${escapeText(title)}`,
    fence(`import {queryRows, sharedDatabase, TABLE_NAMES} from "./lib/database.js";\nimport {formatCellValue} from "./notebook/engine.js";\nconst db = await sharedDatabase(TABLE_NAMES);`)
  ];
  for (const cell of notebook.cells) {
    if (cell.type === "sql" || cell.type === "steps") {
      const sql = cell.type === "sql" ? sqlOf(cell) : compileSteps(cell.from, cell.steps);
      parts.push(fence(`await db.connection.query(${JSON.stringify(`CREATE OR REPLACE TEMP VIEW "${cell.name}" AS ${sql}`)});\nconst ${variable(cell.name)} = await queryRows(db, ${JSON.stringify(`SELECT * FROM "${cell.name}"`)});`));
    } else if (cell.type === "chart") parts.push(fence(`display(${plotCall(cell)});`));
    else parts.push(parseMarkdown(cell.markdown).map(writeBlock).join("\n\n"));
  }
  return parts.join("\n\n") + "\n";
}

function plotCall(cell: ChartCell): string {
  const mark = { bar: "barY", line: "lineY", dot: "dot", area: "areaY", rule: "ruleY", text: "text", cell: "cell" }[cell.mark];
  const channels = { x: cell.x, y: cell.y, ...(cell.color && { [cell.mark === "line" || cell.mark === "rule" ? "stroke" : "fill"]: cell.color }), ...(cell.fx && { fx: cell.fx }), ...(cell.mark === "text" && { text: cell.y }) };
  return `Plot.plot({marks: [Plot.${mark}(${variable(cell.from)}, ${JSON.stringify(channels)})], ariaLabel: ${JSON.stringify(`${cell.y} by ${cell.x}`)}})`;
}

function variable(name: string): string {
  return `nb_${name}`;
}

function fence(code: string): string {
  return "```js\n" + code + "\n```";
}

function writeBlock(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level + 1)} ${block.children.map(writeInline).join("")}`;
    case "paragraph":
      return block.children.map(writeInline).join("");
    case "list":
      return block.items.map((item) => `- ${item.map(writeInline).join("")}`).join("\n");
    case "code":
      return `<pre><code>${escapeText(block.text)}</code></pre>`;
  }
}

function writeInline(inline: Inline): string {
  switch (inline.kind) {
    case "text":
      return escapeText(inline.text);
    case "code":
      return `<code>${escapeText(inline.text)}</code>`;
    case "strong":
      return `**${inline.children.map(writeInline).join("")}**`;
    case "em":
      return `*${inline.children.map(writeInline).join("")}*`;
    case "link":
      return `[${inline.children.map(writeInline).join("")}](${inline.href})`;
    case "value":
      return `\${formatCellValue(${variable(inline.name)}[0]?.[${JSON.stringify(inline.column)}] ?? null)}`;
  }
}

// HTML, Markdown punctuation and Framework's `${` are written as character references: the page shows them as text.
function escapeText(text: string): string {
  return text.replace(/[&<>"'`$*_[\]\\#{}|~]/g, (char) => `&#${char.charCodeAt(0)};`);
}
