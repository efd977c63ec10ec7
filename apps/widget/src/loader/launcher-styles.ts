/**
 * Styles of the launcher, applied inside the shadow root so the host page's CSS cannot reach them.
 * Sizes are in px: a partner page that shrinks its root font size must not shrink the widget.
 * Colours keep at least 4.5:1 contrast (white on #000091 is about 16:1).
 */
export const LAUNCHER_CSS = `
:host { all: initial; }
:host([hidden]) { display: none; }
:host([mode="inline"]) { display: block; }
* { box-sizing: border-box; }
.launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  display: inline-flex; align-items: center; gap: 8px;
  min-height: 48px; padding: 12px 20px; border: 2px solid #fff; border-radius: 999px;
  background: #000091; color: #fff; cursor: pointer;
  font: 600 16px/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
}
.launcher:hover { background: #1212ff; }
.launcher:focus-visible, .close:focus-visible { outline: 3px solid #000091; outline-offset: 3px; box-shadow: 0 0 0 2px #fff; }
.launcher svg { width: 20px; height: 20px; flex: none; }
.panel {
  position: fixed; right: 20px; bottom: 84px; z-index: 2147483001;
  display: flex; flex-direction: column;
  width: min(420px, calc(100vw - 40px)); height: min(640px, calc(100vh - 104px));
  border: 1px solid #929292; border-radius: 12px; overflow: hidden;
  background: #fff; box-shadow: 0 8px 32px rgba(0, 0, 0, 0.3);
}
.panel[hidden] { display: none; }
.bar {
  display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 4px 4px 4px 16px; background: #000091; color: #fff;
  font: 600 15px/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.close {
  display: inline-flex; align-items: center; justify-content: center;
  width: 44px; height: 44px; border: 0; border-radius: 8px;
  background: transparent; color: #fff; cursor: pointer; font: 400 28px/1 system-ui, sans-serif;
}
.close:hover { background: rgba(255, 255, 255, 0.15); }
.close:focus-visible { outline-color: #fff; box-shadow: none; }
iframe { display: block; width: 100%; border: 0; background: #fff; }
.panel iframe { flex: 1; }
.inline { width: 100%; height: 640px; border: 1px solid #929292; border-radius: 8px; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100%; border: 0; border-radius: 0; }
}
`;
