/**
 * The part of the playground every example page loads: it wires the buttons, shows and copies the whole program,
 * and loads the rest (session.ts: workers, Pyodide, the stripper; editor.ts: CodeMirror) on the first click, or
 * Pyodide as soon as the pointer or focus reaches a Python example's Run button.
 */
import type { VerifiedOutput } from './explain.ts';

export interface PlaygroundData {
  language: 'python' | 'ts';
  /** `examples/…` path. */
  file: string;
  /** The whole file, exactly as it was checked. */
  source: string;
  /** Lines outside the displayed region, without region markers. */
  before: string[];
  after: string[];
  /** Columns of indentation the displayed region lost (restored while the whole program shows). */
  indent: number;
  /** The verified output a browser run is compared with, and which runtime printed it ('' when unverified). */
  expected: string | undefined;
  expectedLabel: string;
  /** The example's other verified outputs (TypeScript: other engines'), to name the cause of a difference. */
  others: VerifiedOutput[];
  timeoutMs: number;
}

export function readData(root: HTMLElement): PlaygroundData {
  const d = root.dataset;
  return {
    language: d.language === 'ts' ? 'ts' : 'python',
    file: d.file ?? '',
    source: d.source ?? '',
    before: JSON.parse(d.before ?? '[]') as string[],
    after: JSON.parse(d.after ?? '[]') as string[],
    indent: Number(d.indent ?? 0),
    expected: d.expected,
    expectedLabel: d.expectedLabel ?? '',
    others: JSON.parse(d.others ?? '[]') as VerifiedOutput[],
    timeoutMs: Number(d.timeout ?? 10_000),
  };
}

/** Shows the lines outside the region in place, dimmed, with the region's own indentation back. */
function showWholeProgram(code: HTMLElement, data: PlaygroundData, show: boolean) {
  code.querySelectorAll('.pg-outside').forEach((line) => line.remove());
  code.querySelectorAll('.pg-indent').forEach((pad) => pad.remove());
  if (!show) return;
  const line = (text: string) => {
    const row = document.createElement('div');
    row.className = 'ec-line pg-outside';
    const cell = document.createElement('div');
    cell.className = 'code';
    cell.textContent = text || '\n';
    row.append(cell);
    return row;
  };
  for (const cell of code.querySelectorAll('.ec-line .code')) {
    const pad = document.createElement('span');
    pad.className = 'pg-indent';
    pad.textContent = ' '.repeat(data.indent);
    cell.prepend(pad);
  }
  code.prepend(...data.before.map(line));
  code.append(...data.after.map(line));
}

async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (an insecure context): the old way, through a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

function mount(root: HTMLElement) {
  root.dataset.mounted = '';
  const figure = root.closest('figure') ?? root.parentElement!;
  const note = root.querySelector<HTMLElement>('.pg-note')!;
  // The first Python run downloads Pyodide: start when the reader shows intent (pointer over Run, or focus on
  // it), not on page view.
  const run = root.querySelector<HTMLButtonElement>('[data-action="run"]');
  if (root.dataset.language === 'python' && run && !run.hidden) {
    const warm = () => void import('./session.ts').then((session) => session.warmPython());
    run.addEventListener('pointerenter', warm, { once: true });
    run.addEventListener('focus', warm, { once: true });
  }
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    const data = readData(root);
    if (action === 'whole') {
      const show = button.getAttribute('aria-expanded') !== 'true';
      const code = figure.querySelector<HTMLElement>('.expressive-code pre > code');
      if (code) showWholeProgram(code, data, show);
      // The label says what a press will do next; aria-expanded says what the frame shows now.
      button.setAttribute('aria-expanded', String(show));
      button.textContent = show ? 'Show the excerpt only' : 'Show whole program';
    } else if (action === 'copy') {
      // While the editor is open (session.ts is loaded then), the copy is what the reader sees: the edit.
      const editing = 'editing' in root.dataset;
      const text = editing ? ((await import('./session.ts')).editedText(root) ?? data.source) : data.source;
      await copyText(text);
      const lines = text.replace(/\n$/, '').split('\n').length;
      note.textContent = text === data.source ? `Copied the whole program (${lines} lines).` : `Copied your edited program (${lines} lines).`;
      setTimeout(() => (note.textContent = ''), 4000);
    } else {
      const session = await import('./session.ts');
      await session.act(root, figure, data, action ?? '');
    }
  });
}

export function mountAll() {
  document.querySelectorAll<HTMLElement>('.playground:not([data-mounted])').forEach(mount);
}
