/**
 * Text that is data, the same in every language: a proper name ("BHXH Việt Nam") or sample
 * input a person would type (an example in the API reference). Marking it so tells the reader,
 * and the check that no sentence is written in code (tests/unit/no-hard-coded-vietnamese.test.ts),
 * that it is not a sentence missing from the catalogs.
 */
export function dataText(text: string): string {
  return text;
}
