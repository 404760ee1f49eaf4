"""Turning own-set and ncp results into the tables of a `Report`."""
from __future__ import annotations

from assistant.abstention import GAP_RANK
from eval.abstain import SWEEP, AbstentionResult
from eval.gold import GoldProblem
from eval.metrics import DEPTH, Summary
from eval.ncp import COVER_SHARE, NcpResult, ncp_json
from eval.own_set import OwnResult, own_json, split_summaries
from eval.report import Report, Table, fmt

# The external set's published reference: a quick character-bigram BM25 (README of the set).
NCP_REFERENCE = {"R@1": 0.803, "R@5": 0.957, "MRR@10": 0.867}

TYPE_LABELS = {
    "fact": "事实", "paraphrase": "改写", "number": "数字", "cross_agency": "跨机构",
    "heading": "标题", "keyword": "关键词", "negative": "无答案",
}

SPLIT_LABELS = {"dev": "dev (调参)", "test": "test (报告)", "all": "全部"}

TURN_KIND_LABELS = {
    "agency_switch": "换单位", "topic_switch": "换话题", "similar": "类似做法", "ordinal": "第N条",
    "pronoun": "代词", "amount": "数额/结果", "outcome": "后续结果", "elliptic": "省略",
    "near_miss": "未说明 (应拒答)",
}

SUMMARY_COLUMNS = ["n", "R@1", "R@5", "R@10", f"MRR@{DEPTH}", f"nDCG@{DEPTH}"]


def _summary_cells(s: Summary) -> list[str]:
    return [str(s.count), fmt(s.recall[1]), fmt(s.recall[5]), fmt(s.recall[10]), fmt(s.mrr),
            fmt(s.ndcg)]


def own_report(result: OwnResult, questions_file: str, answers=None, dialogues=None,
               split: str = "all") -> Report:
    modes = result.modes
    splits = ["dev", "test", "all"] if split == "all" else [split]
    overall = Table(
        "总体 (可回答题)", ["模式"] + SUMMARY_COLUMNS + ["完整召回", "金标找回率"],
        [[m, *_summary_cells(r.overall), fmt(r.need_all.complete_rate),
          fmt(r.need_all.found_share)] for m, r in modes.items()],
    )
    types = sorted({t for r in modes.values() for t in r.by_type})
    by_type = Table(
        "按题型", ["题型", "模式"] + SUMMARY_COLUMNS,
        [[f"{TYPE_LABELS.get(t, t)} ({t})", m] + _summary_cells(r.by_type[t])
         for t in types for m, r in modes.items() if t in r.by_type],
    )
    tables = [overall, by_type, *_abstention_tables(result.abstention)]
    tables.append(_latency_table({m: r.latency for m, r in modes.items()}))
    tables.append(Table(f"前 {DEPTH} 名未命中的问题", ["模式", "问题编号"],
                        [[m, ", ".join(r.misses) or "无"] for m, r in modes.items()]))
    tables.insert(1, _retrieval_split_table(result))
    problems = list(result.golds.problems)
    if answers is not None:
        tables.insert(1, _answer_table(answers.to_json()))
        tables.insert(1, _split_answer_table(answers, dialogues, splits))
    if dialogues is not None:
        tables.insert(2, _conversation_table(dialogues, splits))
        problems += dialogues.gold.problems
    data = own_json(result) | {"questions_file": questions_file, "split": split}
    data["gold_problems"] = [p.to_json() for p in problems]
    if answers is not None:
        data["answers"] = answers.to_json()
        data["answers_by_split"] = {s: answers.subset(s).to_json() for s in splits}
    if dialogues is not None:
        data["conversations"] = {s: dialogues.subset(s).to_json() for s in splits}
    conversations = f", 多轮对话 {dialogues.conversations} 组" if dialogues is not None else ""
    scope = "" if split == "all" else f" ({split} 划分)"
    return Report(
        name="own",
        title=(f"自建评测集{scope}: {len(result.questions)} 题 (可计分 {len(result.scored)} 题)"
               f"{conversations}"),
        tables=tables,
        chart={m: {"R@1": r.overall.recall[1], "R@5": r.overall.recall[5],
                   f"MRR@{DEPTH}": r.overall.mrr, f"nDCG@{DEPTH}": r.overall.ndcg}
               for m, r in modes.items()},
        data=data,
        notes=[
            "相关性按字符区间判定: 段落与金标引文出自同一文档且区间重叠即为命中, 与分段方式无关。",
            "need=any: 任一金标命中即算命中; need=all: R@k 为前 k 名找回的金标比例。",
            f"完整召回 / 金标找回率: 仅 need=all 题, 前 {DEPTH} 名找回全部金标的题目比例 / 找回的金标比例。",
            "延迟为同一次运行中每次检索调用的耗时 (模型已预热)。",
            "划分 (dev/test) 写在问题文件中, 运行时从不改变: 在 dev 上调参, 报告 test。",
            "检索指标只计单独的问题; 多轮对话只在回答层面计分 (追问离开对话历史没有意义)。",
            "多轮对话: 每一轮带着此前的问答 (与 POST /ask 的 history 相同) 提问; 引用了本轮金标"
            "即为答对, 金标为空的轮次须拒答。",
            "无答案拒答率 = 无答案题中被拒答的比例; 误拒 = 可回答题被拒答; 引文精确率 = 引文与"
            "通知原文 (text 从 start 到 end) 一致的比例。",
        ],
        errors=[_problem(p) for p in problems if p.fatal],
        warnings=[_problem(p) for p in problems if not p.fatal],
    )


