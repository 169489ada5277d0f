# SPDX-License-Identifier: GPL-3.0-or-later
"""The TSA client tells "no answer" from "an answer, but no token", and checks addresses."""

from __future__ import annotations

import asyncio
import http.server
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core.errors import UserError
from talagov.core.tsa_client import MAX_URL, TsaFailure, check_url, post, refusal, timestamper
from tests.core.tsa_fixtures import closed_port_url, rejection


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, object]]]:
    """An HTTP server whose answer the test chooses (status, content type, body)."""
    answer: dict[str, object] = {"status": 200, "type": "application/timestamp-reply",
                                 "body": b""}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            body = answer["body"]
            assert isinstance(body, bytes)
            self.send_response(int(str(answer["status"])))
            self.send_header("Content-Type", str(answer["type"]))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", answer
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def _failure(url: str) -> TsaFailure:
    with pytest.raises(TsaFailure) as caught:
        post(url, b"query", timeout=3)
    return caught.value


def test_closed_port_is_unreachable() -> None:
    assert _failure(closed_port_url()).code == "tsa_unreachable"


def test_http_error_and_wrong_content_type_are_refusals(server: tuple[str, dict[str, object]]) -> None:
    url, answer = server
    answer["status"] = 503
    failure = _failure(url)
    assert (failure.code, failure.detail) == ("tsa_refused", "HTTP 503")
    answer.update(status=200, type="text/html", body=b"<html>proxy login</html>")
    assert _failure(url).code == "tsa_refused"


def test_a_rejection_says_why() -> None:
    assert refusal(rejection("unaccepted policy")) == "rejection (unaccepted policy)"
    with pytest.raises(TsaFailure, match="tsa_refused"):
        refusal(b"\x30\x03junk")


def test_the_reply_comes_back_as_sent(server: tuple[str, dict[str, object]]) -> None:
    url, answer = server
    answer["body"] = b"\x30\x00"
    assert post(url, b"query", timeout=3) == b"\x30\x00"


@given(st.text(max_size=600))
def test_an_accepted_address_is_always_a_plain_http_address(text: str) -> None:
    try:
        url = check_url(text)
    except UserError as exc:
        assert exc.code == "settings.bad_tsa_url"
        return
    parts = urlsplit(url)
    assert url == text.strip() and len(url) <= MAX_URL and url.isascii()
    assert parts.scheme.lower() in ("http", "https") and parts.hostname
    assert parts.username is None and " " not in url


@given(st.sampled_from(["http", "https", "HTTPS"]),
       st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z]{2,6}){1,3}", fullmatch=True),
       st.one_of(st.just(""), st.integers(1, 65535).map(lambda p: f":{p}")),
       st.from_regex(r"(/[A-Za-z0-9._~-]{0,12}){0,4}", fullmatch=True))
def test_ordinary_addresses_are_accepted_unchanged(scheme: str, host: str, port: str,
                                                   path: str) -> None:
    url = f"{scheme}://{host}{port}{path}"
    assert check_url(url) == url


@pytest.fixture
def dripping() -> Iterator[str]:
    """A server that sends its headers, then its body one byte every 0.2 s (for 10 s)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(50):
                    self.wfile.write(b"0")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:  # the client hung up, as it should
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_answer_dripped_byte_by_byte_is_cut_off_at_the_timeout(dripping: str) -> None:
    # Each byte comes well within the time-out; the whole answer never would.
    started = time.monotonic()
    with pytest.raises(TsaFailure) as caught:
        post(dripping, b"query", timeout=1.0)
    assert caught.value.code == "tsa_unreachable"
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("url", ["http://a..b/tsr", f"http://{'a' * 64}.example/tsr"])
def test_an_address_the_network_cannot_use_is_unreachable_not_a_crash(url: str) -> None:
    # check_url takes them (plain ASCII, a host), but IDNA refuses an empty or long label.
    assert check_url(url) == url
    assert _failure(url).code == "tsa_unreachable"


def test_a_granted_reply_with_a_hollow_token_is_a_refusal(
        server: tuple[str, dict[str, object]]) -> None:
    from asn1crypto import cms, tsp

    url, answer = server
    hollow = cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData({
        "version": "v3", "digest_algorithms": [], "signer_infos": [],
        "encap_content_info": {"content_type": "tst_info"}})})  # no TSTInfo inside
    answer["body"] = tsp.TimeStampResp({"status": {"status": "granted"},
                                        "time_stamp_token": hollow}).dump()
    with pytest.raises(TsaFailure) as caught:
        asyncio.run(timestamper(url, 3).async_timestamp(b"\x00" * 32, "sha256"))
    assert caught.value.code == "tsa_refused"
