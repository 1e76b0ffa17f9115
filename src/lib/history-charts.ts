/**
 * Geometry of the indicator charts (one indicator, one tier of government, years across), computed at build time with
 * d3 scales so the SVG is in the HTML: it shows with JavaScript off and from file://. A year with few values shows each
 * place as a dot; a year with many shows their spread (quartiles, extremes, median), so the page stays light.
 */
import { quantileSorted, scaleBand, scaleLinear } from 'd3';

export interface ChartPoint {
  year: number;
  value: number;
  /** Upper end of a range target: drawn as a bar from value to valueMax, counted at its middle. */
  valueMax: number | null;
  /** Place name, shown on hover and in the text alternative. */
  label: string;
}

export interface YearMark {
  year: number;
  x: number;
  count: number;
  min: number;
  max: number;
  median: number;
  /** Dots when the year has few values, otherwise a box from the lower to the upper quartile. */
  dots: { cx: number; cy: number; rangeTop: number | null; point: ChartPoint }[];
  box: { y: number; height: number; whiskerTop: number; whiskerBottom: number } | null;
  medianY: number;
}

/** More values than this in one year are summarised as a box. */
export const DOTS_PER_YEAR = 40;

/**
 * `reference`: the State Council's targets (全国) drawn beside the places' as one line per year; its years join the
 * axis, its values the scale.
 */
export function yearSpreadLayout(points: ChartPoint[], width = 560, height = 240, reference: ChartPoint[] = []) {
  const margin = { top: 14, right: 16, bottom: 28, left: 56 };
  const years = [...new Set([...points, ...reference].map((p) => p.year))].sort((a, b) => a - b);
  const values = [...points, ...reference].flatMap((p) => (p.valueMax === null ? [p.value] : [p.value, p.valueMax]));
  const middle = (p: ChartPoint) => (p.valueMax === null ? p.value : (p.value + p.valueMax) / 2);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice().range([height - margin.bottom, margin.top]);
  const x = scaleBand<number>().domain(years).range([margin.left, width - margin.right]).padding(0.3);
  const band = x.bandwidth();
  const marks: YearMark[] = years.filter((year) => points.some((p) => p.year === year)).map((year) => {
    const inYear = points.filter((p) => p.year === year).sort((a, b) => middle(a) - middle(b));
    const sorted = inYear.map(middle);
    const cx = x(year)! + band / 2;
    const median = quantileSorted(sorted, 0.5)!;
    const few = inYear.length <= DOTS_PER_YEAR;
    // Dots of equal value spread sideways a little, so that every place stays visible.
    const seen = new Map<number, number>();
    const dots = few
      ? inYear.map((point) => {
          const k = seen.get(middle(point)) ?? 0;
          seen.set(middle(point), k + 1);
          const offset = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 7;
          const rangeTop = point.valueMax === null ? null : y(point.valueMax);
          return { cx: cx + Math.max(-band / 2, Math.min(band / 2, offset)), cy: y(middle(point)), rangeTop, point };
        })
      : [];
    const q1 = quantileSorted(sorted, 0.25)!;
    const q3 = quantileSorted(sorted, 0.75)!;
    return {
      year, x: cx, count: inYear.length, min: sorted[0], max: sorted[sorted.length - 1], median, dots,
      box: few ? null : { y: y(q3), height: Math.max(1, y(q1) - y(q3)), whiskerTop: y(sorted[sorted.length - 1]), whiskerBottom: y(sorted[0]) },
      medianY: y(median),
    };
  });
  const referenceMarks = reference.map((point) => ({
    point,
    x1: x(point.year)!,
    x2: x(point.year)! + band,
    y: y(middle(point)),
    rangeTop: point.valueMax === null ? null : y(point.valueMax),
    rangeBottom: point.valueMax === null ? null : y(point.value),
  }));
  return {
    width, height, margin, band, marks, referenceMarks,
    ticks: y.ticks(5).map((v) => ({ value: v, y: y(v) })),
    zeroY: lo < 0 ? y(0) : null,
  };
}