def ncp_report(result: NcpResult) -> Report:
    columns = ["模式", "文档 R@1", "文档 R@5", f"文档 MRR@{DEPTH}", "段落 R@5", f"段落 MRR@{DEPTH}"]
    rows = [[m, fmt(r.doc.recall[1]), fmt(r.doc.recall[5]), fmt(r.doc.mrr),
             fmt(r.passage.recall[5]), fmt(r.passage.mrr)] for m, r in result.modes.items()]
    rows.append(["字符二元组 BM25 (参考)", fmt(NCP_REFERENCE["R@1"]), fmt(NCP_REFERENCE["R@5"]),
                 fmt(NCP_REFERENCE["MRR@10"]), "-", "-"])
    tables = [Table(f"NCPPolicies 外部评测 ({len(result.questions)} 题)", columns, rows)]
    if result.abstention:
        a = result.abstention
        tables.append(Table(
            "拒答规则在外部集上的误拒 (全部题目都有答案)", ["阈值", "题数", "误拒率"],
            [[f"{t:.3f}", str(a.answerable), fmt(a.rates(t)[1])]
             for t in sorted({*SWEEP, a.threshold})]))
    tables.append(_latency_table({m: r.latency for m, r in result.modes.items()
                                  if m != "assistant_citations"}))  # the same asks
    errors = []
    if result.unlocated:
        errors.append(f"{len(result.unlocated)} 题的答案在清洗后的正文中找不到 (不计入段落级指标), "
                        f"如: {', '.join(result.unlocated[:5])}")
    if result.missing_docs:
        errors.append(f"{len(set(result.missing_docs))} 个金标文档不在索引中 (被拒收?)")
    judged = next(iter(result.modes.values())).passage.count if result.modes else 0
    return Report(
        name="ncp",
        title="外部评测集 NCPPolicies",
        tables=tables,
        chart={m: {"doc R@1": r.doc.recall[1], "doc R@5": r.doc.recall[5],
                   f"doc MRR@{DEPTH}": r.doc.mrr, "passage R@5": r.passage.recall[5]}
               for m, r in result.modes.items()},
        data=ncp_json(result),
        notes=[
            "文档级: 检索到的段落来自金标文档即为命中 (按段落名次计, 前 5 个段落可能少于 5 篇文档)。",
            f"段落级 (计分 {judged} 题): 两边都做 NFKC 归一并去空白后定位答案; 段落与答案区间的重叠"
            f"不少于两者中较短者的 {COVER_SHARE:.0%} 即为命中 (段落包含答案, 或段落整体落在长答案内)。",
            "延迟为同一次运行中每次检索调用的耗时 (模型已预热)。",
            "assistant: 助手回答所列的检索段落 (其检索排序); assistant_citations: 同一次回答的引文"
            "按编号排列, 其文档 R@1 即首条引文出自金标文档的比例 (拒答无引文, 计为未命中)。",
        ],
        errors=errors,
    )


