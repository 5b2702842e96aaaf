import { expect } from '@open-wc/testing';
import { ZOOM_STEP, keyAction } from '../../src/keyboard.js';

/** Every layout a reader can meet: the key map depends on the orientation and the writing direction. */
const LAYOUTS = [
  { name: 'horizontal, left to right', orientation: 'horizontal', rtl: false, back: 'ArrowLeft', forward: 'ArrowRight', inert: ['ArrowUp', 'ArrowDown'] },
  { name: 'horizontal, right to left', orientation: 'horizontal', rtl: true, back: 'ArrowRight', forward: 'ArrowLeft', inert: ['ArrowUp', 'ArrowDown'] },
  { name: 'vertical, left to right', orientation: 'vertical', rtl: false, back: 'ArrowUp', forward: 'ArrowDown', inert: ['ArrowLeft', 'ArrowRight'] },
  { name: 'vertical, right to left', orientation: 'vertical', rtl: true, back: 'ArrowUp', forward: 'ArrowDown', inert: ['ArrowLeft', 'ArrowRight'] },
] as const;

describe('keyAction()', () => {
  for (const layout of LAYOUTS) {
    it(`keyAction() moves back with ${layout.back} and forward with ${layout.forward} (${layout.name})`, () => {
      expect(keyAction(layout.back, layout.orientation, layout.rtl)).to.deep.equal({ type: 'move', by: -1 });
      expect(keyAction(layout.forward, layout.orientation, layout.rtl)).to.deep.equal({ type: 'move', by: 1 });
    });

    // Across a horizontal chart, ↑ and ↓ go between groups (nothing without groups: see FocusController);
    // across a vertical one, ← and → do nothing.
    it(`keyAction() for the arrows across the time axis, ${layout.inert.join(' and ')} (${layout.name})`, () => {
      const [up, down] = layout.inert.map((key) => keyAction(key, layout.orientation, layout.rtl));
      if (layout.orientation === 'horizontal') expect([up, down]).to.deep.equal([{ type: 'row', by: -1 }, { type: 'row', by: 1 }]);
      else expect([up, down]).to.deep.equal([undefined, undefined]);
    });

    it(`keyAction() gives Home, End, the page keys, Enter, Space, Escape and the zoom keys the same meaning (${layout.name})`, () => {
      const act = (key: string) => keyAction(key, layout.orientation, layout.rtl);
      expect(act('Home')).to.deep.equal({ type: 'first' });
      expect(act('End')).to.deep.equal({ type: 'last' });
      // Page keys follow time, not the screen: PageUp goes to earlier events in every layout.
      expect(act('PageUp')).to.deep.equal({ type: 'page', by: -1 });
      expect(act('PageDown')).to.deep.equal({ type: 'page', by: 1 });
      expect(act('Enter')).to.deep.equal({ type: 'select' });
      expect(act(' ')).to.deep.equal({ type: 'select' });
      expect(act('Escape')).to.deep.equal({ type: 'close' });
      expect(act('+')).to.deep.equal({ type: 'zoom', factor: 2 });
      expect(act('-')).to.deep.equal({ type: 'zoom', factor: 0.5 });
      expect(act('0')).to.deep.equal({ type: 'fit' });
    });
  }

  it('keyAction() zooms with the key as typed with or without Shift: "=" and "+" in, "-" and "_" out', () => {
    // On a US keyboard "+" is Shift and "=", and "_" is Shift and "-": a reader need not hold Shift.
    expect(keyAction('=', 'horizontal', false)).to.deep.equal(keyAction('+', 'horizontal', false));
    expect(keyAction('_', 'horizontal', false)).to.deep.equal(keyAction('-', 'horizontal', false));
  });

  it('keyAction() zooms out by exactly the inverse of zooming in, so that in then out comes back', () => {
    const zoomIn = keyAction('+', 'horizontal', false);
    const zoomOut = keyAction('-', 'horizontal', false);
    expect(ZOOM_STEP).to.equal(2);
    if (zoomIn?.type !== 'zoom' || zoomOut?.type !== 'zoom') throw new Error('+ and - are not zoom keys');
    expect(zoomIn.factor * zoomOut.factor).to.equal(1);
  });

  it('keyAction() ignores keys it has no meaning for, and key names of the wrong case', () => {
    for (const key of ['a', 'Tab', 'Shift', 'Control', 'Backspace', 'Delete', 'F1', '1', '*', 'home', 'escape', 'Esc', 'Spacebar', 'Unidentified', '']) {
      expect(keyAction(key, 'horizontal', false), JSON.stringify(key)).to.equal(undefined);
      expect(keyAction(key, 'vertical', true), JSON.stringify(key)).to.equal(undefined);
    }
  });
});
