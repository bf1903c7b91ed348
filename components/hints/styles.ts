// Styles live inside each hint's open shadow root, so ClientTrack's CSS cannot reach them and
// they cannot reach ClientTrack. The host itself takes no room (see HOST_STYLE), so showing a
// hint never moves ClientTrack's own controls.

/** Inline style of every element we add to a ClientTrack page: reset, and zero-size unless in the banner. */
export const HOST_STYLE =
  'all: initial; display: inline-block; position: relative; width: 0; height: 0; vertical-align: top; overflow: visible;';
export const BANNER_HOST_STYLE = 'all: initial; display: block; position: relative;';
export const BANNER_STYLE =
  'all: initial; display: flex; flex-direction: column; align-items: flex-end; gap: 4px; position: sticky; top: 0; height: 0; overflow: visible; z-index: 2147483000; padding: 0 8px;';

export const HINT_CSS = `
:host { all: initial; }
.wrap {
  position: absolute; left: 6px; top: -1px; z-index: 2147483000;
  width: max-content; max-width: 34em;
  font: 13px/1.35 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1f1f1f;
}
:host([data-place=banner]) .wrap { position: static; margin-top: 4px; }
.hint {
  all: unset; box-sizing: border-box; display: flex; gap: 6px; align-items: flex-start;
  padding: 2px 8px 2px 4px; border-radius: 4px; cursor: help;
  background: #fff; border: 1px solid currentColor; border-left-width: 4px;
  box-shadow: 0 1px 3px rgba(0,0,0,.18);
  font: inherit; color: var(--tone);
}
.hint:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.mark {
  flex: none; width: 1.35em; height: 1.35em; border-radius: 50%; margin-top: 1px;
  display: inline-flex; align-items: center; justify-content: center;
  background: var(--tone); color: #fff; font-weight: 700; font-size: 11px;
}
.message { color: #1f1f1f; }
.severity { font-weight: 600; color: var(--tone); }
.more {
  display: none; margin-top: 4px; padding: 8px 10px; border-radius: 4px;
  background: #fff; border: 1px solid #8a8a8a; box-shadow: 0 2px 8px rgba(0,0,0,.2);
}
.wrap:hover .more, .wrap:focus-within .more { display: block; }
.wrap.dismissed .more { display: none; }
.more p { margin: 0 0 6px; }
.more ol { margin: 0; padding-left: 1.4em; }
.more .heading { font-weight: 600; margin: 0 0 2px; }
.error { --tone: #b3261e; }
.warning { --tone: #8a4b00; }
.info { --tone: #1d4f91; }
`;

export const LIVE_CSS = `
:host { all: initial; }
.live { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export const OUTLINE_STYLE =
  'all: initial; position: fixed; pointer-events: none; z-index: 2147483001; box-sizing: border-box; border: 3px solid #1a5fb4; border-radius: 4px; box-shadow: 0 0 0 3px rgba(255,255,255,.85); display: none;';
