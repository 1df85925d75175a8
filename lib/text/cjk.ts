/**
 * The text primitives shared by the classifier, the reports and the redactor: CJK detection,
 * the assistant-answer stripper, and the space between Han and Latin text. One copy each.
 */

/** CJK Unified Ideographs (with extension A) and the compatibility block. */
export const cjkChar = /[\u3400-\u9fff\uf900-\ufaff]/;
export const cjkChars = /[\u3400-\u9fff\uf900-\ufaff]/g;

export const hasCjk = (s: string): boolean => cjkChar.test(s);

/** How Chinese a text reads: Han characters against Latin letters (a Han character ≈ a short word). */
export function cjkRatio(s: string): number {
  let han = 0;
  let letters = 0;
  const n = Math.min(s.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return han + letters === 0 ? 0 : han / (han + letters / 4);
}

/** Chinese typesetting: a space between Han characters and Latin letters or digits ("2 个 API 密钥"). */
export function spaceHanAndLatin(text: string): string {
  return text.replace(/([\u4e00-\u9fff])([A-Za-z0-9$])/g, "$1 $2").replace(/([A-Za-z0-9%])([\u4e00-\u9fff])/g, "$1 $2");
}

/**
 * A page copied from an assistant's ticket (like the seeds) holds the error, then a long AI answer
 * full of other errors' words; only the part before the answer is evidence.
 */
const answerMarker = /^[^\n]{0,8}(?:AI解决方案|AI 解决方案|AI Solution|代码糕手 - )/m;

export function stripAssistantAnswer(text: string): string {
  const m = answerMarker.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}
