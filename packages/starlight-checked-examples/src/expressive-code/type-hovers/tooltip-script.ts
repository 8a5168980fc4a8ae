/**
 * The browser side of the type hovers, as the text of the module Expressive Code adds to its script
 * (dist/_astro/ec.<hash>.js). It is a string on purpose: Astro loads ec.config.mjs twice, natively and bundled by
 * Vite, and the script's bytes (hence the asset's hash) must be identical both times. Reading a file next to this
 * one would fail in the bundled copy (its import.meta.url is in dist/), and stringifying a function would give
 * each compiler's formatting. So: plain JavaScript, no backticks.
 *
 * Each identifier of a TypeScript example is rendered as <span class="type-hover" data-type="…" tabindex="0">
 * (plugin.ts). This script shows one shared tooltip for the identifier under the pointer or with keyboard focus.
 * The tooltip lives in <body>, so it is never clipped by the scrolling code block, and it is kept inside the
 * viewport. Keyboard: Tab reaches the first identifier of a code block, Left/Right/Home/End move between its
 * identifiers (a roving tabindex: one tab stop per block), Escape hides the tooltip. Without JavaScript, a CSS-only
 * fallback in plugin.ts shows the type inside the code block.
 */
export const TOOLTIP_SCRIPT = String.raw`
try {
  (() => {
    const HOVER = '.type-hover[data-type]';
    const FOCUSABLE = '.type-hover[data-type][tabindex]';
    const GAP = 4;
    const MARGIN = 8;
    /** @type {HTMLElement | undefined} */ let tooltip;
    /** @type {HTMLElement | undefined} */ let owner;
    /** @type {ReturnType<typeof setTimeout> | undefined} */ let hideTimer;

    document.documentElement.classList.add('type-tooltips');

    function tooltipElement() {
      if (!tooltip || !tooltip.isConnected) {
        tooltip = document.createElement('div');
        tooltip.id = 'type-tooltip';
        tooltip.className = 'type-tooltip';
        tooltip.setAttribute('role', 'tooltip');
        tooltip.setAttribute('data-pagefind-ignore', '');
        tooltip.hidden = true;
        // The pointer may move onto the tooltip (to read or select it) without closing it.
        tooltip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
        tooltip.addEventListener('pointerleave', () => scheduleHide());
        document.body.append(tooltip);
      }
      return tooltip;
    }

    /** @param {HTMLElement} span */
    function place(span) {
      const tip = tooltipElement();
      const anchor = span.getBoundingClientRect();
      const width = tip.offsetWidth;
      const height = tip.offsetHeight;
      const viewWidth = document.documentElement.clientWidth;
      const viewHeight = document.documentElement.clientHeight;
      const left = Math.max(MARGIN, Math.min(anchor.left, viewWidth - width - MARGIN));
      const fitsBelow = anchor.bottom + GAP + height <= viewHeight - MARGIN;
      const fitsAbove = anchor.top - GAP - height >= MARGIN;
      const top = fitsBelow || !fitsAbove ? anchor.bottom + GAP : anchor.top - GAP - height;
      tip.style.left = left + 'px';
      tip.style.top = top + 'px';
    }

    /** @param {HTMLElement} span */
    function show(span) {
      clearTimeout(hideTimer);
      const tip = tooltipElement();
      if (owner && owner !== span) owner.removeAttribute('aria-describedby');
      owner = span;
      tip.textContent = span.dataset.type ?? '';
      if (span.dataset.doc) {
        const doc = document.createElement('span');
        doc.className = 'type-doc';
        doc.textContent = span.dataset.doc;
        tip.append(doc);
      }
      tip.hidden = false;
      span.setAttribute('aria-describedby', tip.id);
      place(span);
    }

    function hide() {
      clearTimeout(hideTimer);
      if (tooltip) tooltip.hidden = true;
      owner?.removeAttribute('aria-describedby');
      owner = undefined;
    }

    function scheduleHide() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => {
        if (owner && owner === document.activeElement) return; // keyboard focus keeps it open
        hide();
      }, 150);
    }

    /** @param {EventTarget | null} target */
    const hoverOf = (target) => (target instanceof Element ? /** @type {HTMLElement | null} */ (target.closest(HOVER)) : null);

    /** One tab stop per code block: the arrow keys move within it (a "roving tabindex"). */
    function initBlocks(root = document) {
      for (const block of root.querySelectorAll('.expressive-code')) {
        block.querySelectorAll(FOCUSABLE).forEach((span, index) => span.setAttribute('tabindex', index === 0 ? '0' : '-1'));
      }
    }

    /**
     * @param {HTMLElement} from
     * @param {string} key
     */
    function move(from, key) {
      const block = from.closest('.expressive-code');
      if (!block) return false;
      const all = /** @type {HTMLElement[]} */ ([...block.querySelectorAll(FOCUSABLE)]);
      const at = all.indexOf(from);
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[key];
      const target = next === undefined ? undefined : all[next];
      if (!target) return next !== undefined; // at either end: nothing to do, but the key was ours
      from.setAttribute('tabindex', '-1');
      target.setAttribute('tabindex', '0');
      target.focus();
      return true;
    }

    document.addEventListener('pointerover', (event) => {
      const span = hoverOf(event.target);
      if (span) show(span);
    });
    document.addEventListener('pointerout', (event) => {
      const span = hoverOf(event.target);
      if (span && span === owner && !span.contains(/** @type {Node | null} */ (event.relatedTarget))) scheduleHide();
    });
    document.addEventListener('focusin', (event) => {
      const span = hoverOf(event.target);
      if (span) show(span);
    });
    document.addEventListener('focusout', (event) => {
      if (event.target === owner) hide();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && owner) {
        hide();
        return;
      }
      const span = hoverOf(event.target);
      if (span && span === document.activeElement && !event.altKey && !event.ctrlKey && !event.metaKey && move(span, event.key)) {
        event.preventDefault();
      }
    });
    // Follow the identifier when the page or the code block scrolls.
    document.addEventListener('scroll', () => owner && !tooltip?.hidden && place(owner), { capture: true, passive: true });
    addEventListener('resize', () => owner && place(owner));

    initBlocks();
    document.addEventListener('astro:page-load', () => initBlocks());
  })();
} catch (error) {
  console.error('[type hovers] failed:', error);
}
`;
