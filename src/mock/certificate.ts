/**
 * A self-signed certificate for `localhost` and `127.0.0.1`, for serving the mock over HTTPS
 * (clients trust it through NODE_EXTRA_CA_CERTS or a `ca` option).
 */
export async function generateCertificate(): Promise<{ cert: string; key: string }> {
  // Imported here: loading it takes ~0.3 s, which a plain HTTP mock's start should not pay.
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
