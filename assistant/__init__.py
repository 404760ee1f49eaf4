"""How a question becomes a cited answer: the engine, with `service.Assistant` as its one door.

Imports corpus/ and index/ only; the interfaces that use it (the `notices` command, the HTTP
API, the Streamlit app) live in ui/, and its evaluation in eval/.
"""
