/**
 * The words for problems with the data, in en, hy and ru: a chunk of their own, loaded the first time a
 * timeline has a problem to say (most pages never do). Importing this module adds them to the element's words.
 */
import { addProblemWords } from '../messages.js';
import { en } from './en.js';
import { hy } from './hy.js';
import { ru } from './ru.js';

addProblemWords({ en, hy, ru });
