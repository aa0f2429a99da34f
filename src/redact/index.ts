export { REDACTED, redact, redactHeaders, redactText, redactValue, registerSecret, secrets } from './redact.js';
export { shareSecretsAcrossThreads } from './threads.js';
export { isSecretName } from './fields.js';
export { MIN_SECRET_LENGTH, SecretRegistry } from './registry.js';
