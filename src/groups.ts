/**
 * What only data with groups (swimlanes) needs: the rows in their order and the legend's list of groups.
 * Its own chunk, loaded by controllers/groups.ts the first time such data arrives.
 */
export { groupRows } from './model/groups.js';
export { groupLegendContent } from './render/group-legend.js';
