/**
 * The x in [lo, hi] where the monotone (increasing or decreasing) f(x) = target.
 *
 * A bracketing solver: bisection's guarantee (the root stays inside [a, b]) with false-position
 * steps (the Illinois variant) so it needs ~10 evaluations instead of ~40; the frame averages it
 * solves are sums over hundreds of organisations. Returns the nearer bound when out of reach.
 */
export function solveMonotone(
  f: (x: number) => number,
  target: number,
  lo = -15,
  hi = 15,
  tolerance = 1e-12,
): number {
  let a = lo;
  let b = hi;
  let fa = f(a) - target;
  let fb = f(b) - target;
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Math.sign(fa) === Math.sign(fb)) return Math.abs(fa) < Math.abs(fb) ? a : b;
  let side = 0;
  for (let i = 0; i < 100; i++) {
    const x = (a * fb - b * fa) / (fb - fa);
    const fx = f(x) - target;
    if (Math.abs(fx) < tolerance || b - a < tolerance) return x;
    if (Math.sign(fx) === Math.sign(fb)) {
      b = x;
      fb = fx;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = x;
      fa = fx;
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return (a + b) / 2;
}
