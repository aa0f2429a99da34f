import { base64Fragments, flexiblePattern, jwtSignature } from './encodings.js';

/** What replaces a secret. */
export const REDACTED = '[redacted]';

/** Shortest value accepted as a secret: shorter ones would blank out ordinary words. */
export const MIN_SECRET_LENGTH = 8;

/**
 * The secrets of a run: every value registered, and the forms each takes on the wire (see
 * `encodings.ts`). `replace` removes all of them from a text; it is the only place that knows them.
 */
export class SecretRegistry {
  private readonly secrets = new Set<string>();
  /** Literal forms, longest first (a secret inside another is replaced as part of the longer). */
  private literals: string[] = [];
  private pattern: RegExp | undefined;
  private readonly listeners: ((value: string) => void)[] = [];

  /** Registers a secret (and a JWT's signature on its own); returns whether it was new. */
  add(value: string | undefined): boolean {
    if (!value || value.length < MIN_SECRET_LENGTH || this.secrets.has(value)) return false;
    this.secrets.add(value);
    const signature = jwtSignature(value);
    if (signature) this.add(signature);
    const forms = new Set([...this.literals, value, ...base64Fragments(value)]);
    this.literals = [...forms].sort((a, b) => b.length - a.length);
    this.pattern = undefined;
    for (const listener of this.listeners) listener(value);
    return true;
  }

  /** Every secret registered, in order. */
  values(): string[] {
    return [...this.secrets];
  }

  /** Called with each secret registered from now on. */
  onAdd(listener: (value: string) => void): void {
    this.listeners.push(listener);
  }

  /** `text` with every registered secret, in every form, replaced by `REDACTED`. */
  replace(text: string): string {
    if (this.literals.length === 0 || text.length < MIN_SECRET_LENGTH) return text;
    // Encoded or escaped spellings need `%` or `\`; without them literal search (fast) is enough.
    if (!text.includes('%') && !text.includes('\\')) {
      let out = text;
      for (const literal of this.literals) if (out.includes(literal)) out = out.split(literal).join(REDACTED);
      return out;
    }
    this.pattern ??= new RegExp(this.literals.map(flexiblePattern).join('|'), 'g');
    return text.replace(this.pattern, REDACTED);
  }
}
