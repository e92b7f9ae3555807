/**
 * Accrual quotes per second on one core, for a notice with no payments, against the same computation in
 * plain `number` arithmetic in the same process. Run:
 *
 *   taskset -c 1 npx ts-node -P tools/bench/tsconfig.json tools/bench/accrual/accrual.bench.ts
 *
 * `taskset` pins the process, garbage-collector threads included, to one core; rates are quotes per
 * CPU-second of that process, so other load on a shared machine does not lower them.
 * Results and the command are recorded in docs/benchmarks.md.
 */
import * as os from 'node:os';
import { accrue, DEFAULT_RULES, quoteAccrual, type AccrualInput } from '@nutmeg/domain';
import { accrueWithNumbers, quoteWithNumbers, type NumberAccrualInput } from './number-baseline';

const ROUND_MS = Number(process.env['BENCH_ROUND_MS'] ?? 1500);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);

function pad(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** 1,000 realistic notices: income and sales tax, $50–$50,000, 0–36 months late, due dates across the month. */
function scenarios(): AccrualInput[] {
  const inputs: AccrualInput[] = [];
  for (let index = 0; index < 1000; index += 1) {
    const dollars = 50 + ((index * 7919) % 49950);
    const centsPart = (index * 37) % 100;
    const dueDay = 1 + (index % 28);
    const monthsLate = index % 37;
    const asOfMonthIndex = 2025 * 12 + 3 + monthsLate;
    const asOfYear = Math.floor(asOfMonthIndex / 12);
    const asOfMonth = (asOfMonthIndex % 12) + 1;
    inputs.push({
      taxType: index % 3 === 0 ? 'sales' : 'individual_income',
      tax: `${dollars}.${pad(centsPart)}`,
      dueDate: `2025-04-${pad(dueDay)}`,
      asOf: `${asOfYear}-${pad(asOfMonth)}-${pad(1 + ((index * 13) % 28))}`,
    });
  }
  return inputs;
}

function baselineInput(input: AccrualInput): NumberAccrualInput {
  const rules = DEFAULT_RULES.taxTypes[input.taxType];
  const minimum = rules.latePaymentPenalty.value.minimum;
  return {
    taxType: input.taxType,
    tax: input.tax as string,
    dueDate: input.dueDate,
    asOf: input.asOf,
    penaltyRate: Number(rules.latePaymentPenalty.value.rate),
    penaltyMinimum: minimum === null ? null : Number(minimum),
    interestRate: Number(rules.interest.value.ratePerMonth),
  };
}

let sink = 0;

/**
 * Quotes per second of CPU time used by this process (user + system), so other work on a shared machine
 * does not count against us; wall-clock rates are printed alongside. GC helper threads count too, which
 * only makes the figure conservative.
 */
function measure(label: string, run: (index: number) => { total: string }): number {
  const rates: number[] = [];
  const wallRates: number[] = [];
  for (let warm = 0; warm < 20000; warm += 1) sink += run(warm % 1000).total.length;
  for (let round = 0; round < ROUNDS; round += 1) {
    let count = 0;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const stopAt = start + BigInt(ROUND_MS) * 1_000_000n;
    let now = start;
    while (now < stopAt) {
      for (let batch = 0; batch < 1000; batch += 1) sink += run((count + batch) % 1000).total.length;
      count += 1000;
      now = process.hrtime.bigint();
    }
    const cpu = process.cpuUsage(cpuStart);
    rates.push(count / ((cpu.user + cpu.system) / 1e6));
    wallRates.push(count / (Number(now - start) / 1e9));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const perCpu = median(rates);
  console.log(
    `${label.padEnd(32)} ${Math.round(perCpu).toLocaleString('en-US').padStart(9)} quotes/CPU-s` +
      `  (wall ${Math.round(median(wallRates)).toLocaleString('en-US')}/s; rounds ${rates.map((rate) => Math.round(rate / 1000) + 'k').join(', ')})`,
  );
  return perCpu;
}

function main(): void {
  const inputs = scenarios();
  const baselineInputs = inputs.map(baselineInput);
  // The two must walk the same months, or the comparison means nothing. Their totals may still differ by
  // a cent: that drift is the reason the domain uses decimals, and it is counted and reported.
  let centDrift = 0;
  inputs.forEach((input, index) => {
    const exact = accrue(input);
    const float = accrueWithNumbers(baselineInputs[index]);
    const quote = quoteAccrual(input);
    if (quote.total !== exact.total) throw new Error(`quote and accrual disagree on scenario ${index}`);
    if (exact.monthsLate !== float.monthsLate || exact.breakdown.length !== float.breakdown.length) {
      throw new Error(`baseline walks different months on scenario ${index}`);
    }
    if (exact.total !== float.total) centDrift += 1;
  });
  const seed = accrue({ taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-15' });
  const averageMonths = inputs.reduce((sum, input) => sum + accrue(input).monthsLate, 0) / inputs.length;
  console.log(`node ${process.version}, ${ROUNDS} rounds of ${ROUND_MS} ms, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`);
  console.log(`seed check: ${seed.monthsLate} months, total ${seed.total}`);
  console.log(`scenarios: 1,000 notices without payments, ${averageMonths.toFixed(1)} months late on average (breakdown rows included)`);
  console.log(`plain number totals differ from the exact ones on ${centDrift} of 1,000 scenarios (float rounding)`);

  const decimal = measure('quoteAccrual() — decimal.js', (index) => quoteAccrual(inputs[index]));
  const float = measure('same quote — plain number', (index) => quoteWithNumbers(baselineInputs[index]));
  const decimalRows = measure('accrue() with breakdown — decimal', (index) => accrue(inputs[index]));
  const floatRows = measure('same with breakdown — plain number', (index) => accrueWithNumbers(baselineInputs[index]));
  console.log(`ratio, quote: decimal.js at ${(decimal / float).toFixed(2)}× the speed of plain number (${(float / decimal).toFixed(2)}× slower)`);
  console.log(`ratio, with breakdown: ${(decimalRows / floatRows).toFixed(2)}× (${(floatRows / decimalRows).toFixed(2)}× slower)`);
  console.log(`target ≥ 200,000 quotes/s on one core: ${decimal >= 200000 ? 'met' : 'NOT met'} by quoteAccrual; accrue() with rows: ${Math.round(decimalRows).toLocaleString('en-US')}/s`);
  if (sink === -1) console.log(sink);
}

main();
