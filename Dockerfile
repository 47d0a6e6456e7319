# Amora in a container: configuration by AMORA_* environment variables, SQLite in the /data volume.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY adapters adapters
COPY bot bot
COPY core core
COPY storage storage
RUN pip install . && rm -rf /src

RUN useradd --create-home --uid 10001 amora \
    && mkdir /data && chown amora:amora /data
USER amora
WORKDIR /data
VOLUME ["/data"]
ENV AMORA_DATABASE__URL=sqlite:////data/amora.db

ENTRYPOINT ["amora"]
CMD ["run"]
