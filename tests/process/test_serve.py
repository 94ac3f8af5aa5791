"""`trainer serve`: the trainer answers a browser over HTTP on 127.0.0.1."""

from __future__ import annotations

import argparse
import asyncio
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import aiohttp
import pytest

from trainer.cli import build_parser, main
from trainer.cli.serve import app_command

# A bound on how long to wait for the server to come up, not a measure of its speed.
STARTUP_LIMIT_SECONDS = 60


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[int, str] | None:
    """(status, body), or None while nothing answers yet."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


async def screen_text(port: int, wanted: str, path: str) -> str:
    """What the served trainer draws in a browser, read over its websocket (at ``path``,
    which holds the run's token) until ``wanted`` appears (or the startup limit passes)."""
    drawn = b""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"http://127.0.0.1:{port}{path}?width=120&height=30") as websocket,
    ):
        try:
            async with asyncio.timeout(STARTUP_LIMIT_SECONDS):
                async for message in websocket:
                    if message.type == aiohttp.WSMsgType.BINARY:
                        drawn += message.data
                        if wanted.encode("utf-8") in drawn:
                            break
        except TimeoutError:
            pass
    return drawn.decode("utf-8", "replace")


@pytest.mark.slow
def test_serve_answers_http_200_on_loopback(data_dir: Path, tmp_path: Path) -> None:
    # A deck of the user's own, so the browser's deck list shows it came from this data dir.
    assert main(["--data-dir", str(data_dir), "new", "served-deck", "--title", "Served deck"]) == 0
    port = free_port()
    log = (tmp_path / "serve.log").open("w+b")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "trainer",
            "--data-dir",
            str(data_dir),
            "serve",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        answer = None
        token = None
        deadline = time.monotonic() + STARTUP_LIMIT_SECONDS
        while answer is None and server.poll() is None and time.monotonic() < deadline:
            log.seek(0)
            # The URL it prints carries the run's secret token; without it nothing answers.
            printed = re.search(
                rf"http://127\.0\.0\.1:{port}/\?token=([\w-]+)",
                log.read().decode("utf-8", "replace"),
            )
            token = printed.group(1) if printed else None
            answer = fetch(f"http://127.0.0.1:{port}/?token={token}") if token else None
            if answer is None:
                time.sleep(0.2)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
        assert answer is not None, f"no answer on port {port}; the server said:\n{output}"
        status, body = answer
        assert status == 200
        assert "Briefing trainer" in body
        assert f"ws://127.0.0.1:{port}/ws/{token}" in body
        # Opening the page's websocket starts the full-screen trainer on its deck list.
        drawn = asyncio.run(screen_text(port, "Served deck", f"/ws/{token}"))
        assert "Served deck" in drawn
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_serve_defaults_to_loopback_and_port_8000() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)


def test_the_served_app_uses_the_same_data_and_deck_folders(tmp_path: Path) -> None:
    args = argparse.Namespace(data_dir=str(tmp_path / "data"), decks=[str(tmp_path / "decks")])
    words = shlex.split(app_command(args))
    # exec: ending the process textual-serve started ends the trainer itself.
    assert words[:4] == ["exec", sys.executable, "-m", "trainer"]
    assert words[words.index("--data-dir") + 1] == str((tmp_path / "data").resolve())
    assert words[words.index("--decks") + 1] == str((tmp_path / "decks").resolve())


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_a_bad_port_is_refused_by_the_parser(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["serve", "--port", port])
    assert exit_info.value.code == 2
    assert "is not a port number" in capsys.readouterr().err


@pytest.mark.slow
def test_a_port_in_use_is_one_clear_sentence(data_dir: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "trainer",
                "--data-dir",
                str(data_dir),
                "serve",
                "--port",
                str(port),
            ],
            capture_output=True,
            text=True,
            timeout=STARTUP_LIMIT_SECONDS,
            check=False,
        )
    assert result.returncode != 0
    assert f"trainer: cannot serve on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    # Nothing claims to be serving on a port that was never bound.
    assert "Serving" not in result.stdout + result.stderr
    assert "Press Ctrl+C" not in result.stdout + result.stderr


@pytest.mark.slow
def test_an_unknown_host_is_one_clear_sentence(data_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainer",
            "--data-dir",
            str(data_dir),
            "serve",
            "--host",
            "no-such-host.invalid",
            "--port",
            str(free_port()),
        ],
        capture_output=True,
        text=True,
        timeout=STARTUP_LIMIT_SECONDS,
        check=False,
    )
    assert result.returncode != 0
    assert "trainer: cannot serve on no-such-host.invalid" in result.stderr
    assert "check --host" in result.stderr
    assert "Serving" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
