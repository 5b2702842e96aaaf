/**
 * Shared by the tests that load a whole page (the bundle, the framework demos, the CSP page): in an
 * iframe, so that the page's own copy of the element does not meet the one the other tests import.
 */
export function openFrame(path: string, width = 1100, height = 900): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = path;
  document.body.append(frame);
  return frame;
}
