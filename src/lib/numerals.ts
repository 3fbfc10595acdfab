/** Chinese numerals as the plan writes its part, section and group numbers. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}

/** 一 → 1, 十一 → 11, 二十 → 20; undefined for anything else. */
export function fromChineseNumeral(s: string): number | undefined {
  for (let n = 1; n < 100; n++) if (toChineseNumeral(n) === s) return n;
  return undefined;
}
