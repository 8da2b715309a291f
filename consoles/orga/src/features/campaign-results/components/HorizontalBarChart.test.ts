import { valueAxisMax } from './HorizontalBarChart';

describe('where the value axis of a bar chart ends', () => {
  it.each([
    { case: 'a rate ends at 100 %, even with a full bar', bars: [{ value: 100 }, { value: 40 }], max: 100, expected: 100 },
    { case: 'a rate ends at 100 %, even when every bar is low', bars: [{ value: 10 }], max: 100, expected: 100 },
    { case: 'counts leave room past the longest bar for its value', bars: [{ value: 20 }, { value: 8 }], max: undefined, expected: 23 },
    { case: 'no bar still gives an axis', bars: [], max: undefined, expected: 1.15 },
  ])('$case', ({ bars, max, expected }) => {
    expect(valueAxisMax(bars, max)).toBeCloseTo(expected);
  });
});
