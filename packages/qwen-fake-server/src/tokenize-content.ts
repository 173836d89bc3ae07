/**
 * Splits text into tokens the way a Qwen tokenizer roughly does, deterministically: each digit and
 * each Han character alone, words of up to six letters with their leading space, runs of whitespace,
 * and up to three other signs together with a space after them. The tokens always join back into the text exactly.
 */
export function tokenizeContent(content: string): string[] {
  // Every code point falls in one branch, so matches are contiguous and cover the text.
  return content.match(/ ?[A-Za-z]{1,6}|\d|\p{Script=Han}|\s+|[^\sA-Za-z\d\p{Script=Han}]{1,3} ?/gu) ?? []
}
