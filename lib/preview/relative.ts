/** The unit and (negative = past) value to show an elapsed time with Intl.RelativeTimeFormat ("hace 5 min"). */
export function relativeUnit(
  at: number,
  now: number,
): { value: number; unit: Intl.RelativeTimeFormatUnit } | null {
  const seconds = Math.round((at - now) / 1000)
  const abs = Math.abs(seconds)
  if (abs < 45) return null // "justo ahora"
  if (abs < 3600) return { value: Math.round(seconds / 60) || Math.sign(seconds), unit: 'minute' }
  if (abs < 86_400) return { value: Math.round(seconds / 3600), unit: 'hour' }
  if (abs < 30 * 86_400) return { value: Math.round(seconds / 86_400), unit: 'day' }
  if (abs < 365 * 86_400) return { value: Math.round(seconds / (30 * 86_400)), unit: 'month' }
  return { value: Math.round(seconds / (365 * 86_400)), unit: 'year' }
}
