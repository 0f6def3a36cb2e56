/** Middle value of a list of measurements (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One printed figure and, where there is one, the budget it must keep. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: number;
  /** A target to print beside the figure that does not fail the run (the issue says "aim for"). */
  readonly aim?: number;
}

export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** A measurement beside its yardstick, and their ratio with its limit (a budget or an aim). */
export function comparison(
  names: { measured: string; yardstick: string; ratio: string },
  measured: readonly number[],
  yardstick: readonly number[],
  limit: { budget: number } | { aim: number },
): Figure[] {
  const m = median(measured);
  const y = median(yardstick);
  return [
    { name: names.measured, value: Math.round(m), unit: 'ms' },
    { name: names.yardstick, value: Math.round(y), unit: 'ms' },
    { name: names.ratio, value: Math.round((m / y) * 100) / 100, unit: '×', ...limit },
  ];
}

/** Prints figures as an aligned table and returns the ones over budget. */
export function report(title: string, figures: readonly Figure[]): Figure[] {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  const broken: Figure[] = [];
  for (const f of figures) {
    const over = f.budget !== undefined && f.value > f.budget;
    if (over) broken.push(f);
    const budget =
      f.budget === undefined ? '' : `  (budget ≤ ${f.budget} ${f.unit}) ${over ? 'OVER BUDGET' : 'ok'}`;
    console.log(`  ${f.name.padEnd(width)}  ${String(f.value).padStart(9)} ${f.unit}${budget}`);
  }
  return broken;
}
