/**
 * What only data with links between events (`related`) needs: the arrows' layout and their template.
 * Its own chunk, loaded by controllers/links.ts the first time such data arrives.
 */
export { layoutConnections } from './layout/connections.js';
export { renderConnections } from './render/connections.js';
import { addStyles } from './render/add-styles.js';
import { storyStyles } from './styles/story.styles.js';

/** The arrows' and the details' list of links' styles, added to the element's own once this chunk has come. */
export function addLinkStyles(root: Node): void {
  addStyles(root, storyStyles);
}
