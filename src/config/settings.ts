import { ConfigError } from '../errors.js';
import type { Env } from './envFile.js';

// Small typed readers: each failure names the setting and what a valid value looks like.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A required setting's trimmed value. */
export function required(env: Env, name: string, hint: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(name, `${name} is not set: ${hint}`);
  return value;
}

/** An optional setting's trimmed value, undefined when empty. */
export function optional(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

/** A tenant id: GUID or verified domain (`contoso.onmicrosoft.com`). */
export function tenantId(value: string, name: string): string {
  if (GUID.test(value) || DOMAIN.test(value)) return value.toLowerCase();
  throw new ConfigError(name, `${name} must be a tenant GUID or domain name, got "${value}"`);
}

/** An application (client) id: a GUID. */
export function guid(value: string, name: string): string {
  if (GUID.test(value)) return value.toLowerCase();
  throw new ConfigError(name, `${name} must be a GUID (the application's client id), got "${value}"`);
}

/** An https URL (http only for loopback hosts, e.g. a local mock), returned without trailing slash. */
export function httpsUrl(env: Env, name: string, fallback: string): string {
  const raw = optional(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `${name} must be an absolute URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new ConfigError(name, `${name} must use https (http only for 127.0.0.1/localhost), got "${raw}"`);
  }
  if (url.search || url.hash) throw new ConfigError(name, `${name} must not have a query or fragment, got "${raw}"`);
  return url.toString().replace(/\/+$/, '');
}

/** A positive integer setting. */
export function positiveInt(env: Env, name: string, fallback: number, min = 1): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new ConfigError(name, `${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return Number(raw);
}

/** A separated list setting, empty entries dropped. */
export function list(env: Env, name: string, separator: RegExp): string[] {
  return (optional(env, name) ?? '').split(separator).map((s) => s.trim()).filter(Boolean);
}
