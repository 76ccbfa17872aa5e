"""The Kafka broker Frontwatch talks to, and the one place for broker-specific workarounds.

With ``KAFKA_BOOTSTRAP_SERVERS`` set, the project uses that cluster (Apache Kafka, Redpanda, …)
and this module only creates topics. With it empty, :func:`ensure_broker` starts the embedded
default: noida-db (PyPI ``noida-db``, a single binary that speaks the Kafka protocol), run as
``noida-db start --only kafka --kafka-port N --data-dir D`` and stopped with SIGINT.

noida-db is not Apache Kafka. What it gets wrong, measured with noida-db 0.2.3 (see
``../shared/BROKERS.md``), and what this module does about it:

* **Fetch size limits are ignored** (a 64 KB fetch returned 51 MB): a fetch returns the whole
  backlog of the partition. :func:`consumer_defaults` and :func:`faust_defaults` give modest
  fetch/poll limits: harmless on Apache Kafka, and on noida they keep polls small. They do not
  cure it: measured here, a 100,000 x 2 KB backlog (200 MB) read from offset 0 did not arrive
  within 3 minutes with any settings, while the last 10,000 of it came back in 0.4 s. Keep
  backlogs on noida well below that (BROKERS.md: 40,000 x 2 KB is fine); use Apache Kafka beyond.
* **A consumer-group member killed with kill -9 is never evicted** until the broker restarts; the
  group stays stuck in its rebalance meanwhile. :meth:`EmbeddedBroker.restart` (stop and start on
  the same port and data dir: 0.2-2 s with a few MB) fixes it; data and committed offsets
  survive. Tests call ``kafka_broker.evict_crashed_members()`` after a kill -9 (tests/conftest.py).
* **Persistence** is one JSON file in the data dir, rewritten in the background: a clean stop
  (SIGINT) keeps everything, a kill -9 within about a second of a write can lose that write.
  :meth:`EmbeddedBroker.stop` therefore always tries SIGINT first and waits (0.1 s with little
  data, about 10 s with 200 MB) before it kills.
* Records up to 1 MiB are accepted and 2 MB ones refused with MESSAGE_TOO_LARGE, like Apache
  Kafka's default ``message.max.bytes``: no workaround needed.
* Its startup prints ``GLIBC_2.39 not found``; harmless, and filtered out of error messages here.

Nothing outside this module should know which broker is behind the bootstrap address.
"""
from __future__ import annotations

import atexit
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from streams.config import Settings

log = logging.getLogger(__name__)

DEFAULT_PORT = 19092
_HARMLESS = ("GLIBC_2.39' not found",)

# Fetch/poll limits for every consumer (see the module docstring). noida-db ignores the byte
# limits, so only the record limit bites there; on Apache Kafka these are ordinary, modest settings.
_MAX_PARTITION_FETCH_BYTES = 256 * 1024
_FETCH_MAX_BYTES = 4 * 1024 * 1024
_MAX_POLL_RECORDS = 500


class BrokerError(RuntimeError):
    """The embedded broker did not start, or stopped unexpectedly."""


# --------------------------------------------------------------------------- probing


def _port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _split(bootstrap: str) -> tuple[str, int]:
    first = bootstrap.split(",")[0].strip()
    host, _, port = first.rpartition(":")
    return host or "127.0.0.1", int(port)


def kafka_reachable(bootstrap: str, timeout: float = 3.0) -> bool:
    """True when ``bootstrap`` answers a Kafka metadata request (not merely an open TCP port)."""
    host, port = _split(bootstrap)
    if not _port_open(host, port, timeout=min(timeout, 1.0)):
        return False
    from kafka import KafkaConsumer
    from kafka.errors import KafkaConfigurationError, KafkaError

    ms = max(int(timeout * 1000), 500)
    consumer = None
    try:
        consumer = KafkaConsumer(
            bootstrap_servers=bootstrap,
            client_id="frontwatch-probe",
            enable_auto_commit=False,
            request_timeout_ms=ms + 1000,
            bootstrap_timeout_ms=ms,
        )
        consumer.topics()  # a MetadataRequest
        return True
    except KafkaConfigurationError:
        raise
    except (KafkaError, OSError, ValueError):
        return False
    finally:
        if consumer is not None:
            consumer.close()


def noida_binary() -> Path:
    from importlib.resources import files

    path = Path(str(files("noida_db").joinpath("noida-db.exe" if os.name == "nt" else "noida-db")))
    if not path.is_file():
        raise BrokerError(f"noida-db binary not found at {path}; is the noida-db package installed?")
    if not os.access(path, os.X_OK):
        path.chmod(0o755)
    return path


