/**
 * The editor behind "Edit": CodeMirror 6 with Python or TypeScript highlighting, loaded on the first click
 * (the language's own grammar separately, so a Python page never downloads the TypeScript one).
 * Tab is left to the browser (it moves focus, so the editor is no keyboard trap); indent with Mod-] / Mod-[.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { tags } from '@lezer/highlight';

// Colours from the site's own palette, so both themes keep readable contrast.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.controlKeyword, tags.definitionKeyword], color: 'var(--sl-color-purple-high, var(--sl-color-accent-high))' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--sl-color-green-high)' },
  { tag: [tags.comment], color: 'var(--sl-color-gray-2)', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--sl-color-orange-high)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.className, tags.typeName], color: 'var(--sl-color-blue-high)' },
]);

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--sl-color-bg)', color: 'var(--sl-color-white)' },
  '.cm-content': { fontFamily: 'var(--__sl-font-mono, monospace)', caretColor: 'var(--sl-color-white)' },
  '.cm-gutters': { backgroundColor: 'var(--sl-color-bg)', color: 'var(--sl-color-gray-2)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--sl-color-gray-6)' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--sl-color-white)' },
});

export interface Editor {
  text(): string;
  focus(): void;
  destroy(): void;
}

const grammar = async (language: 'python' | 'ts') =>
  language === 'python'
    ? (await import('@codemirror/lang-python')).python()
    : (await import('@codemirror/lang-javascript')).javascript({ typescript: true });

export async function createEditor(parent: HTMLElement, doc: string, language: 'python' | 'ts', label: string): Promise<Editor> {
  const support = await grammar(language);
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      lineNumbers(),
      highlightActiveLine(),
      history(),
      indentOnInput(),
      bracketMatching(),
      syntaxHighlighting(highlight),
      support,
      keymap.of([...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      theme,
    ],
  });
  return {
    text: () => view.state.doc.toString(),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
