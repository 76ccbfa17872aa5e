"""Settings from the environment, with the defaults the README documents."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


@dataclass(frozen=True)
class Topics:
    articles: str = field(default_factory=lambda: _env("FRONTWATCH_TOPIC_ARTICLES", "articles"))
    dead_letter: str = field(default_factory=lambda: _env("FRONTWATCH_TOPIC_DEAD_LETTER", "articles.dead-letter"))
    events: str = field(default_factory=lambda: _env("FRONTWATCH_TOPIC_EVENTS", "events"))
    alerts: str = field(default_factory=lambda: _env("FRONTWATCH_TOPIC_ALERTS", "alerts"))
    # alerts of one front go to f"{alerts}.{front}" as well
    partitions: int = field(default_factory=lambda: int(_env("FRONTWATCH_PARTITIONS", "1")))

    def front_alerts(self, front: str) -> str:
        return f"{self.alerts}.{front}"


@dataclass(frozen=True)
class Settings:
    # Empty means: start the embedded broker (noida-db) on localhost.
    bootstrap_servers: str = field(default_factory=lambda: os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip())
    app_id: str = field(default_factory=lambda: _env("FRONTWATCH_APP_ID", "frontwatch"))
    data_dir: Path = field(default_factory=lambda: Path(_env("FRONTWATCH_DATA_DIR", ".frontwatch")))
    embedded_port: int = field(default_factory=lambda: int(_env("FRONTWATCH_EMBEDDED_PORT", "19092")))
    web_port: int = field(default_factory=lambda: int(_env("FRONTWATCH_WEB_PORT", "6066")))
    topics: Topics = field(default_factory=Topics)

    @property
    def embedded(self) -> bool:
        return not self.bootstrap_servers
