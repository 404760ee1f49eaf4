"""The front doors, the top floor: `cli/` (the `notices` command), `api/` (the HTTP service)
and the Streamlit app (`app.py`, `views/`, and its helpers `render`, `state`, `upload`,
`widgets`). Presentation only: answers come from assistant/, numbers from eval/; nothing
below this package imports it (tests/test_layers.py)."""