def _answer_table(a: dict) -> Table:
    """The assistant's answers (eval/answers.py) beside retrieval."""
    return Table(
        "回答层面 (助手 ask, 默认混合检索)",
        ["回答召回", "完整召回 (引文)", "完整召回 (引文所在段落)",
         "多单位列举: 有金标/无金标/漏列 单位", "拒答: 识别/无答案题",
         "误拒率", "引文数", "引文校验失败", "延迟 p50 / p95 (ms)"],
        [[fmt(a["answer_recall"]), fmt(a["complete_recall_need_all"]),
          fmt(a["complete_recall_need_all_passages"]),
          f"{a['list_agencies_right']}/{a['list_agencies_without_gold']}/{a['list_agencies_missed']}",
          f"{a['abstention_caught']}/{a['negatives']}",
          fmt(a["false_abstention_rate"]), str(a["citations"]), str(a["citation_failures"]),
          f"{a['latency_ms_p50']} / {a['latency_ms_p95']}"]],
    )


def _split_answer_table(answers, dialogues, splits: list[str]) -> Table:
    """The issue's headline numbers, one row per split."""
    rows = []
    for split in splits:
        a = answers.subset(split).to_json()
        c = dialogues.subset(split).to_json() if dialogues is not None else None
        rows.append([
            SPLIT_LABELS.get(split, split), str(a["answerable"] + a["negatives"]),
            fmt(a["answer_recall"]), f"{fmt(a['complete_recall_need_all'])} ({a['need_all']})",
            f"{fmt(a['negative_precision'])} ({a['abstention_caught']}/{a['negatives']})",
            f"{a['false_abstentions']}/{a['answerable']} ({fmt(a['false_abstention_rate'])})",
            f"{fmt(a['citation_exactness'])} ({a['citation_failures']} 失败)",
            (f"{fmt(c['turn_accuracy'])} ({c['turns_right']}/{c['turns']})" if c else "-"),
        ])
    return Table("回答层面, 按划分 (助手 ask)",
                 ["划分", "题数", "回答召回", "完整召回 (need=all 题数)", "无答案拒答率",
                  "误拒", "引文精确率", "对话轮次正确率"], rows)


def _conversation_table(dialogues, splits: list[str]) -> Table:
    rows = []
    for split in splits:
        c = dialogues.subset(split).to_json()
        kinds = ", ".join(f"{TURN_KIND_LABELS.get(k, k)} {v['right']}/{v['turns']}"
                          for k, v in c["by_kind"].items())
        rows.append([SPLIT_LABELS.get(split, split), str(c["conversations"]), str(c["turns"]),
                     fmt(c["turn_accuracy"]), fmt(c["follow_up_accuracy"]),
                     str(c["conversations_all_right"]),
                     f"{c['refusal_turns_refused']}/{c['refusal_turns']}", kinds or "-"])
    return Table("多轮对话 (每轮带历史提问)",
                 ["划分", "对话", "轮次", "轮次正确率", "追问正确率", "全对的对话",
                  "应拒轮次: 拒答/总数", "追问类型: 答对/轮次"], rows)


def _retrieval_split_table(result: OwnResult) -> Table:
    rows = [[SPLIT_LABELS.get(split, split), mode, *_summary_cells(summary),
             fmt(done.complete_rate)]
            for split, modes in split_summaries(result).items()
            for mode, (summary, done) in modes.items()]
    return Table("检索, 按划分 (可回答的单独问题)", ["划分", "模式"] + SUMMARY_COLUMNS + ["完整召回"],
                 rows)


def _problem(p: GoldProblem) -> str:
    return f"{p.question_id} / {p.doc}: {p.message}"


def _abstention_tables(a: AbstentionResult) -> list[Table]:
    chosen = Table(
        "拒答 (无答案判定)",
        ["规则", "阈值", "无答案题", "拒答率", "可回答题", "误拒率"],
        [[f"稠密检索第 1 名与第 {GAP_RANK} 名余弦差 < 阈值", f"{a.threshold:.3f}",
          str(a.negatives), fmt(a.abstention_rate), str(a.answerable),
          fmt(a.false_abstention_rate)]],
    )
    sweep = Table("拒答阈值扫描", ["阈值", "拒答率 (无答案题)", "误拒率 (可回答题)"],
                  [[f"{t:.3f}"] + [fmt(v) for v in a.rates(t)]
                   for t in sorted({*SWEEP, a.threshold})])
    return [chosen, sweep]


def _latency_table(latencies: dict) -> Table:
    return Table("检索延迟 (毫秒/次)", ["模式", "次数", "平均", "P95"],
                 [[m, str(l.count), f"{l.mean_ms:.1f}", f"{l.p95_ms:.1f}"]
                  for m, l in latencies.items()])
