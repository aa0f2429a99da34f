/**
 * Finds a secret in a text in any encoding, independently of how `redact` finds it: decodes
 * percent-escapes and JSON escapes (repeatedly), and base64/base64url at every alignment, then
 * looks for the plain secret (or a JWT's signature). Returns the forms found, for a readable failure.
 */
export function leaksOf(text: string, secret: string): string[] {
  const found = new Set<string>();
  const targets = [secret];
  const signature = /^eyJ[\w-]*\.[\w-]*\.([\w-]+)$/.exec(secret)?.[1];
  if (signature) targets.push(signature);
  const views: [string, string][] = [['raw', text]];
  let decoded = text;
  let formDecoded = text;
  for (let i = 0; i < 3; i++) {
    decoded = unescapeJson(percentDecode(decoded));
    formDecoded = unescapeJson(percentDecode(formDecoded.replace(/\+/g, ' ')));
    views.push([`decoded#${i + 1}`, decoded], [`form-decoded#${i + 1}`, formDecoded]);
  }
  // Any 24 characters of the secret (of a JWT: of its signature, the rest is not secret) are a
  // leak too: a text cut after part of a secret. Windows every 12 characters find every such run
  // of 36 or more.
  const core = signature ?? secret;
  const windows = core.length <= 36 ? [] : Array.from({ length: Math.floor((core.length - 24) / 12) + 1 }, (_, i) => core.slice(i * 12, i * 12 + 24));
  for (const [name, view] of views) {
    for (const t of targets) if (view.includes(t)) found.add(`${t === secret ? 'secret' : 'signature'} ${name}`);
    if (windows.some((w) => view.includes(w))) found.add(`part of the ${signature ? 'signature' : 'secret'} ${name}`);
    for (const run of view.match(/[A-Za-z0-9+/_-]{8,}={0,2}/g) ?? []) {
      for (let shift = 0; shift < 4; shift++) {
        const bytes = Buffer.from(run.slice(shift).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
        for (const t of targets) if (bytes.includes(t)) found.add(`${t === secret ? 'secret' : 'signature'} base64 in ${name}`);
      }
    }
  }
  return [...found];
}

function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return Buffer.from(run.split('%').slice(1).map((h) => parseInt(h, 16))).toString('latin1');
    }
  });
}

function unescapeJson(text: string): string {
  return text.replace(/\\u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\([/"\\])/g, '$1');
}
