"""textual-serve's server with the guards a trainer on a network port needs.

textual-serve answers anyone who reaches its port: any web page open in the user's browser
could drive the trainer through a WebSocket, read the history and save reviews. It has no
hooks for this, so ``GuardedServer`` subclasses its ``Server`` (the version range is pinned
in pyproject.toml, and tests/process/test_serve_guard.py fails loudly if the internals used
here change):

- a secret token made for each run, in the URL ``trainer serve`` prints; every request and
  the WebSocket must carry it (in the path or query; the page's own files may use the
  cookie the page sets, which browsers never send from another site);
- the Host header must name this server (a DNS-rebinding page names its own domain), and
  an Origin header, when sent, must be this server's own;
- at most ``max_connections`` trainers run at once, one per open WebSocket;
- a browser that stops reading is disconnected after ``client_timeout_s`` and its trainer
  ended, rather than blocking that trainer until the server stops;
- the page is the trainer's copy of textual-serve's, fetching nothing from other sites
  (its font is served from the package's own files).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import logging
import secrets
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Final

import aiohttp_jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from trainer.cli.common import is_loopback

log = logging.getLogger("textual-serve")

PAGE_DIR: Final = Path(__file__).resolve().parent / "serve_page"
# How long a trainer told to quit may take before it is ended outright.
QUIT_GRACE_S: Final = 5.0
LOOPBACK_NAMES: Final = ("localhost", "127.0.0.1", "[::1]")
# A typed key or a resize is a few bytes; nothing the page sends is larger than this.
MAX_MESSAGE_BYTES: Final = 64 * 1024

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def new_token() -> str:
    """A secret for one run of the server: 192 random bits, safe in a URL."""
    return secrets.token_urlsafe(24)


def host_for_url(host: str) -> str:
    """``host`` as it is written in a URL (an IPv6 address in brackets)."""
    try:
        if ipaddress.ip_address(host).version == 6:
            return f"[{host}]"
    except ValueError:
        pass
    return host


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host header values that name this server, lower-cased.

    The bound address at its port; on a loopback address, also the other names of this
    machine's loopback. Served on every address (0.0.0.0 or ::), the names of this machine
    and any IP address are accepted: the token still guards such a server, and a
    DNS-rebinding page could only name a domain, never an IP address.
    """
    names = {host_for_url(host)}
    if is_loopback(host):
        names.update(LOOPBACK_NAMES)
    if _is_wildcard(host):
        names.update((*LOOPBACK_NAMES, socket.gethostname(), socket.getfqdn()))
    hosts = {f"{name}:{port}".lower() for name in names}
    if port == 80:
        hosts.update(name.lower() for name in names)
    return frozenset(hosts)


