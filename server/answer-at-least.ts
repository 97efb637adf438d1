// A constant-time answer: the caller learns nothing from how long the work took, as long as it took less than `ms`
// (sign-in: an unknown account, a wrong password and a limited address all answer after the same time, so timing
// does not tell which one it was).

type Clock = { now(): number; sleep(ms: number): Promise<void> }

const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** Runs `work` and answers no sooner than `ms` after it started, whether it returned or threw. */
export async function answerAtLeast<T>(
  ms: number,
  work: () => Promise<T>,
  clock: Clock = realClock,
): Promise<T> {
  const started = clock.now()
  try {
    return await work()
  } finally {
    const left = ms - (clock.now() - started)
    if (left > 0) await clock.sleep(left)
  }
}
