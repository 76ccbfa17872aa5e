"""Pydantic models of every message on Frontwatch's topics.

The JSON Schema files in ``schemas/json/`` are exported from these models
(``python -m schemas.export``) and a test keeps them in sync.
"""
from schemas.models import (
    Alert,
    Article,
    CasualtyEvent,
    ControlEvent,
    DeadLetter,
    Estimate,
    Event,
    FrontState,
    SourceFigure,
    Tally,
    parse_event,
    parse_event_json,
)

__all__ = [
    "Alert", "Article", "CasualtyEvent", "ControlEvent", "DeadLetter", "Estimate", "Event",
    "FrontState", "SourceFigure", "Tally", "parse_event", "parse_event_json",
]
