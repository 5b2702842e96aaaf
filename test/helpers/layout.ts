/** Shared by the layout tests: a text measure that needs no fonts, and a mark found by its event's id. */
import type { ChartLayout } from '../../src/layout/geometry.js';

/** User-perceived characters: "é" written as e + combining accent is one. */
export function graphemes(text: string): number {
  return Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)).length;
}

/** 7px a character: deterministic, and close to a 13px sans-serif. */
export const measure = (text: string) => graphemes(text) * 7;

export const markOf = (chart: ChartLayout, id: string) => chart.marks.find((mark) => mark.event.id === id)!;
