/**
 * What a key press means on the timeline, for an orientation and a writing direction. Pure, so that the
 * key map can be tested without a browser event loop and documented in one place.
 */
import type { Orientation } from './layout/geometry.js';

export type KeyAction =
  | { type: 'move'; by: -1 | 1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'page'; by: -1 | 1 }
  | { type: 'select' }
  | { type: 'close' }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  /** Along the links between events: `]` to what the event leads to, `[` to what it follows from. */
  | { type: 'follow'; by: -1 | 1 }
  /** To the group above (-1) or below (1): ↑ and ↓ across a horizontal chart, which has groups only then. */
  | { type: 'row'; by: -1 | 1 };

export const ZOOM_STEP = 2;

export function keyAction(key: string, orientation: Orientation, rtl: boolean): KeyAction | undefined {
  // Earlier in time is to the left (right in RTL) when horizontal, and up when vertical.
  const back = orientation === 'vertical' ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
  const forward = orientation === 'vertical' ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case back:
      return { type: 'move', by: -1 };
    case forward:
      return { type: 'move', by: 1 };
    // Reached only when horizontal: vertical, these are `back` and `forward` above.
    case 'ArrowUp':
      return { type: 'row', by: -1 };
    case 'ArrowDown':
      return { type: 'row', by: 1 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'PageUp':
      return { type: 'page', by: -1 };
    case 'PageDown':
      return { type: 'page', by: 1 };
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'close' };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    case ']':
      return { type: 'follow', by: 1 };
    case '[':
      return { type: 'follow', by: -1 };
    default:
      return undefined;
  }
}
