/** Commander's `error: unknown option '--x'\n(Did you mean --y?)` as `graph-contracts: unknown option '--x' (did you mean --y?); see --help`. */
export function usageLine(message: string): string {
  const text = message.replace(/^error:\s*/, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ').replace(/\(Did you mean/, '(did you mean');
  return `graph-contracts: ${text}; see --help`;
}
