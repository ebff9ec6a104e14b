/** x limited to the range [lo, hi] (lo ≤ hi); NaN stays NaN. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

/**
 * Smooth start and end of a transition: 0 at t = 0, 1 at t = 1, with zero slope at both ends (3t² − 2t³).
 * t outside [0, 1] counts as the nearer end.
 */
export function smoothstep(t: number): number {
  const s = clamp(t, 0, 1);
  return s * s * (3 - 2 * s);
}
