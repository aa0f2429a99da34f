import { redactText } from '../redact/index.js';

/**
 * Makes everything this process prints pass through the one redaction as it is printed: our
 * lines, and whatever a library prints (vitest's own error output, a module's warning). A line
 * built from a tenant's answer or a runner error may hold a secret the registry knows.
 */
export function redactProcessOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string') return write(redactText(chunk), ...rest);
      if (Buffer.isBuffer(chunk)) return write(Buffer.from(redactText(chunk.toString('utf8')), 'utf8'), ...rest);
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
}
