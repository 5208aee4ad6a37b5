// A SQL cell's editor: CodeMirror 6 with SQL highlighting and completion of the published tables' and the notebook's
// result names and columns. Ctrl/Cmd+Enter runs; Tab is left to move focus, so the editor never traps the keyboard.
import { autocompletion, closeBrackets, completionKeymap } from "npm:@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "npm:@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from "npm:@codemirror/language";
import { sql, StandardSQL } from "npm:@codemirror/lang-sql";
import { EditorState, Prec } from "npm:@codemirror/state";
import { EditorView, keymap, lineNumbers } from "npm:@codemirror/view";

/** What the editor starts with and what it tells the page. */
export interface SqlEditorOptions {
  doc: string;
  label: string;
  /** Each table or result name and its columns, for completion. */
  schema: Record<string, readonly string[]>;
  onRun: () => void;
  onChange: (sql: string) => void;
}

/** Returns a CodeMirror editor for one SQL cell; its element is `view.dom`. */
export function sqlEditor({ doc, label, schema, onRun, onChange }: SqlEditorOptions): EditorView {
  return new EditorView({
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }])),
        lineNumbers(),
        history(),
        closeBrackets(),
        bracketMatching(),
        autocompletion(),
        keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
        syntaxHighlighting(defaultHighlightStyle),
        sql({ dialect: StandardSQL, schema: Object.fromEntries(Object.entries(schema).map(([name, columns]) => [name, [...columns]])), upperCaseKeywords: true }),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        })
      ]
    })
  });
}
