# SPDX-License-Identifier: GPL-3.0-or-later
"""Two real Syncthing daemons on 127.0.0.1 sharing one folder, for the real-engine test.

Each daemon has its own home (keys and ``config.xml`` from ``syncthing generate``, then
rewritten before the first start) and its own copy of the folder. Everything that would
leave the machine is off: global and local discovery, relays, NAT traversal, STUN, usage
and crash reporting, upgrades. The devices know each other by ID; only the second one
dials the first, at its fixed loopback address (two daemons dialling each other at the
same moment sometimes stall for 20 s, see the shared tech notes). The folder has the file
watcher on with a one-second delay and a short rescan interval, and ignores ``*.part``
(our own temporary files: without it one can reach the other side before its rename).

The process started is the daemon itself (``--no-restart``: no monitor process); it runs
in its own process group, stopped through the REST API and killed with its group if it
does not exit in time. Proxy variables are removed from its environment, and the REST
client here ignores them too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from talagov.core.sync_format import is_partial

SYNCTHING = shutil.which("syncthing")
FOLDER_ID = "talagov-shared"
START_TIMEOUT = 15.0
CONNECT_TIMEOUT = 20.0
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_DEVICE_ID = re.compile(r"Device ID:\s*([A-Z0-9-]{63})")
_OPTIONS = {
    "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
    "relaysEnabled": "false", "natEnabled": "false", "urAccepted": "-1",
    "crashReportingEnabled": "false", "autoUpgradeIntervalH": "0", "startBrowser": "false",
    "stunKeepaliveStartS": "0", "stunKeepaliveMinS": "0", "reconnectionIntervalS": "1",
    "announceLANAddresses": "false", "setLowPriority": "false",
}  # fmt: skip


def free_port() -> int:
    """A loopback TCP port nobody listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(HOME=str(home), STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1",
               STHASHING="minio")  # skips the start-up hashing benchmark
    return env


