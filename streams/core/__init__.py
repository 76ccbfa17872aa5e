"""The functional core: plain functions on pydantic models. Imports neither Faust nor Kafka."""
