import THEME_CSS from '@/components/theme.css?inline';

// Styles live inside each hint's open shadow root, so ClientTrack's CSS cannot reach them and
// they cannot reach ClientTrack. The host itself takes no room (see HOST_STYLE), so showing a
// hint never moves ClientTrack's own controls; the hint floats where the placement found room.

/**
 * Inline style of every hint we add to a ClientTrack page: reset, and zero-size. Its layout is
 * contained, so placing the hint never makes the browser lay out the grid or form around it
 * again; being contained makes it a stacking context, so it takes the hint's z-index itself.
 */
export const HOST_STYLE =
  'all: initial; display: inline-block; position: relative; z-index: 2147483000; width: 0; height: 0; vertical-align: top; overflow: visible; contain: size layout style;';
/** The page's banner: a zero-size corner at the top of the body that holds hints about the whole page. */
export const BANNER_STYLE = 'all: initial; display: block; position: absolute; top: 0; left: 0; width: 0; height: 0;';

/**
 * The hints of a long list, just after its table: zero-size and out of the page's flow, so adding
 * or moving them never lays out the table again. Each hint is placed from its own box, so they
 * sit over their rows wherever this layer is.
 */
export const LIST_LAYER_STYLE =
  'all: initial; display: block; position: absolute; width: 0; height: 0; overflow: visible; contain: layout style;';

/**
 * The box new hints are measured in (probe.ts): out of the page's flow, never seen, and contained,
 * so what changes inside it is laid out on its own. Wide enough for the widest hint.
 */
export const PROBE_STYLE =
  'all: initial; display: block; position: absolute; top: 0; left: 0; width: 1000px; height: 0; contain: strict; visibility: hidden; pointer-events: none;';

export const HINT_CSS = `${THEME_CSS}
:host { all: initial; }
.wrap {
  position: absolute; left: 0; top: 0; z-index: 2147483000;
  width: max-content; max-width: 440px;
  font: 13px/1.35 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ct-text);
}
.wrap.nowhere { display: none; }
.hint {
  all: unset; box-sizing: border-box; display: flex; gap: 6px; align-items: flex-start;
  min-height: 24px; padding: 2px 8px 2px 4px; border-radius: 4px; cursor: pointer;
  background: var(--ct-bg); border: 1px solid var(--tone); border-left-width: 4px;
  box-shadow: var(--ct-shadow);
  font: inherit; color: var(--tone);
}
.wrap.as-mark .hint {
  width: 24px; height: 24px; padding: 0; border-width: 0; border-radius: 50%;
  justify-content: center; align-items: center; background: var(--tone);
}
.wrap.as-line .words { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.wrap.as-line .hint { max-width: 100%; }
.wrap.as-mark .words {
  position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.hint:focus-visible, .action:focus-visible { outline: 3px solid var(--ct-focus); outline-offset: 2px; }
.mark {
  flex: none; width: 1.35em; height: 1.35em; border-radius: 50%; margin-top: 1px;
  display: inline-flex; align-items: center; justify-content: center;
  background: var(--tone); color: var(--ct-on-accent); font-weight: 700; font-size: 11px;
}
.wrap.as-mark .mark { margin: 0; }
.message { color: var(--ct-text); }
.severity { font-weight: 600; color: var(--tone); }
.more {
  display: none; position: absolute; box-sizing: border-box; padding: 8px 10px; border-radius: 4px;
  background: var(--ct-bg); color: var(--ct-text); border: 1px solid var(--ct-border); box-shadow: var(--ct-shadow);
}
.wrap.open .more { display: block; }
.more p { margin: 0 0 6px; }
.more ol { margin: 0 0 6px; padding-left: 1.4em; }
.more .heading { font-weight: 600; margin: 0 0 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.action {
  font: inherit; padding: 2px 8px; border-radius: 4px; cursor: pointer;
  background: var(--ct-bg); color: var(--ct-link); border: 1px solid var(--ct-link);
}
.error { --tone: var(--ct-error); }
.warning { --tone: var(--ct-warning); }
.info { --tone: var(--ct-info); }
@media (forced-colors: active) {
  .hint, .wrap.as-mark .hint { border: 2px solid ButtonText; background: ButtonFace; color: ButtonText; }
  .mark { background: ButtonText; color: ButtonFace; forced-color-adjust: none; }
}
`;

export const LIVE_CSS = `
:host { all: initial; }
.live { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** The guide's pointer: dashed and violet with a label, so it is never taken for a focus ring or a "Show in page" outline. */
export const GUIDE_OUTLINE_STYLE =
  'all: initial; position: fixed; pointer-events: none; z-index: 2147483001; box-sizing: border-box; border: 3px dashed #7b2cbf; border-radius: 10px; box-shadow: 0 0 0 2px rgba(255,255,255,.9), 0 0 12px rgba(123,44,191,.45); display: none;';
export const GUIDE_LABEL_STYLE =
  'all: initial; position: absolute; left: -3px; bottom: 100%; margin-bottom: 4px; padding: 1px 6px; border-radius: 4px; background: #7b2cbf; color: #fff; font: 600 11px/1.5 system-ui, sans-serif; white-space: nowrap; forced-color-adjust: none;';

export const OUTLINE_STYLE =
  'all: initial; position: fixed; pointer-events: none; z-index: 2147483001; box-sizing: border-box; border: 3px solid #1a5fb4; border-radius: 4px; box-shadow: 0 0 0 3px rgba(255,255,255,.85); display: none;';