def wait_for(condition: Callable[[], bool], timeout: float, what: str,
             interval: float = 0.1) -> None:  # fmt: skip
    """Poll ``condition`` until it holds; ``AssertionError`` naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Daemon:
    """One Syncthing device: its home, its copy of the folder, its loopback ports."""

    name: str
    home: Path
    folder: Path
    gui_port: int = field(default_factory=free_port)
    listen_port: int = field(default_factory=free_port)
    api_key: str = ""
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    def generate(self) -> None:
        """Keys and a first ``config.xml``; reads the device ID it prints."""
        assert SYNCTHING is not None
        self.home.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder",
                               "--skip-port-probing"], env=_environment(self.home),
                              capture_output=True, text=True, timeout=30, check=True)  # fmt: skip
        found = _DEVICE_ID.search(done.stdout + done.stderr)
        assert found is not None, done.stdout + done.stderr
        self.device_id = found[1]
        self.api_key = f"talagov-test-{self.name}-{os.getpid()}"

    def configure(self, peer: Daemon, *, dial: bool) -> None:
        """Rewrite ``config.xml``: loopback only, nothing outbound, the peer, the folder."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        assert gui is not None
        gui.set("tls", "false")
        _text(gui, "address", f"127.0.0.1:{self.gui_port}")
        _text(gui, "apikey", self.api_key)
        options = root.find("options")
        assert options is not None
        _text(options, "listenAddress", f"tcp://127.0.0.1:{self.listen_port}")
        for key, value in _OPTIONS.items():
            _text(options, key, value)
        for device in root.findall("device"):
            _text(device, "address", f"tcp://127.0.0.1:{self.listen_port}")
        other = ET.SubElement(root, "device", id=peer.device_id, name=peer.name,
                              compression="metadata", introducer="false")  # fmt: skip
        _text(other, "address", f"tcp://127.0.0.1:{peer.listen_port}" if dial else "dynamic")
        _text(other, "paused", "false")
        _text(other, "autoAcceptFolders", "false")
        folder = ET.Element("folder", id=FOLDER_ID, label="TalaGov", path=str(self.folder),
                            type="sendreceive", rescanIntervalS="5", fsWatcherEnabled="true",
                            fsWatcherDelayS="1", ignorePerms="false", autoNormalize="true")  # fmt: skip
        _text(folder, "filesystemType", "basic")
        for device_id in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=device_id, introducedBy="")
        _text(folder, "markerName", ".stfolder")
        _text(folder, "maxConflicts", "10")
        root.insert(0, folder)
        tree.write(path, encoding="utf-8")
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)
        (self.folder / ".stignore").write_text("*.part\n", encoding="utf-8")

    def start(self) -> None:
        """Start the daemon and wait until its REST API answers."""
        assert SYNCTHING is not None
        log = (self.home / "syncthing.log").open("ab")
        self.process = subprocess.Popen(
            [SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade"], env=_environment(self.home), stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        log.close()
        wait_for(self._up, START_TIMEOUT, f"Syncthing {self.name} to start")

    def _up(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"Syncthing {self.name} exited: {self.log_tail()}")
        try:
            return bool(self.api("GET", "/rest/system/ping").get("ping") == "pong")
        except OSError:
            return False

    def api(self, method: str, path: str, timeout: float = 5.0) -> Any:
        """Call the REST API; the decoded JSON answer (``{}`` when empty)."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                         headers={"X-API-Key": self.api_key})  # fmt: skip
        with _OPENER.open(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body.strip() else {}

    def connected_to(self, peer: Daemon) -> bool:
        """The connection with ``peer`` is up."""
        connections = self.api("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def scan(self) -> None:
        """Ask for a scan now (the watcher would, a second later)."""
        self.api("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def errors(self) -> list[str]:
        """Errors the daemon reports, less the warning about running as root."""
        found = self.api("GET", "/rest/system/error").get("errors") or []
        return [e["message"] for e in found
                if "privileged" not in e["message"] and "root" not in e["message"].lower()]

    def log_tail(self, lines: int = 20) -> str:
        """The end of the daemon's log, for a failure message."""
        path = self.home / "syncthing.log"
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """Shut down through the API; kill the process group if that does not do it."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            self.api("POST", "/rest/system/shutdown", timeout=2.0)
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = value


@contextmanager
def syncthing_pair(root: Path, first: tuple[str, Path], second: tuple[str, Path]
                   ) -> Iterator[tuple[Daemon, Daemon]]:
    """Two connected daemons, homes under ``root``, each ``(name, folder)`` syncing its
    folder with the other's; stopped (or killed) on exit, whatever happened."""
    a = Daemon(first[0], root / first[0], first[1])
    b = Daemon(second[0], root / second[0], second[1])
    try:
        for daemon in (a, b):
            daemon.generate()
        a.configure(b, dial=False)
        b.configure(a, dial=True)
        a.start()
        b.start()
        wait_for(lambda: a.connected_to(b) and b.connected_to(a), CONNECT_TIMEOUT,
                 "the two Syncthing daemons to connect")
        yield a, b
    finally:
        for daemon in (b, a):
            daemon.stop()


def _contents(folder: Path, under: str) -> dict[str, bytes]:
    root = folder / under
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and not is_partial(p.name)} if root.exists() else {}


def mirrored(sender: Daemon, receiver: Daemon, under: str, timeout: float = 15.0
             ) -> list[str]:
    """Wait until every complete file under ``under`` in ``sender``'s folder is in
    ``receiver``'s with the same bytes (the sender scanned now rather than a second
    later by its watcher); the relative paths waited for."""
    sender.scan()
    wanted = _contents(sender.folder, under)

    def arrived() -> bool:
        got = _contents(receiver.folder, under)
        return all(got.get(rel) == data for rel, data in wanted.items())

    wait_for(arrived, timeout, f"{sorted(wanted)} to reach {receiver.name}")
    return sorted(wanted)
