/**
 * Every language the element carries, at once: its words (Armenian, Russian, the problems' words) and the
 * Armenian calendar words that Chromium's Intl lacks. For Node (the command line, server rendering, tests)
 * and for pages that would rather have everything in one file than load it on demand. Importing it
 * registers them.
 */
import './i18n/all.js';
import './i18n/problems/index.js';
import { armenian } from './time/armenian.js';
import { registerCalendarWords } from './time/carried-format.js';

registerCalendarWords('hy', armenian);
