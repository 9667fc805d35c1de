const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;

function unit(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

/**
 * Says a number of seconds the way a person would: "45 seconds", "12 minutes", "1 hour 30 minutes",
 * "2 days 3 hours" (two units at most, rounded to the smaller one).
 */
export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'an unknown time';
  const whole = Math.round(seconds);
  if (whole < MINUTE) return unit(whole, 'second');
  const minutes = Math.round(whole / MINUTE);
  if (minutes < 60) return unit(minutes, 'minute');
  if (minutes < DAY / MINUTE) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
  }
  const hours = Math.round(whole / HOUR);
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest === 0 ? unit(days, 'day') : `${unit(days, 'day')} ${unit(rest, 'hour')}`;
}