def _child_setup() -> None:  # pragma: no cover - runs in the child between fork and exec
    """SIGINT must reach noida even if our parent ignores it (background jobs do), and the broker
    gets SIGINT when the process that started it dies, even by kill -9, so no orphan keeps the
    port (Linux; tied to the starting *thread*: start from the main thread)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGINT)  # PR_SET_PDEATHSIG
    except Exception:
        pass


# --------------------------------------------------------------------------- the broker

_started: weakref.WeakSet[EmbeddedBroker] = weakref.WeakSet()


@atexit.register
def _stop_leftovers() -> None:
    for broker in list(_started):
        broker.stop()


class EmbeddedBroker:
    """A noida-db Kafka broker as a child process.

    >>> with EmbeddedBroker(port=19092, data_dir=".frontwatch/broker") as broker:
    ...     produce_to(broker.bootstrap)

    ``start()`` returns once the port answers a Kafka metadata request (0.2-0.4 s measured);
    ``stop()`` sends SIGINT (noida saves its data: 0.1 s, ~10 s with 200 MB) and kills after
    ``stop_timeout``;
    ``restart()`` is both, on the same port and data dir: use it to clear consumer-group members
    that were killed with kill -9, which noida never evicts on its own.
    """

    def __init__(
        self,
        port: int = DEFAULT_PORT,
        data_dir: str | os.PathLike[str] = ".frontwatch/broker",
        *,
        host: str = "127.0.0.1",
        start_timeout: float = 30.0,
        stop_timeout: float = 30.0,
    ) -> None:
        self.port = int(port)
        self.data_dir = Path(data_dir)
        self.host = host
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_fh: Any = None

    # ---- properties
    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "noida-db.log"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no broker log)"
        kept = [ln for ln in text.splitlines() if ln.strip() and not any(h in ln for h in _HARMLESS)]
        return "\n".join(kept[-lines:]) or "(broker log is empty)"

    # ---- lifecycle
    def start(self, port: int | None = None, data_dir: str | os.PathLike[str] | None = None) -> EmbeddedBroker:
        """Start the broker (optionally on another port / data dir) and wait until it answers."""
        if self.running:
            raise BrokerError(f"embedded broker already running (pid {self.pid}) on {self.bootstrap}")
        if port is not None:
            self.port = int(port)
        if data_dir is not None:
            self.data_dir = Path(data_dir)
        if _port_open(self.host, self.port, timeout=0.2):
            raise BrokerError(f"cannot start the embedded broker: {self.bootstrap} is already in use"
                              + (" by a Kafka broker" if kafka_reachable(self.bootstrap) else ""))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cmd = [
            str(noida_binary()), "start", "--only", "kafka",
            "--host", self.host, "--kafka-port", str(self.port),
            "--data-dir", str(self.data_dir.resolve()),
        ]
        self._log_fh = open(self.log_path, "ab")
        self._log_fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(cmd)}\n".encode())
        self._log_fh.flush()
        t0 = time.monotonic()
        self._proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=self._log_fh,
            stderr=subprocess.STDOUT,
            # its own session: a Ctrl-C on the terminal reaches us, and we stop the broker in order
            start_new_session=True,
            preexec_fn=_child_setup if sys.platform == "linux" else None,
        )
        _started.add(self)
        deadline = t0 + self.start_timeout
        while True:
            if self._proc.poll() is not None:
                rc = self._proc.returncode
                self._cleanup()
                raise BrokerError(
                    f"noida-db exited with code {rc} before {self.bootstrap} answered.\n"
                    f"--- broker log ({self.log_path}) ---\n{self.log_tail()}"
                )
            if kafka_reachable(self.bootstrap, timeout=2.0) and self._proc.poll() is None:
                break
            if time.monotonic() > deadline:
                tail = self.log_tail()
                self.stop()
                raise BrokerError(
                    f"noida-db did not answer a Kafka metadata request on {self.bootstrap} within "
                    f"{self.start_timeout:.0f} s.\n--- broker log ({self.log_path}) ---\n{tail}"
                )
            time.sleep(0.05)
        log.info("embedded broker (noida-db pid %s) ready on %s in %.2f s",
                 self.pid, self.bootstrap, time.monotonic() - t0)
        return self

    def stop(self) -> None:
        """SIGINT (noida saves its data and exits), then SIGKILL after ``stop_timeout``."""
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            try:
                proc.send_signal(signal.SIGINT)
                proc.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                log.warning("noida-db (pid %s) ignored SIGINT for %.0f s; killing it", proc.pid, self.stop_timeout)
                proc.kill()
                proc.wait()
        self._cleanup()

    def restart(self) -> EmbeddedBroker:
        """Clean stop and start on the same port and data dir. Data and committed offsets survive;
        consumer-group members that died without leaving (kill -9) are gone afterwards — noida
        never evicts them otherwise. Clients reconnect on their own."""
        self.stop()
        return self.start()

    def _cleanup(self) -> None:
        self._proc = None
        _started.discard(self)
        if self._log_fh is not None:
            self._log_fh.close()
            self._log_fh = None

    def __enter__(self) -> EmbeddedBroker:
        if not self.running:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"pid {self.pid}" if self.running else "stopped"
        return f"<EmbeddedBroker {self.bootstrap} {self.data_dir} {state}>"

    def serve_forever(self) -> int:
        """Block until the broker exits or this process gets SIGINT/SIGTERM, then stop it cleanly
        (``python -m streams broker``). Call from the main thread."""
        def interrupted(signum: int, frame: object) -> None:
            raise KeyboardInterrupt

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, interrupted)
        if not self.running:
            self.start()
        assert self._proc is not None
        try:
            rc = self._proc.wait()
            tail = self.log_tail()
            self._cleanup()
            print(f"noida-db exited with code {rc}\n{tail}", file=sys.stderr)
            return rc or 1
        except KeyboardInterrupt:
            return 0
        finally:
            self.stop()


# --------------------------------------------------------------------------- entry points


def embedded_data_dir(settings: Settings) -> Path:
    """Where the embedded broker keeps its data: ``$FRONTWATCH_DATA_DIR/broker``."""
    return Path(settings.data_dir) / "broker"


def ensure_broker(settings: Settings | None = None) -> tuple[str, EmbeddedBroker | None]:
    """The bootstrap address to use, and the embedded broker if this call started it.

    * ``KAFKA_BOOTSTRAP_SERVERS`` set: that, and ``None`` (nothing is started or checked).
    * else, something already answering Kafka on the embedded port (another ``python -m streams``
      process, or ``python -m streams broker``): its address, and ``None``.
    * else: a new :class:`EmbeddedBroker`, started; the caller stops it (``with`` or ``.stop()``;
      it is also stopped at interpreter exit, and dies with this process on Linux).
    """
    if settings is None:
        from streams.config import Settings

        settings = Settings()
    if settings.bootstrap_servers:
        return settings.bootstrap_servers, None
    broker = EmbeddedBroker(port=settings.embedded_port, data_dir=embedded_data_dir(settings))
    if kafka_reachable(broker.bootstrap):
        log.info("reusing the Kafka broker already listening on %s", broker.bootstrap)
        return broker.bootstrap, None
    try:
        broker.start()
    except BrokerError:
        # lost a race against another process starting the same embedded broker?
        if kafka_reachable(broker.bootstrap):
            return broker.bootstrap, None
        raise
    return broker.bootstrap, broker


def ensure_topics(
    bootstrap: str,
    names: Iterable[str],
    partitions: int = 1,
    replication_factor: int = 1,
    timeout: float = 30.0,
) -> list[str]:
    """Create the topics that do not exist yet (idempotent) and wait until all of them have
    partition leaders. Returns the names that this call created."""
    from kafka import KafkaAdminClient
    from kafka.admin import NewTopic
    from kafka.errors import TopicAlreadyExistsError

    wanted = list(dict.fromkeys(names))
    if not wanted:
        return []
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="frontwatch-admin",
                             request_timeout_ms=int(timeout * 1000))
    created: list[str] = []
    try:
        existing = set(admin.list_topics())
        for name in wanted:
            if name in existing:
                continue
            try:
                admin.create_topics([NewTopic(name, partitions, replication_factor)])
                created.append(name)
            except TopicAlreadyExistsError:
                pass
        deadline = time.monotonic() + timeout
        while True:
            meta = {t.get("name", t.get("topic")): t for t in admin.describe_topics(wanted)}
            missing = [n for n in wanted if not _has_leaders(meta.get(n))]
            if not missing:
                return created
            if time.monotonic() > deadline:
                raise BrokerError(f"topics not ready on {bootstrap} after {timeout:.0f} s: {missing}")
            time.sleep(0.1)
    finally:
        admin.close()


def _has_leaders(topic: dict[str, Any] | None) -> bool:
    if not topic or topic.get("error_code", 0) != 0 or not topic.get("partitions"):
        return False
    return all(p.get("leader_id", p.get("leader", -1)) >= 0 for p in topic["partitions"])


def consumer_defaults() -> dict[str, Any]:
    """Keyword arguments for every ``kafka.KafkaConsumer``: modest fetch and poll sizes. On
    noida-db (which ignores fetch byte limits) they keep each poll small; harmless on Apache Kafka.
    (A longer request timeout was tried and dropped: it did not make a 200 MB backlog arrive and it
    made ``close()`` hang for its length when the group was stuck.)"""
    return {
        "max_partition_fetch_bytes": _MAX_PARTITION_FETCH_BYTES,
        "fetch_max_bytes": _FETCH_MAX_BYTES,
        "max_poll_records": _MAX_POLL_RECORDS,
    }


def faust_defaults() -> dict[str, Any]:
    """The same limits as Faust app settings (``faust.App(..., **faust_defaults())``)."""
    return {
        "consumer_max_fetch_size": _MAX_PARTITION_FETCH_BYTES,
        "broker_max_poll_records": _MAX_POLL_RECORDS,
    }
