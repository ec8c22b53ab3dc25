/** Number formatting and arc geometry for the server-drawn SVG charts. */

/** Two decimals at most: enough for a crisp line, short in the markup. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The point at `fraction` (0..1) of a full turn clockwise from twelve o'clock. */
export function pointOnCircle(cx: number, cy: number, r: number, fraction: number): [number, number] {
  const angle = 2 * Math.PI * fraction - Math.PI / 2;
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

/** An SVG path for the arc from fraction `from` to `to` (0..1, clockwise from twelve o'clock). */
export function arcPath(cx: number, cy: number, r: number, from: number, to: number): string {
  const span = Math.min(Math.max(to - from, 0), 0.9999);
  const [x1, y1] = pointOnCircle(cx, cy, r, from);
  const [x2, y2] = pointOnCircle(cx, cy, r, from + span);
  const large = span > 0.5 ? 1 : 0;
  return `M ${n(x1)} ${n(y1)} A ${n(r)} ${n(r)} 0 ${large} 1 ${n(x2)} ${n(y2)}`;
}
