/**
 * A message for the next screen, shown once: "Return submitted" after submitting,
 * for example. Kept in memory only: a reload has no reason to repeat it.
 */
export interface Flash {
  heading: string;
  body?: string;
}

let pending: Flash | undefined;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/** The message waiting for this screen, once; later calls get nothing. */
export function takeFlash(): Flash | undefined {
  const flash = pending;
  pending = undefined;
  return flash;
}
