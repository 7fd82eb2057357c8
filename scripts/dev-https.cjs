// How the webpack dev server listens: https with the Office developer certificates when possible.
// Used by webpack.config.js only under `webpack serve`; a plain `webpack` build never touches certificates.
//
// 1. office-addin-dev-certs getHttpsServerOptions(): generates ~/.office-addin-dev-certs and installs its
//    CA in the system/user trust store (Windows: user store; macOS: login keychain; Linux: `sudo sh
//    install_linux.sh`). Office needs a trusted https://localhost:3000, so this is the normal path.
// 2. If the CA cannot be installed (typically Linux without sudo, or a refused sudo prompt), the same
//    files are generated (or reused when still valid) WITHOUT installing the CA, and a warning says how to
//    trust it. Browsers and curl -k work; Office on this machine will not trust it until the CA is trusted.
// 3. If even that fails, plain http with a loud warning (Office refuses http add-ins).
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CA_PATH = path.join(CERT_DIR, "ca.crt");
const CERT_PATH = path.join(CERT_DIR, "localhost.crt");
const KEY_PATH = path.join(CERT_DIR, "localhost.key");
const DAYS_VALID = 30;
const DOMAINS = ["127.0.0.1", "localhost"];

function warn(message) {
  process.stderr.write(`\n[dev-server] WARNING: ${message}\n\n`);
}

function info(message) {
  process.stdout.write(`[dev-server] ${message}\n`);
}

function firstLine(error) {
  const text = error && error.message ? error.message : String(error);
  return text.trim().split("\n").filter(Boolean).slice(0, 2).join(" ");
}

function commandExists(name) {
  const dirs = (process.env.PATH || "").split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => {
    try {
      fs.accessSync(path.join(dir, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The certificate files, if present, matching, valid for localhost and for at least one more day. */
function readValidCertificates() {
  try {
    const ca = fs.readFileSync(CA_PATH);
    const cert = fs.readFileSync(CERT_PATH);
    const key = fs.readFileSync(KEY_PATH);
    const x509 = new crypto.X509Certificate(cert);
    const oneDayFromNow = Date.now() + 24 * 60 * 60 * 1000;
    if (Date.parse(x509.validTo) < oneDayFromNow) return undefined;
    if (!x509.checkHost("localhost")) return undefined;
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return undefined;
    return { ca, cert, key };
  } catch {
    return undefined;
  }
}

/** The installer can only work where it can elevate: on Linux it shells out to sudo. */
function caInstallPossible() {
  if (process.platform !== "linux") return true;
  return commandExists("sudo");
}

function trustHint() {
  if (process.platform === "linux") {
    const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const sudo = asRoot ? "" : "sudo ";
    return [
      `To trust it system-wide (Debian/Ubuntu): ${sudo}mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs`,
      `  && ${sudo}cp ${CA_PATH} /usr/local/share/ca-certificates/office-addin-dev-certs/`,
      `  && ${sudo}update-ca-certificates`,
      "Chrome/Firefox on Linux keep their own store: import the CA there, or accept the warning once.",
    ].join("\n");
  }
  return "Run `npx office-addin-dev-certs install` to trust it.";
}

async function untrustedHttps(devCerts) {
  let certificates = readValidCertificates();
  if (!certificates) {
    devCerts.deleteCertificateFiles(CERT_DIR);
    await devCerts.generateCertificates(CA_PATH, CERT_PATH, KEY_PATH, DAYS_VALID, DOMAINS);
    certificates = readValidCertificates();
    if (!certificates) throw new Error(`generated certificates in ${CERT_DIR} are not usable`);
  }
  warn(
    [
      `Serving https with the developer certificates in ${CERT_DIR}, but their CA is NOT trusted by this machine.`,
      "Browsers will warn and Office will not load the add-in from here until the CA is trusted.",
      trustHint(),
    ].join("\n")
  );
  return { type: "https", options: certificates };
}

/** The value for webpack-dev-server's `server` option. */
async function devServerTransport() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch (error) {
    warn(`office-addin-dev-certs is not installed (${firstLine(error)}); serving plain http.`);
    return { type: "http" };
  }

  if (caInstallPossible()) {
    try {
      const options = await devCerts.getHttpsServerOptions(DAYS_VALID, DOMAINS);
      return { type: "https", options };
    } catch (error) {
      warn(`Could not install the Office developer CA: ${firstLine(error)}`);
    }
  } else {
    info(
      "sudo is not available, so the developer CA cannot be installed; using the certificates untrusted."
    );
  }

  try {
    return await untrustedHttps(devCerts);
  } catch (error) {
    warn(
      `No usable https certificate (${firstLine(error)}). Serving PLAIN HTTP on port 3000.\n` +
        "Office only loads https add-ins: use this for browser checks only, and fix the certificates " +
        "(npx office-addin-dev-certs install) before sideloading."
    );
    return { type: "http" };
  }
}

module.exports = { devServerTransport, CERT_DIR };
