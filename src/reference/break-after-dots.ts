/** HTML for an API name that a narrow screen may wrap after each dot, never inside a word: `WeakRef.<wbr>prototype`. */
export function breakAfterDots(name: string): string {
  const escaped = name.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return escaped.replaceAll('.', '.<wbr>');
}
