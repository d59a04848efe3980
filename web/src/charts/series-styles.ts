/**
 * Colours and marks for chart lines, from the GOV.UK palette, each at least 3:1 against
 * white (WCAG 1.4.11), and each line with its own dash and point shape so they can be
 * told apart without colour.
 */
export interface SeriesStyle {
  colour: string;
  dash: number[];
  point: 'circle' | 'triangle' | 'rect' | 'rectRot' | 'crossRot' | 'star';
}

export const SERIES_STYLES: SeriesStyle[] = [
  { colour: '#1d70b8', dash: [], point: 'circle' },
  { colour: '#d4351c', dash: [6, 4], point: 'triangle' },
  { colour: '#00703c', dash: [2, 3], point: 'rect' },
  { colour: '#4c2c92', dash: [10, 4, 2, 4], point: 'rectRot' },
  { colour: '#505a5f', dash: [12, 6], point: 'crossRot' },
  { colour: '#912b88', dash: [4, 2], point: 'star' },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0]!;
}
