/**
 * What only data with links between events (`related`) needs: the arrows' layout and their template.
 * Its own chunk, loaded by controllers/links.ts the first time such data arrives.
 */
export { layoutConnections } from './layout/connections.js';
export { renderConnections } from './render/connections.js';
