/** Every template the element composes its render from: templates only, no state. */
export { renderCaption } from './caption.js';
export { renderChart } from './chart.js';
export { renderControls } from './controls.js';
export { renderEventsFor } from './event-list.js';
export { pictureStyles } from './picture.styles.js';
export { renderProblems } from './problems.js';
export { renderProgress } from './progress.js';
export { renderSource } from './source.js';
export { renderTooltip } from './tooltip.js';
