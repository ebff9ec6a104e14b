/**
 * The time left of a render whose frames cost one of two ways: drawn by the scene (a move, a blend, a step's first
 * frame at rest: slow) or repeated (the rest of a step: fast). Each kind's average so far, times the frames of that
 * kind still to come. `now` is a clock in milliseconds; `start` is called as the first frame begins.
 */
export class Pace {
  private readonly drawnAfter: Int32Array;
  private drawnMs = 0;
  private drawnCount = 0;
  private heldMs = 0;
  private heldCount = 0;
  private last: number;

  constructor(
    private readonly toDraw: Uint8Array,
    private readonly now: () => number = () => performance.now(),
  ) {
    // drawnAfter[n]: how many frames from n on are drawn.
    this.drawnAfter = new Int32Array(toDraw.length + 1);
    for (let n = toDraw.length - 1; n >= 0; n--) this.drawnAfter[n] = this.drawnAfter[n + 1]! + toDraw[n]!;
    this.last = now();
  }

  /** Frame n is done (they are done in order). */
  done(n: number): void {
    const t = this.now();
    const ms = t - this.last;
    this.last = t;
    if (this.toDraw[n]) {
      this.drawnMs += ms;
      this.drawnCount++;
    } else {
      this.heldMs += ms;
      this.heldCount++;
    }
  }

  /** Seconds left after frame n, or null before two frames have been drawn. */
  left(n: number): number | null {
    if (this.drawnCount < 2) return null;
    const perDrawn = this.drawnMs / this.drawnCount;
    const perHeld = this.heldCount ? this.heldMs / this.heldCount : perDrawn;
    const drawn = this.drawnAfter[n + 1] ?? 0;
    const held = this.toDraw.length - (n + 1) - drawn;
    return (drawn * perDrawn + held * perHeld) / 1000;
  }
}
