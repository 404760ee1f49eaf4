"""问答: questions in, streamed answers with numbered, expandable citations out."""
from __future__ import annotations

import streamlit as st

from assistant.models import Filters, Turn
from assistant.service import QuestionRejected
from ui.render import escape_markdown
from ui.state import get_assistant
from ui.widgets import dense_status_note, filters_sidebar, show_citation, show_unconfirmed

# Characters of a resolved follow-up shown under the answer: its head and tail (the carried
# item's opening words and the question asked of it), not a whole paragraph.
RESOLVED_SHOWN = 80

EXAMPLES = (
    "哪些单位合并了党支部?",
    "各单位在党支部建设方面采取了哪些整改措施?",
    "济南市应急管理局整改了哪些问题?",
)


def main() -> None:
    st.title("通报问答")
    bot = get_assistant()
    filters = filters_sidebar(bot)
    dense_status_note(bot)
    with st.sidebar:
        if st.button("新对话", type="primary", width="stretch"):
            st.session_state.messages = []
    messages: list[dict] = st.session_state.setdefault("messages", [])

    for i, message in enumerate(messages):
        with st.chat_message(message["role"]):
            _show_message(bot, message, i)

    # The input box is pinned to the bottom wherever it is called; reading it first keeps
    # the examples off the page once a first question is being answered.
    question = st.chat_input("请输入问题, 例如: 哪些单位合并了党支部?")
    if not messages and not question:
        st.caption("可以这样问:")
        for j, example in enumerate(EXAMPLES):
            if st.button(example, key=f"example-{j}"):
                question = example
    if question:
        _ask(bot, question, messages, filters)


def _ask(bot, question: str, messages: list[dict], filters: Filters) -> None:
    history = [Turn(m["role"], m["content"]) for m in messages if not m.get("error")]
    with st.chat_message("user"):
        st.markdown(escape_markdown(question))
    messages.append({"role": "user", "content": question})
    with st.chat_message("assistant"):
        answer: dict = {}

        def deltas():
            for event in bot.ask_stream(question, history, filters):
                if event["type"] == "delta":
                    yield escape_markdown(event["text"])
                elif event["type"] == "answer":
                    answer.update(event["answer"])

        try:
            with st.spinner("正在检索通报…"):
                st.write_stream(deltas())
        except QuestionRejected as exc:
            st.error(str(exc))
            messages.append({"role": "assistant", "content": str(exc), "error": True})
            return
        message = {"role": "assistant", "content": answer["answer"], "answer": answer}
        messages.append(message)
        _show_evidence(bot, answer, len(messages) - 1)


def _show_message(bot, message: dict, index: int) -> None:
    if message.get("error"):
        st.error(message["content"])
        return
    st.markdown(escape_markdown(message["content"]))
    if message.get("answer"):
        _show_evidence(bot, message["answer"], index)


def _show_evidence(bot, answer: dict, index: int) -> None:
    if answer["resolved"] != answer["question"]:
        resolved = answer["resolved"]
        if len(resolved) > RESOLVED_SHOWN:  # a follow-up carrying a whole list item
            resolved = resolved[:RESOLVED_SHOWN // 2] + " … " + resolved[-RESOLVED_SHOWN // 2:]
        st.caption("按上文理解为: " + escape_markdown(resolved))
    if answer["abstained"]:
        # The answer's own text says that nothing reliable was found and that the passages
        # below are unconfirmed: no banner repeats it.
        show_unconfirmed(answer["retrieved"])
        return
    for c in answer["citations"]:
        show_citation(bot, c, key=f"{index}-{c['n']}")


main()
