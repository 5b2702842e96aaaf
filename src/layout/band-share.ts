/**
 * How the bands of a grouped chart share a height that stays put while the view moves. Each band keeps a
 * steady room (what it needs seen whole, or its share of a fixed number of lanes for data that clusters);
 * when the view moves, a band with more labels in view than its room holds takes lanes from the bands that
 * need less of theirs (those with little or nothing in view), so that a band's height follows what is in
 * view while the chart's height, and everything under it on the page, stays where it was. When no band
 * needs more than its room, every band is exactly its room: zooming and panning move nothing. Pure.
 */

/** What one band holds in the current view, and the room it keeps whatever the view, px. */
export interface BandDemand {
  /** The steady room: the band's height whatever the view when no band needs more than its own. */
  room: number;
  /** Above the lanes: the band's strip of clusters (kept when its room has one). */
  top: number;
  /** The lanes the band's labels take in view, up to its most. */
  lanes: number;
  /** The least a band is drawn at (a collapsed or empty band's thin row). */
  least: number;
}

/** Lanes a grouped chart that clusters keeps in all, shared among its expanded bands (one each at least). */
export const SHARED_LANES = 12;

/**
 * Each band's height and the lanes it may use, in band order. A band that needs more than its room grows a
 * lane at a time, in turns from the top, while the others' spare room lasts; the spare left over goes back
 * to the bands that gave it, in proportion to what each had spare, so the heights add up to the rooms'.
 * A band with labels in view always gets one lane, even if the chart must grow for it.
 */
export function shareBands(demands: readonly BandDemand[], laneHeight: number): { height: number; lanes: number }[] {
  const need = demands.map((band) => Math.max(band.least, band.top + band.lanes * laneHeight));
  const gives = demands.map((band, i) => need[i] < band.room);
  // A band that needs its room or more: the lanes that fit in its room, at least one when it has labels.
  const lanes = demands.map((band, i) => (gives[i] ? band.lanes : Math.min(band.lanes, Math.max(band.lanes ? 1 : 0, Math.floor((band.room - band.top) / laneHeight)))));
  const heightWith = (i: number, count: number) => Math.max(demands[i].room, demands[i].least, demands[i].top + count * laneHeight);
  const given = demands.map((band, i) => (gives[i] ? band.room - need[i] : 0));
  const givenTotal = given.reduce((sum, value) => sum + value, 0);
  let spare = givenTotal;
  let grew = true;
  while (grew) {
    grew = false;
    for (let i = 0; i < demands.length; i++) {
      if (gives[i] || lanes[i] >= demands[i].lanes) continue;
      const cost = heightWith(i, lanes[i] + 1) - heightWith(i, lanes[i]);
      if (cost > spare) continue;
      lanes[i] += 1;
      spare -= cost;
      grew = true;
    }
  }
  // What was not taken goes back to those that gave it, in proportion: with no band grown, each is its room.
  const back = wholePixels(given.map((value) => (givenTotal > 0 ? (value * spare) / givenTotal : 0)), spare);
  return demands.map((_, i) => ({ height: gives[i] ? need[i] + back[i] : heightWith(i, lanes[i]), lanes: lanes[i] }));
}

/**
 * The shares rounded to whole pixels that still add up to `total` (the largest remainders get the pixels left).
 * A fraction left in a height made the chart 4835.999999 px one frame and 4836 the next: the browser then lays
 * out every text in the chart again, as it does whenever the SVG's size changes.
 */
export function wholePixels(shares: readonly number[], total: number): number[] {
  const whole = shares.map((share) => Math.floor(share + 1e-9));
  let left = Math.round(total - whole.reduce((sum, value) => sum + value, 0));
  const byRemainder = shares.map((share, i) => [share - whole[i], i] as const).filter(([, i]) => shares[i] > 0).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    whole[i] += 1;
    left -= 1;
  }
  return whole;
}
