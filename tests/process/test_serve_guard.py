"""`trainer serve` answers only the page it printed (issue 12, item 1).

The real server on a free 127.0.0.1 port, reached as a hostile web page would: without the
token, from another origin, under another host name, with too many tabs, and as a browser
that stops reading. Also the seam: the textual-serve internals GuardedServer relies on.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import aiohttp
import pytest
from test_serve import STARTUP_LIMIT_SECONDS, free_port, screen_text

from trainer.cli import build_parser, main
from trainer.cli.serve_guard import PAGE_DIR, allowed_hosts

CLIENT_TIMEOUT_S = 3


@dataclass
class Served:
    process: subprocess.Popen[bytes]
    port: int
    token: str
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def served(data_dir: Path, tmp_path: Path) -> Iterator[Served]:
    """`trainer serve` on a free port, one trainer at a time, quick to drop a stalled tab."""
    assert main(["--data-dir", str(data_dir), "new", "served-deck", "--title", "Served deck"]) == 0
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "trainer",
                "--data-dir",
                str(data_dir),
                "serve",
                "--port",
                str(port),
                "--max-connections",
                "1",
                "--client-timeout",
                str(CLIENT_TIMEOUT_S),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + STARTUP_LIMIT_SECONDS
        found = None
        while found is None and process.poll() is None and time.monotonic() < deadline:
            found = re.search(
                rf"http://127\.0\.0\.1:{port}/\?token=([\w-]+)",
                log_path.read_text(encoding="utf-8", errors="replace"),
            )
            time.sleep(0.1)
        assert found, f"no tokened URL printed:\n{log_path.read_text()}"
        yield Served(process, port, found.group(1), log_path)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def http_status(url: str, **headers: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as answer:
        return answer.status, (await answer.read()).decode("utf-8", "replace")


async def websocket_status(url: str, origin: str | None = None) -> int:
    """101 when the WebSocket opened, else the HTTP status it was refused with."""
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, origin=origin):
                return 101
        except aiohttp.WSServerHandshakeError as refused:
            return refused.status


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (the trainers a server started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.slow
def test_requests_without_the_token_or_from_elsewhere_are_refused(served: Served) -> None:
    base, token = served.base, served.token
    assert asyncio.run(http_status(f"{base}/"))[0] == 403
    assert asyncio.run(http_status(f"{base}/?token=wrong"))[0] == 403
    assert asyncio.run(http_status(f"{base}/static/js/textual.js"))[0] == 403
    # DNS rebinding: a page on evil.example whose name now points at 127.0.0.1.
    assert (
        asyncio.run(http_status(f"{base}/?token={token}", Host=f"evil.example:{served.port}"))[0]
        == 421
    )
    assert (
        asyncio.run(http_status(f"{base}/?token={token}", Origin="http://evil.example"))[0] == 403
    )
    status, page = asyncio.run(http_status(f"{base}/?token={token}"))
    assert status == 200
    # Nothing is fetched from another site: every address in the page is this server's.
    addresses = re.findall(r"""(?:src|href|url)\s*=?\s*\(?["']([^"']+)""", page)
    own = ("/", f"ws://127.0.0.1:{served.port}/")
    assert addresses and all(address.startswith(own) for address in addresses), addresses
    assert "googleapis" not in page
    font = re.search(r'url\("(/static/fonts/[^"]+)"', page)
    assert font and asyncio.run(http_status(base + font.group(1)))[0] == 200


@pytest.mark.slow
def test_a_websocket_needs_the_token_and_this_origin(served: Served) -> None:
    port, token = served.port, served.token
    ws = f"ws://127.0.0.1:{port}/ws"
    assert asyncio.run(websocket_status(ws)) == 403
    assert asyncio.run(websocket_status(f"{ws}/wrong-token")) == 403
    assert asyncio.run(websocket_status(f"{ws}/{token}", origin="http://evil.example")) == 403
    # With the token, the page's own WebSocket runs the trainer on its deck list.
    drawn = asyncio.run(screen_text(port, "Served deck", f"/ws/{token}"))
    assert "Served deck" in drawn
    # The page opened as http://localhost:PORT is this server too (once the trainer above
    # has ended: one at a time here).
    deadline = time.monotonic() + STARTUP_LIMIT_SECONDS
    status = 503
    while status == 503 and time.monotonic() < deadline:
        time.sleep(0.2)
        status = asyncio.run(websocket_status(f"{ws}/{token}", origin=f"http://localhost:{port}"))
    assert status == 101


@pytest.mark.slow
def test_connections_past_the_limit_are_refused(served: Served) -> None:
    url = f"ws://127.0.0.1:{served.port}/ws/{served.token}"

    async def two_at_once() -> int:
        async with aiohttp.ClientSession() as session, session.ws_connect(url):
            return await websocket_status(url)

    assert asyncio.run(two_at_once()) == 503
    assert "--max-connections" in served.output()


def masked_frame(text: str) -> bytes:
    """A client's WebSocket text frame (clients must mask what they send)."""
    payload = text.encode("utf-8")
    mask = os.urandom(4)
    assert len(payload) < 126
    masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
    return bytes([0x81, 0x80 | len(payload)]) + mask + masked


@pytest.mark.slow
def test_a_browser_that_stops_reading_is_dropped_and_its_trainer_ended(
    served: Served,
) -> None:
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    client.connect(("127.0.0.1", served.port))
    key = base64.b64encode(os.urandom(16)).decode()
    client.sendall(
        f"GET /ws/{served.token}?width=200&height=60 HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{served.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    # Make the trainer draw the whole screen again and again, and never read a byte of it.
    deadline = time.monotonic() + STARTUP_LIMIT_SECONDS * 2
    dropped = False
    size = 0
    while time.monotonic() < deadline and not dropped:
        size += 1
        resize = json.dumps(["resize", {"width": 150 + size % 50, "height": 40 + size % 20}])
        try:
            client.sendall(masked_frame(resize))
        except OSError:
            dropped = True
        dropped = dropped or "stopped reading" in served.output()
        time.sleep(0.05)
    client.close()
    assert "stopped reading" in served.output(), served.output()
    gone_by = time.monotonic() + STARTUP_LIMIT_SECONDS
    while children(served.process.pid) and time.monotonic() < gone_by:
        time.sleep(0.2)
    assert children(served.process.pid) == []
    assert served.process.poll() is None  # the server itself keeps serving


def test_default_connection_limit_and_timeout() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.max_connections, args.client_timeout) == (4, 30.0)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--max-connections", "0"])


def test_host_names_accepted_are_this_servers_own() -> None:
    hosts = allowed_hosts("127.0.0.1", 8000)
    assert "127.0.0.1:8000" in hosts and "localhost:8000" in hosts
    assert "evil.example:8000" not in hosts and "127.0.0.1:8001" not in hosts
    assert allowed_hosts("192.0.2.7", 9000) == {"192.0.2.7:9000"}
    assert "[::1]:8000" in allowed_hosts("::1", 8000)


def test_the_textual_serve_seam_is_what_guarded_server_was_written_against() -> None:
    """Fails loudly when textual-serve changes what GuardedServer overrides or calls."""
    from textual_serve import server as serve_module
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    major, minor = (int(part) for part in version("textual-serve").split(".")[:2])
    assert (major, minor) == (1, 1), "textual-serve moved: re-check serve_guard, then the pin"
    init = inspect.signature(Server.__init__).parameters
    assert {"command", "host", "port", "title", "templates_path"} <= set(init)
    for name in (
        "_make_app",
        "handle_index",
        "handle_websocket",
        "on_startup",
        "_process_messages",
        "handle_download",
        "serve",
    ):
        assert inspect.iscoroutinefunction(getattr(Server, name)) or name == "serve", name
    make_app = inspect.getsource(Server._make_app)
    assert "self.handle_index" in make_app and "self.handle_websocket" in make_app
    assert '"/ws"' in make_app and '"/static"' in make_app
    service = inspect.signature(AppService.__init__).parameters
    assert {"write_bytes", "write_str", "close", "download_manager", "debug"} <= set(service)
    assert "self._process" in inspect.getsource(AppService._open_app_process)
    assert callable(serve_module.to_int)
    # The page's script appends "?width=" to the WebSocket address (so the token is in its
    # path) and the files the trainer's page names are in textual-serve's static folder.
    static = Path(serve_module.__file__).parent / "static"
    assert '+"?width="+' in (static / "js" / "textual.js").read_text(encoding="utf-8")
    page = (PAGE_DIR / "app_index.html").read_text(encoding="utf-8")
    for named in re.findall(r"/static/([\w./-]+)\?token", page):
        assert (static / named).is_file(), named


@pytest.mark.slow
def test_a_plain_request_to_the_websocket_address_is_one_clear_refusal(served: Served) -> None:
    # A browser tab opened on the WebSocket address (or a scanner) sends no Upgrade header:
    # it gets an answer, and the server's console no traceback.
    status, text = asyncio.run(http_status(f"{served.base}/ws/{served.token}"))
    assert status == 400 and "WebSocket" in text
    assert "Traceback" not in served.output() and "Unhandled exception" not in served.output()
