import type { HttpRequest } from '../../../transport/types.js';

/** What a test sees of a real HTTP response. */
export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  json?: Record<string, unknown>;
}

/** Sends a request to a running mock over real HTTP with fetch. */
export async function send(baseUrl: string, req: HttpRequest): Promise<Sent> {
  const res = await fetch(baseUrl + req.url, { method: req.method, headers: req.headers, body: req.body });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
