"""The HTTP service (FastAPI): an interface over the assistant, like the CLI."""
