# SPDX-License-Identifier: GPL-3.0-or-later
"""A real RFC 3161 time-stamping authority on 127.0.0.1, for the signing tests.

An ``http.server`` in a thread answers ``application/timestamp-query`` POSTs with
tokens from pyHanko's test TSA (``DummyTimeStamper``), signing with an ECDSA P-256 key
whose certificate has the critical ``timeStamping`` extended key usage. pyHanko's
dummy signs with RSA only, so :class:`EcdsaTimeStamper` replaces its signing step.
"""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import algos, cms, core, tsp
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.general import as_signing_certificate, simple_cms_attribute
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper


def tsa_certificate(key: ec.EllipticCurvePrivateKey, *, now: datetime) -> x509.Certificate:
    """A self-signed TSA certificate: P-256, extendedKeyUsage timeStamping (critical)."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Horodateur de test"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "TalaGov tests")])
    return (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )


class EcdsaTimeStamper(DummyTimeStamper):
    """pyHanko's test TSA with an ECDSA P-256 key (its own ``_sign_tst_info`` is RSA-only)."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> None:
        der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
        super().__init__(asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
                         asn1_keys.PrivateKeyInfo.load(der_key))
        self._key = key

    def _sign_tst_info(self, tst_info_data: bytes, md_algorithm: str,
                       dt: datetime) -> tuple[bytes, Any]:
        digest = hashes.Hash(hashes.SHA256())
        digest.update(tst_info_data)
        signed_attrs = cms.CMSAttributes([
            simple_cms_attribute("content_type", "tst_info"),
            simple_cms_attribute("signing_time", cms.Time({"utc_time": core.UTCTime(dt)})),
            simple_cms_attribute("signing_certificate", as_signing_certificate(self.tsa_cert)),
            simple_cms_attribute("message_digest", digest.finalize()),
        ])
        return self._key.sign(signed_attrs.dump(), ec.ECDSA(hashes.SHA256())), signed_attrs

    def _build_signed_data(self, *args: Any) -> dict[str, Any]:
        signed_data: dict[str, Any] = super()._build_signed_data(*args)
        signed_data["signer_infos"][0]["signature_algorithm"] = algos.SignedDigestAlgorithm(
            {"algorithm": "sha256_ecdsa"})
        return signed_data


@dataclass
class LocalTsa:
    """A running TSA: its address, its certificate, and how many queries it answered."""

    url: str
    certificate: x509.Certificate
    queries: int = 0
    refuse: bool = False  # answer "rejection" instead of a token
    mangle: bool = False  # grant a token whose signature does not verify


def rejection(text: str) -> bytes:
    """A ``TimeStampResp`` with status "rejection" and no token.

    Built by hand: asn1crypto declares the token mandatory, where RFC 3161 makes it
    absent from a refusal.
    """
    status = tsp.PKIStatusInfo({"status": tsp.PKIStatus("rejection"),
                                "status_string": [text]}).dump()
    return core.Sequence.load(b"\x30" + _der_length(len(status)) + status).dump()


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _handler(tsa: LocalTsa, stamper: EcdsaTimeStamper) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.headers.get("Content-Type") != "application/timestamp-query":
                self.send_error(415)
                return
            tsa.queries += 1
            if tsa.refuse:
                reply = rejection("policy not accepted")
            else:
                response = stamper.request_tsa_response(tsp.TimeStampReq.load(body))
                if tsa.mangle:
                    signer = response["time_stamp_token"]["content"]["signer_infos"][0]
                    signer["signature"] = b"\x00" * 16
                reply = response.dump(force=True)
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

    return Handler


@contextmanager
def running_tsa() -> Iterator[LocalTsa]:
    """Start a TSA on a free port of 127.0.0.1 for the duration of the block."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = tsa_certificate(key, now=datetime.now(UTC))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    tsa = LocalTsa(url=f"http://127.0.0.1:{server.server_address[1]}/tsr", certificate=cert)
    server.RequestHandlerClass = _handler(tsa, EcdsaTimeStamper(key, cert))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield tsa
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def closed_port_url() -> str:
    """The address of a port on 127.0.0.1 where nothing listens (a TSA that is down)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsr"
