/** Error messages in the GOV.UK style, from a field's label and a rule's short message. */

/** `High needs block income` → `high needs block income`; leaves `EHCPs…` and `DfE…` alone. */
export function lowerFirst(label: string): string {
  const firstWord = label.split(' ')[0] ?? '';
  // An abbreviation or a name (EHCPs, DfE) keeps its capitals.
  if (/[A-Z]/.test(firstWord.slice(1))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A sentence for a field's problem: the API's and the domain's messages are written to
 * follow the field's name (`must not be negative`), or as an instruction (`enter a
 * note`); "is required to submit" becomes what to do about it.
 */
export function fieldMessage(label: string, message: string, action = 'Enter'): string {
  const text = message.trim().replace(/\s*\((?:[a-z]+\.)+[a-zA-Z]+\)$/, '');
  if (/^is required/.test(text)) return `${action} ${lowerFirst(label)}`;
  if (/^enter an amount in pounds/.test(text)) {
    return `Enter ${lowerFirst(label)} in pounds, like £20,067,000 or £20.067m`;
  }
  if (/^(enter|select|give|choose) /i.test(text)) return upperFirst(text);
  // A message that already names its field (from a check on the screen) says it once.
  if (label && text.toLowerCase().startsWith(`${label.toLowerCase()} `)) return upperFirst(text);
  return `${label} ${text}`;
}
