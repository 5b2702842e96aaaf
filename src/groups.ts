/**
 * What only data with groups (swimlanes) needs: the rows in their order, the bands of the horizontal chart,
 * their labels and buttons, the keys between and within groups, and the legend's list of groups. Its own
 * chunk, loaded by controllers/groups.ts the first time such data arrives.
 */
export { groupRows, groupSlots, indexRows, matchInRows, rowsAt, rowsFromSlots, stepInRow, stepRow } from './model/groups.js';
export { BandWindow } from './controllers/band-window.js';
export { layoutSwimlanes } from './layout/swimlanes.js';
export { renderBandBackgrounds, renderBandLabels } from './render/bands.js';
export { groupLegendContent } from './render/group-legend.js';
export { groupStyles } from './styles/groups.styles.js';
