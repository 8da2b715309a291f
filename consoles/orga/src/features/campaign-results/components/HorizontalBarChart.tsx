import Box from '@mui/material/Box';
import { BarPlot } from '@mui/x-charts/BarChart';
import { ChartsContainer } from '@mui/x-charts/ChartsContainer';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';

export interface ChartBar {
  /** Unique among the bars: the category of the axis. */
  label: string;
  value: number;
  color: string;
}

export interface HorizontalBarChartProps {
  bars: ChartBar[];
  /** How a value is written on its bar, on the axis and in the tooltip. */
  formatValue: (value: number) => string;
  /** The largest value the axis must show (the largest bar by default); room is left beyond it for the labels. */
  max?: number;
  /** The values of the axis ticks (chosen by the chart by default). */
  ticks?: number[];
  /** Room for the category labels, in pixels (a longer label is cut with an ellipsis). */
  labelWidth?: number;
  /** No category label (narrow screens): the bars follow the order and colours of the text beside. */
  hideLabels?: boolean;
  /** The height of each category, in pixels. */
  bandHeight?: number;
}

/**
 * Where the value axis ends: at `max` when given (a rate ends at 100 %, never past it); otherwise
 * past the longest bar, leaving room for the value written after it.
 */
export function valueAxisMax(bars: ReadonlyArray<Pick<ChartBar, 'value'>>, max?: number): number {
  if (max !== undefined) return max;
  return Math.max(1, ...bars.map((bar) => bar.value)) * 1.15;
}

/**
 * Horizontal bars (MUI X Charts), one per category, with the value written on each bar. Decorative
 * for assistive technologies: every chart of these sections has its numbers in text or in a table
 * next to it, so the chart is hidden from them and left out of the keyboard order.
 */
export function HorizontalBarChart({ bars, formatValue, max, ticks, labelWidth = 96, hideLabels = false, bandHeight = 60 }: HorizontalBarChartProps) {
  const labels = bars.map((bar) => bar.label);
  const domainMax = valueAxisMax(bars, max);
  return (
    <Box aria-hidden="true" sx={{ width: '100%', minWidth: 0 }}>
      {/* Composed rather than <BarChart>: BarChart clips its plot to the axes, which cut the value
          written after a bar that reaches the end of a fixed axis ("97 %" read "97"). */}
      <ChartsContainer
        height={bars.length * bandHeight + 56}
        yAxis={[
          {
            scaleType: 'band',
            data: labels,
            width: hideLabels ? 8 : labelWidth,
            valueFormatter: (value: string, context) => (hideLabels && context.location === 'tick' ? '' : value),
            colorMap: { type: 'ordinal', values: labels, colors: bars.map((bar) => bar.color) },
          },
        ]}
        xAxis={[{ min: 0, max: domainMax, tickMinStep: 1, ...(ticks ? { tickInterval: ticks } : {}), valueFormatter: (value: number) => formatValue(value) }]}
        series={[
          {
            type: 'bar',
            layout: 'horizontal',
            data: bars.map((bar) => bar.value),
            valueFormatter: (value) => (value === null ? '' : formatValue(value)),
            barLabel: (item) => (item.value === null ? '' : formatValue(item.value)),
            barLabelPlacement: 'outside',
          },
        ]}
        disableKeyboardNavigation
        // A fixed end (100 %): the value written after a full bar goes in the right margin.
        margin={{ right: max === undefined ? 24 : 64 }}
      >
        <BarPlot />
        <ChartsXAxis />
        <ChartsYAxis />
      </ChartsContainer>
    </Box>
  );
}
