// The shape of one row of the bench's table, built from an interleaved measurement.

/** A target such as "≤ 3×" (at most) or "≥ 20×" (at least). */
export const atMost = (value) => ({ text: `≤ ${value}×`, met: (ratio) => ratio <= value });
export const atLeast = (value) => ({ text: `≥ ${value}×`, met: (ratio) => ratio >= value });

/**
 * A row from measured contestants: `ratio = numerator ÷ denominator` (by name) of the CPU medians,
 * with the p99 and wall-time ratios beside it. `check` says what was shown equal; an invalid row
 * (`valid: false`) reports no ratio. `target` may be undefined for a row shown for information.
 */
export function contestRow({ id, title, results, numerator, denominator, target, check, valid = true }) {
  const top = results.find((r) => r.name === numerator);
  const bottom = results.find((r) => r.name === denominator);
  const ratio = valid ? {
    cpu: top.cpu.median / bottom.cpu.median,
    cpuP99: top.cpu.p99 / bottom.cpu.p99,
    wall: top.wall.median / bottom.wall.median,
  } : undefined;
  return { id, title, contestants: results, ratio, ratioText: `${numerator} ÷ ${denominator}`, target, met: ratio && target ? target.met(ratio.cpu) : undefined, check, valid };
}

/** A row that could not be measured: skipped (a baseline is unavailable) or failed (the measurement broke). */
export function unmeasuredRow({ id, title, target, check, skipped, failed }) {
  return { id, title, contestants: [], target, check, valid: false, ...(skipped ? { skipped } : {}), ...(failed ? { failed } : {}) };
}
