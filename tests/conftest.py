"""Shared fixtures. The one Kafka broker of a test session, from one of three backends, never a mock:

1. ``KAFKA_BOOTSTRAP_SERVERS`` is set: that cluster (``external``);
2. else a Docker engine answers: Apache Kafka in KRaft mode via testcontainers (``testcontainers``);
3. else the embedded noida-db broker on a free port with a temporary data dir (``embedded``).

``FRONTWATCH_TEST_BROKER=external|testcontainers|embedded`` forces a backend (``embedded`` skips the
Docker probe). Fixtures:

* ``kafka_bootstrap`` (session): ``"host:port"``. While the session runs, ``KAFKA_BOOTSTRAP_SERVERS``
  in ``os.environ`` points at it too, so ``Settings()`` and subprocesses (``python -m streams …``)
  started by tests use the test broker instead of starting their own.
* ``broker_backend`` (session): ``"external"``, ``"testcontainers"`` or ``"embedded"``.
* ``kafka_broker`` (session): the :class:`TestBroker` handle (bootstrap, backend, ``embedded``,
  ``restart()``, and ``evict_crashed_members()`` to call after a kill -9 of a group member).
* ``restart_broker`` (function): a callable that restarts the embedded broker (data and committed
  offsets survive; on noida this is also what evicts consumers killed with kill -9); the test is
  skipped on the other backends.
* ``docker_engine`` (function): skips the test unless a Docker engine answers. Tests marked
  ``@pytest.mark.docker`` are skipped the same way.
"""
from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import pytest

from streams.broker import EmbeddedBroker

BACKENDS = ("external", "testcontainers", "embedded")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "docker: needs a Docker engine; skipped without one")
    # kafka-python 3.0.12 loads its protocol schemas with the deprecated importlib.resources API
    # (218 warnings per session); not ours to fix
    for legacy in ("read_text", "open_text"):
        config.addinivalue_line("filterwarnings", f"ignore:{legacy} is deprecated:DeprecationWarning")


@cache
def docker_available() -> bool:
    """True when a Docker engine answers a ping within a few seconds."""
    try:
        import docker

        client = docker.from_env(timeout=3)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("docker") and not docker_available():
        pytest.skip("needs a Docker engine (none answers here)")


@dataclass
class TestBroker:
    __test__ = False  # not a test class

    bootstrap: str
    backend: str
    embedded: EmbeddedBroker | None = None
    _closers: list = field(default_factory=list, repr=False)

    def restart(self) -> None:
        """Restart the embedded broker in place (same port, same data). Skips on other backends."""
        if self.embedded is None:
            pytest.skip(f"broker restart is only possible on the embedded broker, not {self.backend}")
        self.embedded.restart()

    def evict_crashed_members(self) -> None:
        """Call after killing a group member with kill -9, before expecting a new member to take
        over its partitions. noida-db never evicts such a member on its own: restart it (data and
        commits survive). Other brokers evict it after its session timeout: nothing to do."""
        if self.embedded is not None:
            self.embedded.restart()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _choose_backend() -> str:
    forced = os.environ.get("FRONTWATCH_TEST_BROKER", "").strip().lower()
    if forced:
        if forced not in BACKENDS:
            raise pytest.UsageError(f"FRONTWATCH_TEST_BROKER must be one of {BACKENDS}, not {forced!r}")
        return forced
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip():
        return "external"
    if docker_available():
        return "testcontainers"
    return "embedded"


def _start_testcontainers() -> tuple[str, object]:
    try:
        from testcontainers.community.kafka import KafkaContainer
    except ImportError:  # older testcontainers
        from testcontainers.kafka import KafkaContainer
    container = KafkaContainer("confluentinc/cp-kafka:7.6.0").with_kraft()
    container.start()
    return container.get_bootstrap_server(), container


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestBroker]:
    backend = _choose_backend()
    if backend == "external":
        bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
        if not bootstrap:
            raise pytest.UsageError("FRONTWATCH_TEST_BROKER=external needs KAFKA_BOOTSTRAP_SERVERS")
        broker = TestBroker(bootstrap, backend)
    elif backend == "testcontainers":
        if not docker_available():
            raise pytest.UsageError("FRONTWATCH_TEST_BROKER=testcontainers, but no Docker engine answers")
        bootstrap, container = _start_testcontainers()
        broker = TestBroker(bootstrap, backend, _closers=[container.stop])
    else:
        embedded = EmbeddedBroker(port=_free_port(), data_dir=tmp_path_factory.mktemp("noida-db"))
        embedded.start()
        broker = TestBroker(embedded.bootstrap, backend, embedded=embedded, _closers=[embedded.stop])

    previous = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    os.environ["KAFKA_BOOTSTRAP_SERVERS"] = broker.bootstrap
    try:
        yield broker
    finally:
        if previous is None:
            os.environ.pop("KAFKA_BOOTSTRAP_SERVERS", None)
        else:
            os.environ["KAFKA_BOOTSTRAP_SERVERS"] = previous
        for close in reversed(broker._closers):
            close()


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_broker: TestBroker) -> str:
    """``host:port`` of the session's broker (Faust wants ``f"kafka://{kafka_bootstrap}"``)."""
    return kafka_broker.bootstrap


@pytest.fixture(scope="session")
def broker_backend(kafka_broker: TestBroker) -> str:
    return kafka_broker.backend


@pytest.fixture
def restart_broker(kafka_broker: TestBroker):
    """A callable restarting the embedded broker; skips the test on other backends."""
    if kafka_broker.embedded is None:
        pytest.skip(f"needs the embedded broker (restartable); the backend is {kafka_broker.backend}")
    return kafka_broker.restart


@pytest.fixture
def docker_engine() -> None:
    if not docker_available():
        pytest.skip("needs a Docker engine (none answers here)")
