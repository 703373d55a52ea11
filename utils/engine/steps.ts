/** Work written as generators (so callers can slice it) and run at once where no one needs slicing. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
