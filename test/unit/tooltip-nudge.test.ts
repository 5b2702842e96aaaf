import { expect } from '@open-wc/testing';
import { pageNudge } from '../../src/render/tooltip.js';

describe('pageNudge()', () => {
  it('moves a box that sticks out of the page back inside, 4 px from the side, and leaves one inside where it is', () => {
    expect(pageNudge(10, 200, 390)).to.equal(0);
    expect(pageNudge(-30, 150, 390)).to.equal(34);
    expect(pageNudge(250, 420, 390)).to.equal(-34);
    // Wider than the page: its start stays in view.
    expect(pageNudge(10, 500, 390)).to.equal(-6);
  });
});