class GuardedServer(Server):
    """textual-serve's Server, behind a token, Host and Origin checks and limits."""

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        title: str,
        token: str,
        max_connections: int,
        client_timeout_s: float,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=PAGE_DIR)
        self.token = token
        self.max_connections = max_connections
        self.client_timeout_s = client_timeout_s
        self.hosts = allowed_hosts(host, port)
        self.public_url = f"http://{host_for_url(host)}" + ("" if port == 80 else f":{port}")
        self.connections = 0
        self._cookie = f"trainer-token-{port}"

    @property
    def url(self) -> str:
        """The address to open in a browser, token included."""
        return f"{self.public_url}/?token={self.token}"

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        # The page's script adds "?width=..." to the WebSocket address it is given, so the
        # token goes in the path there.
        app.router.add_get("/ws/{token}", self.handle_websocket, name="websocket-token")
        app.middlewares.append(self.guard)
        return app

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(
            f"Serving the trainer on {self.url}", highlight=False, markup=False, soft_wrap=True
        )
        self.console.print(
            "Open that address (it holds this run's secret token). Press Ctrl+C to quit.",
            highlight=False,
            markup=False,
        )

    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse a request that is not plainly from the page this server gave out."""
        if request.host.lower() not in self.hosts:
            return _refusal(421, "this server does not answer to that host name")
        origin = request.headers.get("Origin")
        if origin is not None and not self._own_origin(origin):
            return _refusal(403, "requests from other web sites are refused")
        if not self._has_token(request):
            return _refusal(403, "open the address with its token that `trainer serve` printed")
        response = await handler(request)
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
        response.headers["Cache-Control"] = "no-store"
        return response

    def _own_origin(self, origin: str) -> bool:
        scheme, _, rest = origin.lower().partition("://")
        return scheme == "http" and rest in self.hosts

    def _has_token(self, request: web.Request) -> bool:
        offered = (
            request.match_info.get("token")
            or request.query.get("token")
            or request.cookies.get(self._cookie)
            or ""
        )
        return hmac.compare_digest(offered.encode("utf-8", "replace"), self.token.encode("utf-8"))

    async def handle_index(self, request: web.Request) -> web.Response:
        context: dict[str, Any] = {
            "title": self.title,
            "token": self.token,
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "websocket_url": f"ws://{request.host}/ws/{self.token}",
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        # The page's own files (and downloads the trainer offers) may come with the cookie;
        # SameSite=Strict keeps other sites' pages from sending it.
        response.set_cookie(self._cookie, self.token, httponly=True, samesite="Strict", path="/")
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if not web.WebSocketResponse().can_prepare(request).ok:
            # A tab opened on this address, or a scanner: no Upgrade header to answer.
            raise web.HTTPBadRequest(
                text="trainer: this address is the trainer's WebSocket; "
                "open the page the trainer printed instead\n"
            )
        if self.connections >= self.max_connections:
            log.warning(
                "refused a browser: %d trainers are open already (--max-connections)",
                self.connections,
            )
            raise web.HTTPServiceUnavailable(
                text=f"the trainer is open in {self.connections} browser tabs already; "
                "close one, or restart with a higher --max-connections\n"
            )
        self.connections += 1
        try:
            return await self._run_one_trainer(request)
        finally:
            self.connections -= 1

    async def _run_one_trainer(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's WebSocket handler, with sends that give up on a stalled browser
        and a trainer that is always ended when its browser goes."""
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE_BYTES)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        app_service: AppService | None = None

        async def within_timeout(send: Awaitable[None]) -> None:
            try:
                await asyncio.wait_for(send, self.client_timeout_s)
            except TimeoutError:
                log.warning(
                    "a browser stopped reading for %.0f s; disconnected it", self.client_timeout_s
                )
                if request.transport is not None:
                    request.transport.abort()
                raise ConnectionResetError("the browser stopped reading") from None

        async def send_bytes(data: bytes) -> None:
            await within_timeout(websocket.send_bytes(data))

        async def send_str(data: str) -> None:
            await within_timeout(websocket.send_str(data))

        try:
            await websocket.prepare(request)

            async def close() -> None:
                await websocket.close()

            app_service = AppService(
                self.command,
                write_bytes=send_bytes,
                write_str=send_str,
                close=close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await app_service.start(width, height)
            await self._process_messages(websocket, app_service)
        except asyncio.CancelledError:
            await websocket.close()
        except (ConnectionResetError, ValueError) as error:
            log.warning("a browser connection ended: %s", error)
        except Exception as error:
            log.exception(error)
        finally:
            if app_service is not None:
                await _end(app_service)
        return websocket


async def _end(app_service: AppService) -> None:
    """Ask the trainer to quit; end it outright if it has not within the grace period."""
    process = app_service._process
    with contextlib.suppress(TimeoutError, ConnectionResetError, BrokenPipeError):
        await asyncio.wait_for(app_service.stop(), QUIT_GRACE_S)
    if process is not None and process.returncode is None:
        process.kill()
        await process.wait()


def _refusal(status: int, reason: str) -> web.Response:
    return web.Response(
        status=status, text=f"trainer: {reason}\n", headers={"Cache-Control": "no-store"}
    )


def _is_wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False
