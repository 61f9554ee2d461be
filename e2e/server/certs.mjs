import { execFile } from 'node:child_process';
import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { HOSTS } from './hosts.mjs';

const run = promisify(execFile);

/**
 * @typedef {object} TestCertificates
 * @property {string} caCertPath  PEM file of the test CA (for clients that want to trust it)
 * @property {string} caPem
 * @property {string} certPem     server certificate, signed by the test CA
 * @property {string} keyPem      server private key
 * @property {string} spkiHash    base64 SHA-256 of the server's SubjectPublicKeyInfo
 *                                (for Chromium's --ignore-certificate-errors-spki-list)
 */

/**
 * Creates a throw-away CA and a server certificate for all world hosts, localhost and 127.0.0.1.
 * Keys are written only into `dir` (a temp dir owned by the caller).
 * @param {string} dir
 * @returns {Promise<TestCertificates>}
 */
export async function makeTestCertificates(dir) {
  const p = (/** @type {string} */ name) => path.join(dir, name);
  const san = [...HOSTS, 'localhost'].map((h) => `DNS:${h}`).join(', ') + ', IP:127.0.0.1';
  await writeFile(
    p('ca.cnf'),
    `[req]
distinguished_name = dn
prompt = no
x509_extensions = v3_ca
[dn]
CN = Kernel Context Test CA
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
`,
  );
  await writeFile(
    p('server.ext'),
    `basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = ${san}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`,
  );
  // P-256 keys: generated in milliseconds, accepted by Chromium, Firefox and Node.
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const days = ['-days', '30'];
  await openssl(['req', '-x509', ...newKey, ...days, '-config', p('ca.cnf'), '-keyout', p('ca.key'), '-out', p('ca.crt')]);
  await openssl(['req', '-new', ...newKey, '-subj', '/CN=Kernel Context test server', '-keyout', p('server.key'), '-out', p('server.csr')]);
  await openssl([
    'x509', '-req', '-in', p('server.csr'), '-CA', p('ca.crt'), '-CAkey', p('ca.key'),
    '-set_serial', '0x' + randomBytes(8).toString('hex'), ...days, '-extfile', p('server.ext'), '-out', p('server.crt'),
  ]);

  const [caPem, certPem, keyPem] = await Promise.all(['ca.crt', 'server.crt', 'server.key'].map((f) => readFile(p(f), 'utf8')));
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  const spkiHash = createHash('sha256').update(spki).digest('base64');
  return { caCertPath: p('ca.crt'), caPem, certPem, keyPem, spkiHash };
}

/** @param {string[]} args */
async function openssl(args) {
  try {
    await run('openssl', args);
  } catch (err) {
    const e = /** @type {Error & { stderr?: string }} */ (err);
    throw new Error(`openssl ${args[0]} failed: ${e.stderr || e.message}`);
  }
}
