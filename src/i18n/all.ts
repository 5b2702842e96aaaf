/**
 * Every language the element carries, at once: for Node (the command line, tests) and for pages that
 * would rather have all words in one file than load them on demand. Importing it registers them.
 */
import { hy } from './hy.js';
import { registerMessages } from './messages.js';
import { ru } from './ru.js';

registerMessages('hy', hy);
registerMessages('ru', ru);
