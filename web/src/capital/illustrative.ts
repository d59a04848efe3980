/**
 * Whether a bid's places planned rest on invented figures: the demo marks a scheme whose
 * places are not from the council's reports "illustrative" in its title ("(illustrative
 * title, cost and places)", "(places illustrative)"), and a total of such places is
 * illustrative too, so it says so wherever it is shown.
 */
export function placesAreIllustrative(
  schemes: readonly { title: string; places?: number | undefined }[],
): boolean {
  return schemes.some(
    (s) =>
      (s.places ?? 0) > 0 &&
      /\([^)]*illustrative[^)]*\)/i.test(s.title) &&
      /\([^)]*places[^)]*\)/i.test(s.title),
  );
}

/** A count of places, labelled when it is illustrative. */
export function placesText(count: string, illustrative: boolean): string {
  return illustrative ? `${count} (illustrative)` : count;
}
