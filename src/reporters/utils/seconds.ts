/**
 * Milliseconds as JUnit seconds. Three decimals keep the value out of exponent notation (`1e-7`),
 * which the Surefire time pattern of the JUnit XSD rejects.
 */
export function seconds(ms: number): number {
  return Number((Math.max(0, ms) / 1000).toFixed(3));
}
