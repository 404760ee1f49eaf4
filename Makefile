# Two commands: `make run` (set up, index the shipped notices, start asking) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
NOTICES := $(VENV)/bin/notices
STAMP := $(VENV)/.installed

.PHONY: setup run test index eval clean lock

# Downloads from the registry are retried: a connection dropped mid-wheel (seen in CI, a 55 MB
# pyarrow) resumes, and a failed install is tried again before the setup gives up.
PIP := $(PY) -m pip install --quiet --retries 10
RETRY := for attempt in 1 2 3; do
UNTIL := && break; [ $$attempt = 3 ] && exit 1; echo "pip failed, retrying ($$attempt/3)" >&2; sleep 10; done

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(RETRY) $(PIP) --upgrade pip $(UNTIL)
	# torch is pinned and installed first: an unpinned torch pulls a multi-GB CUDA build.
	$(RETRY) $(PIP) --resume-retries 30 torch==2.13.0 $(UNTIL)
	# Every other package at the version recorded in requirements.lock (see `make lock`).
	$(RETRY) $(PIP) --resume-retries 30 -c requirements.lock -e '.[test]' $(UNTIL)
	touch $(STAMP)

setup: $(STAMP)

# Never removes what a maintainer added: `index add` creates the index of the shipped notices
# on the first run; later runs skip unchanged notices (nothing is re-embedded) and rewrite an
# index of an older format in place (an index that `status` cannot open is never rebuilt
# from corpus/notices alone, which would drop the notices a maintainer added).
index: setup
	$(NOTICES) index add corpus/notices

# The Streamlit app on loopback; the URL is printed before the server starts. The notices are
# published for keyword search first (seconds, no embedding) and their vectors are built by a
# background `notices index embed`: dense search joins when it publishes, and the app shows
# its progress meanwhile. Nothing is removed, as with `make index`.
PORT ?= 8501
run: setup
	$(NOTICES) index add corpus/notices --defer-vectors
	$(NOTICES) index embed --background
	@echo "通报问答助手: http://127.0.0.1:$(PORT)"
	$(VENV)/bin/streamlit run ui/app.py --server.headless true --server.address 127.0.0.1 \
		--server.port $(PORT) --browser.gatherUsageStats false

test: setup
	$(PY) -m pytest

eval: setup
	$(NOTICES) eval

# Re-resolve requirements.lock after editing pyproject.toml's dependencies (needs PyPI).
# torch stays out of the lock: it is pinned in pyproject and installed first, as a CPU wheel.
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --extra test --extra distributed --unsafe-package torch --strip-extras \
		--no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml
	$(PY) .ci/check_lock.py --write

clean:
	rm -rf $(VENV) build *.egg-info
