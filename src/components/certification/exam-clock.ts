/** Seconds left before the exam's deadline, read on the server's clock. */
export function examSecondsLeft(
  deadline: string,
  serverNow: string,
  elapsedLocally: number,
): number {
  return Math.max(0, (Date.parse(deadline) - Date.parse(serverNow)) / 1000 - elapsedLocally);
}
