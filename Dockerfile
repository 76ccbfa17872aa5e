# The Frontwatch worker image (docker-compose.yml runs it against Apache Kafka).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY schemas ./schemas
RUN pip install . \
 && useradd --create-home --uid 1000 frontwatch \
 && mkdir -p /data && chown frontwatch /data
USER frontwatch

ENV FRONTWATCH_DATA_DIR=/data
VOLUME ["/data"]
CMD ["python", "-m", "streams", "worker"]
