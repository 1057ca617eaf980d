// Danish CVR numbers: 8 digits whose weighted sum (weights 2,7,6,5,4,3,2,1) is divisible by 11.
// People type them with spaces or a "DK" prefix (the VAT form), so input is normalised first.
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** "DK 13 74 81 36" → "13748136"; anything else is returned trimmed, for the check to refuse. */
export function normaliseCvr(value: string): string {
  return value.replace(/^\s*DK/i, '').replace(/[\s-]/g, '');
}

export function isValidCvr(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  // A CVR number never starts with 0.
  if (value[0] === '0') return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return sum % 11 === 0;
}
