"""A held-out PROBE of the chat answers, not a tuned set: questions over notices the assistant
was never tuned on (tests/data/ledger/: other agencies and layouts; tests/data/heldout/: four
notices written in wordings and layouts unlike the shipped ones), asked through the real Assistant.

It measures whether answers generalise. Its questions must not be tuned against: a rule
written to pass one of them is a special case, and the probe then stops measuring anything.
Each item is judged one way:
- answerable: right when the answer is not a refusal and the gold strings are inside its cited
  quotes (need "any": one of them; "all": every one), else "wrong" or "refused wrongly";
- negative (gold empty: the notices cover the topic but do not state what is asked, or name an
  agency or year the index lacks): right when refused, else "answered a negative".
Conversations are asked turn by turn with the history `POST /ask` passes (eval/answers.py).

Four parts, each written before the fixes that followed it: the first (39 questions, 8
conversations) found the failures fixed on branch heldout; the second (--fresh) was written after
that first round and asked once; the third (--third) after the second round; the fourth
(--fourth: 29 questions, 5 conversations, with tests/data/heldout/03 and 04 added) after the
third round. Measured on the
branch (right / asked; base = the code the branch started from, a9c1791):
    first   base 45/58   after 55/58   (tuned against: its failures were fixed)
    fresh   base 23/28   first run 25/28 (after round 1, untouched)   after 27/28
    third   base 16/21   first run 18/21 (after round 2, untouched)   after 19/21
    fourth  first run 28/40 (after round 3, untouched, on branch probe4 at cb53c8f)   after 33/40
With the fourth part's two notices in the corpus, parts 1-3 read 55/58, 27/28, 18/21 at cb53c8f
(t1, t12, t15 of the third part fail among the added distractors). The fourth part's 28 counts
qc1#2 and qc1#3 as right though the answer listed every notice's items (the gold office and date
were among them): judged strictly, 26/40. After the fourth round (branch probe4, same corpus):
parts 1-3 55/58, 27/28, 20/21.
Two gold strings were corrected for judging, not for the answers (f6, tc2#2/t6: an office cited
on its own, not with its label or joined to another); the numbers above use the corrected gold.
The notices of tests/data/ledger/ were seen by the ledger extractor's tuning (its gold), not by
the chat's; tests/data/heldout/ by nothing before this probe.

A fifth part (--fifth: 30 questions, 5 conversations) was written on 2026-12-05 with two more
notices (tests/data/heldout/05 and 06: a progress report whose items carry their lead office,
deadline and progress in brackets, and a report in labelled lines) and asked once.
A sixth part (--sixth: 30 questions, 5 conversations) was written the same day, blind to the
code, with notices 07 (a 工作要点 of numbered tasks ending in 责任股室/配合单位 lines) and 08 (a
markdown ledger table between prose sections), and asked once: first run 33/41, after the
sixth round 39/41 (w5 and w23 left). With notices 07 and 08 in the corpus, after the sixth round,
parts 1-5 read 56/58, 28/28, 20/21, 34/40, 40/41 (fourth part q27 is now answered from
notice 07's "养老护理" training line; it was refused before 07 was added).
A seventh part (--seventh: 30 questions, 5 conversations), written blind to the code by a
helper with notices 09 (a 巡察整改情况报告 of "（一）…" problems with 整改措施/整改结果/责任领导/
责任股室/完成时间 lines) and 10 (a 实施方案 whose tasks end in "（牵头单位：…；责任单位：…）",
with 时间安排 stages), arrived at the end of the sixth round and was asked once: first run
24/42. After the seventh round (session of 2026-12-05, fifth): 31/42, parts 1-6 unchanged
(56/58, 28/28, 20/21, 34/40, 40/41, 39/41). Three of the eleven left cite the right value
without the label its gold writes ("刘志勇" for "责任领导：刘志勇", "2025年6月30日" for
"完成时间：2025年6月30日", "市交通运输局" listed with the 责任单位 after it): judged on the value,
34/42. xc5#2/#3 ask "第二个" of a list the answer gives in the notice's order (普法, a long-term
item, second); the gold counts only the items in progress.
An eighth part (--eighth: 30 questions, 5 conversations), written blind to the code by a helper
the same session with notices 11 (a 巡察整改进展通报 whose items open "该问题由X股牵头，分管副局长Y
负责。") and 12 (a 工作方案 whose tasks end "责任单位：…，完成时限：…"), was asked once: first run
27/42. After that round (ledger extraction, an item's leads in its topic text, service
synonyms, adjectives as counted words): 30/42 (e7, e13, ec3#2 gained; e17, ec1#2, ec4#2 now
answered with the right office and leader but judged wrong: their gold joins office and
leader in one string, "城市建设股牵头，分管副局长周某某负责", cited here as two fields). With
notices 11 and 12 in the corpus, parts 1-7 read 55/58, 28/28, 20/21, 34/40, 40/41, 37/41,
31/42 (the same before and after that round: the distractors cost part one n8, answered from
notice 12's per-head fees, and part six w1 and w6, whose lists now lead with notice 11 and drop
an agency below the relative floor).
A ninth part (--ninth: 30 questions, 5 conversations), written blind to the code by a helper
(session of 2026-12-05, sixth) with notices 13 (a 巡察整改落实情况报告 in .docx: an eight-column
ledger table 编号/问题类别/巡察指出的问题/整改举措/牵头科室/分管领导/整改时限/目前进展 between a prose
introduction with totals and a 下一步打算 section) and 14 (a 专项行动方案 whose "任务1：" paragraphs
end inline in "【责任科室】…【配合单位】…【完成节点】…", with stages, a 领导小组 and 保障措施).
First run 23/42; after its round (table area columns, task and stage markers, bracketed labels,
a helpers field, place and money checks) 41/42.
A tenth part (--tenth: 30 questions, 5 conversations), written blind to the code by a helper
(session of 2026-12-05, sixth) with notices 15 (a 巡察整改进展情况通报 as a government web page in
.html: site chrome around an article whose problems, under four "（一）…方面" headings, are single
paragraphs in bold labels 问题N/整改情况/目前状态/牵头部门) and 16 (a 民生实事项目清单 in .pdf: a
six-column table 项次/实事名称/主要内容及2025年目标/责任主体/协同单位/办结时限 of 12 rows between
background figures and 工作要求/保障措施 paragraphs, ending in a 联系人 line).
First run 24/42 (asked after the ninth round); after its round (HTML chrome by class, every
"…方面" area of a report, inline 目前状态 labels, frame titles, 项次/名称/责任主体/协同单位
columns, 一是/二是 points of a part, due dates such as 上半年) 40/42. With notices 13-16 in the
corpus, parts 1-10 read 53/58, 28/28, 17/21, 33/40, 40/41, 36/41, 31/42, 33/42, 41/42, 40/42
(eval/README.md, "the ninth and tenth probe parts' rounds": the losses in parts one, three,
four and six are the new notices as distractors).
An eleventh part (--eleventh: 30 questions, 5 conversations), written blind to the code by a
helper (session of 2026-12-05, seventh) with notices 17 (a 巡察反馈意见整改情况报告 in .docx whose body gives
only prose totals, 主要做法, 成效 and 下一步打算, its ledger an appendix after the signature and
date, "附件 整改任务清单": a seven-column table 序号/反馈问题/整改措施/责任领导/责任科室/完成时限/
完成情况 of 12 rows, states 已完成, "正在整改，…", "部分完成，…", 长期坚持) and 18 (a 督查通报 over
11 乡镇（街道）便民服务中心: a score ranking in one sentence, per-unit paragraphs "X街道：…好的做法：…
不足：…" and "X镇：…存在问题：一是…二是…三是…", numbered 共性问题, 通报表扬和批评, 整改要求 and a
联系人 line). First run 28/42 (asked after the tenth round and the passage routes' move to
assistant/passage_route.py, before any fix); after its round 37/42.
A twelfth part (--twelfth: 30 questions, 5 conversations), written blind to the code by a helper
(session of 2026-12-05) with notices 19 (a 工作要点 in .md: headings "## 一、…" and "### （一）…"
over numbered items "1. …" restarting under each heading, some ending in "（责任单位：…）" and
some not, with quantitative targets and "6月底前"-style deadlines, a 2024 recap up front and an
unnumbered 组织保障 section giving the parts to leaders by number) and 20 (a 审计查出问题整改情况
报告 in .pdf: findings "（一）关于…的问题", each followed by "审计发现，…", "整改情况：…" and
"整改结果：…" paragraphs with amounts recovered, the offices and leaders given only in a closing
eight-column 整改情况汇总表 with a 合计 row, then 下一步工作打算 and a 联系人 line).
First run 20/42 (asked after the eleventh round, before any fix); after its round 33/42. With
notices 17-20 in the corpus, after the seventh session's rounds, parts 1-10 read 53/58, 28/28,
17/21, 32/40, 40/41, 36/41, 31/42, 33/42, 41/42, 40/42 (the fourth part's q27 is now answered
from notice 07's 养老护理 line again, a distractor of the thesaurus' 养老金 group).
A thirteenth part (--thirteenth: 30 questions, 5 conversations), written blind to the code by a
helper (session of 2026-12-05, eighth) with notices 21 (a county bureau's 年度工作总结和工作打算
as a government web page in .html: an 信息公开 header table whose 发布机构 omits the county, an
eight-row indicator table 指标名称/年度目标/实际完成/完成情况 (完成/未完成), an unnumbered 存在的
问题和不足 part whose lines open with a short titled sentence, next year's items ending in prose
assignments "由…股主办，…协办，于…前完成", leaders' portfolios only in the closing 保障措施) and
22 (a 整改方案 in .docx: an eight-column 问题清单 问题序号/具体问题/整改目标/整改措施/责任领导/
责任部门/配合部门/整改时限 whose category rows fill only their first cell, "一、膳食经费管理方面
（3个）", then 整改步骤 in dated stages). First run 21/43 (asked before any fix); after its
round 36/43. With notices 21-22 in the corpus, after the eighth session's rounds, parts 1-12
read 52/58, 28/28, 16/21, 33/40, 40/41, 39/41, 32/42, 33/42, 41/42, 40/42, 37/42, 33/42 (part
one p7 and c8#2 and part three t15, questions naming no agency about 医保 fraud, now meet
notice 21's 医保基金 figures; parts six to eight gained from the per-agency BM25 share 0.40).

A fourteenth part (--fourteenth: 30 questions, 5 conversations, ids u…), written blind to the
code by a helper (session of 2026-12-06) with notices 23 (a 专题会议纪要 in .txt: the last
meeting's items reviewed as "1.…——已办结/正在推进/尚未启动，…" before ten "一、…" decisions ending
"（牵头：…；配合：…；时限：…）", leaders given items by number "X同志负责第三、七项", 出席/列席/
分送/印发 lines) and 24 (a 上半年重点工作推进情况通报 in .pdf: an eight-column table 类别/工作编号/
重点工作/全年目标任务/上半年推进情况/进度评价/责任股室/分管领导 whose 类别 and 分管领导 cells stand on
a group's first row only, its header repeated at a page break, rated 提前完成/序时推进/进度滞后/
尚未启动). First run 21/43 (asked before any fix); after its round 32/43 (35/43 judged on the
values: u11, uc1#2, uc1#3 cite the right items and offices without the label or cell text their
gold joins to them). With notices 23-24 in the corpus, parts 1-13 read 52/58, 28/28, 17/21,
32/40, 40/41, 39/41, 32/42, 33/42, 41/42, 40/42, 37/42, 34/42, 36/43, the same before and after
that round.

A fifteenth part (--fifteenth: 30 questions, 5 conversations, ids y…), written
blind to the code by a helper (session of 2026-12-06, second) with notices 25 (a 巡察整改台账 as a
government web page in .html: site header, navigation, breadcrumb, a sidebar of links and a footer
around prose totals by state and a six-column <table> 序号/巡察反馈问题/整改措施/整改责任人/完成时限/
整改状态 of 10 problems and 25 measures, three category rows spanning the columns, each problem's
number and text cells spanning its measures' rows and a 整改责任人 "…科科长X" cell shared by two
measures in six places (rowspan), states 已完成/阶段性完成（…）/持续推进/长期坚持, then 成效,
下一步工作打算 and a 监督 paragraph) and 26 (a 年度重点任务前三季度推进情况督查通报 in .docx: 18
tasks grouped by quarter "（一）第一季度任务（4项，按期完成3项）", each a paragraph "N.…。此项工作由X
副局长负责，Y科具体承办，Z配合。…督查评定：按期完成/未按期完成" or "目前进展：正在推进/提前完成", a
five-column table of the counties' 技术改造投资 with a 合计 row, 通报表扬和批评 naming units with their
reasons, 下一步工作要求 with dates and a 联系人 line). First run 25/43 (asked before any fix:
the table's measure rows fell into the problem column and every quarter's tasks had no office);
after its round (spanned cells padded, one item per measure under its problem, a person and an
office in one 由…负责 sentence, inspection verdicts as statuses) 34/43. With notices 25-26 in the
corpus, parts 1-14 read 52/58, 28/28, 17/21, 32/40, 40/41, 39/41, 35/42, 36/42, 41/42, 40/42,
38/42, 34/42, 36/43, 34/43 after that round (against 52, 28, 17, 32, 40, 39, 32, 33, 41, 40, 37,
34, 36, 32 at the last round's end: a field cited with its label or its whole assigning aside
gained seventh x…, eighth e… and fourteenth uc1#2/#3 golds that join a label to its value).

A sixteenth part (--sixteenth: 30 questions, 5 conversations, ids z…), written blind to the code by
a helper (session of 2026-12-06, second) with notices 27 (a 巡察整改落实情况报告 in .md: "## 一、…"
parts and "### （一）…" sections, each of its 12 problems a bold line "**问题N：…**" followed by a
bullet list "- 整改措施：…", "- 责任科室：…", "- 责任领导：…", "- 完成时限：…", "- 整改进度：已完成/
基本完成。…/正在整改。…/长期坚持。…", with prose totals by state, 整改取得的成效, 下一步工作打算 and
the signature) and 28 (a 年度重点工作任务清单（调整后） in .pdf: an eight-column table 类别/工作任务/
具体目标/牵头领导/责任单位/配合单位/时间节点/备注 of 23 rows whose 类别 cells stand on a group's first
row only, two groups running on over page breaks, leaders by name only with their posts in a 注, and
a 备注 column of 已完成, 目标由…调整为…, 新增任务, "已调整至下年度，…" and "因…暂缓实施", then
工作要求 with dates and figures). Asked once at the end of the round, before any fix: first run
22/43, 13 of its misses refusals ("蘅江市科技局" was read as a department its city's indexed
科学技术局 is not, and the markdown's bold "**问题N：…**" lines and bulleted labels as prose).
After the bureaus' usual short names and markdown emphasis and bullets read as markup: 32/43.
With notices 25-28 in the corpus, at the round's end parts 1-15 read 52/58, 28/28, 17/21,
32/40, 40/41, 39/41, 35/42, 36/42, 41/42, 40/42, 39/42, 34/42, 36/43, 34/43, 33/43 (fifteen's
y8 lost to notice 28, a task list, as a distractor).

A seventeenth part (--seventeenth: 30 questions, 5 conversations, ids w…), written blind to the
code by a helper (session of 2026-12-06, third) with notices 29 (a 学习教育查摆问题整改落实情况报告
in .docx: prose totals by state, then a nine-column table 序号/查摆问题/整改措施/责任领导/责任科室/
完成时限/已完成/正在推进/长期坚持 of 15 problems whose state is only a "√" in one of the three last
TICK columns, leaders by name only, 完成时限 a date or "长期", then 成效, 下一步 and the signature)
and 30 (a 巡察整改“回头看”情况报告 in .txt: the 11 problems' re-checked states only inside one
prose paragraph per area, as "一是…，整改成效巩固；二是…，属于整改基本到位、仍需巩固提升；…" runs, a
"一是…四是…" findings paragraph, and 再整改措施 nested "1.…问题" → "（1）责任分工。由…牵头，…股负责" /
"（2）整改措施。①…；②…" / "（3）目前进展。…", with deadlines as "今年三季度末前", "2025年底前",
"长期坚持"). First run 30/43 (the ticks unread: no state for any of the 15 problems; each
"（1）责任分工" read as an item of its own). After its round (a ticked status column's header is
the row's status; field sub-headings are one item's fields; an area section listed by its 一是…
points; the names a ledger item counts are no ledger ask): 36/43.

An eighteenth part (--eighteenth: 30 questions, 5 conversations, ids s…), written blind to the
code by a helper (session of 2026-12-06, third) with notices 31 (a county bureau's 年度重点工作任务
分解方案 in .md numbered in decimal outline style, "### 1 …" / "#### 2.1 …" headings over plain
paragraphs "2.1.1 …", each of its 19 tasks ending in one bracket "（责任股室：…；分管领导：…；
完成时限：…）", leaders by name only, deadlines a date or "长期坚持") and 32 (a city government
office's 督查通报 in .docx over 12 departments: three 督查组 with their 组长 and departments in one
paragraph, prose totals by state, a five-column table 序号/责任单位/督办事项/办理进度/存在问题 of
20 rows whose 责任单位 repeat, 办理进度 opening 已办结/按序时推进/正在推进/进度滞后/尚未启动 and
others, eight 存在问题 cells empty, then 共性问题 and 通报表扬和批评 naming departments with their
reasons). Asked once after part seventeen's fixes, before any fix of its own: first run 21/44
(8 refused: "楮阳县发改局" and "荇州市政府办公室" named no indexed agency; the 19 decimal-numbered
tasks were read as one section's measures). After the bureaus' short names, decimal outline
numbers as markers, a 组长 labelled post-then-name, a year a line opens with as its clauses'
year, and the list's own words (督办, 承担, 参与) naming no item: 36/44. With notices 29-32 in the
corpus, at the round's end parts 1-16 read 50/58, 27/28, 17/21, 33/40, 40/41, 39/41, 35/42,
36/42, 41/42, 40/42, 39/42, 34/42, 38/43, 34/43, 36/43, 32/43 (the starting code on the same
index: 50, 27, 17, 33, 40, 39, 35, 36, 41, 40, 39, 34, 38, 34, 34, 31; first's f11 lost to
notice 32 as a distractor with either code).

A nineteenth part (--nineteenth: 30 questions, 5 conversations, ids b…), written blind to the
code by a helper (session of 2026-12-06, fourth) with notices 33 (a city 供销合作社联合社's 年度工作
总结 as a government web page in .html: a nine-row indicator table whose two-row header spans
"2025年" over 目标值/完成值/完成率, 一是/二是 runs under bold "（一）…" titles, an <ol> of 存在的问题
and next year's items ending "此项工作由X科牵头，理事会副主任Y分管") and 34 (a county 公共资源交易
中心's 整改方案 in .txt as three cross-referenced lists: 问题清单, a 任务清单 of 18 tasks coded
"1-1"…"8-3" with their 完成时限, and a 责任清单 of one line per office "X科（分管领导：副主任Y）：
牵头1-1、1-2，配合4-1。"). Asked once before any fix: first run 21/45 (the answers
over notice 33 named no agency, "未注明单位"; notice 34's coded tasks were not read through their
codes: lists gave "任务清单" as one item or refused for want of states, offices stayed codes).
After its round (cooperatives sign as agencies; hyphenated task codes are items under their
问题N with the 责任清单's offices, leaders and helpers by code; "第N个问题" gathers a problem's
tasks; a 责任清单 line is cited whole; an area's "问题N：" lines are its points; a heading's year
dates the figures below it; "是哪5个项目?" asks for the members): 39/45.
A twentieth part (--twentieth: 30 questions, 5 conversations, ids d…), written with it, over
notices 35 (a county 安委办's 乡镇安全生产督查情况通报 in .docx: one heading paragraph per township
over its own two-column label/value table 督查组/检查对象/隐患排查/整改情况/主要问题/好的做法/综合
评价) and 36 (a city 国资委's 巡察反馈意见整改进展 in .md as nested bullets "- 问题N：…" / "  - 措施：
…" / "    - 进展：已完成。…|推进中。…|长期坚持。…" / "    - 责任人：…" / "    - 时限：…"), kept
for a later measurement: not asked with the assistant when written. Asked once at the end of
the round (session of 2026-12-06, fourth), after part nineteen's fixes: 28/44, the same as the
round's starting code on the same index (lists 4/14: the nested-bullet ledger of notice 36 is
read as 9 problems, not their 21 measures; township rows name their town only in the heading
above their table). After a township named 乡 and a township's own heading naming the town of
its rows: 30/44 (d28, a quarter the notice does not cover, was then answered); after a
problem's "措施：" lines with their own 进展/责任人/时限 read as one item each and "谁负责?"
answered by a 责任人 where no office is named: 33/44 (on a rebuilt index).
With notices 33-36 in the corpus, at the round's end parts 1-18 read 51/58, 27/28, 17/21, 34/40,
40/41, 39/41, 35/42, 37/42, 41/42, 40/42, 38/42, 35/42, 36/43, 34/43, 37/43, 32/43, 36/43,
36/44; the starting code on the same index: 51, 27, 17, 33, 40, 39, 35, 37, 41, 40, 38, 34, 36,
34, 36, 32, 36, 36 (none lower; eleven lost one question and thirteen two to notices 33-36 as
distractors with either code).

A twenty-first part (--twentyfirst: 30 questions, 5 conversations, ids i…) and a twenty-second
(--twentysecond, ids j…), written blind to the code by two helpers (session of 2026-12-06,
fifth) over notices 37 (a city 人防办's 巡察整改台账 in .docx: one problem spanning two or three
measure rows, its 序号 and 反馈问题 on the first only, states 已销号/序时推进/持续整改, time limits
立行立改/dates/"2026年二季度"/长期), 38 (a county 投资促进局's 民主生活会 list as a web page: one <h3>
per leader over "问题N：" / "整改措施：" / "完成时限：" lines, then a table ticking 已完成 or 正在推进
per problem), 39 (a county 林业局's task breakdown in .md by office: "## 办公室" sections, a
分管领导 line, tasks ending "（对应问题5；2025年8月底前；配合：…）【已办结】") and 40 (a city 信访局's
考评通报 in .pdf: a ranking table, deductions by county, time limits without a year,
"次年1月底前"). Asked once before any fix: first runs 25/45 and 22/45. After their round (the
office sections, problem references, bracketed and worded states, quarters and periods asked as
time limits, problem lines above a summary table, a leader-only table's names as leaders,
agencies named by abbreviation, a place the previous answer's notices write about asked in a
follow-up, "次年" covering the next year, a problem asked by its number): 38/45 and 33/45.
A twenty-third part (--twentythird, ids o…), written blind to the code by a helper the same
session over notices 41 (a city 档案馆's task ledger in .md as GitHub task lists, ticked done,
unticked with "— 进展：…", "（长期）") and 42 (a county 红十字会's 整改方案 in .docx whose table
header spans two rows, 责任分工 over 牵头领导/牵头单位/配合单位), asked once at the end of that
round: 24/45 (the round's starting code on the same notices: 24/45); after task-list boxes and
two-row headers were read as patterns: 34/45 (the same after an area's leader in prose was read).
With notices 37-42 in the corpus, at the round's end parts 1-20 read 51/58, 27/28, 17/21, 33/40,
40/41, 38/41, 34/42, 37/42, 41/42, 40/42, 38/42, 35/42, 36/43, 34/43, 37/43, 33/43, 36/43,
37/44, 38/45, 33/44; the round's starting code on the same notices but 41-42: 49, 27, 17, 33, 40,
36, 33, 37, 40, 39, 39, 35, 35, 34, 36, 31, 36, 35, 36, 30 (eleventh k9 and k23 flip with the
index build: the starting code on the end's index fails them too).

Parts twenty-four to twenty-six (--twentyfourth, ids r…; --twentyfifth, ids T…; --twentysixth,
ids U…), written blind to the code by helpers in the session of 2026-12-06 (sixth): 43 (a city
卫健委's 答记者问 web page, "问：…？" over "答：…") and 44 (a town's 销号验收 report grouping its
problems by verdict in "◆第N项" blocks of labelled lines, signed jointly on one line), first run
19/45; 45 (a 副县长's first-person 述职述责述廉报告 under a letterhead line) and 46 (a 征求意见
公告 with its 起草说明 and a before/after article table), first run 26/46; 47 (a 政府信息公开
annual report web page with numbered tables) and 48 (a reply to a CPPCC proposal with an
attachment table), asked once at the end of that round: 28/45 (the round's starting code on
the same notices: 25/45). After the round's fixes: 39/45, 41/46 and 32/45. With notices 43-48
in the corpus, at the round's end parts 1-26 read 51, 27, 16, 32, 40, 38, 33, 38, 41, 40, 40,
35, 36, 35, 37, 34, 36, 37, 39, 34, 38, 36, 34, 39, 41, 32 (939 of 1,100); the round's
starting code on the same notices (its own index build): 48, 26, 16, 32, 40, 36, 31, 38, 40,
39, 39, 34, 35, 34, 35, 32, 35, 36, 37, 32, 33, 29, 29, 19, 28, 25 (858).

Parts twenty-seven to twenty-nine (--twentyseventh, ids V…; --twentyeighth, ids W…;
--twentyninth, ids X…), written blind to the code by helpers in the session of 2026-12-06
(seventh): 49 (a county 统计局's division of its leaders' duties in .docx, with a table of the
offices, towns and companies each links to) and 50 (a discipline commission's notice of six
cases as a web page, one paragraph a case, signed jointly by 纪委 and 监委), first run 24/46;
53 (a county's flood emergency plan in .docx, numbered "4 应急响应" / "4.2 Ⅳ级响应") and 54 (a
town safety-target scoring scheme in .pdf, a category-grouped scoring table), first run 27/46;
51 (a bureau's 工作简报 in markdown) and 52 (an inspection's rectification order to eight
companies in .pdf), written outside the repository and asked once at the end of that round:
33/46 (the round's starting code on the same notices: 30/46). After the round: 31/46, 36/46
and 38/46. With notices 49-54 in the corpus, at the round's end parts 1-29 read 51, 26, 16,
31, 40, 38, 34, 38, 40, 40, 38, 35, 36, 35, 37, 34, 37, 37, 39, 34, 38, 36, 33, 39, 40, 35, 31,
36, 38 (1,042 of 1,238); the round's starting code on the same notices (its own index build):
50, 26, 16, 31, 40, 36, 31, 38, 39, 39, 38, 34, 36, 35, 36, 34, 35, 36, 36, 32, 34, 34, 29, 38,
41, 31, 24, 30, 27 (986). Lower on one part only: twenty-five T14, whose table rows are no
longer sectioned under the last item of the list above them.

Parts thirty to thirty-three (--thirtieth, ids Y…; --thirtyfirst, ids Z…; --thirtysecond, ids
AA…; --thirtythird, ids AB…), written blind to the code by helpers in the session of 2026-12-06
(eighth): 55 (a 人社局's policy Q&A web page, "问：/答：" with a subsidy table) and 56 (a
commendation notice in .pdf with a table of persons), first run 29/45; 57 (a meeting notice in
.docx: agenda, requirements, a quota table) and 58 (an annual summary in .txt dense with
"共…，其中…" breakdowns), first run 30/45; 59 (a quarterly construction-safety 通报 in .docx with a
per-district table) and 60 (a county office's reply to a deputy's proposal, a web page), first
run 35/45; 61 (a party group's 整改台账 as a markdown table) and 62 (a fund allocation plan in
.pdf with a per-county table), written outside the repository and asked once at the end of
that round: 34/45 (the round's starting code on the same notices: 34/45). After the round:
33/45, 36/45 and 39/45. With notices 55-62 in the corpus, at the round's end parts 1-33 read 51,
26, 15, 31, 41, 38, 34, 38, 40, 41, 40, 36, 39, 37, 38, 35, 38, 38, 39, 34, 38, 35, 36, 38, 40,
34, 31, 37, 38, 33, 36, 39, 34 (1,198 of 1,418); the round's starting code on the same notices
(its own index build): 51, 26, 15, 31, 40, 38, 34, 38, 40, 40, 40, 35, 38, 35, 37, 34, 37, 37,
39, 34, 38, 35, 33, 38, 40, 33, 31, 37, 38, 28, 30, 36, 34 (1,170). Lower on no part.

Parts thirty-four and thirty-five (--thirtyfourth, ids AC…; --thirtyfifth, ids AD…), written
blind to the code by a helper in the session of 2026-12-07 (ninth): 63 (a city 医保局's 督查通报
in .docx ranking six counties in a table, with typical cases) and 64 (a county 住建局's Q&A page
on a lift subsidy, "问一：…？/答：…", published on its government's portal), first run 29/45; 65
(a county 交通运输局's 工作要点 in .pdf, each item with its lead and deadline) and 66 (a 整改进展
report in .txt, each problem with its state), first run 27/45 (the round's starting code on the
same notices: 29/45 and 27/45). Part thirty-four was studied, part thirty-five not. After the
round: 38/45 and 27/45. With notices 63-66 in the corpus, at the round's end parts 1-33 read 51,
26, 15, 31, 41, 38, 34, 39, 40, 41, 40, 36, 37, 37, 38, 36, 38, 39, 39, 34, 38, 36, 38, 38, 40,
33, 31, 35, 39, 34, 37, 39, 38 (1,206 of 1,418); the round's starting code on the same notices
(its own index build): 51, 26, 16, 31, 41, 38, 34, 38, 40, 41, 40, 36, 39, 37, 38, 35, 38, 38,
39, 34, 38, 36, 36, 38, 40, 34, 31, 35, 38, 34, 36, 39, 34 (1,199). Lower on three parts by turns
that flip with the index (tc3#2, nc1#2-3, U8): on a build with notice 64 parsed as the starting
code parses it, the new code reads those parts 16, 39 and 35 (the starting code: 16, 39, 34).

Part thirty-five was studied in the session of 2026-12-07 (tenth): 38/45 after that round. Part
thirty-six (--thirtysixth, ids AE…), written blind to the code by a helper in that session: 67
(a city 市场监管局's 食品安全 task division as a web page, a six-column table 序号/重点任务/具体措施/
牵头单位/配合单位/完成时限) and 68 (a township government's 巡察整改 report in .docx, "问题N：" items
with 整改措施/整改结果/责任人/整改状态 lines), asked once at the end: 34/45 (the round's starting
code on the same notices, its own index build: 35/45; AEc1#3, a negative turn after an item asked
by its place, is answered with the item's measures). With notices 65 and 66 in the corpus
(builds of notices 1-66), at the round's end parts 1-33 read 51, 26, 15, 31, 41, 38, 34, 39, 40,
41, 40, 36, 37, 37, 38, 36, 38, 40, 40, 34, 38, 36, 38, 38, 40, 34, 31, 35, 40, 34, 37, 39, 38
(1,210 of 1,418; the starting code 1,206), part thirty-four 38/45.

Part thirty-six was studied in the session of 2026-12-07 (eleventh): 38/45 after that round.
Part thirty-seven (--thirtyseventh, ids AF…), written blind to the code by a helper in that
session: 69 (a city 疾控中心's 巡察整改 progress ledger as a markdown table, 序号/反馈问题/整改措施/
责任领导/责任科室/完成时限/整改进展/整改状态, some lead cells "X（牵头）、Y（配合）") and 70 (a county
消防救援大队's campaign plan in .pdf, numbered tasks assigned in prose after their titles, in
labels and in brackets, with a per-town table), asked once with the round's code at 44bf6e3:
30/45 (the starting code, its own build of notices 1-70: 28/45), then studied: 36/45. At the
round's end parts 1-33 read 51, 26, 15, 31, 40, 38, 35, 39, 40, 41, 40, 36, 37, 38, 39, 36, 38,
40, 40, 35, 38, 36, 38, 38, 40, 37, 32, 35, 39, 35, 38, 39, 39 (1,219 of 1,418; the starting
code 1,210), part thirty-four 39/45, part thirty-five 38/45.

Parts thirty-eight and thirty-nine (--thirtyeighth, ids AG…; --thirtyninth, ids AH…), written
blind to the code by helpers in the session of 2026-12-07 (twelfth): 71 (a county 民政局's
巡察整改 report as a web page, problems 1-9 in a table whose 责任科室 cells mark groups "A（牵头），
B、C（协同）", problems 10-16 in prose with 整改措施/整改成效/完成情况/下步打算 lines) and 72 (a city
水务局's 工作要点 in .docx, "第X部分" parts of "（N）" tasks closed by "（牵头：…；协同：…；时间节点：…）"
or followed by 责任领导/责任部门/完成时限 lines, ①②③ points); 73 (a city 卫健委's 督查通报 in .txt,
one section per county "（一）潺陵县：综合得分91.2分" with 主要做法/存在问题 lines, a ranking, shared
problems and demands) and 74 (a county 自然资源局's 巡察整改方案 in .pdf, "整改任务N：" lines each
followed by 整改措施/责任领导/牵头单位 or 主责科室/配合单位/整改时限/整改目标 lines). Each was asked once
when written (part thirty-eight 32/45 with the round's starting code 5235c19; part thirty-nine
22/45 with the round's code then, its notice 74 read with no title and its tasks run together),
then studied: 43/45 and 37/45 at the round's end. Parts 1-37 on one build of notices 1-74 (the
starting code's): 1,366 of 1,598 with the starting code, 1,367 with the round's (thirty-fifth
AD7 gained, none lost); each code on its own build, the same totals, five turns flipping each way
with the build (twenty-sixth U8, Uc1#2, thirtieth Y26, thirty-fourth AC3, twenty-eighth W13 lost;
seventeenth w12, sixteenth z10, thirty-fifth ADc2#3, thirty-fourth AC1, twenty-eighth W14 gained).

Parts forty and forty-one (--fortieth, ids AI…; --fortyfirst, ids AJ…), written blind to the
code by helpers in the session of 2026-12-07 (thirteenth): 75 (a county 生态环境局's web 公示 of
the petition cases a provincial inspection team handed over, a nine-column table whose cells
are sentences) and 76 (a city 农业农村局's 部门决算公开说明 in .docx, numbered run-in items
"3.公务接待费。…" and small tables); 77 (a county government's assessment results in .txt, units
listed by grade in long 、-joined lines, "（一）一票否决情况" over "1.…" cases) and 78 (a city
河长制办公室's quarterly 通报 in .pdf, tables of patrol rates and of supervised problems, 河湖名称
beside 问题描述). Asked once when written with the round's starting code e4c3193 (25/45 and
35/45), then studied: 28/45 and 40/45 at the round's end, on one build of notices 1-78 where
the starting code reads 24/45 and 36/45 and parts 1-39 read 1,445 of 1,688 with either code.

Part forty-two (--fortysecond, ids AK…), written blind to the code by a helper at that round's
end: 79 (a city 审计局's report on the rectification of audit findings in .md, per-area sections
and a table of departments' rectification rates) and 80 (a city 应急管理局's list of major
hazards in .pdf, a table of enterprises with 企业名称 beside 隐患描述, 整改时限 and 整改状态). Asked
once with the round's final code and with its starting code on one build of notices 1-80: 30/45
each. One pattern was fixed after (a hazard column is the problem, the company its heading:
AK2, AK5): 32/45; the rest is left unstudied.

Parts forty-three (--fortythird, ids AL…) and forty-four (--fortyfourth, ids AM…), written blind
to the code by helpers in the session of 2026-12-07 (fourteenth): 81 (a county 纪委监委's .docx
notice of seven typical cases, "（N）…问题。" each followed by "处理结果：…", and a table of leads
by town), 82 (a city 人社局's minutes of a rectification progress meeting as a web page, one
paragraph per unit with its done/ongoing/overdue counts), 83 (a city government's 政务动态 page
in .pdf of four news stories naming each project once) and 84 (a county's "一件事" service guide
in .md with channels, time limits, fees and a table). Asked once when they arrived, with the
round's code and its starting code 6512d73: 21/45 both and 26/45 (starting code 25/45); then
studied: 38/45 and 32/45 on the round's own build of notices 1-84 (parts 1-44: 1,611 of 1,913;
the starting code on its own build 1,576).

Parts forty-five to forty-eight (--fortyfifth … --fortyeighth, ids AN…, AO…, AP…, AQ…), written
blind to the code by helpers in the session of 2026-12-07 (fifteenth): 85 (a county 民政局's
rectification report in .txt with 责任科室 / 完成时限 / 整改进展 lines), 86 (a city 交通运输局's
工作要点 in .docx with a project table), 87 (a city 市场监管局's 督查通报 of school canteens as a
web page with a table), 88 (a county 教育局's 政策解读 in question-and-answer form, in .pdf), 89
(a county 住建局's 整改台账 in .md with 责任人 and 整改情况 columns), 90 (a city 农业农村局's
"2025年工作总结和2026年工作计划" in .txt), 91 (a province's 生态环境督察整改通报 by city in .docx
with a summary table) and 92 (a district's 民生实事 web page with a table of projects). Asked once
when they arrived, with the round's code and its starting code 07c8d6a: 34, 29, 27 and 28 of 45,
both codes alike; then studied (eval/README.md, "session of 2026-12-07, fifteenth").

Parts forty-nine to fifty-two (--fortyninth … --fiftysecond, ids AR…, AS…, AT…, AU…), written
blind to the code by helpers in the session of 2026-12-07 (sixteenth): 93 (a city 医疗保障局's
rectification report in .pdf with a table of problems, offices, deadlines and states), 94 (a
county 水利局's 汛期 notice in .txt with reservoirs and an attachment of 21 danger zones by
town), 95 (a city 统计局's 督察整改通报 in .md with labelled fields per problem), 96 (a county
林业局's 工作要点 in .docx with a table of forest chiefs and one of fire teams), 97 (a city
交警支队's 隐患排查 通报 as a web page with an 18-row table of road sections), 98 (a city 财政局's
绩效评价 通报 in .pdf with tables of departments and of projects graded 差), 99 (a town's 整改台账
in .docx: one eight-column table of 30 rows) and 100 (a county 审计局's 审计整改 report to the
人大常委会 in .txt). Asked once when they arrived, with the round's starting code: 30, 34, 32 and
31 of 45; then studied (eval/README.md, "session of 2026-12-07, sixteenth").

Parts fifty-three to fifty-six (--fiftythird … --fiftysixth, ids AV…, AW…, AX…, AY…), written
blind to the code by helpers in the session of 2026-12-07 (seventeenth): 101 (a county 人社局's
工作要点 in .txt whose items end in bracketed fields with deadlines in many forms), 102 (a city
督查室's 督查通报 as a web page with score tables of towns and departments, praised units and an
attachment of unannounced-visit findings), 103 (a county 卫健局's 巡察整改进展通报 in .docx with
labelled lines per problem), 104 (a city 城管局's 专题会议纪要 in .md: decisions as headings with
their fields on lines of their own), 105 (a city 教育局's 校外培训治理通报 in .pdf with a district
table), 106 (a county 商务局's 总结和思路 in .txt), 107 (a town's 民生实事公示 web page with a
project table) and 108 (a county 自然资源局's 整改台账 in .docx, one 20-row table). Asked once
when they arrived, with the round's code and its starting code 7bdb3ca: 28, 31, 30 and 35 of
45, both codes alike; then studied (eval/README.md, "session of 2026-12-07, seventeenth").

Parts fifty-seven to sixty (--fiftyseventh … --sixtieth, ids AZ…, BA…, BB…, BC…), written
blind to the code by helpers in the session of 2026-12-08 (eighteenth): 109 (a city 市场监管局's
专项整治工作方案 in .md with a 任务分工 table of leads, partners and deadlines), 110 (a county
审计局's 审计整改公告 in .txt, its measures 一是…四是 inside long paragraphs), 111 (a 街道党工委's
巡察整改进展通报 as a web page, each problem ending in a bracketed status or deadline), 112 (a
county 住建局's 安全生产大检查通报 in .pdf with a 17-row project table), 113 (a county 文广旅局's
工作要点 in .docx whose tasks end in "（责任科室：…；配合：…）"), 114 (a county 交通运输局党组's
整改方案 in .txt: a problem list, a task list and a responsibility list cross-referenced by
number), 115 (a county 退役军人事务局's 整改销号报告 in .md, problems as headings marked
【已销号】/【未销号】) and 116 (a county 水务局's 河湖长制考核通报 as a web page with a ranking
table of 14 towns).

Build the probe index (shipped notices + probe notices; .docx/.pdf generated from .src):
    python -m eval.heldout_probe --build /tmp/heldout-index
Ask and print the table:
    python -m eval.heldout_probe /tmp/heldout-index [--fresh|--third|--fourth|--fifth|--sixth|--seventh|--eighth|--ninth|--tenth|--eleventh|--twelfth|--thirteenth|--fourteenth|--fifteenth|--sixteenth|--seventeenth|--eighteenth|--nineteenth|--twentieth|--twentyfirst|--twentysecond|--twentythird|--twentyfourth|--twentyfifth|--twentysixth|--twentyseventh|--twentyeighth|--twentyninth|--thirtieth|--thirtyfirst|--thirtysecond|--thirtythird|--thirtyfourth|--thirtyfifth|--thirtysixth|--thirtyseventh|--thirtyeighth|--thirtyninth|--fortieth|--fortyfirst|--fortysecond|--fortythird|--fortyfourth|--fortyfifth|--fortysixth|--fortyseventh|--fortyeighth|--fortyninth|--fiftieth|--fiftyfirst|--fiftysecond|--fiftythird|--fiftyfourth|--fiftyfifth|--fiftysixth|--fiftyseventh|--fiftyeighth|--fiftyninth|--sixtieth] [-v]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_FOLDERS = (ROOT / "tests" / "data" / "ledger", ROOT / "tests" / "data" / "heldout")
HISTORY_TURN_CHARS = 4000  # as eval/answers.py cuts an answer passed back as history

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Probe:
    id: str
    kind: str  # list, paraphrase, figure, negative
    question: str
    gold: tuple[str, ...] = ()  # strings a cited quote must hold; () = must refuse
    need: str = "any"


@dataclass(frozen=True)
class Chat:
    id: str
    kind: str  # what the conversation tests
    turns: tuple[Probe, ...] = field(default_factory=tuple)


def P(id: str, kind: str, question: str, *gold: str, need: str = "any") -> Probe:
    return Probe(id, kind, question, tuple(gold), need)


STANDALONE: tuple[Probe, ...] = (
    # lists across agencies
    P("l1", "list", "哪些单位排查了廉政风险点?", "全面排查岗位廉政风险点86个",
      "重新梳理岗位廉政风险点52个", need="all"),
    P("l2", "list", "哪些单位通过招聘补充了人员?", "补充环境监测专业技术人员8名",
      "通过公开招聘补充村级防疫员", "通过招录、遴选补充执法人员", need="all"),
    P("l3", "list", "哪些单位请了第三方机构?", "引入第三方机构全程监督",
      "聘请第三方机构对已建项目全面复核", "引入第三方机构开展月度考核", need="all"),
    P("l4", "list", "哪些单位把考核结果跟钱挂钩?", "将绩效考核结果与院长年薪",
      "考核结果与作业经费挂钩", need="all"),
    P("l5", "list", "各单位对消防安全分别做了什么?", "对全区23家养老机构开展消防安全检查"),
    P("l6", "list", "哪些单位开展了专项审计或财务检查?", "开展财务专项审计",
      "全面清理2022年以来差旅费、培训费报销凭证", need="all"),
    # paraphrases of official terms
    P("p1", "paraphrase", "怎么解决执法人员没有执法证的问题?", "组织未持证人员参加执法资格考试"),
    P("p2", "paraphrase", "村卫生室的医疗垃圾是怎么处理的?", "乡镇卫生院统一收集转运",
      "开展医疗废物处置专项检查"),
    P("p3", "paraphrase", "怎么减少群众看病重复检查?", "推行检查检验结果互认"),
    P("p4", "paraphrase", "学生心理问题学校有什么安排?", "配备至少1名专兼职心理健康教师"),
    P("p5", "paraphrase", "被冒领的惠农补贴怎么处理?", "追回冒领资金并移交纪检部门"),
    P("p6", "paraphrase", "怎么管住马路上乱摆摊?", "划定58条严管路段"),
    P("p7", "paraphrase", "怎么防止有人骗取医保基金?", "86家定点医药机构开展现场检查",
      "完善智能审核规则库"),
    P("p8", "paraphrase", "能不能缩短病人排队等候的时间?", "缩短群众候诊时间"),
    # figures, dates, leads
    P("f1", "figure", "南港区的民生实事完成率是多少?", "完成率61.8%"),
    P("f2", "figure", "全市一共问责了多少人?", "共问责11人"),
    P("f3", "figure", "北塘区问责了几个人?", "北塘区4人"),
    P("f4", "figure", "督查发现的问题整改率是多少?", "整改率84.4%"),
    P("f5", "figure", "家庭医生签约率要达到多少?", "签约率达到75%以上"),
    P("f6", "figure", "传染病监测预警由哪个科室牵头?", "疾病预防控制科"),
    P("f7", "figure", "卫生应急演练一年要搞几次?", "全年组织应急演练不少于2次"),
    P("f8", "figure", "统计工作会议哪天开?", "2024年1月18日"),
    P("f9", "figure", "生态环境局是什么时候被巡察的?", "2023年3月15日至5月20日"),
    P("f10", "figure", "林业局恢复了多少亩林地?", "恢复林地植被86亩"),
    P("f11", "figure", "住建局的老旧小区改造由哪个科室负责?", "城市更新科"),
    P("f12", "figure", "东湖县的完成率是多少?", "完成率89.3%"),
    P("f13", "figure", "审计项目质量控制哪个科室牵头?", "法规审理科"),
    P("f14", "figure", "教育局新增了多少个学位?", "新增学位1800个"),
    P("f15", "figure", "配套资金到位率是多少?", "配套资金到位率不足60%"),
    P("f16", "figure", "卫生应急物资要储备多少天的量?", "满足全区30天使用需求"),
    # near-miss negatives: the topic is there, the asked thing is not
    P("n1", "negative", "南港区被问责的是哪些人, 叫什么名字?"),
    P("n2", "negative", "东湖县问责了多少人?"),
    P("n3", "negative", "青山区卫生健康委员会2023年的工作要点有哪些?"),
    P("n4", "negative", "统计工作会议一共有多少人参加?"),
    P("n5", "negative", "生态护林员每个月工资多少钱?"),
    P("n6", "negative", "民生实事项目总投资是多少亿元?"),
    P("n7", "negative", "西岭县老旧小区加装电梯完成了多少部?"),
    P("n8", "negative", "家庭医生签约服务费每人每年多少元?"),
    P("n9", "negative", "江州市卫生健康委员会今年的工作要点是什么?"),
)

# Written after the fixes found with the questions above, and asked once: the part of the
# probe no fix has looked at (its first run is the number to quote).
FRESH: tuple[Probe, ...] = (
    P("r1", "list", "哪些单位修订了管理办法?", "修订《公路工程设计变更管理办法》",
      "修订环卫作业考核办法", need="all"),
    P("r2", "list", "哪些单位约谈了企业或平台?", "约谈辖区3家网络订餐平台负责人",
      "对12家维保单位进行了约谈"),
    P("r3", "figure", "县教育局查处了几家违规收费的机构?", "查处违规收费机构6家"),
    P("r4", "figure", "养老机构查出了多少处隐患?", "督促整改隐患58处"),
    P("r5", "figure", "撤销了多少家社会组织?", "撤销登记社会组织14家"),
    P("r6", "figure", "工程审批时限压缩到多少天?", "审批时限压缩至60个工作日以内"),
    P("r7", "figure", "全县有多少个村卫生室?", "对全县186个村卫生室"),
    P("r8", "figure", "防汛物资储备由哪个科室负责?", "财务科"),
    P("r9", "figure", "雨水情监测站点要更新多少处?", "更新改造雨水情自动监测站点35处"),
    P("r10", "figure", "统计工作会议在哪里开?", "市统计局三楼会议室"),
    P("r11", "figure", "参会人员名单什么时候报?", "1月15日前"),
    P("r12", "paraphrase", "春节期间值班有什么要求?", "严格执行24小时值班和领导带班制度"),
    P("r13", "paraphrase", "怎么防止医生收回扣?", "严查收受回扣行为"),
    P("r14", "figure", "农村供水工程让多少群众受益?", "受益群众4.2万人"),
    P("r15", "figure", "城管拆了多少块违规广告牌?", "拆除违规广告牌213块"),
    P("r16", "negative", "县应急管理局春节前检查了多少家企业?"),
    P("r17", "negative", "南港区加装电梯总投资多少?"),
    P("r18", "negative", "某市公安局的巡察整改情况怎么样?"),
    P("r19", "negative", "生态环境局问责了多少人?"),
    P("r20", "negative", "东湖县农村供水工程花了多少钱?"),
)

FRESH_CHATS: tuple[Chat, ...] = (
    Chat("rc1", "topic switch in one notice", (
        P("rc1#1", "figure", "县教育局新增了多少学位?", "新增学位1800个"),
        P("rc1#2", "figure", "建了多少套教师周转宿舍?", "建设教师周转宿舍120套"),
    )),
    Chat("rc2", "lead then deadline", (
        P("rc2#1", "figure", "市水务局签订防汛责任书由哪个部门负责?", "防汛办"),
        P("rc2#2", "figure", "什么时候要完成?", "2024年4月30日前"),
    )),
    Chat("rc3", "place then pronoun", (
        P("rc3#1", "figure", "东湖县的完成率是多少?", "完成率89.3%"),
        P("rc3#2", "figure", "那里的农村供水工程受益多少人?", "受益群众4.2万人"),
    )),
    Chat("rc4", "agency switch on a measure", (
        P("rc4#1", "paraphrase", "县农业农村局怎么处理冒领的惠农补贴?", "追回冒领资金并移交纪检部门"),
        P("rc4#2", "paraphrase", "县卫健委对违规发的津补贴怎么处理的?", "违规发放的津补贴已全部清退"),
    )),
)

# A third part, written after the second round of fixes and asked once (--third).
THIRD: tuple[Probe, ...] = (
    P("t1", "figure", "钢铁企业超低排放改造完成了几家?", "12家企业已全部完成有组织排放改造"),
    P("t2", "figure", "双随机抽查比例提高到了多少?", "由15%提高至25%"),
    P("t3", "figure", "网络订餐平台下线了多少家无证商户?", "下线无证经营商户47家"),
    P("t4", "figure", "执法人员持证率现在是多少?", "持证率达到98%"),
    P("t5", "figure", "农村公路建设滞后的项目有多少个?", "对进度滞后的12个项目"),
    P("t6", "figure", "规范往来款项这项工作由哪些处室负责?", "财务处", "审计处",
      need="all"),
    P("t7", "figure", "防汛抢险突击队一年要演练几次?", "开展实战化演练不少于2次"),
    P("t8", "figure", "建筑工地装了多少套在线监测设备?", "安装在线监测设备320套"),
    P("t9", "figure", "新增了几个乡镇快检室?", "新增乡镇快检室6个"),
    P("t10", "list", "哪些单位对客运站或者校舍开展了安全隐患排查?", "对全县5个客运站开展安全隐患再排查",
      "对全县学校校舍开展全面排查", need="all"),
    P("t11", "paraphrase", "渣土车乱跑怎么管?", "开展渣土车专项整治"),
    P("t12", "negative", "客运站安全隐患排查发现了多少处隐患?"),
    P("t13", "negative", "县交通运输局2022年的巡察整改通报说了什么?"),
    P("t14", "negative", "超低排放改造花了多少钱?"),
    P("t15", "negative", "医保基金专项整治追回了多少资金?"),
)

THIRD_CHATS: tuple[Chat, ...] = (
    Chat("tc1", "agency switch on a deadline", (
        P("tc1#1", "figure", "县农业农村局的动物防疫问题什么时候整改到位?", "2024年9月底前"),
        P("tc1#2", "figure", "县交通运输局的客运站隐患呢?", "2024年9月底前"),
    )),
    Chat("tc2", "ordinal into a table", (
        P("tc2#1", "list", "县交通运输局反馈了哪些问题?", "农村公路养护资金拨付滞后",
          "工程项目变更管理不规范", need="all"),
        P("tc2#2", "figure", "第二个问题由谁负责?", "路政大队", "运管所", need="all"),
    )),
    Chat("tc3", "topic then near-miss", (
        P("tc3#1", "figure", "城管划定了多少条严管路段?", "划定58条严管路段"),
        P("tc3#2", "negative", "设了多少个停车泊位?"),
    )),
)

# A fourth part, written after the third round of fixes with two more notices of layouts the
# probe lacked (tests/data/heldout/03: a markdown table of 销号/仍在办理 items; 04: a 工作要点 with
# 【】 headings, （一） labels and 一是/二是 runs), asked once (--fourth).
FOURTH: tuple[Probe, ...] = (
    # lists across agencies, in words none of them uses
    P("q1", "list", "哪些单位把被冒领的钱追回来了?", "追回冒领资金并移交纪检部门",
      "追回冒领养老金19.2万元", need="all"),
    P("q2", "list", "哪些单位给场所添了消防设施?", "为12处县级以上文物保护单位安装消防和监控设施",
      "为养老机构配备简易喷淋设施", need="all"),
    P("q3", "list", "哪些单位开通了投诉举报的渠道?", "公布举报电话", "开通投诉处理绿色通道",
      "畅通12345旅游投诉渠道", need="all"),
    P("q4", "list", "哪些单位取消了机构的资格或者注销了机构?", "取消2家培训机构定点资格",
      "撤销登记社会组织14家", need="all"),
    P("q5", "list", "哪些单位缩短了办事或者办案的时间?", "审批时限压缩至60个工作日以内",
      "平均结案周期缩短至35天", need="all"),
    P("q6", "list", "哪些单位要求每个月报送工作进展?", "每月底前报送工作进展",
      "每月5日前向厅巡视整改办报送整改进展情况", "每月25日前报送工作台账", need="all"),
    # everyday words for official terms
    P("q7", "paraphrase", "有企业多领了稳岗补贴, 人社局是怎么处理的?", "追回重复发放资金73.5万元"),
    P("q8", "paraphrase", "人去世了家里还在领养老金, 这个怎么堵住?", "每月交换死亡信息"),
    P("q9", "paraphrase", "旅游团逼游客买东西的事谁来管?", "查处强迫购物",
      "县文化市场综合行政执法大队"),
    P("q10", "paraphrase", "怎么防止培训机构虚报人数套补贴?", "视频监控和人脸识别签到"),
    P("q11", "paraphrase", "劳动仲裁的案子拖得太久, 有什么办法?", "推行简案快审"),
    P("q12", "paraphrase", "农民工工资的专门账户开了多少?", "开设率由72%提升至100%"),
    # figures, dates, offices
    P("q13", "figure", "桐溪县今年要新增多少家星级民宿?", "新增星级民宿15家"),
    P("q14", "figure", "送戏下乡一年要送多少场?", "全年送戏下乡不少于150场"),
    P("q15", "figure", "不可移动文物多久巡查一次?", "87处不可移动文物开展安全巡查，每季度一次"),
    P("q16", "figure", "非遗传承这块由哪个单位承办?", "非遗保护中心"),
    P("q17", "figure", "旅游投诉办结率要保持在多少?", "投诉办结率保持在98%以上"),
    P("q18", "figure", "宁安市人社局被审计指出了几个问题?", "指出问题6个"),
    P("q19", "figure", "人力资源服务机构检查了多少家?", "已检查机构63家"),
    P("q20", "figure", "东莞市应急管理局收回了多少台执法手机?", "已收回99台执法手机"),
    P("q21", "figure", "中山市建了多少个林火视频监控点位?", "70个点位97路高空林火远程视频监控点位"),
    P("q22", "figure", "浙江省应急管理厅的整改领导小组组长是谁?", "凌志峰厅长任组长"),
    P("q23", "figure", "县林业局解聘了多少名不符合条件的护林员?", "解聘不符合条件人员9名"),
    # near-miss negatives
    P("q24", "negative", "人社局取缔了多少家无证经营的中介机构?"),
    P("q25", "negative", "送戏下乡一共花了多少钱?"),
    P("q26", "negative", "桐溪县文化和旅游局2023年的工作要点有哪些?"),
    P("q27", "negative", "追回的冒领养老金涉及多少人?"),
    P("q28", "negative", "江州市文化和旅游局今年的工作重点是什么?"),
    P("q29", "negative", "桐溪县一共有多少家A级景区?"),
)

FOURTH_CHATS: tuple[Chat, ...] = (
    Chat("qc1", "list, ordinal, status", (
        P("qc1#1", "list", "宁安市人社局被审计指出了哪些问题?", "部分企业重复领取稳岗返还资金",
          "劳动人事争议仲裁案件结案周期偏长", need="all"),
        P("qc1#2", "figure", "第四个问题由哪个单位负责?", "社会保险事业中心"),
        P("qc1#3", "figure", "什么时候完成?", "2024年6月底前"),
    )),
    Chat("qc2", "figure then office", (
        P("qc2#1", "figure", "桐溪县要新认定多少名非遗传承人?", "新认定县级非遗代表性传承人20名"),
        P("qc2#2", "figure", "这项工作由谁承办?", "非遗保护中心"),
    )),
    Chat("qc3", "agency switch on a measure", (
        P("qc3#1", "paraphrase", "县林业局项目资金拨得慢的问题整改得怎么样?",
          "剩余2个项目资金拟于2024年12月底前拨付到位"),
        P("qc3#2", "paraphrase", "县交通运输局的资金拨付问题呢?", "建立养护资金季度拨付机制"),
    )),
    Chat("qc4", "measure then near-miss", (
        P("qc4#1", "paraphrase", "人社局对虚报培训人数的机构怎么处理的?", "取消2家培训机构定点资格"),
        P("qc4#2", "negative", "追回了多少培训补贴?"),
    )),
    Chat("qc5", "topic switch in one notice", (
        P("qc5#1", "figure", "东莞市应急管理局收回了多少台执法手机?", "已收回99台执法手机"),
        P("qc5#2", "figure", "遗失了几台?", "其余11台遗失"),
    )),
)

CHATS: tuple[Chat, ...] = (
    Chat("c1", "agency switch, figure carried", (
        P("c1#1", "figure", "南港区的民生实事完成率是多少?", "完成率61.8%"),
        P("c1#2", "figure", "那东湖县呢?", "完成率89.3%"),
        P("c1#3", "figure", "北塘区呢?", "完成率64.3%"),
    )),
    Chat("c2", "agency switch, count", (
        P("c2#1", "figure", "县交通运输局被反馈了几个问题?", "反馈问题4个"),
        P("c2#2", "figure", "县林业局呢?", "反馈的5个问题"),
    )),
    Chat("c3", "topic switch in one notice", (
        P("c3#1", "figure", "青山区卫健委的家庭医生签约率目标是多少?", "签约率达到75%以上"),
        P("c3#2", "figure", "门诊预约就诊率呢?", "门诊预约就诊率达到70%以上"),
    )),
    Chat("c4", "ordinal", (
        P("c4#1", "list", "青山区卫健委在提升应急处置能力方面有哪些任务?",
          "修订突发公共卫生事件应急预案", "充实卫生应急物资储备", need="all"),
        P("c4#2", "figure", "第二条由哪个科室牵头?", "规划财务科"),
    )),
    Chat("c5", "similar practice elsewhere", (
        P("c5#1", "paraphrase", "县农业农村局怎么解决防疫队伍力量薄弱的问题?",
          "通过公开招聘补充村级防疫员"),
        P("c5#2", "list", "其他单位有没有类似的做法?", "补充环境监测专业技术人员8名",
          "通过招录、遴选补充执法人员"),
    )),
    Chat("c6", "pronoun", (
        P("c6#1", "paraphrase", "市住建局对物业服务企业监管缺位是怎么整改的?",
          "建立物业服务企业信用评价体系"),
        P("c6#2", "figure", "它什么时候要完成?", "2024年3月底前"),
        P("c6#3", "figure", "现在进展怎么样?", "正在推进"),
    )),
    Chat("c7", "agency switch then topic switch", (
        P("c7#1", "figure", "江州市督查一共发现了多少问题?", "督查共发现问题45个"),
        P("c7#2", "figure", "西岭县呢?", "督查发现问题12个"),
        P("c7#3", "figure", "那里问责了几个人?", "西岭县2人"),
    )),
    Chat("c8", "near-miss follow-up", (
        P("c8#1", "figure", "县医疗保障局要检查多少家定点医药机构?", "86家定点医药机构"),
        P("c8#2", "negative", "查出了多少骗保金额?"),
    )),
)


# Written on 2026-12-05 (session three of that day) with two notices no rule had seen
# (tests/data/heldout/05: a 整改进展通报 whose items carry "（牵头科室：…；完成时限：…；进展：…）";
# 06: a report laid out as labelled lines, 问题N / 整改措施 / 责任股室 / 整改时限 / 整改进展), before
# asking any of it; its first run is the number to quote.
FIFTH: tuple[Probe, ...] = (
    # lists across agencies, in words none of them uses
    P("v1", "list", "哪些单位把执法人员没证的问题解决了?", "新取得执法证件23人",
      "组织未持证人员参加执法资格考试", need="all"),
    P("v2", "list", "哪些单位重新梳理了廉政风险点?", "岗位廉政风险点64个", "全面排查岗位廉政风险点86个",
      need="all"),
    P("v3", "list", "哪些单位清退或者查了多报的差旅费?", "清退超标准报销差旅费1.8万元",
      "全面清理2022年以来差旅费、培训费报销凭证", need="all"),
    P("v4", "list", "哪些单位加快了群众投诉的处理?", "价格类投诉平均办结时间由12天缩短至5天",
      "开通投诉处理绿色通道", need="all"),
    P("v5", "list", "各单位是怎么管电梯安全的?", "新录入监管系统的特种设备326台",
      "开展电梯维保质量专项检查", need="all"),
    P("v6", "list", "哪些单位让年轻干部到基层去锻炼?", "到乡镇自然资源所和信访一线挂职锻炼",
      "共安排11名干部下基层挂职锻炼", need="all"),
    # everyday words for official terms
    P("v7", "paraphrase", "临川自然资源局对乱占耕地的是怎么处理的?", "已拆除复耕163宗"),
    P("v8", "paraphrase", "企业办测绘要跑好几个部门, 临川是怎么改的?", "成果一次提交、多部门共享"),
    P("v9", "paraphrase", "安平县农村办酒席的吃饭安全谁来管、怎么管?", "建立农村集体聚餐备案和上门指导制度"),
    P("v10", "paraphrase", "菜市场的秤不准, 安平市场监管局做了什么?", "检定电子秤1560台"),
    P("v11", "paraphrase", "土地款拖着不交的企业, 临川是怎么办的?", "对3家逾期不缴的企业依法解除出让合同"),
    P("v12", "paraphrase", "安平市场监管局怎么帮小企业贷到款?", "知识产权质押融资4800万元"),
    # figures, dates, offices, people
    P("v13", "figure", "临川自然资源局巡察反馈了多少个问题?", "指出4个方面14个问题"),
    P("v14", "figure", "临川追缴了多少土地出让金?", "追缴欠缴土地出让金2.36亿元"),
    P("v15", "figure", "临川信访件的按期办结率是多少?", "按期办结率98.4%"),
    P("v16", "figure", "安平县特种设备排查由哪个股室负责?", "特种设备安全监察股"),
    P("v17", "figure", "安平市场监管局档案数字化整理什么时候完成?", "2025年8月31日前"),
    P("v18", "figure", "临川国土空间总体规划是什么时候获批的?", "2024年9月获省政府批复"),
    P("v19", "figure", "临川自然资源局巡察整改领导小组组长是谁?", "局长魏东亮任组长"),
    P("v20", "figure", "安平县培训了多少人次乡村厨师?", "培训乡村厨师214人次"),
    # near-miss negatives
    P("v21", "negative", "临川自然资源局被提醒谈话的2名责任人叫什么名字?"),
    P("v22", "negative", "安平市场监管局的罚没款里有多少上缴了财政?"),
    P("v23", "negative", "安平县一共有多少部电梯?"),
    P("v24", "negative", "临川市自然资源和规划局2021年的巡察整改情况怎么样?"),
    P("v25", "negative", "平川县市场监督管理局的整改报告有哪些内容?"),
    P("v26", "negative", "临川的测绘成果共享平台花了多少钱?"),
    # the notices' structure
    P("v27", "figure", "安平县市场监管局反馈的问题都整改完了吗?", "正在推进，已完成排查乡镇11个"),
    P("v28", "figure", "临川自然资源局的整改通报是哪天印发的?", "2024年12月6日"),
    P("v29", "figure", "临川自然资源局和安平县市场监管局的整改材料哪个发得早?", "2024年12月6日",
      "2025年4月10日", need="all"),
    P("v30", "list", "安平县市场监管局哪些问题需要长期坚持?", "小微企业帮扶政策落实不到位",
      "党风廉政建设主体责任传导不够", need="all"),
)

FIFTH_CHATS: tuple[Chat, ...] = (
    Chat("vc1", "agency switch on a measure", (
        P("vc1#1", "paraphrase", "安平市场监管局对执法人员没证的问题怎么整改的?", "新取得执法证件23人"),
        P("vc1#2", "paraphrase", "那区市场监管局呢?", "组织未持证人员参加执法资格考试"),
    )),
    Chat("vc2", "list then ordinal office", (
        P("vc2#1", "list", "临川自然资源局在全面从严治党方面有哪些问题?", "廉政风险防控存在薄弱环节",
          "土地出让金征收管理不规范", "公务接待和差旅报销审核不严", need="all"),
        P("vc2#2", "figure", "第二个问题由哪个科室牵头?", "财务审计科"),
    )),
    Chat("vc3", "figure then near-miss", (
        P("vc3#1", "figure", "安平县对不合格食品立了多少案?", "立案查处17件"),
        P("vc3#2", "negative", "罚没款里有多少退给了企业?"),
    )),
    Chat("vc4", "progress then when and who", (
        P("vc4#1", "paraphrase", "临川的国土空间规划编制进展如何?", "12个乡镇级规划完成初稿9个"),
        P("vc4#2", "figure", "什么时候要完成?", "2025年3月底前"),
        P("vc4#3", "figure", "谁牵头?", "国土空间规划科"),
    )),
    Chat("vc5", "deadline then item switch", (
        P("vc5#1", "figure", "安平市场监管局计量器具检定的问题什么时候整改完?", "2025年4月30日前"),
        P("vc5#2", "figure", "那档案管理的问题呢?", "2025年8月31日前"),
    )),
)


# A sixth part, written on 2026-12-05 after the fifth round, blind to the code, with two more
# notices (tests/data/heldout/07: a 工作要点 in 第一部分…第六部分 parts of numbered tasks, each
# ending "责任股室：…" and sometimes "配合单位：…"; 08: a 巡察整改 markdown table 序号|问题|整改措施|
# 责任科室|完成时限|进展 between prose sections), asked once (--sixth).
SIXTH: tuple[Probe, ...] = (
    # lists across agencies, in words none of them uses
    P("w1", "list", "哪些单位的公车装了卫星定位?", "公务用车全部安装北斗定位",
      "新购入的公车已加装“北斗”定位系统", need="all"),
    P("w2", "list", "哪些单位的党支部例会和党课没按规定开?", "党支部“三会一课”落实不严格",
      "党支部“三会一课”制度落实不严格", "党组织“三会一课”制度落实不到位", need="all"),
    P("w3", "list", "哪些单位公开招人来补专业技术力量?", "公开招聘粮油检验、仓储管理专业技术人员6名",
      "补充环境监测专业技术人员8名", need="all"),
    P("w4", "list", "哪些单位把乱报销的钱要回来了?", "追回违规报销油费及维修费4.2万元",
      "清退超标准报销差旅费1.8万元", "收回违规报销金额550元", need="all"),
    P("w5", "list", "哪些单位帮人从银行借到钱?", "单户贷款额度最高50万元", "知识产权质押融资4800万元",
      need="all"),
    P("w6", "list", "哪些单位在加快处理群众上访?", "21件信访积案实行局领导包案",
      "24小时响应、7日内答复、30日内办结", need="all"),
    # everyday words for official terms
    P("w7", "paraphrase", "当过兵的人想学开叉车, 梅岭县有培训吗?", "电工、叉车、无人机驾驶、养老护理"),
    P("w8", "paraphrase", "退伍的人想自己做生意, 梅岭县有什么扶持?", "设立梅岭县退役军人创业孵化基地",
      "单户贷款额度最高50万元"),
    P("w9", "paraphrase", "粮库账上有粮实际没那么多, 长汀是怎么处理的?", "责令限期补库1.26万吨"),
    P("w10", "paraphrase", "收粮的时候压价、拖着不给农民钱, 长汀怎么管的?", "督促兑付拖欠农民售粮款83.7万元"),
    P("w11", "paraphrase", "偏远乡镇遇到灾买不到粮怎么办, 长汀有什么安排?", "新增粮食应急供应网点12个"),
    P("w12", "paraphrase", "退伍军人遇到纠纷请不起律师, 梅岭县怎么帮?", "聘请3名执业律师轮流坐班"),
    # figures, dates, offices
    P("w13", "figure", "梅岭县自主就业退役士兵的一次性经济补助县里给多少?", "县级补助标准提高到每人1.2万元"),
    P("w14", "figure", "梅岭县在册的重点优抚对象有多少人?", "重点优抚对象1463人"),
    P("w15", "figure", "长汀粮储局被巡察指出了多少问题?", "共指出3个方面12个问题"),
    P("w16", "figure", "长汀粮库仓房维修改造争取到多少资金?", "争取中央和省级资金1860万元"),
    P("w17", "figure", "长汀的应急物资储备品种增加到了多少种?", "储备品种由28种增加到41种"),
    P("w18", "figure", "梅岭县光荣院改造要花多少钱?", "改造资金156万元"),
    P("w19", "figure", "梅岭县零散烈士墓迁葬修缮由哪个股室负责?", "褒扬纪念股"),
    P("w20", "figure", "长汀的储备费用补贴现在多久拨一次?", "季度结束后20日内拨付"),
    # near-miss negatives
    P("w21", "negative", "梅岭县退役军人专场招聘会哪天举办?"),
    P("w22", "negative", "长汀粮储局被诫勉谈话的责任人叫什么名字?"),
    P("w23", "negative", "梅岭县2023年接收安置了多少退役士兵?"),
    P("w24", "negative", "长汀市粮食和物资储备局2025年的工作要点有哪些?"),
    P("w25", "negative", "梅岭县光荣院现在住了多少人?"),
    P("w26", "negative", "白水县退役军人事务局今年的工作重点是什么?"),
    # the notices' structure
    P("w27", "list", "梅岭县2025年退役军人工作要点分成哪几个部分?", "第一部分 移交安置",
      "第二部分 就业创业", "第三部分 优抚帮扶", "第四部分 权益维护", "第五部分 褒扬纪念",
      "第六部分 服务保障体系", need="all"),
    P("w28", "figure", "长汀粮储局巡察反馈的问题都整改完了吗?", "已完成整改9个，基本完成2个，需长期坚持1个"),
    P("w29", "figure", "梅岭县退役军人事务局和长汀粮储局的文件哪个印发得早?", "2025年3月5日",
      "2025年7月8日", need="all"),
    P("w30", "figure", "长汀粮储局哪个问题需要长期坚持?", "落实全面从严治党主体责任压力传导层层递减"),
)

SIXTH_CHATS: tuple[Chat, ...] = (
    Chat("wc1", "agency switch on a measure", (
        P("wc1#1", "paraphrase", "长汀粮储局公车私用的问题是怎么整改的?", "收回个人持有的加油卡7张"),
        P("wc1#2", "paraphrase", "那东莞市应急管理局的公车问题呢?", "新购入的公车已加装“北斗”定位系统"),
    )),
    Chat("wc2", "list then ordinal partner", (
        P("wc2#1", "list", "梅岭县在退役军人就业创业方面有哪些任务?", "拓宽就业渠道", "提升技能培训实效",
          "扶持创业项目", need="all"),
        P("wc2#2", "figure", "第三条由哪个单位配合?", "县农商银行"),
    )),
    Chat("wc3", "deadline then item switch", (
        P("wc3#1", "figure", "长汀储备粮账实不符的问题什么时候整改完?", "2025年3月31日前"),
        P("wc3#2", "figure", "那应急供应网点布局的问题呢?", "2025年9月30日前"),
    )),
    Chat("wc4", "figure then near-miss", (
        P("wc4#1", "figure", "梅岭县今年计划帮多少退役军人就业?", "全年帮助300名退役军人实现就业"),
        P("wc4#2", "negative", "其中通过招聘会找到工作的有多少人?"),
    )),
    Chat("wc5", "progress then who and when", (
        P("wc5#1", "paraphrase", "长汀粮库设施老化的问题整改得怎么样了?", "5个库点已完工4个"),
        P("wc5#2", "figure", "谁负责?", "规划建设科"),
        P("wc5#3", "figure", "什么时候完成?", "2025年10月31日前"),
    )),
)


# A seventh part, written blind to the code, with two more notices (tests/data/heldout/09: a
# 巡察整改情况报告 whose problems are "（一）…" headings followed by 整改措施/整改结果/责任领导/
# 责任股室/完成时间 lines and a 整改总体成效 paragraph with totals; 10: a 实施方案 of 一、…五、 parts
# whose （一）…（八） tasks end in "（牵头单位：…；责任单位：…）", with 时间安排 stages and
# 保障措施), asked once (--seventh).
SEVENTH: tuple[Probe, ...] = (
    # lists, some across agencies, in words none of them uses
    P("x1", "list", "哪些单位买东西时把项目拆开来躲避招标或集中采购?", "部分项目化整为零规避招标",
      "拆分金额规避集中采购", need="all"),
    P("x2", "list", "哪些单位请了外面的专业机构来整理档案?", "聘请专业档案整理机构",
      "委托第三方档案服务机构", "已通过购买专业服务,全面完成档案专项审查", need="all"),
    P("x3", "list", "云溪市县域商业的上级补助资金按哪些因素分到各县区?", "项目建设数量占60%",
      "农村常住人口占30%", "上年度绩效评价结果占10%", need="all"),
    P("x4", "list", "云溪市县域商业体系建设分几个阶段推进?", "动员部署阶段", "组织实施阶段",
      "验收评估阶段", need="all"),
    P("x5", "list", "云溪市县域商业方案里市商务局流通发展科牵头的是哪几项任务?",
      "把县城商业中心建起来", "把乡镇商贸中心补起来", "让龙头企业沉下去", need="all"),
    P("x6", "list", "哪些单位对有问题的干部做了诫勉谈话?", "化整为零项目的责任人进行诫勉谈话",
      "对1名经办人进行诫勉谈话", "对人事档案存在问题的2名同志开展诫勉谈话", need="all"),
    # everyday words for official terms
    P("x7", "paraphrase", "禾丰县村里帮人调解纠纷, 调成一件给多少补贴?", "由每件50元提高到每件80元"),
    P("x8", "paraphrase", "判了缓刑在外面的人有跑得找不到的, 禾丰县司法局怎么处理的?",
      "对2名脱管对象依法提请撤销缓刑"),
    P("x9", "paraphrase", "给穷人打官司的律师补贴有人多领了, 禾丰县追回来多少?", "追回补贴资金3.62万元"),
    P("x10", "paraphrase", "禾丰县有乡镇把司法所的办公经费挪去用了, 后来怎么解决的?",
      "督促2个乡镇归还被挤占挪用的经费9.4万元"),
    P("x11", "paraphrase", "云溪市农村寄快递要好几天才到, 有什么办法提速?", "由目前的72小时缩短到48小时以内"),
    P("x12", "paraphrase", "云溪市村口的小卖部要是升级改造, 政府补多少钱?", "每个给予一次性补助2万元"),
    P("x13", "paraphrase", "云溪市夏天水果一多就放不住卖不掉, 方案里有什么支持?", "建设产地冷藏保鲜设施50个"),
    # figures, dates, offices
    P("x14", "figure", "禾丰县司法局这次被巡察出多少问题?", "指出3个方面13个问题"),
    P("x15", "figure", "禾丰县司法局巡察整改的完成率是多少?", "整改完成率76.9%"),
    P("x16", "figure", "禾丰县智慧矫正平台跟公安、法院的数据对接什么时候能弄好?", "预计2025年10月底前完成对接"),
    P("x17", "figure", "禾丰县清理行政规范性文件, 废止了几件?", "废止9件、修改14件"),
    P("x18", "figure", "禾丰县培养了多少个法律明白人?", "“法律明白人”1560名"),
    P("x19", "figure", "云溪市今年县域商业建设总共投多少钱, 中央资金争取多少?", "全年计划投入建设资金6000万元",
      "争取中央财政服务业发展资金4000万元", need="all"),
    P("x20", "figure", "云溪市冷藏保鲜设施一个项目最多补多少钱?", "单个项目补助最高不超过30万元"),
    P("x21", "figure", "云溪市开客货邮融合线路是哪个部门牵头?", "牵头单位：市交通运输局"),
    P("x22", "figure", "云溪市各县区的资金使用计划要在什么时候前报备?", "4月15日前将资金使用计划报市商务局"),
    P("x23", "figure", "禾丰县法律援助补贴重复申领的问题谁是责任领导?", "责任领导：刘志勇"),
    # near-miss negatives
    P("x24", "negative", "禾丰县司法局被诫勉谈话的那个经办人叫什么名字?"),
    P("x25", "negative", "禾丰县2024年全年调解了多少矛盾纠纷?"),
    P("x26", "negative", "云溪市每个乡镇商贸中心补助多少钱?"),
    P("x27", "negative", "云溪市2024年县域商业体系建设实施方案定了哪些目标?"),
    P("x28", "negative", "禾丰县智慧矫正信息化监管平台建设花了多少钱?"),
    P("x29", "negative", "云溪市的消费券每人能领多少?"),
    # the notices' structure
    P("x30", "figure", "禾丰县司法局巡察反馈的哪个问题需要长期坚持?", "“谁执法谁普法”责任制落实不到位"),
)

SEVENTH_CHATS: tuple[Chat, ...] = (
    Chat("xc1", "agency switch on a measure", (
        P("xc1#1", "paraphrase", "禾丰县司法局采购拆单的问题是怎么整改的?", "制定《局机关采购管理内部控制制度》"),
        P("xc1#2", "paraphrase", "那长汀粮储局的采购问题呢?", "修订局机关政府采购内部控制规程"),
    )),
    Chat("xc2", "list then ordinal measure", (
        P("xc2#1", "list", "云溪市县域商业方案的保障措施有哪些?", "加强组织领导", "强化资金监管", "压实工作责任",
          "做好宣传引导", "防范项目风险", need="all"),
        P("xc2#2", "figure", "第三项怎么考核?", "分值为2分"),
    )),
    Chat("xc3", "progress then who and when", (
        P("xc3#1", "paraphrase", "禾丰县村里调委会有名无实的问题整改得怎么样了?", "整顿“空壳”调委会23个"),
        P("xc3#2", "figure", "谁负责?", "责任领导：吴振东", "人民参与和促进法治股"),
        P("xc3#3", "figure", "什么时候完成?", "完成时间：2025年6月30日"),
    )),
    Chat("xc4", "figure then near-miss", (
        P("xc4#1", "figure", "云溪市今年要改多少个村级便民商店?", "村级便民商店260个"),
        P("xc4#2", "negative", "其中沙湾县分到多少个?"),
    )),
    Chat("xc5", "list then ordinal, when and who", (
        P("xc5#1", "list", "禾丰县司法局巡察整改还没完成的是哪些问题?", "社区矫正监管存在漏洞",
          "基层司法所人员力量薄弱", need="all"),
        P("xc5#2", "figure", "第二个什么时候能完成?", "预计2025年12月底前到岗", "完成时间：2025年12月31日"),
        P("xc5#3", "figure", "谁是责任领导?", "责任领导：王立新"),
    )),
)


# An eighth part, written blind to the code by a helper (session of 2026-12-05, fifth), with
# two more notices (tests/data/heldout/11: a 巡察整改进展情况的通报 whose problems are numbered "1."
# under "（一）…方面" headings, each one prose paragraph naming its lead 股室 and leader inline
# and ending with its status; 12: a 工作方案 whose numbered tasks end in "责任单位：…，完成时限：…",
# with 保障措施), asked once (--eighth) before any fix.
EIGHTH: tuple[Probe, ...] = (
    # lists, some across agencies, in words neither notice uses
    P("e1", "list", "哪些单位上门查过消防、煤气这类安全隐患?",
      "对城区1340家餐饮场所开展燃气安全全覆盖检查",
      "每半年开展一次托育机构消防、食品、房屋安全专项检查", need="all"),
    P("e2", "list", "哪些单位让老百姓不用跑腿、在网上就能把事办了?", "上线公租房租金线上缴费功能",
      "上线“澄江托育”小程序", need="all"),
    P("e3", "list", "哪些单位帮打工的讨回了被拖欠的工钱?", "为412名农民工追回工资683.5万元"),
    P("e4", "list", "哪些单位把多发给职工的钱收回来了?", "违规发放津补贴共计14.8万元，已全部清退"),
    P("e5", "list", "澄江市托育方案靠哪几条措施来保证落实?", "加强组织领导", "强化资金保障",
      "严格督导考核", "营造良好氛围", need="all"),
    P("e6", "list", "澄江市托育方案里委人口监测与家庭发展科要参与哪几项任务?",
      "建设公办综合托育服务中心", "鼓励用人单位办托", "加强托育人才培养", need="all"),
    # the notices' structure
    P("e7", "list", "枫林县住建局巡察整改还在推进、没干完的是哪几个问题?", "老旧小区改造进度滞后",
      "商品房“办证难”问题化解缓慢", "城区燃气安全隐患排查整治不彻底", need="all"),
    P("e8", "list", "枫林县住建局哪些问题要长期坚持整改?", "工程招投标监管存在漏洞",
      "党员教育管理宽松软", need="all"),
    # everyday words for official terms
    P("e9", "paraphrase", "枫林县住公租房的人拖着房租不交, 住建局追回来多少?", "已追缴租金52.3万元"),
    P("e10", "paraphrase", "枫林县买了房好多年拿不到房产证, 现在解决了多少户?",
      "2860户群众拿到不动产权证书"),
    P("e11", "paraphrase", "枫林县饭店用煤气不安全, 住建局采取了什么措施?", "燃气泄漏报警装置1120台"),
    P("e12", "paraphrase", "澄江市家里老二、老三送托儿所, 费用能便宜多少?", "保育费分别减免10%、20%"),
    P("e13", "paraphrase", "澄江市在小区里开小托儿所, 政府按每个位子补多少钱?",
      "按每个托位3000元给予一次性建设补助"),
    P("e14", "paraphrase", "澄江市托儿所里的孩子有没有医生定期来看?", "每季度至少入园巡诊1次"),
    # figures, dates, offices, persons
    P("e15", "figure", "枫林县住建局这次被巡察指出多少问题?", "反馈了4个方面12个问题"),
    P("e16", "figure", "枫林县农村危房改造查出不合规的, 追回多少钱?", "追回补助资金11.5万元"),
    P("e17", "figure", "枫林县老旧小区改造进度慢的问题是哪个股室牵头、谁负责?",
      "城市建设股牵头，分管副局长周某某负责"),
    P("e18", "figure", "枫林县住建局巡察整改一共追回和清退了多少钱?", "共追缴、清退各类资金78.96万元"),
    P("e19", "figure", "枫林县住建局巡察整改领导小组的组长是谁?", "局长陈建华任组长"),
    P("e20", "figure", "澄江市今年要新增多少普惠托位?", "新增普惠性托位2000个"),
    P("e21", "figure", "澄江市普惠托育机构的运营补助标准是多少?", "每人每月200元给予运营补助"),
    P("e22", "figure", "澄江市2025年市级托育专项资金安排了多少?", "托育服务发展专项资金1500万元"),
    P("e23", "figure", "澄江市的托育小程序要在什么时候前上线?", "2025年7月31日"),
    P("e24", "figure", "澄江市托育扩容提质工作专班的组长是谁?", "市卫生健康委主任马文涛"),
    # near-miss negatives
    P("e25", "negative", "枫林县住建局那个公车私用的驾驶员叫什么名字?"),
    P("e26", "negative", "枫林县老旧小区改造每个小区补助多少钱?"),
    P("e27", "negative", "澄江市用人单位给职工办托育, 每个托位补多少钱?"),
    P("e28", "negative", "澄江市2024年新增了多少个普惠托位?"),
    P("e29", "negative", "枫林县老旧燃气管网改造总共投资多少钱?"),
    P("e30", "negative", "澄江市白沙县要建多少个社区嵌入式托育点?"),
)

EIGHTH_CHATS: tuple[Chat, ...] = (
    Chat("ec1", "task then who and when", (
        P("ec1#1", "figure", "澄江市每个公办综合托育服务中心要有多少托位?", "每个中心托位不少于150个"),
        P("ec1#2", "figure", "这项谁负责?", "各县（区）人民政府、市发展改革委"),
        P("ec1#3", "figure", "什么时候完成?", "2025年11月30日"),
    )),
    Chat("ec2", "list then ordinal measure", (
        P("ec2#1", "list", "枫林县住建局在全面从严治党方面被反馈了哪些问题?", "工程招投标监管存在漏洞",
          "公务用车管理不规范", "局属单位违规发放津补贴", need="all"),
        P("ec2#2", "paraphrase", "第一个是怎么整改的?", "推行远程异地评标", "发现疑似围标串标线索3条"),
    )),
    Chat("ec3", "figure then near-miss", (
        P("ec3#1", "figure", "枫林县全县有多少套公租房?", "全县公租房1286套"),
        P("ec3#2", "negative", "其中现在空着的有多少套?"),
    )),
    Chat("ec4", "progress then who and when", (
        P("ec4#1", "paraphrase", "枫林县城区的老燃气管道改造弄到哪一步了?", "已完成11.2公里"),
        P("ec4#2", "figure", "谁负责?", "公用事业股牵头，分管副局长王某某负责"),
        P("ec4#3", "figure", "剩下的什么时候能弄完?", "剩余7.4公里管网预计2025年12月底前完成改造"),
    )),
    Chat("ec5", "agency switch on enforcement", (
        P("ec5#1", "paraphrase", "澄江市没登记备案的托儿所怎么处理?", "17家未备案托育机构限期完成备案或依法取缔"),
        P("ec5#2", "paraphrase", "那枫林县住建局对长期不交房租的租户怎么处理?", "依法启动腾退程序"),
    )),
)


# A ninth part, written blind to the code by a helper (session of 2026-12-05, sixth), with two
# more notices (tests/data/heldout/13: a 巡察整改落实情况报告 in .docx whose core is an eight-column
# table 编号/问题类别/巡察指出的问题/整改举措/牵头科室/分管领导/整改时限/目前进展, with states such as
# "已办结", "持续推进中", "基本完成，…", "部分完成，…", "长期坚持", between a prose introduction
# with totals and a 下一步打算 section; 14: a 专项行动方案 whose "任务1：…任务11：" paragraphs end
# inline in "【责任科室】…【配合单位】…【完成节点】…", with 第一/二/三阶段 stages, a 领导小组 and
# 保障措施), asked once (--ninth) before any fix.
NINTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("g1", "list", "松川市全民健身行动方案里场馆设施科牵头的是哪几项任务?", "建设体育公园和健身步道",
      "推动学校体育场地开放", need="all"),
    P("g2", "list", "松川市全民健身惠民专项行动分成哪几个阶段?", "摸底建账", "集中攻坚", "考核问效",
      need="all"),
    P("g3", "list", "松川市全民健身方案里哪些任务要市教育局配合?", "推动学校体育场地开放",
      "开展青少年暑期免费游泳培训", need="all"),
    P("g4", "list", "桑阳县水利局在贯彻落实上级决策部署方面被巡察指出了哪些问题?",
      "部分村级河湖长巡河流于形式", "农村供水工程重建轻管", "小型水库除险加固进度迟缓",
      "防汛物资储备不足", need="all"),
    P("g5", "list", "桑阳县水利局巡察整改中, 潘建军分管的是哪几个问题?", "小型水库除险加固进度迟缓",
      "防汛物资储备不足", "水利工程质量监管不到位", need="all"),
    P("g6", "list", "桑阳县水利局的巡察整改和松川市的全民健身专项行动, 领导小组组长分别是谁?",
      "邓国梁", "许文斌", need="all"),
    # the notices' structure
    P("g7", "list", "桑阳县水利局巡察整改还在推进、没干完的是哪几个问题?", "小型水库除险加固进度迟缓",
      "水利专项资金拨付缓慢", "专业技术人才断层", need="all"),
    P("g8", "list", "桑阳县水利局哪些问题要长期坚持整改?", "河道采砂监管存在盲区",
      "机关党支部主题党日内容空泛", need="all"),
    # everyday words for official terms
    P("g9", "paraphrase", "桑阳县村里的自来水不干净, 水利局是怎么整改的?", "加装紫外线消毒设备"),
    P("g10", "paraphrase", "桑阳县有人半夜偷偷在河里挖沙, 水利局是怎么管的?", "查处非法采砂案件9起",
      "安装视频监控24路"),
    P("g11", "paraphrase", "桑阳县抽水超过批准用量的企业查出了几家?", "超许可取水的7家企业"),
    P("g12", "paraphrase", "松川市小孩暑假学游泳要不要交钱?", "暑期免费游泳技能培训3000人"),
    P("g13", "paraphrase", "松川市小区里的健身器材坏了, 多久能修好?", "群众报修后48小时内修复或更换"),
    P("g14", "paraphrase", "松川市有高血压的人能不能在社区拿到锻炼身体的方子?", "开具运动处方不少于2000份"),
    # figures, dates, offices, persons
    P("g15", "figure", "桑阳县水利局这次专项巡察被指出了多少个问题?", "指出3个方面共13个问题"),
    P("g16", "figure", "桑阳县水土保持方案没编报就开工的项目一共被罚了多少钱?", "罚款47.5万元"),
    P("g17", "figure", "桑阳县滞留的上级水利资金现在拨付了多少?", "已拨付2130万元"),
    P("g18", "figure", "桑阳县水库水面重新发包后, 一年的承包费提高到了多少?", "31.4万元"),
    P("g19", "figure", "桑阳县水利局巡察整改的日常调度由谁具体负责?", "黄晓帆"),
    P("g20", "figure", "桑阳县三座病险水库除险加固的整改时限是什么时候?", "2025年12月31日"),
    P("g21", "figure", "松川市新建一个社区健身中心, 市级补助多少钱?", "每个中心40万元"),
    P("g22", "figure", "松川市2025年体育消费券安排了多少钱?", "体育消费券资金500万元"),
    P("g23", "figure", "松川市全民健身惠民专项行动领导小组办公室主任是谁?", "龚立新"),
    P("g24", "figure", "松川市社会体育指导员去社区指导一次补贴多少钱?", "每次给予服务补贴50元"),
    # near-miss negatives
    P("g25", "negative", "桑阳县被通报批评的那14名村级河湖长都叫什么名字?"),
    P("g26", "negative", "桑阳县仙人塘等3座病险水库除险加固总投资是多少?"),
    P("g27", "negative", "松川市丰河县要新建几个社区健身中心?"),
    P("g28", "negative", "松川市2024年发放了多少体育消费券?"),
    P("g29", "negative", "松川市第五届全民健身运动会开幕式在哪一天举行?"),
    P("g30", "negative", "桑阳县水利局2024年的巡察整改报告说了什么?"),
)

NINTH_CHATS: tuple[Chat, ...] = (
    Chat("gc1", "task then who and when", (
        P("gc1#1", "figure", "松川市青少年暑期免费游泳培训, 市里按每人多少钱购买服务?", "每人400元"),
        P("gc1#2", "figure", "这项谁负责?", "青少年体育科"),
        P("gc1#3", "figure", "什么时候完成?", "2025年8月25日"),
    )),
    Chat("gc2", "list then ordinal measure", (
        P("gc2#1", "list", "桑阳县水利局在全面从严治党和班子队伍建设方面被指出了哪些问题?",
          "公务接待和差旅费报销把关不严", "机关党支部主题党日内容空泛", "专业技术人才断层",
          need="all"),
        P("gc2#2", "paraphrase", "第二个是怎么整改的?", "每月组织党员到水利工地、河湖一线开展一次志愿服务",
          "建立党员积分管理台账"),
    )),
    Chat("gc3", "agency switch on a contact", (
        P("gc3#1", "figure", "对桑阳县水利局巡察整改有意见建议, 打哪个电话?", "0736-5218490"),
        P("gc3#2", "figure", "那松川市体育局的专项行动呢?", "0745-6632190", "邝雅琴"),
    )),
    Chat("gc4", "figure then near-miss", (
        P("gc4#1", "figure", "松川市今年要新增多少名社会体育指导员?", "新增社会体育指导员1200名"),
        P("gc4#2", "negative", "其中柳塘县要新增多少名?"),
    )),
    Chat("gc5", "progress then who and when", (
        P("gc5#1", "paraphrase", "桑阳县农村供水加装消毒设备弄到哪一步了?", "消毒设备已安装35处"),
        P("gc5#2", "figure", "谁分管?", "韩素英"),
        P("gc5#3", "figure", "什么时候完成?", "2025年9月30日"),
    )),
)


# A tenth part, written blind to the code by a helper (session of 2026-12-05, sixth), with two
# more notices (tests/data/heldout/15: a 巡察整改进展情况通报 published as a government web page in
# .html, site navigation, breadcrumb and footer around a <div class="article"> whose problems sit
# under four "（一）…方面" <h3> headings, each one paragraph in bold labels "问题N：…整改情况：…
# 目前状态：…牵头部门：…", with totals up front, a 下一步工作打算 heading and a 监督 paragraph with
# phone and email; 16: a 民生实事项目清单 in .pdf, a six-column table 项次/实事名称/主要内容及2025年
# 目标/责任主体/协同单位/办结时限 of 12 rows between background figures and 工作要求/保障措施 in
# 一是…五是 paragraphs, ending in a 联系人 line), asked once (--tenth) before any fix.
TENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("h1", "list", "泓州市气象局在落实全面从严治党责任方面被指出了哪些问题?",
      "党组落实全面从严治党主体责任不够有力", "财务管理不规范", "政府采购和合同管理存在漏洞",
      "专业气象服务收入管理不严", need="all"),
    P("h2", "list", "鹤泉县2025年交通民生实事里县公路事业发展中心负责的是哪几项?", "农村公路提质改造",
      "危旧桥梁改造", "公路安全生命防护工程", "农村公路管护提升", need="all"),
    P("h3", "list", "鹤泉县交通运输局靠哪几条措施保证民生实事落实?", "加强组织调度", "强化资金保障",
      "严把质量安全关", "主动接受群众监督", "严格考核评价", need="all"),
    P("h4", "list", "泓州市气象局巡察整改中计划财务科牵头的是哪几个问题?", "财务管理不规范",
      "政府采购和合同管理存在漏洞", need="all"),
    P("h5", "list", "鹤泉县交通民生实事里哪几项要在上半年办完?", "特殊群体乘车优惠", "交通政务服务提速",
      need="all"),
    P("h6", "list", "泓州市气象局在领导班子和干部队伍建设方面被指出了哪些问题?", "干部队伍结构老化",
      "干部人事档案管理不够规范", "基层党组织建设存在薄弱环节", need="all"),
    # the notices' structure
    P("h7", "list", "泓州市气象局巡察整改还在推进、没干完的是哪几个问题?", "人工影响天气作业安全管理存在隐患",
      "专业气象服务收入管理不严", "干部队伍结构老化", "气象探测环境保护问题整改不彻底", need="all"),
    P("h8", "list", "泓州市气象局哪些问题需要长期坚持?", "党组落实全面从严治党主体责任不够有力",
      "整改监督跟进不够及时", need="all"),
    # everyday words for official terms
    P("h9", "paraphrase", "泓州山里有些村子收不到暴雨警报, 气象局是怎么解决的?",
      "新建和更换农村应急广播预警接收终端96套", "村级气象信息员达到1236名"),
    P("h10", "paraphrase", "泓州市人工降雨用的炮弹放过期了, 是怎么处理的?", "清理超过有效期的高炮炮弹142发"),
    P("h11", "paraphrase", "泓州种茶的怕霜冻, 气象局有没有弄保险?", "茶叶低温冻害气象指数保险试点"),
    P("h12", "paraphrase", "鹤泉县老人坐公交车要不要花钱?", "凭卡免费乘坐城乡公交"),
    P("h13", "paraphrase", "鹤泉县村里寄快递、收快递不方便, 交通局今年打算怎么办?", "村级寄递物流服务点150个",
      "快递进村覆盖率达到100%"),
    P("h14", "paraphrase", "鹤泉县住校的孩子周末回家有没有专门的车?", "开通学生定制公交线路8条"),
    # figures, dates, offices, persons
    P("h15", "figure", "泓州市气象局这次巡察被指出了多少个问题?", "共指出4个方面14个问题"),
    P("h16", "figure", "泓州市加油站这些易燃易爆场所查出了多少处防雷隐患?", "发现隐患71处"),
    P("h17", "figure", "泓州市气象局清退了多少违规报销的加班餐费和伙食补助?", "2.74万元"),
    P("h18", "figure", "泓州市区域自动气象站的数据到报率提高到了多少?", "99.1%"),
    P("h19", "figure", "泓州市气象局巡察整改专班的日常调度由谁负责?", "钟明璐"),
    P("h20", "figure", "对泓州市气象局巡察整改有意见, 可以打什么电话?", "0734-8826105"),
    P("h21", "figure", "鹤泉县2025年交通民生实事计划总投资多少?", "3.46亿元"),
    P("h22", "figure", "鹤泉县今年要改造多少座危旧桥梁?", "改造危旧桥梁15座"),
    P("h23", "figure", "鹤泉县的95128叫车平台什么时候开通?", "2025年7月31日前"),
    P("h24", "figure", "鹤泉县交通民生实事推进专班的组长是谁?", "卢旭东"),
    # near-miss negatives
    P("h25", "negative", "鹤泉县新开通的城乡公交线路票价是几块钱?"),
    P("h26", "negative", "泓州市被查处的那2家防雷检测机构叫什么名字?"),
    P("h27", "negative", "鹤泉县交通运输局2024年的民生实事项目有哪些?"),
    P("h28", "negative", "泓州市2025年主汛期有多少个行政村没及时收到暴雨预警?"),
    P("h29", "negative", "鹤泉县危旧桥梁改造总共要花多少钱?"),
    P("h30", "negative", "泓州市茶叶低温冻害气象指数保险每亩保费是多少?"),
)

TENTH_CHATS: tuple[Chat, ...] = (
    Chat("hc1", "task then who and when", (
        P("hc1#1", "figure", "鹤泉县今年要更新多少艘渡船?", "更新标准化钢质渡船6艘"),
        P("hc1#2", "figure", "这项谁负责?", "县地方海事服务中心"),
        P("hc1#3", "figure", "什么时候完成?", "2025年8月31日前"),
    )),
    Chat("hc2", "list then ordinal measure", (
        P("hc2#1", "list", "泓州市气象局在贯彻落实党中央决策部署和上级气象工作要求方面被指出了哪些问题?",
          "气象灾害预警信息", "人工影响天气作业安全管理存在隐患", "气象服务保障农业生产针对性不强",
          "防雷安全监管存在", need="all"),
        P("hc2#2", "paraphrase", "第二个是怎么整改的?", "清理超过有效期的高炮炮弹142发",
          "对全市27个人工影响天气作业点开展拉网式安全检查"),
    )),
    Chat("hc3", "agency switch on a contact", (
        P("hc3#1", "figure", "对泓州市气象局巡察整改有意见建议, 可以发到哪个邮箱?", "hzqxj_xczg@163.com"),
        P("hc3#2", "figure", "那鹤泉县交通运输局的民生实事找谁联系?", "石婉清", "0578-7263514"),
    )),
    Chat("hc4", "figure then near-miss", (
        P("hc4#1", "figure", "鹤泉县今年要建多少个新能源汽车公共充电桩?", "公共充电桩120个"),
        P("hc4#2", "negative", "其中朱砂服务区建多少个?"),
    )),
    Chat("hc5", "progress then who and when", (
        P("hc5#1", "paraphrase", "泓州城西那个气象站要搬家, 现在弄到哪一步了?", "新站观测场土建工程已完成60%",
          "迁建选址已获中国气象局批复"),
        P("hc5#2", "figure", "谁牵头?", "观测与预报科"),
        P("hc5#3", "figure", "预计什么时候完成?", "2026年3月底前"),
    )),
)


# An eleventh part, written blind to the code by a helper (session of 2026-12-05), with two
# more notices (tests/data/heldout/17: a 巡察反馈意见整改情况报告 in .docx whose body gives only
# prose totals and 主要做法/成效/下一步打算, while its ledger is an appendix after the signature
# and date, "附件 整改任务清单": a seven-column table 序号/反馈问题/整改措施/责任领导/责任科室/
# 完成时限/完成情况 of 12 rows with states 已完成, 正在整改，…, 部分完成，…, 长期坚持; 18: a 督查通报
# over 11 乡镇（街道）便民服务中心: a score ranking in one sentence, per-unit paragraphs "凤栖街道：…
# 好的做法：…不足：…" and "观音桥镇：…存在问题：一是…二是…三是…", numbered 共性问题, 通报表扬和批评,
# 整改要求 and a 联系人 line), asked once (--eleventh) before any fix.
ELEVENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("k1", "list", "岚港市住房公积金管理中心巡察整改中信贷管理科负责的是哪几个问题?",
      "个人住房贷款逾期清收不力", "贷款审批时限长", "合作楼盘项目备案把关不严", need="all"),
    P("k2", "list", "岚港市公积金中心巡察整改里蒋立民负责的是哪几个问题?", "灵活就业人员缴存扩面进展缓慢",
      "少缴、欠缴住房公积金问题清理不彻底", "骗提套取住房公积金防范不力",
      "12329服务热线群众诉求回复不及时", need="all"),
    P("k3", "list", "柘川县这次便民服务中心督查发现了哪些共性问题?", "事项进驻不到位", "窗口服务不规范",
      "村级代办作用发挥不充分", "结果运用不够", "信息化支撑不足", need="all"),
    P("k4", "list", "柘川县马鞍乡的便民服务中心存在哪些问题?", "未设置无障碍通道", "仅安排1名工作人员值守",
      "村级代办点形同虚设", need="all"),
    P("k5", "list", "柘川县这次督查通报表扬了哪几个乡镇和街道?", "凤栖街道、沙坪镇、桂岭镇予以通报表扬"),
    P("k6", "list", "柘川县这次便民服务中心督查的三个督查组分别是谁带队?", "聂文涛", "符晓燕", "段鸿飞",
      need="all"),
    # the notices' structure
    P("k7", "list", "岚港市公积金中心巡察整改里还没整改完的是哪几个问题?",
      "少缴、欠缴住房公积金问题清理不彻底", "个人住房贷款逾期清收不力", "数据共享不畅", need="all"),
    P("k8", "list", "岚港市公积金中心哪些问题需要长期坚持?", "中心组学习与业务工作结合不紧",
      "12329服务热线群众诉求回复不及时", need="all"),
    # everyday words for official terms
    P("k9", "paraphrase", "岚港市有人拿假材料取公积金, 公积金中心是怎么堵这个漏洞的?", "共享房产和婚姻登记数据",
      "查实骗提44笔"),
    P("k10", "paraphrase", "岚港市打零工、做个体的人能不能交公积金?", "灵活就业人员缴存专窗",
      "新增灵活就业缴存人员5126人"),
    P("k11", "paraphrase", "岚港市现在办公积金贷款要等多久才能批下来?", "压缩至7个工作日"),
    P("k12", "paraphrase", "岚港市借了公积金贷款一直不还的, 中心是怎么处理的?", "依法起诉23笔", "一户一策"),
    P("k13", "paraphrase", "柘川县有没有哪个乡镇周末也能去便民服务中心办事?", "周末不打烊"),
    P("k14", "paraphrase", "柘川县乡镇便民服务中心的窗口老是找不到人, 县里提了什么要求?",
      "原则上不得抽调从事其他工作", "不断档、不空岗"),
    # figures, dates, offices, persons
    P("k15", "figure", "岚港市公积金中心追回了多少被骗提的住房公积金?", "312.8万元"),
    P("k16", "figure", "岚港市公积金中心针对巡察反馈问题一共制定了多少条整改措施?", "制定整改措施37条"),
    P("k17", "figure", "岚港市公积金中心巡察整改的日常调度由谁负责?", "华秋萍"),
    P("k18", "figure", "岚港市个人住房公积金贷款的逾期率现在降到了多少?", "0.27%"),
    P("k19", "figure", "岚港市公积金中心和税务等部门数据共享不畅的问题, 完成时限是什么时候?", "2026年3月31日"),
    P("k20", "figure", "柘川县这次督查电话回访了多少办事群众, 满意率是多少?", "回访办事群众386人",
      "满意率96.4%"),
    P("k21", "figure", "柘川县观音桥镇这次督查综合得了多少分?", "79.0分"),
    P("k22", "figure", "柘川县沙坪镇的村级代办点第三季度代办了多少件?", "代办件数达到641件"),
    P("k23", "figure", "柘川县各乡镇的督查整改情况要报给县行政审批服务局哪个股室?", "书面报送局政务服务股"),
    P("k24", "figure", "对柘川县便民服务中心督查通报有疑问, 可以打什么电话?", "0793-4817265"),
    # near-miss negatives
    P("k25", "negative", "岚港市公积金中心被给予党纪处分的那个人叫什么名字?"),
    P("k26", "negative", "岚港市住房公积金个人住房贷款的利率是多少?"),
    P("k27", "negative", "柘川县11个乡镇(街道)便民服务中心一共进驻了多少项政务服务事项?"),
    P("k28", "negative", "柘川县马鞍乡便民服务中心第三季度受理了多少件办件?"),
    P("k29", "negative", "岚港市住房公积金管理中心2024年的巡察整改情况报告说了什么?"),
    P("k30", "negative", "岚港市公积金中心约谈的那3家房地产开发企业叫什么名字?"),
)

ELEVENTH_CHATS: tuple[Chat, ...] = (
    Chat("kc1", "task then who and when", (
        P("kc1#1", "figure", "岚港市公积金中心复核了多少个在售的合作楼盘项目?", "63个合作楼盘项目"),
        P("kc1#2", "figure", "这项谁负责?", "温雪芬", "信贷管理科"),
        P("kc1#3", "figure", "什么时候完成?", "2025年7月31日"),
    )),
    Chat("kc2", "list then ordinal measure", (
        P("kc2#1", "list", "岚港市公积金中心巡察整改中骆海涛负责的是哪几个问题?", "数据共享不畅",
          "业务经费使用管理不规范", "县管理部内部控制薄弱", need="all"),
        P("kc2#2", "paraphrase", "第二个是怎么整改的?", "培训费6.35万元", "修订《财务收支管理办法》"),
    )),
    Chat("kc3", "agency switch on a date", (
        P("kc3#1", "figure", "柘川县行政审批服务局这次便民服务中心督查是什么时候开展的?", "2025年9月15日至26日"),
        P("kc3#2", "figure", "那岚港市住房公积金管理中心是什么时候被市委巡察的?", "2025年3月3日至4月30日"),
    )),
    Chat("kc4", "figure then near-miss", (
        P("kc4#1", "figure", "柘川县这次督查一共查阅了多少份办件档案?", "查阅办件档案1320份"),
        P("kc4#2", "negative", "其中观音桥镇抽查了多少份?"),
    )),
    Chat("kc5", "progress then who and when", (
        P("kc5#1", "paraphrase", "岚港市公积金中心清理单位欠缴公积金的事, 现在弄到哪一步了?", "剩余19家正在催缴",
          "已追缴1287.6万元"),
        P("kc5#2", "figure", "谁负责?", "蒋立民", "归集管理科"),
        P("kc5#3", "figure", "什么时候完成?", "2025年11月30日"),
    )),
)


# A twelfth part, written blind to the code by a helper (session of 2026-12-05), with two
# more notices (tests/data/heldout/19: a 工作要点 in .md, headings "## 一、…" and "### （一）…"
# over numbered items "1. …" that restart under each heading, some ending in "（责任单位：…）"
# and some not, with quantitative targets and "6月底前"-style deadlines, a 2024 recap up front
# and an unnumbered 组织保障 section assigning the parts to leaders; 20: a 审计查出问题整改情况报告
# in .pdf whose findings are "（一）关于…的问题" each followed by "审计发现，…", "整改情况：…" and
# "整改结果：…" paragraphs with amounts recovered, the offices and leaders given only in a closing
# eight-column 整改情况汇总表 with a 合计 row, then 下一步工作打算 and a 联系人 line), asked once
# (--twelfth) before any fix.
TWELFTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("m1", "list", "棠州市数据局2025年工作要点重点抓哪几个方面的工作?", "夯实数字基础设施",
      "推进公共数据汇聚共享和开发利用", "深化数字政府建设", "培育壮大数字经济", "筑牢数据安全防线",
      "加强自身建设", need="all"),
    P("m2", "list", "琅溪县残联这次预算执行审计一共查出了哪些问题?", "补贴违规发放", "挤占残疾人就业保障金",
      "辅助器具采购规避公开招标", "残疾儿童康复救助资金拨付滞后", "职业技能培训补贴审核",
      "无障碍改造项目进度滞后", "固定资产管理不规范", "预算绩效管理不到位", need="all"),
    P("m3", "list", "琅溪县残联审计整改中詹国平分管的是哪几个问题?", "挤占残疾人就业保障金",
      "职业技能培训补贴审核", "固定资产管理不规范", need="all"),
    P("m4", "list", "琅溪县残联审计整改中追回了资金的是哪几个问题?", "已追回两项补贴8.99万元",
      "已追回多收货款3.25万元", "已追回培训补贴5.16万元", need="all"),
    P("m5", "list", "棠州市数据局2025年工作要点里安全保障科负责的是哪几项工作?", "重要数据目录梳理和备案",
      "个人信息违规收集使用专项治理", "等级保护测评", need="all"),
    P("m6", "list", "棠州市数据局今年深化数字政府建设包括哪几块内容?", "高效办成一件事", "棠州城市大脑",
      "提升基层治理数字化水平", need="all"),
    # the notices' structure
    P("m7", "list", "棠州市数据局今年哪些工作要在6月底前完成?", "6月底前完成电子政务外网IPv6升级改造",
      "6月底前完成市直部门重要数据目录梳理和备案", need="all"),
    P("m8", "list", "琅溪县残联审计查出的问题里还在整改、没有整改到位的是哪几个?", "残疾儿童康复救助资金拨付滞后",
      "无障碍改造项目进度滞后", need="all"),
    # everyday words for official terms
    P("m9", "paraphrase", "棠州市村里的干部老说要填的表太多, 数据局打算怎么给他们减负?", "基层报表数量压减30%以上",
      "推动数据一次采集、多方复用"),
    P("m10", "paraphrase", "棠州市老年人不会用手机在网上办事, 数据局有什么办法?", "数字帮办",
      "适老化和无障碍改造"),
    P("m11", "paraphrase", "琅溪县残疾人去世了补贴还在照发, 残联后来是怎么处理的?", "已追回两项补贴8.99万元",
      "建立每月比对机制"),
    P("m12", "paraphrase", "琅溪县残联买轮椅、助听器的时候被供应商以次充好了吗, 后来怎么办的?",
      "追回多收货款3.25万元", "统一委托县公共资源交易中心公开招标"),
    P("m13", "paraphrase", "琅溪县残联办残疾人培训时有机构虚报人数多领钱, 以后怎么防?", "引入线上培训管理系统",
      "学员每日打卡签到"),
    P("m14", "paraphrase", "棠州市企业手里的数据能不能当成资产拿去贷款?", "数据资产质押融资", "数据资产入表"),
    # figures, dates, offices, persons
    P("m15", "figure", "棠州城市算力中心二期要新增多少个机架?", "新增标准机架800个"),
    P("m16", "figure", "棠州市公共数据开放平台到2024年底累计开放了多少个数据集?", "累计开放数据集412个"),
    P("m17", "figure", "棠州市政务云资源平均利用率今年要提高到多少?", "由52%提高到70%以上"),
    P("m18", "figure", "棠州市数据局培育数字经济方面的工作由哪位局领导分管?", "柯文博"),
    P("m19", "figure", "琅溪县残联审计整改的日常调度由谁负责?", "龚慧敏"),
    P("m20", "figure", "琅溪县残联审计查出问题已整改金额占涉及金额的比例是多少?", "93.9%"),
    P("m21", "figure", "对琅溪县残联的审计整改报告有意见, 可以打什么电话?", "0739-6628417"),
    P("m22", "figure", "琅溪县残联2024年计划给多少户残疾人家庭做无障碍改造, 实际完成了多少?",
      "实际完成214户", "无障碍改造320户"),
    P("m23", "figure", "琅溪县残疾儿童康复救助资金拨付滞后的问题由哪个单位负责整改?", "县残疾人康复中心"),
    P("m24", "figure", "琅溪县残联审计整改一共追回了多少资金?", "追回资金17.4万元"),
    # near-miss negatives
    P("m25", "negative", "棠州市今年新建的1200个5G基站里有多少个建在行政村?"),
    P("m26", "negative", "琅溪县虚报残疾人培训人数的那2家培训机构叫什么名字?"),
    P("m27", "negative", "棠州市数据局2024年的工作要点有哪些?"),
    P("m28", "negative", "棠州城市算力中心二期总投资是多少?"),
    P("m29", "negative", "琅溪县重度残疾人护理补贴每人每月发多少钱?"),
    P("m30", "negative", "琅溪县剩下的35户残疾人家庭无障碍改造在2025年12月底前完工了没有?"),
)

TWELFTH_CHATS: tuple[Chat, ...] = (
    Chat("mc1", "task then who and when", (
        P("mc1#1", "figure", "棠州市数据局今年要新推出多少项“一件事”集成服务?", "集成服务20项"),
        P("mc1#2", "figure", "这项谁负责?", "数字政府科"),
        P("mc1#3", "figure", "什么时候完成?", "11月30日前全部上线"),
    )),
    Chat("mc2", "list then ordinal measure", (
        P("mc2#1", "list", "琅溪县残联审计整改中邬晓岚分管的是哪几个问题?", "辅助器具采购规避公开招标",
          "残疾儿童康复救助资金拨付滞后", need="all"),
        P("mc2#2", "paraphrase", "第二个是怎么整改的?", "已向6家定点康复机构拨付48.3万元",
          "按季预拨、年终清算"),
    )),
    Chat("mc3", "agency switch on a date", (
        P("mc3#1", "figure", "棠州市数据局2025年工作要点是哪天印发的?", "2025年2月20日"),
        P("mc3#2", "figure", "那琅溪县残疾人联合会的审计整改情况报告是哪天报的?", "2025年10月15日"),
    )),
    Chat("mc4", "figure then near-miss", (
        P("mc4#1", "figure", "琅溪县残联给多少名已经去世的残疾人继续发了补贴?", "已死亡的37名残疾人"),
        P("mc4#2", "negative", "其中2024年多发了多少钱?"),
    )),
    Chat("mc5", "progress then who and when", (
        P("mc5#1", "paraphrase", "琅溪县残疾人家庭无障碍改造没做完的那些户, 现在弄到哪一步了?", "已完成71户",
          "剩余35户"),
        P("mc5#2", "figure", "谁负责?", "冉秋实", "权益维护股"),
        P("mc5#3", "figure", "什么时候完成?", "2025年12月31日前完成", "12月31日前全部完工"),
    )),
)


# A thirteenth part, written blind to the code by a helper (session of 2026-12-05, eighth), with
# two more notices
# (tests/data/heldout/21: a county bureau's 年度工作总结 in .html, a government-portal page with an
# 信息公开 header table (索引号/文号/发文日期), the body in <h2> parts "一、2025年主要工作完成情况",
# "二、存在的问题和不足", "三、2026年工作打算", "四、保障措施" and <h3> "（一）…" sections over <ol><li>
# items that open with a bold short title; the 2025 figures come in an eight-row 主要指标完成情况
# <table> (年度目标/实际完成/完成情况 完成 or 未完成) and again in prose, the 2026 items end in a prose
# assignment "由…股主办，…协办/配合，于…前完成" / "截止时间为…" / "此项工作由…具体负责", and the
# leaders appear only in the closing 保障措施 paragraph; 22: a 整改方案 (a plan, no progress yet) in
# .docx: an 印发通知 with its own signature and date, then the 方案 with 总体要求, 组织领导, an
# eight-column 问题清单 table 问题序号/具体问题/整改目标/整改措施/责任领导/责任部门/配合部门/整改时限 of 12
# problems under four category rows that fill only the first cell, the same 责任领导 and 责任部门
# written again on consecutive rows (as merged cells read), deadlines such as "立即整改，…前完成" and
# "…，长期坚持", then 整改步骤 in three dated stages, 工作要求 and a 联系人 line), asked once
# (--thirteenth) before any fix.
THIRTEENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("n1", "list", "溧川县医疗保障局2025年工作总结里提到了哪些问题和不足?", "基金收支平衡压力加大",
      "参保扩面空间收窄", "基金监管力量薄弱", "基层经办服务不均衡", need="all"),
    P("n2", "list", "溧川县医保局2026年工作打算里由基金监管股主办的是哪几项工作?",
      "医保基金管理突出问题专项整治", "全面推进医保药品追溯码应用", need="all"),
    P("n3", "list", "溧川县医保局2025年查处违规的定点医药机构, 都给了哪些处理?", "追回医保基金436.8万元",
      "处行政罚款52.4万元", "暂停医保服务协议3家", "移送欺诈骗保线索2件", need="all"),
    P("n4", "list", "槐安市教育局校园餐整改方案里葛文漪负责的是哪几个问题?", "陪餐记录存在事后补记",
      "有17所未接入", "27名从业人员健康证过期", "家长参与监督渠道不畅", need="all"),
    P("n5", "list", "槐安市教育局校园餐问题整改分哪几个阶段进行?", "动员部署阶段", "集中整改阶段",
      "巩固提升阶段", need="all"),
    P("n6", "list", "槐安市教育局校园餐整改中后勤管理科负责整改哪几个问题?", "大宗食材采购不规范",
      "供应商资质审核把关不严", "食材验收把关不严", need="all"),
    # the notices' structure
    P("n7", "list", "溧川县医保局2025年有哪几项主要指标没有完成?", "医保电子凭证激活率", "村级医保服务点建成数",
      need="all"),
    P("n8", "list", "槐安市教育局校园餐整改方案中要求2025年9月30日前整改到位的是哪几个问题?",
      "6所学校食堂收支未纳入", "陪餐记录存在事后补记", "有9件超期办结", need="all"),
    P("n9", "list", "溧川县医保局2026年哪些工作要在6月30日前完成?", "医保药品追溯码全量采集上传",
      "组建15人的医保社会监督员队伍", "新建村（社区）医保服务点12个", need="all"),
    # everyday words for official terms
    P("n10", "paraphrase", "溧川县医保局打算怎么防止有人把医保开的药转手倒卖?", "精准打击倒卖医保药品",
      "医保药品追溯码全量采集上传"),
    P("n11", "paraphrase", "溧川县连续交医保、一年到头都没报销过的人, 医保局说有什么优待?",
      "提高其次年大病保险最高支付限额", "每次提高不低于5000元"),
    P("n12", "paraphrase", "溧川县在村里能不能就近办医保的事, 不用跑到县城?", "15分钟医保服务圈",
      "33项高频事项实现就近可办"),
    P("n13", "paraphrase", "溧川县医保局2025年统一组织集中买药压价, 给大家省了多少钱?", "节约医药费用3680万元"),
    P("n14", "paraphrase", "槐安市学校食堂收的伙食费花不完、剩得太多, 教育局打算怎么处理?",
      "结余部分全部用于改善学生伙食", "伙食费结余率控制在3%以内"),
    P("n15", "paraphrase", "槐安市家长能不能看到学校食堂后厨是怎么做饭的?", "家长可通过手机实时查看后厨操作",
      "互联网+明厨亮灶"),
    P("n16", "paraphrase", "槐安市有的学校领导没跟学生一起吃饭却事后补写记录, 教育局打算怎么管?",
      "陪餐“扫码登记+照片留存”", "纳入责任督学挂牌督导内容"),
    # figures, dates, offices, persons
    P("n17", "figure", "溧川县2025年基本医疗保险一共参保了多少人?", "全县基本医疗保险参保48.62万人"),
    P("n18", "figure", "溧川县医保局2025年资助了多少农村低收入人口参保, 花了多少钱?", "资助2.14万人",
      "支出资助资金812.3万元"),
    P("n19", "figure", "溧川县医疗保障局分管基金监管股的是哪位副局长?", "邢嘉禾分管基金监管股"),
    P("n20", "figure", "溧川县医保局2026年想把医保电子凭证激活率提高到多少?", "激活率达到88%"),
    P("n21", "figure", "槐安市有学校挪用了营养改善计划补助资金, 挪用了多少钱?", "营养膳食补助资金23.7万元"),
    P("n22", "figure", "槐安市教育局校园餐整改领导小组办公室主任由谁兼任?", "科长沈若溪兼任办公室主任"),
    P("n23", "figure", "槐安市市直学校大宗食材没招标、直接指定供应商, 涉及多少钱?", "涉及采购金额1264万元"),
    P("n24", "figure", "对槐安市教育局校园餐整改有问题要反映, 联系人是谁、电话多少?", "联系人：石晓芃",
      "0736-5281943"),
    # near-miss negatives
    P("n25", "negative", "溧川县医保局2025年被解除医保服务协议的那家定点医药机构叫什么名字?"),
    P("n26", "negative", "溧川县2025年职工医保的单位缴费费率是多少?"),
    P("n27", "negative", "溧川县医疗保障局2024年工作总结里追回了多少医保基金?"),
    P("n28", "negative", "槐安市那3家没有食品经营许可证的食材供应商叫什么名字?"),
    P("n29", "negative", "槐安市教育局校园餐问题整改情况报告里说已经整改完成了几个问题?"),
    P("n30", "negative", "槐安市14所伙食费结余率超标的寄宿制学校一共结余了多少钱?"),
)

THIRTEENTH_CHATS: tuple[Chat, ...] = (
    Chat("nc1", "task then who and when", (
        P("nc1#1", "paraphrase", "槐安市教育局以前一年才查一次学校食堂, 现在打算多久查一次?", "每季度至少开展1次"),
        P("nc1#2", "figure", "这项谁负责?", "裴景川（局党委书记、局长）"),
        P("nc1#3", "figure", "什么时候完成?", "2025年12月31日，长期坚持"),
    )),
    Chat("nc2", "list then ordinal measure and deadline", (
        P("nc2#1", "list", "槐安市教育局校园餐整改方案里骆恩泽负责的是哪几个问题?", "市直9所学校未经公开招标",
          "3家供应商未取得食品经营许可证", "有15所存在食材验收记录缺失", need="all"),
        P("nc2#2", "paraphrase", "第二个是怎么整改的?", "立即终止与3家无证供应商的供货合同",
          "实行“一商一档”动态管理"),
        P("nc2#3", "figure", "什么时候要完成?", "2025年8月15日前完成"),
    )),
    Chat("nc3", "switch between the two notices on a date and a number", (
        P("nc3#1", "figure", "溧川县医疗保障局2025年工作总结是哪天报送的?", "2025年12月18日"),
        P("nc3#2", "figure", "那槐安市教育局的校园餐整改方案文号是多少?", "槐教发〔2025〕47号"),
    )),
    Chat("nc4", "figure then near-miss", (
        P("nc4#1", "figure", "溧川县医保局2025年实施了多少人次医疗救助?", "实施医疗救助1.36万人次"),
        P("nc4#2", "negative", "其中因病致贫返贫风险人员救助了多少人次?"),
    )),
    Chat("nc5", "task then who and when in prose", (
        P("nc5#1", "paraphrase", "溧川县医保局2026年在中医药方面打算做什么?", "中西医同病同价试点",
          "中药饮片、中医适宜技术纳入医保支付范围"),
        P("nc5#2", "figure", "这项谁负责?", "医药服务管理股主办，县中医院配合"),
        P("nc5#3", "figure", "什么时候完成?", "于2026年8月31日前完成试点病种遴选"),
    )),
)


# A fourteenth part, written blind to the code by a helper (session of 2026-12-06), with two more
# notices (tests/data/heldout/23: a 专题会议纪要 in .txt: a 纪要 header (期号, 印发单位 and date above
# the title), the previous meeting's eight 议定事项 as "1.…——已办结/正在推进/尚未启动，…" lines with
# a count sentence, ten 议定事项 "一、…。" ending "（牵头：…；配合：…；时限：…）", leaders given
# items by number ("柏振华同志负责第一、二项…"), 出席/列席/记录, 分送 and 印发 lines; 24: a 上半年重点
# 工作推进情况通报 in .pdf: prose totals, an eight-column table 类别/工作编号/重点工作/全年目标任务/
# 上半年推进情况/进度评价/责任股室/分管领导 of 20 rows whose 类别 and 分管领导 cells are written once
# and left blank below (as merged cells read), 进度评价 提前完成/序时推进/进度滞后/尚未启动, 存在的主要
# 问题 as 一是/二是/三是, 下半年工作要求 with dates, a 联系人 line), asked once (--fourteenth) before
# any fix.
FOURTEENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("u1", "list", "苇塘市城市管理局专题会议上, 由市容秩序科牵头的是哪几项工作?", "启动第二批背街小巷整治",
      "限期消除户外招牌安全隐患", need="all"),
    P("u2", "list", "苇塘市城管局第9期专题会议纪要里, 环境卫生管理科牵头负责哪几件事?", "推进生活垃圾分类提质扩面",
      "加快环卫车辆“油改电”", need="all"),
    P("u3", "list", "苇塘市城市管理局会议定了哪些关爱一线环卫工人的措施?", "避开11时至15时高温时段作业",
      "高温津贴按每人每月300元标准足额发放", "配齐防暑药品和饮用水", "2316名环卫工人开展年度免费健康体检",
      need="all"),
    P("u4", "list", "苇塘市城管局专题会议纪要中, 童蕙兰负责督促落实哪几项议定事项?", "推进生活垃圾分类提质扩面",
      "加快环卫车辆“油改电”", "协调解决餐厨垃圾处理厂二期用地", "关心关爱一线环卫工人", need="all"),
    P("u5", "list", "杉原县农业农村局上半年重点工作通报里, 冉思远分管的是哪几项重点工作?", "农产品质量安全监管",
      "农机安全生产", "重大动物疫病防控", "农业综合执法", "杉溪流域禁捕退捕", need="all"),
    P("u6", "list", "杉原县农业农村局2025年上半年重点工作通报指出了哪些主要问题?", "部分项目前期论证不充分",
      "个别任务推进措施不够有力", "执法办案力度有待加强", need="all"),
    P("u7", "list", "杉原县农业农村局上半年通报表扬了哪几个股室?", "种植业股、特色产业发展股",
      "农村改革与经营管理股予以通报表扬", need="all"),
    P("u8", "list", "杉原县农业农村局2025年重点工作中, 农村改革和人居环境这一类包括哪几项?", "农村卫生户厕改造",
      "农村生活垃圾治理", "闲置农房盘活利用", "壮大村级集体经济", "智慧农业平台建设", need="all"),
    # the notices' structure
    P("u9", "list", "苇塘市城市管理局第7期专题会议定的事情, 到6月10日还有哪些没办完?",
      "环卫作业车辆“油改电”第一批更新60辆", "《苇塘市城区户外招牌设置导则》", "城东餐厨垃圾处理厂二期扩能工程",
      need="all"),
    P("u10", "list", "杉原县农业农村局2025年上半年哪些重点工作进度滞后?", "耕地质量提升", "农产品加工业培育",
      "农村卫生户厕改造", "农业综合执法", need="all"),
    P("u11", "list", "杉原县农业农村局上半年已经提前完成全年任务的是哪几项工作?", "已复耕撂荒地4650亩", "茶产业提质增效",
      "闲置农房盘活利用", need="all"),
    P("u12", "list", "苇塘市城管局专题会议要求在7月底前完成的议定事项有哪些?", "加快城西片区雨污分流改造扫尾",
      "限期消除户外招牌安全隐患", need="all"),
    # everyday words for official terms
    P("u13", "paraphrase", "苇塘市下大暴雨的时候, 城管局说马路上的积水多久能退掉?", "时间不超过2小时"),
    P("u14", "paraphrase", "苇塘市夏天晚上在路边摆摊卖烧烤, 城管局会怎么管?", "夏季夜间临时疏导点9处",
      "首次劝导、二次教育、第三次依法处罚"),
    P("u15", "paraphrase", "苇塘市城管局对把分好类的垃圾又混在一起拉走的垃圾车怎么处理?", "按合同扣减作业经费"),
    P("u16", "paraphrase", "苇塘市城东处理剩饭剩菜的厂子处理不过来的那部分, 城管局打算先怎么办?",
      "暂由市生活垃圾焚烧发电厂协同处置", "约60吨餐厨垃圾"),
    P("u17", "paraphrase", "杉原县农业农村局说农村改厕所为什么进度慢?", "等政策、等资金", "改厕农户发动不充分"),
    P("u18", "paraphrase", "杉原县农田土壤发酸的治理, 农业农村局那边为什么拖了?", "土壤调理剂采购流标一次",
      "技术参数设置不合理导致流标"),
    P("u19", "paraphrase", "杉原县农村没人住的老房子, 农业农村局上半年盘活了多少, 给村里增加了多少收入?",
      "已盘活利用230宗", "带动村集体增收186万元"),
    # figures, dates, offices, persons
    P("u20", "figure", "苇塘市城市管理局第9期专题会议是哪天开的, 谁主持的?", "2025年6月11日下午", "局党组书记、局长郁明远"),
    P("u21", "figure", "苇塘市城管局户外招牌排查发现了多少块有安全隐患?", "发现安全隐患167块"),
    P("u22", "figure", "苇塘市城管局说城区生活垃圾分类投放点已经建了多少个?", "城区已建成分类投放点1286个"),
    P("u23", "figure", "杉原县农业农村局通报的2025年上半年农村居民人均可支配收入是多少?", "农村居民人均可支配收入达到11236元"),
    P("u24", "figure", "杉原县农业农村局的高标准农田建设是哪位领导分管的?", "副局长严正川"),
    P("u25", "figure", "杉原县农业农村局上半年春季动物防疫, 猪的应免密度是多少?", "春防猪、牛羊、家禽应免密度分别为96.3%"),
    # near-miss negatives
    P("u26", "negative", "苇塘市城管局第二批整治的38条背街小巷具体是哪几条街巷?"),
    P("u27", "negative", "苇塘市城市管理局城西片区雨污分流二期工程总投资是多少?"),
    P("u28", "negative", "杉原县农业农村局上半年签约的竹木精深加工项目投资额是多少?"),
    P("u29", "negative", "杉原县农业农村局2024年上半年重点工作推进情况通报里有几项进度滞后?"),
    P("u30", "negative", "苇塘市园林绿化局2025年城区新建了几个口袋公园?"),
)

FOURTEENTH_CHATS: tuple[Chat, ...] = (
    Chat("uc1", "task then helpers and deadline in a bracket", (
        P("uc1#1", "paraphrase", "苇塘市城管局专题会议上, 环卫车换成电动车这件事是怎么安排的?", "剩余36辆新能源环卫车",
          "建设充电桩20个"),
        P("uc1#2", "figure", "这项哪些单位配合?", "配合：计划财务科、国网苇塘供电公司"),
        P("uc1#3", "figure", "什么时候要完成?", "时限：8月31日前"),
    )),
    Chat("uc2", "the one item not started, why, and by when", (
        P("uc2#1", "list", "杉原县农业农村局上半年重点工作里哪一项还没启动?", "智慧农业平台建设"),
        P("uc2#2", "paraphrase", "为什么没启动?", "因建设资金未落实", "资金来源未落实"),
        P("uc2#3", "figure", "局里要求什么时候拿出建设方案?", "在2025年7月31日前提出"),
    )),
    Chat("uc3", "row progress then merged office and leader then deadline", (
        P("uc3#1", "figure", "杉原县农业农村局上半年耕地质量提升完成得怎么样?", "酸化治理仅完成0.3万亩"),
        P("uc3#2", "figure", "这项由哪个单位负责, 分管领导是谁?", "县农业技术推广中心", "总农艺师时雨桐"),
        P("uc3#3", "figure", "下半年要求什么时候完成重新招标?", "须于2025年8月20日前完成重新招标"),
    )),
    Chat("uc4", "switch between the two notices on an issue number", (
        P("uc4#1", "figure", "苇塘市城市管理局这次防汛排涝专题会议纪要是第几期?", "〔2025〕第9期"),
        P("uc4#2", "figure", "那杉原县农业农村局上半年重点工作通报的文号是多少?", "杉农发〔2025〕31号"),
    )),
    Chat("uc5", "figure then near-miss", (
        P("uc5#1", "figure", "杉原县农业农村局上半年农业综合执法办了多少案子?", "办结案件15件"),
        P("uc5#2", "negative", "其中农资打假的案件有几件?"),
    )),
)


# A fifteenth part, written blind to the code by a helper (session of 2026-12-06, second), with two
# more notices (tests/data/heldout/25: a 巡察整改台账 published as a government web page in .html: a
# site header, navigation bar, breadcrumb, a sidebar of 栏目 and 热点信息 links, previous/next links
# and a footer around an article whose prose gives the 巡察 dates, the 领导小组 and the totals by
# state, then a six-column <table> 序号/巡察反馈问题/整改措施/整改责任人/完成时限/整改状态 of 10
# problems and 25 measures under three category rows spanning all columns (colspan), each problem's
# 序号 and problem cells spanning its measures' rows (rowspan), a 整改责任人 cell naming a person with
# title ("公务用车管理科科长柴亦航") shared by two consecutive measures (rowspan) in six places, states
# 已完成/阶段性完成（…）/持续推进/长期坚持 and 完成时限 dates or "长期", a 注 defining the states, then
# 整改成效 with figures, 下一步工作打算 and a 监督 paragraph with phone and email; 26: a 年度重点任务
# 前三季度推进情况督查通报 in .docx: 18 tasks grouped under "（一）第一季度任务（4项，按期完成3项）"…
# "（四）第四季度任务（4项，均已启动）", each a numbered paragraph "N.…。此项工作由X副局长负责，Y科具体
# 承办，Z配合。…督查评定：按期完成/未按期完成" (the fourth quarter's "目前进展：正在推进/提前完成"),
# a five-column table of the counties' 技术改造投资 with a 合计 row, 通报表扬和批评 naming counties'
# bureaus and the bureau's own 科 with reasons, 下一步工作要求 with dates and a 联系人 line), asked
# once (--fifteenth) before any fix (ids y…).
FIFTEENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("y1", "list", "芷阳市机关事务管理局巡察整改台账里, 公务用车平台出车率低的问题有哪些整改措施?",
      "依规处置老旧、长期闲置车辆27辆", "实现用车线上申请、就近派车、统一结算", "纳入公务用车服务中心绩效考核",
      need="all"),
    P("y2", "list", "芷阳市机关事务管理局巡察整改中, 财务科科长卢静姝负责哪几条整改措施?",
      "对机关食堂2023年以来财务收支开展专项审计", "清退超标准列支的会议费3.2万元", "建立采购项目全流程电子台账",
      "追回超合同支付的物业费12.4万元", need="all"),
    P("y3", "list", "市委第四巡察组指出芷阳市机关事务管理局在落实全面从严治党责任方面有哪些问题?", "机关食堂管理不规范",
      "会议费管理不严", "政府采购内部控制不严", "公务用车维修、加油、保险等环节监管薄弱", need="all"),
    P("y4", "list", "芷阳市机关事务管理局对机关食堂的问题采取了哪些整改措施?", "通过公开比选重新确定4家食材供应商",
      "修订《机关食堂食材采购管理办法》", "委托会计师事务所", need="all"),
    P("y5", "list", "潆川市工业和信息化局2025年第二季度有哪些重点任务?", "免费诊断服务", "组织省级专精特新中小企业申报",
      "开展工业领域安全生产治本攻坚", "推进工业用地", "举办重点产业链供需对接活动", need="all"),
    P("y6", "list", "潆川市工信局哪些重点任务由纪嘉朗总工程师负责?", "开展工业领域安全生产治本攻坚",
      "完成工业企业能耗在线监测平台二期建设", "推进淘汰落后产能", "组织国家级绿色工厂创建申报", need="all"),
    P("y7", "list", "潆川市工业和信息化局这次督查通报表扬了哪些单位?", "潆东区工业和信息化局，技术改造投资完成进度居全市第一",
      "青梧县工业和信息化局，前三季度新增规上工业企业19家", "信息化推进科，牵头的3项任务", "节能与综合利用科，能耗在线监测平台二期",
      need="all"),
    P("y8", "list", "潆川市工业和信息化局第四季度的重点任务有哪些?", "组织国家级绿色工厂创建申报", "完成年度规上工业企业培育任务",
      "编制全市“十五五”工业发展规划", "开展年度工业经济目标责任考核", need="all"),
    # the notices' structure
    P("y9", "list", "芷阳市机关事务管理局巡察整改台账中, 哪些整改措施还在持续推进?", "建成党政机关办公用房信息管理系统",
      "实现用车线上申请、就近派车、统一结算", "力争提高到60%以上", "推行定点维修", need="all"),
    P("y10", "list", "潆川市工业和信息化局前三季度哪些重点任务没有按期完成?", "完成2024年度工业企业亩均效益综合评价",
      "推进工业用地", "推进2025年度省市重点技改项目开工建设", need="all"),
    P("y11", "list", "芷阳市机关事务管理局的巡察整改措施里, 要在2025年12月31日前完成的有哪些?", "建成党政机关办公用房信息管理系统",
      "实现用车线上申请、就近派车、统一结算", "推行定点维修", "补充工程管理、能源管理专业干部6名", need="all"),
    P("y12", "list", "芷阳市机关事务管理局巡察整改台账里, 哪些措施是阶段性完成的?", "完成照明、空调系统节能改造14处",
      "财务收支开展专项审计", "补充工程管理、能源管理专业干部6名", need="all"),
    # everyday words for official terms
    P("y13", "paraphrase", "芷阳市机关里空着没人用的办公室, 机关事务管理局后来是怎么处理的?",
      "调剂给市退役军人服务中心等3家租房办公单位使用"),
    P("y14", "paraphrase", "芷阳市机关事务管理局怎么防止修公车的费用被多报?", "单次维修费用2000元以上的经造价审核后结算"),
    P("y15", "paraphrase", "芷阳市机关食堂买菜的价格, 现在大家能看得到吗?", "采购价格每月公示"),
    P("y16", "paraphrase", "芷阳市机关事务管理局把维修工程拆成小项目躲开招标的事, 后来怎么处理的?", "对负有责任的2名干部进行诫勉谈话",
      "5万元以上的维修项目纳入年度计划统一招标"),
    P("y17", "paraphrase", "潆川市工信局免费上门帮企业看看哪里能搞数字化改造, 做了多少家?", "已完成诊断326家"),
    P("y18", "paraphrase", "潆川市工信局今年查工厂里的安全隐患, 查出来多少、改了多少?", "发现安全隐患1036处", "整改率98.7%"),
    P("y19", "paraphrase", "潆川市的工业园区里5G信号都覆盖了吗?", "重点工业园区实现5G网络全覆盖"),
    # figures, dates, offices, persons
    P("y20", "figure", "市委第四巡察组给芷阳市机关事务管理局反馈了多少个问题?", "指出3个方面10个问题"),
    P("y21", "figure", "芷阳市机关事务管理局巡察整改的日常调度由谁负责?", "由办公室主任苗景初负责日常调度"),
    P("y22", "figure", "芷阳市公务用车服务平台车辆的日均出车率整改后提高到了多少?", "由38%提高到51%"),
    P("y23", "figure", "潆川市前三季度规模以上工业增加值增长了多少?", "规模以上工业增加值同比增长7.2%"),
    P("y24", "figure", "潆川市前三季度技术改造投资完成了全年目标的多少?", "完成全年目标的77.9%"),
    P("y25", "figure", "潆川市工信局的5G基站建设由哪个科室承办, 哪个单位配合?", "信息化推进科具体承办，市通信发展管理办公室配合"),
    # near-miss negatives
    P("y26", "negative", "芷阳市机关事务管理局处置的27辆闲置公务用车一共卖了多少钱?"),
    P("y27", "negative", "芷阳市机关事务管理局被诫勉谈话的那2名干部叫什么名字?"),
    P("y28", "negative", "潆川市新认定的38家省级专精特新中小企业分别是哪些企业?"),
    P("y29", "negative", "潆川市工业和信息化局2024年度重点任务督查通报里有几项任务没有按期完成?"),
    P("y30", "negative", "潆川市发展和改革委员会2025年度重点任务前三季度推进得怎么样?"),
)

FIFTEENTH_CHATS: tuple[Chat, ...] = (
    Chat("yc1", "measure then its person and deadline in the row", (
        P("yc1#1", "paraphrase", "芷阳市机关食堂以前从没签合同的商家那里买菜, 机关事务管理局对这些商家怎么处理的?",
          "终止与2家供应商的供货关系"),
        P("yc1#2", "figure", "这条措施是谁负责的?", "机关服务中心主任符晓川"),
        P("yc1#3", "figure", "要求什么时候完成?", "2025年8月15日"),
    )),
    Chat("yc2", "a person's measures in a merged cell, ordinal deadline, then a figure", (
        P("yc2#1", "list", "芷阳市机关事务管理局巡察整改中, 市公务用车服务中心主任庞嘉树负责哪几条措施?",
          "实现用车线上申请、就近派车、统一结算", "纳入公务用车服务中心绩效考核", need="all"),
        P("yc2#2", "figure", "第二条要在什么时候完成?", "2026年6月30日"),
        P("yc2#3", "figure", "出车率现在到多少了?", "由38%提高到51%"),
    )),
    Chat("yc3", "switch between the two notices on a person", (
        P("yc3#1", "figure", "芷阳市机关事务管理局巡察整改工作领导小组的组长是谁?", "党组书记、局长闵岚清任组长"),
        P("yc3#2", "figure", "那潆川市工业和信息化局的“十五五”工业发展规划由哪位局领导负责?",
          "由孟澍林局长负责，规划发展科具体承办"),
    )),
    Chat("yc4", "figure then near-miss", (
        P("yc4#1", "figure", "潆川市工信局中小企业服务月活动服务了多少家企业?", "服务企业2300余家"),
        P("yc4#2", "negative", "其中帮企业解决了多少个问题?"),
    )),
    Chat("yc5", "criticised county, then its reason and deadline by pronoun", (
        P("yc5#1", "figure", "潆川市工业和信息化局这次通报批评了哪个县?", "枳山县工业和信息化局，技术改造投资完成进度仅为53.3%"),
        P("yc5#2", "paraphrase", "那个县的技改项目为什么没按时开工?", "均因环评手续未办结而推迟开工"),
        P("yc5#3", "figure", "要求什么时候全部开工?", "于11月15日前全部开工"),
    )),
)


# A sixteenth part, written blind to the code by a helper (session of 2026-12-06, second), with two
# more notices (tests/data/heldout/27: a 巡察整改落实情况报告 in .md: a title "# …", 文号 and 主送
# lines, prose totals by state (已完成/基本完成/正在整改/长期坚持), "## 一、…" parts and "### （一）…"
# sections, its 12 problems under four "### （一）…方面" headings each a bold line "**问题N：…**"
# followed by a bullet list "- 整改措施：…", "- 责任科室：…", "- 责任领导：…", "- 完成时限：…",
# "- 整改进度：已完成 / 基本完成。… / 正在整改。… / 长期坚持。…" (the same leader and office on
# several problems), then 整改取得的成效 with figures, 下一步工作打算 in "### （一）…" sections, a
# phone and email line and the signature; 28: a 年度重点工作任务清单（调整后） in .pdf: an 印发通知
# whose prose counts the adjustments (新增1项, 调整至下年度3项, 暂缓2项, 调整目标2项), 上半年 figures,
# an eight-column table 类别/工作任务/具体目标/牵头领导/责任单位/配合单位/时间节点/备注 of 23 rows
# whose 类别 cell stands on a group's first row only (as merged cells read, two groups running on
# over page breaks under the repeated header), the task number written into the task cell
# ("11.职工法律援助"), the leaders by name only (their posts in a 注 under the table), a 备注 column
# with 已完成, "目标由…调整为…", "新增任务，…", "已调整至下年度，…" and "因…暂缓实施", then 工作要求
# in （一）…（五） with dates and figures, a 联系人 line, the signature and a 抄送 line), asked once at
# the end of the round (--sixteenth) before any fix (ids z…).
SIXTEENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("z1", "list", "蘅江市科学技术局巡察整改中, 科技计划与资金管理科负责整改的是哪几个问题?",
      "部分项目承担单位挤占挪用财政科研经费", "个别评审专家多次评审同一单位项目", "科技专项资金结转结余问题整改不到位",
      need="all"),
    P("z2", "list", "蘅江市科技局巡察反馈的问题中, 副局长褚明澈负责哪几个问题的整改?", "高新技术企业培育存在",
      "市级技术交易平台作用发挥不充分", "存在虚假服务合同骗取创新券的风险", need="all"),
    P("z3", "list", "蘅江市科学技术局针对高新技术企业“重申报、轻培育”采取了哪些整改措施?",
      "高新技术企业梯次培育三年行动方案", "“一企一专员”跟踪服务", "组织高企申报辅导培训11场次", need="all"),
    P("z4", "list", "市委第三巡察组指出蘅江市科技局在落实全面从严治党主体责任方面有哪些问题?", "科技计划项目资金监管不严",
      "科技项目评审管理不规范", "科技创新券兑付审核把关不严", "局属事业单位财务管理不规范", need="all"),
    P("z5", "list", "榕湾市总工会2025年度重点工作任务清单中, 维权服务这一类有哪几项任务?", "工资集体协商",
      "困难职工解困脱困", "职工医疗互助保障", "职工法律援助", "一线职工疗休养", "市职工疗休养基地建设", need="all"),
    P("z6", "list", "榕湾市总工会调整后的重点任务里, 缪思齐牵头的是哪几项?", "职业技能竞赛", "职工“五小”创新",
      "产业工人队伍建设改革", need="all"),
    P("z7", "list", "榕湾市总工会2025年重点任务清单里, 工会自身建设方面安排了哪些任务?", "工会干部教育培训",
      "工会经费收缴", "工会经费审查审计", "基层工会经费收支管理办法", "职工服务中心迁建", need="all"),
    P("z8", "list", "榕湾市总工会哪些重点任务需要市人力资源和社会保障局配合?", "职业技能竞赛", "工资集体协商",
      need="all"),
    # the notices' structure
    P("z9", "list", "蘅江市科学技术局巡察反馈的问题中, 哪些目前还处在正在整改阶段?", "存在虚假服务合同骗取创新券的风险",
      "科技专项资金结转结余问题整改不到位", need="all"),
    P("z10", "list", "榕湾市总工会2025年度重点任务里, 哪些已调整至下年度?", "市职工疗休养基地建设",
      "基层工会经费收支管理办法", "职工服务中心迁建", need="all"),
    P("z11", "list", "蘅江市科技局巡察整改中, 哪些问题是基本完成的?", "市级技术交易平台作用发挥不充分",
      "科技企业孵化器绩效评价问题整改不彻底", need="all"),
    P("z12", "list", "榕湾市总工会重点任务中, 时间节点是2025年10月底前的有哪几项?", "职工书屋建设", "职工法律援助",
      "货车司机之家建设", need="all"),
    # everyday words for official terms
    P("z13", "paraphrase", "蘅江市科技局怎么防止评审专家老是评同一家单位的项目?", "同一专家同一年度评审同一单位项目不超过1次"),
    P("z14", "paraphrase", "蘅江市那些下乡不认真干活的科技特派员, 科技局是怎么处理的?", "17名科技特派员予以解聘"),
    P("z15", "paraphrase", "蘅江市有服务机构和企业串通签假合同套取创新券的钱, 科技局怎么处理的?", "追回创新券资金19.6万元",
      "取消相关服务机构服务资格"),
    P("z16", "paraphrase", "蘅江市科技局的干部不太懂技术和产业, 局里是怎么解决的?", "补充理工科背景干部5名",
      "重点科技企业跟班学习"),
    P("z17", "paraphrase", "榕湾市总工会给跑长途的大货车司机办了什么实事?", "新建货车司机之家8个"),
    P("z18", "paraphrase", "榕湾市总工会哪些工作因为条件还不成熟先停下来了?", "因用地规划调整暂缓实施",
      "因省总工会统一建设全省智慧工会平台暂缓实施", need="all"),
    P("z19", "paraphrase", "榕湾市职工生病时大家互相帮衬的那个保障, 总工会今年要让多少人参加?", "职工医疗互助保障参保人数达到32万人"),
    # figures, dates, offices, persons
    P("z20", "figure", "市委第三巡察组是哪天向蘅江市科学技术局反馈巡察意见的?", "2025年7月15日反馈了巡察意见"),
    P("z21", "figure", "蘅江市科技局巡察整改一共追回、退缴了多少资金?", "共追回、退缴各类资金63.48万元"),
    P("z22", "figure", "蘅江市科技局科技创新券兑付审核不严的问题由哪个科室负责整改?", "科技资源统筹科"),
    P("z23", "figure", "榕湾市总工会上半年发放了多少困难职工帮扶资金?", "发放困难职工帮扶资金1126万元"),
    P("z24", "figure", "榕湾市总工会的党组书记、常务副主席是谁?", "蔺向晖为市总工会党组书记、常务副主席"),
    P("z25", "figure", "榕湾市总工会调整后的重点任务清单共多少项, 年内须完成多少项?", "调整后清单共23项，其中年内须完成18项"),
    # near-miss negatives
    P("z26", "negative", "蘅江市科技局被诫勉谈话的市科技情报研究所负责人叫什么名字?"),
    P("z27", "negative", "蘅江市科技局2025年新申报的186家高新技术企业最后有多少家通过认定?"),
    P("z28", "negative", "榕湾市职工疗休养基地改造提升项目总投资是多少?"),
    P("z29", "negative", "榕湾市总工会2024年度重点工作任务清单一共有多少项?"),
    P("z30", "negative", "蘅江市教育局巡察整改落实情况报告里有几个问题已完成整改?"),
)

SIXTEENTH_CHATS: tuple[Chat, ...] = (
    Chat("zc1", "problem's measures, then its progress and deadline in the bullet list", (
        P("zc1#1", "paraphrase", "蘅江市科技局对科技企业孵化器绩效评价问题是怎么整改的?", "3家孵化器撤销市级认定",
          "由按面积补改为按绩效补"),
        P("zc1#2", "figure", "现在进展到哪一步了?", "已提交市司法局合法性审查"),
        P("zc1#3", "figure", "要求哪天前完成?", "2025年12月10日"),
    )),
    Chat("zc2", "row target, then its helpers and a second target by pronoun", (
        P("zc2#1", "figure", "榕湾市总工会今年计划新建多少个职工法律援助工作站?", "新建职工法律援助工作站20个"),
        P("zc2#2", "figure", "这项由哪些单位配合?", "市司法局、市律师协会"),
        P("zc2#3", "figure", "劳动争议法律援助案件要办多少件?", "办理劳动争议法律援助案件300件"),
    )),
    Chat("zc3", "switch between the two notices on a person", (
        P("zc3#1", "figure", "蘅江市科学技术局巡察整改的日常调度由谁负责?", "由办公室主任甄小满负责日常调度"),
        P("zc3#2", "figure", "那榕湾市总工会这份任务清单的联系人是谁?", "市总工会办公室霍青禾"),
    )),
    Chat("zc4", "figure then near-miss", (
        P("zc4#1", "figure", "榕湾市总工会上半年新发展了多少新就业形态劳动者会员?", "其中新就业形态劳动者1.03万人"),
        P("zc4#2", "negative", "其中外卖骑手有多少人?"),
    )),
    Chat("zc5", "long-term problems, then the first one's progress by ordinal and pronoun", (
        P("zc5#1", "list", "蘅江市科技局巡察整改中, 哪些问题需要长期坚持?", "懂科技、懂产业的干部偏少", "整改长效机制不健全",
          need="all"),
        P("zc5#2", "figure", "第一个问题现在进展怎么样?", "已补充干部3名"),
        P("zc5#3", "figure", "剩下的人打算怎么补?", "通过2026年度公务员遴选补充"),
    )),
)


# A seventeenth part, written blind to the code by a helper (session of 2026-12-06, third), with
# two more notices (tests/data/heldout/29: a 学习教育查摆问题整改落实情况报告 in .docx: 文号 and 主送
# lines, prose totals by state (已完成7/正在推进5/长期坚持3) and 整改工作推进情况 in （一）…（三）, then
# a nine-column table 序号/查摆问题/整改措施/责任领导/责任科室/完成时限/已完成/正在推进/长期坚持 of 15
# problems whose state is given only by a "√" in one of the last three TICK columns (the other two
# empty), the leaders by name only (their posts in the prose), the same leader on up to five rows,
# 完成时限 a date or "长期", a 注 on what "√" means, then 初步成效 with figures, 下一步工作打算 with
# dates, a 联系人 line and the signature; 30: a 巡察整改“回头看”情况报告 in .txt with blank lines
# between parts: the 11 problems' re-checked states given only inside prose paragraphs, one per
# area, as runs "一是…的问题，…，整改成效巩固；二是…；三是…，属于整改基本到位、仍需巩固提升", with
# 反弹/不彻底/需长期坚持 cases, a "一是…二是…三是…四是…" paragraph of findings, and a 再整改措施 section
# nested "1.…问题" → "（1）责任分工。由…牵头，…股负责" / "（2）整改措施。①…；②…；③…" /
# "（3）目前进展。…", deadlines written "今年6月底前", "今年三季度末前", "2025年底前", "长期坚持",
# the same leader leading two items, then 下一步工作打算, a 联系人 line and the signature), asked
# once (--seventeenth) before any fix (ids w…).
SEVENTEENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("w1", "list", "蓼州市民政局学习教育查摆的问题中, 副局长冷清砚负责整改哪几个问题?", "公务接待管理不规范",
      "公务用车使用管理不严", "精文简会不到位", "殡葬服务收费不透明", "婚姻登记预约难", need="all"),
    P("w2", "list", "蓼州市民政局查摆问题整改清单里, 社会救助科负责的是哪几个问题?", "低保审核把关不严",
      "困难群众申请社会救助材料繁琐", need="all"),
    P("w3", "list", "蓼州市民政局针对低保“人情保”“关系保”采取了哪些整改措施?", "停发不符合条件对象43户",
      "追回违规领取资金38.7万元", "村级评议、乡镇审核、县级抽查", need="all"),
    P("w4", "list", "菱川县应急管理局巡察反馈的安全生产监管方面5个问题分别是什么?", "仅立案处罚9起",
      "危险化学品重大危险源包保责任落实不到位", "烟花爆竹零售点监管不严", "企业事故隐患排查整改闭环不到位",
      "专业执法人员不足的问题", need="all"),
    P("w5", "list", "菱川县应急管理局的再整改任务中, 副局长皮晓岚牵头的是哪几项, 分别由哪个股室负责?",
      "危险化学品和烟花爆竹安全监管股负责", "工贸行业安全监管股负责", need="all"),
    P("w6", "list", "菱川县应急管理局巡察整改“回头看”发现了哪些主要问题?", "个别问题整改不彻底",
      "个别问题出现反弹", "长效机制还不够健全", "四是发现新问题2个", need="all"),
    P("w7", "list", "菱川县应急管理局对企业事故隐患整改闭环不到位的问题, 再整改有哪些措施?",
      "对隐患整改未闭环的7家企业挂牌督办", "上线企业隐患排查治理信息系统", "按不低于20%的比例开展抽查复核",
      need="all"),
    P("w8", "list", "蓼州市民政局查摆出的问题中, 哪些由机关党委负责整改?", "读原文多、联系实际少",
      "违规收送礼品礼金等隐形变异问题", "节假日“四风”问题监督检查不经常", need="all"),
    # the notices' structure
    P("w9", "list", "蓼州市民政局学习教育查摆的问题, 截至7月底哪些还在推进中?", "精文简会不到位",
      "基层报表负担重", "困难群众申请社会救助材料繁琐", "养老机构运营补贴审核不严", "婚姻登记预约难",
      need="all"),
    P("w10", "list", "蓼州市民政局整改清单里哪些问题需要长期坚持?", "殡葬服务收费不透明",
      "困境儿童关爱服务不到位", "落实中央八项规定精神长效机制不健全", need="all"),
    P("w11", "list", "菱川县应急管理局“回头看”中, 哪些问题被认定为整改基本到位、仍需巩固提升?",
      "党风廉政建设主体责任压得不实", "乡镇应急预案演练“走过场”的问题", need="all"),
    P("w12", "list", "菱川县应急管理局的再整改措施里, 哪些要在今年三季度末前完成?",
      "视频监控联网，今年三季度末前实现全覆盖", "执法记录仪配备率达到100%，今年三季度末前完成", need="all"),
    # everyday words for official terms
    P("w13", "paraphrase", "蓼州市民政局查出有人靠关系吃低保, 一共清理了多少户?", "停发不符合条件对象43户"),
    P("w14", "paraphrase", "蓼州市民政局: 去领结婚证老要排长队, 民政局有什么办法?", "增设登记窗口2个",
      "网上预约+周末登记"),
    P("w15", "paraphrase", "蓼州市家里八九十岁老人的高龄补贴老是晚发, 民政局是怎么改的?",
      "建立高龄津贴按月发放和系统预警机制"),
    P("w16", "paraphrase", "蓼州市民政局: 办丧事时殡仪馆硬要搭着卖丧葬用品, 民政局怎么管?", "取消捆绑服务项目7项"),
    P("w17", "paraphrase", "菱川县应急管理局: 卖鞭炮的小店在店里囤了太多货, 应急局是怎么处理的?",
      "对5家违规储存的零售点依法立案处罚"),
    P("w18", "paraphrase", "菱川县应急管理局: 乡镇搞应急演练像演戏一样照着剧本走, 应急局打算怎么改?",
      "“双盲”演练不少于1次", "每年至少开展2次实战化演练"),
    P("w19", "paraphrase", "菱川县山里下暴雨要撤离时, 谁来通知、谁带群众转移, 应急管理局落实了没有?",
      "已全部落实转移责任人和预警员"),
    # figures, dates, offices, persons
    P("w20", "figure", "蓼州市民政局学习教育整改中一共追回、清退了多少资金?", "追回、清退各类资金113.66万元"),
    P("w21", "figure", "蓼州市民政局养老机构运营补贴审核不严的问题由哪位局领导和哪个科室负责?", "费承远", "养老服务科",
      need="all"),
    P("w22", "figure", "菱川县应急管理局的巡察整改“回头看”是什么时候开展的?", "2025年5月6日至5月30日"),
    P("w23", "figure", "菱川县应急管理局2024年11月以来安全生产执法立案了多少起、罚款多少?", "已立案47起、罚款86.5万元"),
    P("w24", "figure", "菱川县应急管理局的县级应急物资储备库现在有多少种物资?", "县级储备库物资品种达到46种"),
    P("w25", "figure", "菱川县应急管理局专业执法人员不足的问题由谁负责再整改?",
      "由党组成员、县安全生产执法大队大队长蒯明远负责"),
    # near-miss negatives
    P("w26", "negative", "蓼州市民政局查出虚报入住老人数量套取补贴的那2家民办养老机构叫什么名字?"),
    P("w27", "negative", "蓼州市民政局被警告处罚的5家社会组织分别是哪些?"),
    P("w28", "negative", "菱川县应急管理局对5家违规储存的烟花爆竹零售点一共罚款多少钱?"),
    P("w29", "negative", "菱川县应急管理局2023年巡察整改“回头看”发现了几个新问题?"),
    P("w30", "negative", "蓼州市应急管理局巡察整改“回头看”发现了哪些问题?"),
)

SEVENTEENTH_CHATS: tuple[Chat, ...] = (
    Chat("wc1", "a problem's measures, then its leader and deadline by pronoun in the tick table", (
        P("wc1#1", "paraphrase", "蓼州市民政局对困难群众申请救助要“跑多次”的问题是怎么整改的?", "申请材料由11项精简为5项"),
        P("wc1#2", "figure", "这个问题由哪位局领导负责?", "邬嘉禾"),
        P("wc1#3", "figure", "要求什么时候完成?", "2025年9月30日"),
    )),
    Chat("wc2", "done problems by tick column, then the second one's measure by ordinal", (
        P("wc2#1", "list", "蓼州市民政局学习教育查摆的问题中, 已经完成整改的有哪些?", "读原文多、联系实际少",
          "违规收送礼品礼金等隐形变异问题", "公务接待管理不规范", "公务用车使用管理不严", "低保审核把关不严",
          "高龄津贴发放不及时", "社会组织年检流于形式", need="all"),
        P("wc2#2", "figure", "第二个问题具体是怎么整改的?", "签订廉洁承诺书286份"),
    )),
    Chat("wc3", "switch between the two notices on a person", (
        P("wc3#1", "figure", "蓼州市民政局学习教育整改的日常调度由谁负责?", "由机关党委专职副书记龚若谷负责日常调度"),
        P("wc3#2", "figure", "那菱川县应急管理局巡察整改“回头看”工作组的组长是谁?", "党组书记、局长庹劲松任组长"),
    )),
    Chat("wc4", "figure, its progress by pronoun, then near-miss", (
        P("wc4#1", "figure", "菱川县应急管理局“回头看”抽查的企业里有几家隐患整改没有闭环?", "有7家存在重大隐患整改未闭环"),
        P("wc4#2", "figure", "这些企业现在整改得怎么样了?", "7家企业中已有4家完成整改销号"),
        P("wc4#3", "negative", "还没销号的那几家企业分别叫什么名字?"),
    )),
    Chat("wc5", "new problems, their leader by pronoun, then near-miss", (
        P("wc5#1", "list", "菱川县应急管理局“回头看”中新发现了哪两个问题?", "3个品种账实不符",
          "2辆应急指挥车未按规定建立使用登记台账", need="all"),
        P("wc5#2", "figure", "这两个问题由谁负责整改?", "由副局长阙永春负责"),
        P("wc5#3", "negative", "账实不符的那3个品种具体是哪些物资?"),
    )),
)


# An eighteenth part, written blind to the code by a helper (session of 2026-12-06, third), with
# two more notices (tests/data/heldout/31: a county bureau's 年度重点工作任务分解方案 in .md whose
# body is numbered in decimal outline style, "### 1 总体要求" / "#### 2.1 扩大有效投资" headings
# over plain paragraphs "1.2 …", "2.1.1 …", "3.3.1 …", each of its 19 tasks ending in one
# bracket "（责任股室：…；分管领导：…；完成时限：…）" (two offices when shared, the first leading;
# leaders by name only, the same leader on three to six tasks; deadlines a date, "…前完成首轮入库"
# or "长期坚持"), a 2025 recap and the year's targets up front, 保障措施 naming the 局长 and a
# 联系人 line; 32: a city government office's 督查通报 in .docx over 12 departments: three 督查组,
# each with its 组长 and four departments, in one paragraph, prose totals by state, a five-column
# table 序号/责任单位/督办事项/办理进度/存在问题 of 20 rows whose 责任单位 repeats (市住房和城乡建设局
# on three rows, 市城市管理局 on four, two rows naming two departments), 办理进度 opening 已办结/
# 按序时推进/序时推进/正在推进/进度滞后/尚未启动/已提前完成全年目标, 存在问题 empty on eight rows,
# then 共性问题 "一是…四是…", 通报表扬和批评 naming departments with their reasons, 下一步工作要求
# with dates, a 联系人 line and the signature), asked once at the end of the round (--eighteenth)
# before any fix (ids s…).
EIGHTEENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("s1", "list", "楮阳县发展和改革局2026年度重点工作任务中, 分管领导荀佩兰负责哪几项任务?",
      "“十五五”重点专项规划12项", "开展2026年度全县营商环境评价", "推进社会信用体系建设", need="all"),
    P("s2", "list", "楮阳县发展和改革局2026年在能源和绿色低碳方面安排了哪些任务?", "节能监察不少于18家次",
      "全年新增光伏装机容量8万千瓦", "新建公共充电桩400个", need="all"),
    P("s3", "list", "楮阳县发改局2026年度任务分解方案里, 投资股牵头或配合的任务有哪些?",
      "谋划储备重大项目不少于150个", "地方政府专项债券项目资金不低于5亿元", "“红黄绿”三色预警机制",
      "向民间资本推介项目不少于30个", need="all"),
    P("s4", "list", "楮阳县发展和改革局2026年的主要预期目标有哪些?", "全县地区生产总值增长6%左右",
      "固定资产投资增长8%", "社会消费品零售总额增长6.5%", "居民消费价格涨幅控制在2%左右", need="all"),
    P("s5", "list", "荇州市人民政府办公室的督查通报里, 市住房和城乡建设局承担了哪些督办事项?",
      "完成城镇老旧小区改造42个", "新建保障性租赁住房1500套", "改造城区老旧燃气管道86公里", need="all"),
    P("s6", "list", "荇州市政府办公室第三季度督查通报中, 市城市管理局参与的督办事项有哪些?",
      "改造城区老旧燃气管道86公里", "新增城区公共停车泊位3000个", "建成生活垃圾分类示范小区60个",
      "整治城区主干道交通拥堵点位20处", need="all"),
    P("s7", "list", "荇州市人民政府办公室这次督查通报表扬了哪些单位?", "市水利局，农村供水保障工程提前一个月完工",
      "市人力资源和社会保障局，城镇新增就业提前完成全年目标", "市教育局，课后服务实现全覆盖", need="all"),
    P("s8", "list", "荇州市人民政府办公室督查通报里, 第一督查组负责督查哪些部门?",
      "督查市住房和城乡建设局、市自然资源和规划局", "市城市管理局和市生态环境局", need="all"),
    # the notices' structure
    P("s9", "list", "荇州市人民政府办公室督查的重点督办事项中, 哪些进度滞后?", "新建保障性租赁住房1500套",
      "新增城区公共停车泊位3000个", "新建高标准农田4.5万亩", need="all"),
    P("s10", "list", "荇州市政府办公室这次督查通报批评了哪些部门, 原因是什么?",
      "市住房和城乡建设局，保障性租赁住房建设进度滞后", "市城市管理局，公共停车泊位建设",
      "市卫生健康委员会，社区卫生服务站建设", need="all"),
    P("s11", "list", "楮阳县发展和改革局2026年度重点任务中, 哪些任务的完成时限是长期坚持?", "“红黄绿”三色预警机制",
      "重要民生商品价格监测", "推进社会信用体系建设", need="all"),
    P("s12", "list", "楮阳县发改局今年的重点任务里, 哪些任务的完成时限是2026年6月30日前?", "谋划储备重大项目不少于150个",
      "更新补充县级救灾物资储备库物资", need="all"),
    # everyday words for official terms
    P("s13", "paraphrase", "荇州市人民政府办公室督查通报: 城里停车难, 市里督办新增的停车位建得怎么样了?",
      "已建成1420个，完成年度目标的47.3%"),
    P("s14", "paraphrase", "荇州市政府办公室督查通报: 孩子放学早、家长下班晚没人接, 学校的课后托管落实了吗?",
      "186所义务教育学校全部开展课后服务"),
    P("s15", "paraphrase", "荇州市人民政府办公室督查通报: 老小区地下的旧煤气管子换得怎么样了?", "已完成改造61公里"),
    P("s16", "paraphrase", "荇州市政府办公室督查通报: 在这家医院做的检查到别家医院不认、还得重做, 这事办得怎么样了?",
      "已有14家二级以上医院接入平台"),
    P("s17", "paraphrase", "楮阳县发展和改革局: 自来水按用多少分档收费的调价, 今年什么时候办完?",
      "居民生活用水阶梯价格调整", "2026年7月31日前", need="all"),
    P("s18", "paraphrase", "楮阳县发展和改革局今年打算给开电动汽车的人多建多少个充电的地方?", "新建公共充电桩400个"),
    P("s19", "paraphrase", "楮阳县发改局: 万一发洪水要把群众转移安置, 救灾用的东西准备了多少?", "储备品种不少于35种",
      "1.2万名受灾群众紧急转移安置"),
    # figures, dates, offices, persons
    P("s20", "figure", "荇州市人民政府办公室第三季度督查一共发现了多少个问题, 当场整改了几个?",
      "督查共发现问题26个，已督促当场整改11个"),
    P("s21", "figure", "楮阳县发展和改革局2025年争取到中央预算内投资和超长期特别国债资金多少?",
      "超长期特别国债项目资金4.27亿元"),
    P("s22", "figure", "楮阳县发改局2026年要落实多少县级储备粮?", "落实县级储备粮2.6万吨"),
    P("s23", "figure", "荇州市人民政府办公室这次督查的第二督查组组长是谁?", "市政府督查室主任钮佳音"),
    P("s24", "figure", "楮阳县发展和改革局的屋顶分布式光伏任务由哪个股室负责、哪位领导分管?", "能源与环资股",
      "岳清源", need="all"),
    P("s25", "figure", "荇州市政府办公室通报批评的单位要在什么时候前作出书面说明?", "于11月5日前向市政府作出书面说明"),
    # near-miss negatives
    P("s26", "negative", "荇州市人民政府办公室通报批评的市城市管理局, 其主要负责人叫什么名字?"),
    P("s27", "negative", "荇州市人民政府办公室督查通报中, 新建保障性租赁住房1500套的总投资是多少?"),
    P("s28", "negative", "楮阳县发展和改革局2025年度重点工作任务分解方案中, 投资股负责哪些任务?"),
    P("s29", "negative", "楮阳县发展和改革局“楮阳消费季”一共发放多少万元消费券?"),
    P("s30", "negative", "楮阳县财政局2026年度重点工作任务中, 争取地方政府专项债券资金的目标是多少?"),
)

EIGHTEENTH_CHATS: tuple[Chat, ...] = (
    Chat("sc1", "the row not started, its problem by pronoun, then its deadline in the prose", (
        P("sc1#1", "figure", "荇州市人民政府办公室的督查通报里, 哪项督办事项还没有启动?", "新建社区卫生服务站12个"),
        P("sc1#2", "figure", "它存在什么问题?", "前期工作迟缓，年内完成难度较大"),
        P("sc1#3", "figure", "选址方案要求什么时候前确定?", "于11月10日前确定社区卫生服务站选址方案"),
    )),
    Chat("sc2", "a section's tasks, then the third by ordinal and a figure by pronoun", (
        P("sc2#1", "list", "楮阳县发展和改革局2026年在价格和收费管理方面有哪些任务?", "居民生活用水阶梯价格调整",
          "重要民生商品价格监测", "涉案财物价格认定", "清理规范涉企经营服务性收费", need="all"),
        P("sc2#2", "figure", "第三条任务由哪个单位负责?", "县价格认证中心"),
        P("sc2#3", "figure", "它的平均办理时限要求是多少?", "平均办理时限不超过10个工作日"),
    )),
    Chat("sc3", "switch between the two notices on a person", (
        P("sc3#1", "figure", "荇州市人民政府办公室这次督查的第三督查组组长是谁?", "市发展和改革委员会副主任郗文博"),
        P("sc3#2", "figure", "那楮阳县发展和改革局这份任务分解方案的联系人是谁?", "局办公室苗语桐"),
    )),
    Chat("sc4", "a department's rows, the first one's problem by ordinal, then near-miss", (
        P("sc4#1", "list", "荇州市人民政府办公室督查通报中, 市教育局负责哪些督办事项?", "新增学位5400个",
          "义务教育学校课后服务全覆盖", need="all"),
        P("sc4#2", "figure", "第一个事项存在什么问题?", "第二实验小学建设资金到位率仅为58%"),
        P("sc4#3", "negative", "这所学校的建设资金还差多少万元?"),
    )),
    Chat("sc5", "a task's figure, its office and leader by pronoun, then last year's figure", (
        P("sc5#1", "figure", "楮阳县发展和改革局2026年要实施多少个县级重点项目?", "实施县级重点项目130个"),
        P("sc5#2", "figure", "这项任务由哪个单位负责、哪位领导分管?", "县重点项目建设服务中心", "詹若溪", need="all"),
        P("sc5#3", "figure", "2025年实施了多少个、完成投资多少?", "实施县级重点项目126个，完成投资152.3亿元"),
    )),
)


# A nineteenth part, written blind to the code by a helper (session of 2026-12-06, fourth), with
# two more notices (tests/data/heldout/33: a city 供销合作社联合社's 年度工作总结 as a government web
# page in .html: site chrome around a TRS_Editor article, a nine-row indicator <table> whose header
# is two rows, 序号/指标/单位/2024年完成值 spanning both and "2025年" spanning 目标值/完成值/完成率
# (rowspan and colspan), a 注 line, then five bold-titled "（一）…" paragraphs of 一是/二是/三是
# runs, an <ol> of 存在的问题 and 2026年工作思路 whose five items end "此项工作由X科牵头，理事会副
# 主任Y分管"; 34: a county 公共资源交易中心's 整改方案 in .txt kept as three cross-referenced lists:
# a 问题清单 "问题1：…" under four areas, a 任务清单 of 18 tasks coded "1-1", "2-3" (problem-task)
# each ending "完成时限：2026年N月底前" / "长期坚持" / "已于…完成", and a 责任清单 of one line per
# office "X科（分管领导：副主任Y）：牵头1-1、1-2、2-2，配合4-1。", offices and leaders given only
# there), asked once (--nineteenth) before any fix (ids b…).
NINETEENTH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("b1", "list", "岢阳市供销社2025年有哪些主要指标没有完成年度目标?", "电子商务交易额", "为农服务中心建成数",
      need="all"),
    P("b2", "list", "岢阳市供销合作社联合社2025年工作总结中提到了哪些存在的问题?", "电商业务增长乏力",
      "项目建设进度不快", "社有企业盈利能力偏弱", "基层人才队伍短缺", need="all"),
    P("b3", "list", "岢阳市供销社2025年在再生资源回收方面做了哪些工作?", "新增规范化回收站点285个",
      "在城区62个居民小区推行预约上门回收", need="all"),
    P("b4", "list", "岢阳市供销社2026年的主要预期目标有哪些?", "销售总额达到52亿元", "电子商务交易额达到8.5亿元",
      "土地托管服务面积达到50万亩", "再生资源回收量达到25万吨", need="all"),
    P("b5", "list", "岢阳市供销社2026年的重点工作中, 理事会副主任郜书琴分管哪几项?", "年内培育五星级基层社10个",
      "完成松坪、河湾2个为农服务中心建设", need="all"),
    P("b6", "list", "湓川县公共资源交易中心的整改方案中, 工程交易科牵头哪些任务?",
      "对2024年以来未进场交易的7个项目逐一倒查", "修订《湓川县公共资源交易目录》",
      "建立评标专家履职评价和抽取频次预警制度", need="all"),
    # the notices' structure
    P("b7", "list", "湓川县公共资源交易中心哪些整改任务需要长期坚持?", "每年组织评标专家业务培训不少于2次",
      "每月一自查、每季一通报", "推行党员学习积分管理", "每季度组织一次业务大讲堂", need="all"),
    P("b8", "list", "湓川县交易中心的整改任务里, 哪些要在2026年3月底前完成?", "上线评标专家智能抽取和语音通知系统",
      "对42个项目逐一补齐交易档案资料", "修订《中心公务接待管理办法》", "2名工作人员进行轮岗交流", need="all"),
    P("b9", "list", "湓川县公共资源交易中心有哪些整改任务已经立行立改完成了?", "全额退还418.6万元",
      "追缴违规发放的加班补贴2.84万元", need="all"),
    P("b10", "list", "湓川县公共资源交易中心被巡察指出的优化营商环境方面的问题有哪些?", "投标保证金退还不及时",
      "交易档案管理薄弱", "交易信息公开不规范", need="all"),
    P("b11", "list", "湓川县公共资源交易中心针对评标专家管理不严有哪些整改任务?", "上线评标专家智能抽取和语音通知系统",
      "建立评标专家履职评价和抽取频次预警制度", "每年组织评标专家业务培训不少于2次", need="all"),
    P("b12", "list", "湓川县公共资源交易中心的信息技术科牵头负责哪几项整改任务?", "上线评标专家智能抽取和语音通知系统",
      "推行电子保函替代现金保证金", "推行交易档案全流程电子化归档", need="all"),
    # everyday words for official terms
    P("b13", "paraphrase", "岢阳市供销社替农民种地、帮农户打理田地的服务, 2025年做到了多大规模?",
      "土地托管服务面积达到46.2万亩"),
    P("b14", "paraphrase", "岢阳市供销社给农民存放新鲜蔬菜水果的冷库建了多少?", "新建冷藏保鲜库8座"),
    P("b15", "paraphrase", "岢阳市供销社有没有清理那些不经营、只剩空壳的公司?", "注销“僵尸企业”5家"),
    P("b16", "paraphrase", "岢阳市供销社2025年在网上卖农产品卖了多少钱?", "全年电子商务交易额7.4亿元"),
    P("b17", "paraphrase", "湓川县公共资源交易中心: 投标交的押金老是迟迟不退, 是怎么整改的?", "全额退还418.6万元",
      "推行电子保函替代现金保证金"),
    P("b18", "paraphrase", "湓川县公共资源交易中心: 老是同一批专家被抽去评标, 以后怎么防止?",
      "年度被抽取超过12次的自动暂停抽取"),
    P("b19", "paraphrase", "湓川县交易中心有人在同一个岗位上干了太多年, 打算怎么处理?", "2名工作人员进行轮岗交流"),
    P("b20", "paraphrase", "湓川县公共资源交易中心: 有些该进场招标的小工程没进场, 怎么整改?",
      "对2024年以来未进场交易的7个项目逐一倒查", "细化400万元以下政府投资工程项目的进场标准"),
    # figures, dates, offices, persons
    P("b21", "figure", "岢阳市供销社2025年在全省供销系统综合考核中排第几名?", "位列第4名，比上年前移3位"),
    P("b22", "figure", "岢阳市供销社2025年的利润总额是多少, 增长了多少?", "实现利润总额6830万元，同比增长11.5%"),
    P("b23", "figure", "岢阳市供销社哪两个为农服务中心推迟到2026年建设, 原因是什么?",
      "松坪、河湾2个中心因建设用地手续未办结"),
    P("b24", "figure", "湓川县公共资源交易中心巡察整改工作领导小组的组长是谁?", "党支部书记、主任阚致远任组长"),
    P("b25", "figure", "湓川县公共资源交易中心的电子保函使用率要达到多少?", "电子保函使用率达到60%以上"),
    # near-miss negatives
    P("b26", "negative", "岢阳市供销社新建的8座冷藏保鲜库一共投资了多少钱?"),
    P("b27", "negative", "岢阳市供销合作社联合社2023年全系统的销售总额是多少?"),
    P("b28", "negative", "湓川县公共资源交易中心超期未退的126笔保证金涉及多少家投标企业?"),
    P("b29", "negative", "湓川县公共资源交易中心那2次超标准公务接待各花了多少钱?"),
    P("b30", "negative", "湓川县住建局针对县委巡察反馈问题制定了哪些整改任务?"),
)

NINETEENTH_CHATS: tuple[Chat, ...] = (
    Chat("bc1", "a problem by number, its offices through the 责任清单, then its tasks' deadlines", (
        P("bc1#1", "figure", "湓川县公共资源交易中心巡察指出的第4个问题是什么?", "交易档案管理薄弱"),
        P("bc1#2", "figure", "由哪些科室负责整改?", "牵头2-3、4-1", "牵头2-1、3-2、4-2", need="all"),
        P("bc1#3", "figure", "分别什么时候完成?", "2026年3月底前", "2026年6月底前", need="all"),
    )),
    Chat("bc2", "a table figure, next year's plan by pronoun, then its office", (
        P("bc2#1", "figure", "岢阳市供销社2025年建成了几个为农服务中心?", "庙前、石沟、丰乐、长岭4个为农服务中心"),
        P("bc2#2", "figure", "没建成的那两个什么时候开工?", "6月底前全部开工"),
        P("bc2#3", "figure", "这项工作哪个科室牵头?", "项目建设科牵头"),
    )),
    Chat("bc3", "a figure, its leader by pronoun, then a switch to the other notice", (
        P("bc3#1", "figure", "岢阳市供销社2026年要培育多少个五星级基层社?", "培育五星级基层社10个"),
        P("bc3#2", "figure", "这项工作由哪位领导分管?", "理事会副主任郜书琴分管"),
        P("bc3#3", "figure", "那湓川县公共资源交易中心的办公室由哪位领导分管?", "办公室（分管领导：副主任殳明澜）"),
    )),
    Chat("bc4", "ledger totals, the done tasks, then the second one's office by ordinal", (
        P("bc4#1", "figure", "湓川县公共资源交易中心的整改方案一共有多少个问题、多少项任务?", "对8个问题制定18项整改任务"),
        P("bc4#2", "list", "其中已经完成的有哪些?", "全额退还418.6万元", "追缴违规发放的加班补贴2.84万元",
          need="all"),
        P("bc4#3", "figure", "第二个是哪个科室牵头的?", "牵头3-1、6-1、6-2"),
    )),
    Chat("bc5", "a problem's figure, a near-miss detail, then its tasks", (
        P("bc5#1", "figure", "湓川县交易中心的交易信息公开存在什么问题?", "5个项目中标候选人公示期不足3日"),
        P("bc5#2", "negative", "是哪5个项目?"),
        P("bc5#3", "list", "针对这个问题有哪些整改任务?", "交易信息公开事项清单和统一公示模板", "每月一自查、每季一通报",
          need="all"),
    )),
)


# A twentieth part, written blind to the code by a helper (session of 2026-12-06, fourth), with
# two more notices (tests/data/heldout/35: a county 安委办's 乡镇安全生产督查情况通报 in .docx: three
# 督查组 with their 组长 and townships in one paragraph, prose totals, then one township per
# heading paragraph "（一）甪城镇" followed by its own two-column label/value table 督查组/检查对象/
# 隐患排查/整改情况/主要问题/(好的做法)/综合评价 (eight small tables, the township named only in the
# heading above), 通报表扬和批评 naming the 优秀 and 较差 townships, 下一步工作要求 with dates and a
# 联系人 line; 36: a city 国资委 party committee's 巡察反馈意见整改进展 in .md as a nested bulleted
# list: "- 问题N：…" over "  - 措施：…" over "    - 进展：已完成。…/推进中。…/长期坚持。…",
# "    - 责任人：…", "    - 时限：…", two or three measures per problem under three "### （一）…方面"
# areas, 21 measures, leaders and 科长 by name, and a closing 整改总体进展 of totals by measure and by
# problem), kept for a later measurement: not asked with the assistant when written (ids d…).
TWENTIETH: tuple[Probe, ...] = (
    # lists, within the two notices
    P("d1", "list", "甪阳县安委办的督查通报批评了哪些乡镇, 原因是什么?", "梓坪乡隐患整改率仅55.6%",
      "菖蒲乡检查台账弄虚作假", need="all"),
    P("d2", "list", "甪阳县安委办这次督查中, 哪些乡镇的隐患已经全部整改完了?", "41处隐患全部整改完毕",
      "16处隐患全部整改完毕", need="all"),
    P("d3", "list", "甪阳县安委办第四季度督查发现的重大隐患是什么?", "城北农贸市场消防车通道被违规搭建占用",
      "梓坪石料厂边坡超高", need="all"),
    P("d4", "list", "甪阳县安委办的通报里有哪些值得各乡镇学习的好做法?", "推行“隐患随手拍”小程序",
      "“安全义务监督员”队伍", "实行乡村干部“包企联户”", need="all"),
    P("d5", "list", "甪阳县安委办对各乡镇下一步提了哪些工作要求?", "抓紧整改剩余隐患", "开展督查“回头看”",
      "配强基层监管力量", "按时报送整改情况", need="all"),
    P("d6", "list", "甪阳县安委办第三督查组督查的乡镇存在哪些问题?", "1家危险化学品经营企业仓库超量储存",
      "竹木加工企业粉尘清扫制度执行不严", need="all"),
    # the notices' structure
    P("d7", "list", "鄣溪市国资委的巡察整改措施中, 哪些还在推进中?", "已清理退出非主业企业9户",
      "已完成后评价项目17个", "已追缴欠租1280万元", "已组建党员突击队28支", need="all"),
    P("d8", "list", "鄣溪市国资委哪些整改措施需要长期坚持?", "“一企一档”和季度约谈制度", "严控融资担保",
      "将党建工作考核结果与企业负责人年度考核挂钩", need="all"),
    P("d9", "list", "鄣溪市国资委的整改措施中, 规划发展科科长牟思远负责哪几条?", "制定《市属企业主业管理办法》",
      "开展市属企业安全生产大检查", "“一企一档”和季度约谈制度", "修订《市属企业投资监督管理办法》",
      "对2022年以来的重大投资项目开展后评价", need="all"),
    P("d10", "list", "鄣溪市国资委巡察反馈的国有资产监管方面有哪些问题?", "对市属企业投资监管不到位",
      "国有资产出租管理不规范", "企业债务风险防控不够有力", need="all"),
    P("d11", "list", "鄣溪市国资委针对国有房产出租管理不规范采取了哪些措施?", "全面清查市属企业经营性房产出租情况",
      "推行经营性房产进场公开招租", "清收历史欠租", need="all"),
    P("d12", "list", "鄣溪市国资委9个问题中, 哪几个问题的整改措施已经全部完成?", "选人用人不规范3个问题"),
    # everyday words for official terms
    P("d13", "paraphrase", "甪阳县安委办: 农家乐私拉电线的问题是在哪个乡查出来的?", "农家乐普遍存在私拉乱接电线"),
    P("d14", "paraphrase", "甪阳县安委办: 哪个乡管安全的只有一个兼职的人?", "乡安全生产监管人员仅1名且为兼职"),
    P("d15", "paraphrase", "甪阳县安委办对乡镇安全监管人手不够提了什么要求?", "至少配备2名专职安全生产监管人员"),
    P("d16", "paraphrase", "甪阳县安委办: 渡船上救生衣配不够的是哪个镇?", "2处渡口未配齐救生衣"),
    P("d17", "paraphrase", "鄣溪市国资委: 国企里乱发的补贴退回来多少?", "清退违规发放津补贴58.3万元"),
    P("d18", "paraphrase", "鄣溪市国资委: 国企的房子租出去租金太便宜, 现在改了吗?", "成交租金平均溢价率达到23.6%"),
    P("d19", "paraphrase", "鄣溪市国资委: 有的国企欠债太多, 市国资委是怎么管的?", "压降有息负债9.8亿元",
      "“红黄绿”分类管控机制"),
    P("d20", "paraphrase", "鄣溪市国资委: 国企的公车被拿去私用, 怎么管?", "47辆公务用车加装定位终端"),
    # figures, dates, offices, persons
    P("d21", "figure", "甪阳县安委办这次督查一共检查了多少家企业、发现多少处隐患?", "214家，发现各类隐患270处"),
    P("d22", "figure", "甪阳县安委办第一督查组的组长是谁?", "县应急管理局副局长郏志鹏任组长"),
    P("d23", "figure", "甪阳县安委办通报中, 芦荡镇的隐患整改率是多少?", "已整改40处，整改率90.9%"),
    P("d24", "figure", "甪阳县安委办要求剩下没整改的隐患什么时候前整改到位?", "12月20日前整改到位"),
    P("d25", "figure", "鄣溪市国资委巡察整改工作领导小组的组长是谁?", "党委书记、主任璩文昭任组长"),
    P("d26", "figure", "鄣溪市国资委巡察整改中一共追缴、清退了多少资金?", "追缴、清退各类资金1338.3万元"),
    # near-miss negatives
    P("d27", "negative", "甪阳县安委办督查中立案查处的5起案件一共罚款多少钱?"),
    P("d28", "negative", "甪阳县安委办2025年第三季度乡镇安全生产督查中哪个乡镇整改率最低?"),
    P("d29", "negative", "鄣溪市国资委清理退出的9户非主业企业分别叫什么名字?"),
    P("d30", "negative", "鄣溪市财政局巡察反馈意见的整改进展怎么样?"),
)

TWENTIETH_CHATS: tuple[Chat, ...] = (
    Chat("dc1", "a township's table by its heading, its rectification by pronoun, then a deadline", (
        P("dc1#1", "figure", "甪阳县安委办督查通报里, 梓坪乡发现了多少处隐患?", "发现隐患27处，其中重大隐患1处"),
        P("dc1#2", "figure", "整改了多少?", "已整改15处，整改率55.6%"),
        P("dc1#3", "figure", "那个重大隐患要求什么时候整改完?", "2026年1月15日前完成整改并销号"),
    )),
    Chat("dc2", "a total in one notice, a similar practice in the other, then who", (
        P("dc2#1", "figure", "甪阳县安委办这次督查的隐患整改率是多少?", "已整改235处，整改率87.0%"),
        P("dc2#2", "figure", "鄣溪市国资委有没有类似的安全生产检查? 发现了多少隐患?", "发现隐患184处"),
        P("dc2#3", "figure", "这项工作由谁负责?", "副主任郯立新，规划发展科科长牟思远"),
    )),
    Chat("dc3", "a measure's progress, the rest's deadline by pronoun, then who", (
        P("dc3#1", "figure", "鄣溪市国资委对重大投资项目的后评价做得怎么样了?", "已完成后评价项目17个"),
        P("dc3#2", "figure", "剩下的什么时候完成?", "其余8个2026年2月底前完成"),
        P("dc3#3", "figure", "谁负责这项工作?", "规划发展科科长牟思远"),
    )),
    Chat("dc4", "an area's problems, then the second one's progress by ordinal", (
        P("dc4#1", "list", "鄣溪市国资委巡察反馈的全面从严治党方面有哪些问题?", "落实中央八项规定精神不够严格",
          "国企党建工作与生产经营融合不深", "选人用人工作不够规范", need="all"),
        P("dc4#2", "list", "第二个问题现在整改得怎么样?", "6户市属企业全部完成清单修订", "已组建党员突击队28支",
          "权重提高到30%", need="all"),
    )),
    Chat("dc5", "a township's problems, its good practice by pronoun, then near-miss", (
        P("dc5#1", "list", "甪阳县安委办督查中蔺家镇存在哪些问题?", "塔式起重机未按规定进行月度检测",
          "未办理房屋安全鉴定", need="all"),
        P("dc5#2", "figure", "它有什么好的做法?", "“安全义务监督员”队伍"),
        P("dc5#3", "negative", "这些监督员每个月领多少补贴?"),
    )),
)


# A twenty-first part, written blind to the code by a helper (session of 2026-12-06, fifth), with
# two more notices (tests/data/heldout/37: a city 人民防空办公室 party group's 巡察反馈问题整改台账
# in .docx: prose totals (8个问题, 20条措施, 已销号9条/序时推进7条/持续整改4条) and the leaders by
# role, then one seven-column table 序号/反馈问题/整改措施/完成时限/整改状态/责任部门/责任领导 where
# each problem spans two or three measure rows, its 序号 and 反馈问题 written on the first row only
# and left empty ("|  |  |") on the rows below, states 已销号/序时推进/持续整改 and 完成时限 "立行立改",
# dates, "2026年二季度" or "长期", a 注 defining the states, a 下一步工作 section in （一）…（三） and a
# 联系人 line; 38: a county 投资促进局's 2025年度领导班子民主生活会查摆问题整改清单 as a county
# government web page in .html: top bar, navigation, breadcrumb, share/print links, previous/next
# links and a footer around an article whose prose gives the meeting date and totals, then one <h3>
# per 班子成员 ("党组书记、局长 濮怀瑾") over that leader's problems as "问题N：" / "整改措施：（1）…
# （2）…" / "完成时限：…" paragraphs, then a 整改进展情况一览表 <table> 序号/责任领导/问题/已完成/
# 正在推进 with "√" in one of the last two cells per row, a 注, a supervision paragraph and a
# 监督电话 line), kept for a later measurement: not asked with the assistant when written (ids i…).
TWENTYFIRST: tuple[Probe, ...] = (
    # lists, within the two notices
    P("i1", "list", "漷阳市人民防空办公室被巡察指出的问题中, 哪些与人防易地建设费有关?",
      "11个民用建筑项目应建防空地下室未按规定修建", "违规为3个项目减免易地建设费合计218万元", need="all"),
    P("i2", "list", "漷阳市人防办针对已建人防工程被挪作他用、积水锈蚀的问题采取了哪些措施?", "共排查人防工程184处",
      "已恢复19处", "已完成5处维修改造", need="all"),
    P("i3", "list", "漷阳市人民防空办公室针对防空警报器试鸣不响的问题采取了哪些整改措施?", "更换老化电声警报器14台",
      "落实“月巡查、季测试”制度", "新增多媒体警报终端40个", need="all"),
    P("i4", "list", "瀍源县投资促进局民主生活会上, 局长濮怀瑾查摆出了哪些问题?", "带头学习不够深入系统",
      "“重签约、轻落地”倾向", "对招商引资优惠政策兑现把关不严", need="all"),
    P("i5", "list", "瀍源县投资促进局针对落实“首问负责制”不到位制定了哪些整改措施?",
      "为全县46个在建招商项目逐一配备项目管家", "1个工作日内登记、5个工作日内回复", "超期未回复的纳入股室季度考评",
      need="all"),
    P("i6", "list", "瀍源县投资促进局副局长鞠沛然在民主生活会上查摆了哪些问题?", "外出招商活动管理不规范",
      "2个招商联络处管理考核虚化", need="all"),
    # the notices' structure
    P("i7", "list", "漷阳市人防办巡察整改台账中, 哪些措施属于持续整改?", "每年按不低于30%的比例抽查减免案卷",
      "落实“月巡查、季测试”制度", "党组书记每半年到所在支部讲一次党课", "专题培训不少于4期", need="all"),
    P("i8", "list", "漷阳市人民防空办公室哪些整改措施的完成时限是2026年二季度?", "建立人防审查联动机制",
      "已完成5处维修改造", "制定针对性防控措施31条", "补充土木工程、通信工程专业干部3名", need="all"),
    P("i9", "list", "漷阳市人防办整改台账里, 机关党委书记厍雨禾负责哪几条措施?", "制定针对性防控措施31条",
      "建立支部组织生活提醒和纪实台账", "专题培训不少于4期", need="all"),
    P("i10", "list", "漷阳市人防办巡察整改中, 哪些措施是立行立改的?", "已向11个项目建设单位下达限期整改通知书",
      "撤销违规减免决定3件", "更换老化电声警报器14台", "清退违规列支的工作餐费用2.3万元", need="all"),
    P("i11", "list", "瀍源县投资促进局民主生活会查摆的问题中, 哪些已经完成整改?", "优惠政策兑现把关不严",
      "外出招商活动管理不规范", "主题党日与业务融合不深", need="all"),
    P("i12", "list", "瀍源县投资促进局民主生活会整改清单中, 哪些问题要求2026年6月底前完成整改?",
      "“重签约、轻落地”倾向", "2个招商联络处管理考核虚化", need="all"),
    # everyday words for official terms
    P("i13", "paraphrase", "漷阳市人防办: 开发商盖楼该建防空地下室却没建, 该交的钱追回来了吗?", "目前已追缴1426.8万元"),
    P("i14", "paraphrase", "漷阳市人民防空办公室以后怎么防止随便给项目减免易地建设费?",
      "减免事项一律经办务会集体审议并在门户网站公示7日"),
    P("i15", "paraphrase", "漷阳市人防办: 搞工程质量监督的人总是对接同一家施工单位, 现在怎么改?",
      "推行质量监督人员随机指派和AB岗制度"),
    P("i16", "paraphrase", "漷阳市人防办有没有把吃饭的钱算成会议费报销?", "以会议费名义列支工作餐费用2.3万元",
      "清退违规列支的工作餐费用2.3万元"),
    P("i17", "paraphrase", "漷阳市人民防空办公室懂工程的干部太少, 打算怎么补人?", "通过公开遴选补充土木工程、通信工程专业干部3名"),
    P("i18", "paraphrase", "瀍源县投资促进局给投资没达标的企业发了奖励, 钱要回来了吗?", "已全额追回奖补资金150万元"),
    P("i19", "paraphrase", "瀍源县投资促进局: 企业有事找投促局反映, 多久能给个答复?", "1个工作日内登记、5个工作日内回复"),
    P("i20", "paraphrase", "瀍源县投资促进局: 出去招商住宿超标的钱退回来了吗?", "退回超标准报销的住宿费1.86万元"),
    # figures, dates, offices, persons
    P("i21", "figure", "市委第二巡察组是哪天向漷阳市人民防空办公室党组反馈巡察意见的?", "于2025年12月18日向办党组反馈了巡察意见"),
    P("i22", "figure", "漷阳市人防办的整改措施中, 已销号和序时推进的各有多少条?", "已销号9条，序时推进7条"),
    P("i23", "figure", "瀍源县投资促进局说2025年签约的亿元以上项目开工率是多少?", "开工率44.4%"),
    P("i24", "figure", "瀍源县投资促进局2025年度领导班子民主生活会是哪天召开的?", "2026年1月22日"),
    P("i25", "figure", "瀍源县投资促进局的产业链招商问题是哪位班子成员查摆、负责整改的?", "党组成员、副局长 隗承霖"),
    # near-miss negatives
    P("i26", "negative", "漷阳市人防办巡察整改中被诫勉谈话的那名科级干部叫什么名字?"),
    P("i27", "negative", "漷阳市人民防空办公室申请法院强制执行的那2个项目分别是哪两个楼盘?"),
    P("i28", "negative", "瀍源县投资促进局2024年度民主生活会查摆了哪些问题?"),
    P("i29", "negative", "瀍源县投资促进局结对共建的8个重点招商项目企业分别是哪几家?"),
    P("i30", "negative", "瀍源县发展和改革局2025年度民主生活会查摆问题整改清单有哪些内容?"),
)

TWENTYFIRST_CHATS: tuple[Chat, ...] = (
    Chat("ic1", "a problem by number in a table, its measure's progress by pronoun, then its deadline", (
        P("ic1#1", "figure", "漷阳市人民防空办公室巡察反馈的第3个问题是什么?", "有26处被擅自改作仓储、经营用途"),
        P("ic1#2", "figure", "被改作他用的那些工程现在恢复了多少处?", "已恢复19处"),
        P("ic1#3", "figure", "剩下的要求什么时候恢复完?", "2026年6月30日"),
    )),
    Chat("ic2", "a measure on a continuation row, who leads it by pronoun, then when", (
        P("ic2#1", "figure", "漷阳市人防办的防空警报远程控制系统升级是怎么安排的?", "新增多媒体警报终端40个"),
        P("ic2#2", "figure", "这项工作谁负责?", "党组成员、副主任仉嘉树"),
        P("ic2#3", "figure", "什么时候完成?", "2026年10月31日"),
    )),
    Chat("ic3", "a measure in one notice, the same topic in the other, then near-miss", (
        P("ic3#1", "figure", "瀍源县投资促进局针对外出招商管理不规范是怎么整改的?", "“事前审批、事后报告、成效评估”制度"),
        P("ic3#2", "figure", "那漷阳市人防办对公务接待是怎么整改的?", "公务接待实行“一函一单一审批”"),
        P("ic3#3", "negative", "那4批次没有公函的公务接待一共花了多少钱?"),
    )),
    Chat("ic4", "a leader's problems, the second one's measures by ordinal, then its deadline", (
        P("ic4#1", "list", "瀍源县投资促进局党组成员冼映秋查摆了哪些问题?", "主题党日活动形式单一", "年轻干部培养使用办法不多",
          need="all"),
        P("ic4#2", "list", "第二个问题有哪些整改措施?", "选派2名年轻干部到县经济开发区项目服务专班跟班学习",
          "每次洽谈至少安排1名年轻干部参与", need="all"),
        P("ic4#3", "figure", "什么时候完成?", "完成时限：2026年12月底前"),
    )),
    Chat("ic5", "a total, the waived part by pronoun, then near-miss", (
        P("ic5#1", "figure", "漷阳市人民防空办公室巡察整改中追缴、补征了多少人防易地建设费?", "追缴、补征人防易地建设费1644.8万元"),
        P("ic5#2", "figure", "其中违规减免的那部分是怎么处理的?", "补征易地建设费218万元"),
        P("ic5#3", "negative", "那3个违规减免的项目当时是谁批的?"),
    )),
)


# A twenty-second part, written blind to the code by a helper (session of 2026-12-06, fifth), with
# two more notices (tests/data/heldout/39: a county 林业局 party group's 巡察反馈问题整改任务分解表 in
# .md organised by office, not by problem: an intro with the 巡察 dates, 4 方面 14 问题, 32 tasks and
# the totals by state, a "## 反馈问题编号" list "- 问题N：…", then one "## <股室>" section per office
# (办公室, 人事股, 计划财务股, 资源管理股, 生态保护修复股, 森林防火股), each opening with a line
# "牵头股室负责人：…；分管领导：…" over numbered tasks "N. …（对应问题X；YYYY年M月底前|长期坚持；
# 配合：…）【已办结|正在办理|常态化】" that restart under each office, and a closing "## 整改督导"
# paragraph naming the 第一责任人, the two supervising deputies by office, the 纪检监察组组长 and
# the "每月5日前" reporting; 40: a city 信访局's 信访工作考评结果通报 over nine 县（市、区） in .pdf:
# prose totals, a ranking table 名次/单位/基础业务得分/化解成效得分/加减分/总得分/等次 (优秀/良好/一般/
# 较差), a second table of each unit's 按期办结率/群众参评满意率/交办积案/已化解/积案化解率 with a 全市
# row, 加分情况, 主要扣分问题 as "（一）…（五）" paragraphs naming units and points lost, 考评结果运用,
# 限期整改要求 whose dates carry no year ("12月20日前", "次年1月底前", the year coming from the
# notice's date 2025年11月28日) and a 联系人 line), kept for a later measurement: not asked with the
# assistant when written (ids j…).
TWENTYSECOND: tuple[Probe, ...] = (
    # lists, within the two notices
    P("j1", "list", "邛岭县林业局针对公务接待和公车管理不规范的问题定了哪些整改任务?", "接待审批单、派出单位公函和接待清单",
      "超标准接待涉及的3840元由当事人全额退赔", "加装北斗定位终端", need="all"),
    P("j2", "list", "邛岭县林业局针对生态护林员管理不严的问题采取了哪些措施?", "解聘长期不在岗的护林员23名",
      "推行生态护林员巡护手机终端打卡", need="all"),
    P("j3", "list", "邛岭县林业局巡察整改中, 资源管理股负责的涉林执法方面的任务有哪些?",
      "达到刑事立案标准的4起案件移送县公安局", "涉林案件线索“行刑衔接”移送台账", need="all"),
    P("j4", "list", "渑川市信访局的考评通报列出了哪些主要扣分问题?", "信访事项办理不及时", "群众满意度不高",
      "重复信访积案化解滞后", "越级上访控制不力", need="all"),
    P("j5", "list", "渑川市信访局2025年1—10月考评中, 芮坪县因为哪些问题被扣了分?", "超期办理信访事项分别为27件、19件",
      "芮坪县有12件信访事项答复意见照搬政策条文", "芮坪县交办积案11件化解6件", "芮坪县发生赴省个体访9人次",
      need="all"),
    P("j6", "list", "渑川市信访局的考评里哪些县区得了加分, 因为什么?", "推行“信访代办员”制度",
      "“信访＋人民调解”联动工作法", need="all"),
    # the notices' structure
    P("j7", "list", "邛岭县林业局生态保护修复股的整改任务里, 哪些还在办理中?", "补植补造3600亩",
      "完成退化林修复1.2万亩", "除治枯死松树4.7万株", need="all"),
    P("j8", "list", "邛岭县林业局人事股有哪些整改任务是常态化推进的?", "每年举办林业专业技术培训班不少于4期",
      "每月固定开展主题党日活动", need="all"),
    P("j9", "list", "邛岭县林业局资源管理股和森林防火股各有哪项整改任务要在2025年12月底前完成?", "1426株古树名木",
      "新建生物防火隔离带46公里", need="all"),
    P("j10", "list", "邛岭县林业局的巡察整改任务中, 哪些需要计划财务股配合?", "超标准接待涉及的3840元",
      "完成退化林修复1.2万亩", "“背对背”在岗核查", "新建生物防火隔离带46公里", need="all"),
    P("j11", "list", "渑川市信访局这次考评中被评为一般和较差的是哪些县区?", "对评定为一般的汶西县、芮坪县",
      "对评定为较差的涑水区", need="all"),
    P("j12", "list", "渑川市信访局要求各县区在12月20日前完成哪些整改?", "12月20日前全部办结",
      "12月20日前书面报告超期原因", need="all"),
    # everyday words for official terms
    P("j13", "paraphrase", "邛岭县林业局怎么防止护林员拿了钱却不去巡山?", "巡护手机终端打卡",
      "解聘长期不在岗的护林员23名"),
    P("j14", "paraphrase", "邛岭县林业局: 上山进林区的人要不要登记?", "进山人员一律扫码登记"),
    P("j15", "paraphrase", "邛岭县林业局有没有把够判刑的毁林案子交给公安?", "达到刑事立案标准的4起案件移送县公安局"),
    P("j16", "paraphrase", "邛岭县林业局对县里的老树有没有专门保护?", "1426株古树名木", "“一树一档”建档"),
    P("j17", "paraphrase", "邛岭县林业局打算怎么解决懂林业的专业人手不够的问题?", "补充林学、森林保护专业技术人员5名"),
    P("j18", "paraphrase", "渑川市信访局: 有没有县里给上访群众的回复就是抄政策条文、转来转去的?",
      "答复意见照搬政策条文"),
    P("j19", "paraphrase", "渑川市信访局: 老百姓上访的事能不能有人帮着跑腿代办?", "推行“信访代办员”制度",
      "在全市215个村（社区）配备代办员"),
    P("j20", "paraphrase", "渑川市信访局对考得最差的那个区怎么处理?", "约谈该区分管信访工作的负责同志"),
    # figures, dates, offices, persons
    P("j21", "figure", "邛岭县林业局追回了多少被挤占的护林员补助资金?", "生态护林员补助资金18.6万元"),
    P("j22", "figure", "邛岭县林业局巡察整改由谁负责全程监督?", "驻局纪检监察组组长莘立诚"),
    P("j23", "figure", "渑川市信访局考评中, 涑水区的重复信访积案化解率是多少?", "化解率35.7%，为全市最低"),
    P("j24", "figure", "渑川市信访局要求重复信访积案化解率到2026年1月底前达到多少?", "次年1月底前积案化解率达到90%以上"),
    P("j25", "figure", "渑川市信访局考评结果通报的联系人是谁, 电话多少?", "鞠晓岚，电话：0398-6215473"),
    # near-miss negatives
    P("j26", "negative", "邛岭县林业局补植补造3600亩一共要投入多少资金?"),
    P("j27", "negative", "邛岭县林业局的超标准公务接待是哪几次, 接待的是哪些人?"),
    P("j28", "negative", "渑川市信访局2024年1—10月信访工作考评中哪个县区排名第一?"),
    P("j29", "negative", "渑川市信访局通报的涑水区那27件超期信访事项具体反映的是什么问题?"),
    P("j30", "negative", "邛岭县自然资源局巡察反馈问题的整改任务是怎么分解的?"),
)

TWENTYSECOND_CHATS: tuple[Chat, ...] = (
    Chat("jc1", "an office's tasks, the done ones by pronoun, then its leader", (
        P("jc1#1", "list", "邛岭县林业局巡察整改中, 森林防火股负责哪些任务?", "新建生物防火隔离带46公里",
          "设立“防火码”卡口", "14支半专业森林消防队", "9座瞭望塔视频监控系统升级", need="all"),
        P("jc1#2", "list", "其中哪些已经办结了?", "设立“防火码”卡口", "9座瞭望塔视频监控系统升级", need="all"),
        P("jc1#3", "figure", "这个股室由哪位领导分管?", "股长晏承泽；分管领导：党组成员、副局长訾明川",
          "生态保护修复股、森林防火股的整改任务"),
    )),
    Chat("jc2", "a unit's rank, its deductions by pronoun, then a switch of unit with the topic kept", (
        P("jc2#1", "figure", "渑川市信访局考评中涑水区得了多少分, 排第几?", "涑水区以63.9分排名末位"),
        P("jc2#2", "list", "它主要在哪些方面被扣分?", "超期办理信访事项分别为27件、19件", "涑水区交办积案14件仅化解5件",
          "涑水区发生赴省集体访2批次", need="all"),
        P("jc2#3", "list", "那汶西县呢?", "汶西县有8件信访事项受理后未实际办理", "汶西县、浍阳县、洹溪县因发生到市重复访",
          need="all"),
    )),
    Chat("jc3", "the deadline list, the fourth one by ordinal, then near-miss", (
        P("jc3#1", "list", "渑川市信访局对各县区提了哪些限期整改要求?", "12月10日前报送市信访局督查考评科",
          "12月20日前全部办结", "次年1月底前积案化解率达到90%以上", "12月31日前逐件完成复核和二次回访", need="all"),
        P("jc3#2", "figure", "第四项要求什么时候完成?", "12月31日前逐件完成复核和二次回访"),
        P("jc3#3", "negative", "到期整改不到位的县区要罚多少钱?"),
    )),
    Chat("jc4", "a problem by number, its tasks across the offices, then the first one's deadline", (
        P("jc4#1", "figure", "邛岭县林业局巡察反馈的问题9是什么?", "林地审核审批把关不严"),
        P("jc4#2", "list", "针对这个问题有哪些整改任务?", "到期未恢复的11宗项目恢复林业生产条件",
          "集体审议“三道关口”", need="all"),
        P("jc4#3", "figure", "第一个什么时候完成, 现在办完了吗?", "对应问题9；2026年3月底前"),
    )),
    Chat("jc5", "reporting schedule, the person in charge, then near-miss", (
        P("jc5#1", "figure", "邛岭县林业局的巡察整改进展多久报一次, 报给谁?", "每月5日前将上月整改进展",
          "局巡察整改办公室设在办公室"),
        P("jc5#2", "figure", "整改的第一责任人是谁?", "局长阙承岳为巡察整改第一责任人"),
        P("jc5#3", "negative", "办公室那4辆公车装定位终端花了多少钱?"),
    )),
)


# A twenty-third part, written blind to the code by a helper (session of 2026-12-06, fifth), with
# two more notices (tests/data/heldout/41: a city 档案馆's 2025年度重点工作任务推进台账 in .md: an
# intro explaining the marks, then "## 一、…" areas, each opening "本方面任务由副馆长X分管。" over a
# GitHub task list, "- [x] 任务（责任科室：…；完成时间：…）" for the 15 done tasks, "- [ ] 任务（责任
# 科室：…；计划完成：…）— 进展：…" for the 10 open ones and "- [ ] 任务（长期）（责任科室：…）— 进展：…"
# for 3 long-term ones, two offices joined by "、" on some items, a prose paragraph of figures after
# each list (one moving a deadline to 2026年3月底), a 小结 with the counts (共28项，已完成15项) and a
# 联系人 line; 42: a county 红十字会 party group's 巡察反馈问题整改方案 in .docx: 指导思想, 工作目标
# with dated targets, a 领导小组 paragraph (组长, two 副组长, 办公室设在会办公室 with its 主任) and the
# leaders' portfolios, then one 13-row table whose header takes TWO rows, "序号/问题/整改措施/责任分工/
# 责任分工/责任分工/完成时限" over "  /  /  /牵头领导/牵头单位/配合单位/  " (责任分工 spanning three
# columns), leaders by name only, three rows with two 牵头单位 joined by "、" (the first the 主责单位),
# deadlines "2026年3月底前", "2026年上半年", "长期坚持", "立行立改", then 保障措施 in （一）…（四） and
# the signature with its date), kept for a later measurement: not asked with the assistant when
# written (ids o…).
TWENTYTHIRD: tuple[Probe, ...] = (
    # lists, within the two notices
    P("o1", "list", "潴阳市档案馆2025年在档案数字化和信息化建设方面安排了哪些重点任务?", "永久档案数字化扫描6.2万卷",
      "备份数据量38TB", "电子文件单套制归档试点", "通过省级数字档案馆测评", need="all"),
    P("o2", "list", "潴阳市档案馆今年在档案安全保障方面做了哪些工作?", "更换七氟丙烷气体灭火装置12套",
      "地下库房防潮排水设施检修", "开展档案抢救转移应急演练1次", "全年修复档案1800卷", need="all"),
    P("o3", "list", "潴阳市档案馆在业务指导和队伍建设方面有哪些任务?", "112个机关团体档案工作年度检查",
      "培训兼职档案员436人次", "公开招聘档案学、计算机专业技术人员4名", "在潴河镇、芦渚乡等4个乡镇开展示范创建",
      need="all"),
    P("o4", "list", "潏川县红十字会针对造血干细胞捐献宣传动员不足制定了哪些整改措施?", "在献血屋设立固定采样点",
      "集中采样不少于4次", "新增入库志愿者不少于350人", need="all"),
    P("o5", "list", "潏川县红十字会针对公共场所AED维护不到位有哪些整改措施?", "立即更换9台AED的过期耗材",
      "“一机一码”每月巡检", "新增投放AED 30台", need="all"),
    P("o6", "list", "潏川县红十字会针对人道救助对象审核把关不严的问题怎么整改?", "对2025年全部救助对象逐户复核",
      "与县民政局低收入人口数据比对", "“村级评议、乡镇审核、县级审批”三级审核制度", need="all"),
    # the notices' structure
    P("o7", "list", "潴阳市档案馆的重点工作任务中哪些属于长期任务?", "每季度至少到项目现场指导一次",
      "每年开展网络安全等级保护测评和数据安全检查", "当日办结率保持在98%以上", need="all"),
    P("o8", "list", "潴阳市档案馆推进台账里计划完成时间写的是2025年12月底的任务有哪些?", "2家撤并事业单位档案的清点移交",
      "电子文件单套制归档试点", "《潴阳市大事记（2016—2020）》", "推进村级档案规范化管理", need="all"),
    P("o9", "list", "潴阳市档案馆哪些重点任务要跨年度到2026年才能完成?", "通过省级数字档案馆测评",
      "新增档案容量15万卷", need="all"),
    P("o10", "list", "潏川县红十字会巡察整改中哪些问题要求立行立改?", "按捐赠协议全部拨付到位",
      "建立每季度结束后15日内公示制度", "违规列支的1.26万元由相关人员全额清退", need="all"),
    P("o11", "list", "潏川县红十字会的巡察整改任务里, 贲瑞霖牵头的有哪几项?", "党组理论学习中心组2025年仅开展集体学习5次",
      "列支工作餐费用1.26万元", "2025年监事会仅召开会议1次", "机关在编9人中仅1人", need="all"),
    P("o12", "list", "潏川县红十字会整改任务中有哪些由募捐和财务科牵头?", "47.6万元未按捐赠人意愿及时拨付使用",
      "捐赠款物接收和使用情况未在门户网站公示", "列支工作餐费用1.26万元", "3批次共68.4万元化整为零规避政府采购",
      need="all"),
    # everyday words for official terms
    P("o13", "paraphrase", "潴阳市档案馆: 在外地的人要开档案证明, 是不是非得回潴阳去查?", "8类民生档案“跨馆出证”服务",
      "群众不再需要往返潴阳查档"),
    P("o14", "paraphrase", "潴阳市档案馆有没有找老人录口述历史?", "老工匠、老劳模口述历史档案采集", "已完成访谈14人"),
    P("o15", "paraphrase", "潴阳市档案馆怎么防止电子档案数据丢了?", "异地备份至省档案馆灾备中心", "备份数据量38TB"),
    P("o16", "paraphrase", "潴阳市档案馆: 单位撤并以后原来的档案会不会弄丢?", "防止档案在机构改革中散失",
      "2家撤并事业单位档案的清点移交"),
    P("o17", "paraphrase", "潏川县红十字会: 指定给某个用途的捐款, 多久能拨下去?", "建立定向捐赠“30日内拨付”提醒制度"),
    P("o18", "paraphrase", "潏川县红十字会怎么防止不符合条件的人领到救助?", "“村级评议、乡镇审核、县级审批”三级审核制度",
      "与县民政局低收入人口数据比对"),
    P("o19", "paraphrase", "潏川县红十字会: 仓库里的救灾物资跟账本对不上, 怎么处理的?", "对备灾仓库开展全面盘点",
      "物资出入库实行“双人双签”", "每季度开展一次账实核对"),
    P("o20", "paraphrase", "潏川县红十字会办的急救培训, 考下证的人多吗? 打算怎么提高?", "考核取证率仅为58%",
      "考核取证率提高到85%以上"),
    # figures, dates, offices, persons
    P("o21", "figure", "潴阳市档案馆截至2025年11月底馆藏档案总量是多少?", "馆藏档案总量达到41.6万卷（件）"),
    P("o22", "figure", "潴阳市档案馆的数字档案馆（二期）计划什么时候完成?", "计划完成：2026年3月底",
      "顺延至2026年3月底"),
    P("o23", "figure", "潴阳市档案馆今年到期档案开放审核向社会开放了多少件档案?", "向社会开放档案9480件"),
    P("o24", "figure", "潏川县红十字会巡察整改领导小组办公室由谁担任主任?", "由办公室主任茹静姝兼任领导小组办公室主任"),
    P("o25", "figure", "县委第四巡察组是哪天向潏川县红十字会党组反馈巡察意见的?", "于2026年1月16日反馈了巡察意见"),
    # near-miss negatives
    P("o26", "negative", "潴阳市档案馆编纂出版《潴阳市大事记（2016—2020）》的经费预算是多少?"),
    P("o27", "negative", "潴阳市档案馆2024年度重点工作任务一共完成了多少项?"),
    P("o28", "negative", "潏川县红十字会“博爱送万家”活动中那6户不符合条件的救助对象一共领了多少救助款?"),
    P("o29", "negative", "潏川县红十字会巡察移交的那1件问题线索涉及哪位干部?"),
    P("o30", "negative", "潏川县档案馆2025年度重点工作任务推进得怎么样?"),
)

TWENTYTHIRD_CHATS: tuple[Chat, ...] = (
    Chat("oc1", "an open task's progress, its leader by pronoun, then near-miss", (
        P("oc1#1", "figure", "潴阳市档案馆的口述历史档案采集进展到哪一步了?", "已完成访谈14人"),
        P("oc1#2", "figure", "这项工作由哪位馆领导分管?", "本方面任务由副馆长桓若澜分管"),
        P("oc1#3", "negative", "已经访谈的14位老工匠、老劳模都是谁?"),
    )),
    Chat("oc2", "a leader's rows, the second one's deadline by ordinal, then its helpers by pronoun", (
        P("oc2#1", "list", "潏川县红十字会副会长宦子墨牵头哪些整改问题?", "家庭应急包账面比实物多出86个",
          "考核取证率仅为58%", "9台电池或电极片过期", "有6户救助对象不符合救助条件", need="all"),
        P("oc2#2", "figure", "第二个什么时候完成?", "2026年上半年"),
        P("oc2#3", "figure", "这项需要哪些单位配合?", "县教育局、县卫生健康局"),
    )),
    Chat("oc3", "an office's tasks, the unfinished one by pronoun, then a switch of office with the topic kept", (
        P("oc3#1", "list", "潴阳市档案馆保管利用科负责哪些任务?", "8类民生档案“跨馆出证”服务",
          "当日办结率保持在98%以上", "地下库房防潮排水设施检修", "全年修复档案1800卷", need="all"),
        P("oc3#2", "figure", "其中还没完成的进展怎么样?", "已修复1350卷", "当日办结率98.6%"),
        P("oc3#3", "list", "那办公室负责的任务里有哪些还没完成?", "新增档案容量15万卷",
          "已修订5项，另2项正在征求意见", need="all"),
    )),
    Chat("oc4", "a hiring in one notice, a similar one in the other, then its helpers", (
        P("oc4#1", "figure", "潴阳市档案馆今年招了几个专业技术人员?", "公开招聘档案学、计算机专业技术人员4名"),
        P("oc4#2", "figure", "潏川县红十字会有没有类似的补充专业人员的打算?", "通过公开招聘补充医学、社会工作专业人员2名"),
        P("oc4#3", "figure", "这项需要哪些部门配合?", "县委组织部、县人力资源和社会保障局"),
    )),
    Chat("oc5", "a figure, next year's target and partner by pronoun, then near-miss", (
        P("oc5#1", "figure", "潏川县红十字会2025年新增造血干细胞捐献志愿者入库多少人?", "新增造血干细胞捐献志愿者入库仅112人"),
        P("oc5#2", "figure", "2026年的目标是多少? 跟哪个单位合作?", "新增入库志愿者不少于350人",
          "联合县中心血站在献血屋设立固定采样点", need="all"),
        P("oc5#3", "negative", "固定采样点设在哪几个献血屋?"),
    )),
)

# A twenty-fourth part, written blind to the code by a helper (session of 2026-12-06, sixth), with
# two more notices (tests/data/heldout/43: a city 卫生健康委员会's 政策解读 as a government web page
# in .html, "市卫生健康委负责同志就《洺州市公共场所自动体外除颤器配置和管理办法》答记者问": site chrome,
# a 解读人 line and a 解读文件 box naming the policy (洺政办规〔2025〕9号), an intro, then ten questions
# as bold "问：…？" paragraphs (class wen) each answered by one "答：…" paragraph, one answer
# continuing in an <ol> of the seven kinds of places that must have an AED; no ledger, no table,
# no office per item: the offices' shares are prose in one answer, the figures (486台, 900台 by
# 2026年底, 1200台 by 2027年底, 每台6000元, 4名持证, 30日内, 1.5万人) spread over the answers,
# and users ask in everyday words (用AED救人要不要担责, 怎么找到最近的AED); 44: a town's
# (滠阳县芡湾镇, 镇党委 and 镇人民政府 jointly) 县委巡察反馈问题整改销号验收情况报告 in .txt: totals by
# verdict, then the 12 problems grouped by the verdict, "二、同意销号的问题（7个）", "三、暂缓销号的
# 问题（3个）", "四、需长期坚持、阶段性销号的问题（2个）", each a block opening "◆第N项　title" (N the
# problem's original number, so the groups run 一、二、四、六、七、十、十一 / 三、五、九 / 八、十二) over
# labelled lines 问题表现：/整改措施： with "1. 2. 3." lines/责任人：/承办单位：/整改时限：/整改进展：
# (已整改到位。… / 正在整改。… / 需长期坚持。…)/验收意见：(同意销号 / 暂缓销号。原因：… / 同意
# 阶段性销号…), two 承办单位 joined by "、" on some, a 下一步工作 in （一）…（三）, a 联系人 line and
# the signatures with the date), kept for a later measurement: not asked with the assistant when
# written (ids r…).
TWENTYFOURTH: tuple[Probe, ...] = (
    # lists across agencies (no agency named)
    P("r1", "list", "哪些单位提出要在车站、体育场馆、步道等公共场所配置自动体外除颤器(AED)?",
      "驿站提供饮水、急救箱和自动体外除颤器（AED）", "新增投放AED 30台", "全市公共场所AED配置总数达到900台",
      need="all"),
    P("r2", "list", "哪些乡镇被查出农村自建房用来经营却没做房屋安全鉴定的问题?",
      "1处农村自建房改作民宿经营，未办理房屋安全鉴定", "26户农房中有19户未开展安全鉴定", need="all"),
    P("r3", "list", "哪些单位建立了村里评议、乡镇审核、县里审批或抽查的多级审核把关制度?",
      "村级评议、乡镇审核、县级审批四级把关", "“村级评议、乡镇审核、县级抽查”三级把关",
      "“村级评议、乡镇审核、县级审批”三级审核制度", "“村评、镇审、县批”", need="all"),
    P("r4", "list", "哪些单位的农村户厕改造存在进度落后或改好后用不了的问题?",
      "完成1120户，占全年任务的40%", "86户因化粪池渗漏、冲水设备损坏而闲置不用", need="all"),
    # lists, within the two notices
    P("r5", "list", "洺州市哪些场所必须配置AED?", "火车站、长途汽车客运站和洺州机场航站楼",
      "中小学校、中等职业学校和高等院校", "营业面积1万平方米以上的商场、超市", "市、县（区）两级政务服务中心", need="all"),
    P("r6", "list", "洺州市配置了AED的单位要承担哪些管理责任?", "每月至少检查一次设备状态",
      "有效期届满前30日内完成更换", "至少配备4名经培训取得救护员证书", "不得擅自挪用、停用或者拆除AED",
      need="all"),
    P("r7", "list", "洺州市AED管理中市急救中心和市红十字会分别负责什么?", "负责“洺州急救地图”的运行维护",
      "负责社会捐赠AED的接收安装和群众性救护培训", need="all"),
    P("r8", "list", "滠阳县芡湾镇巡察反馈的问题里哪些暂缓销号?", "农村集体“三资”管理不规范",
      "农村自建房安全隐患排查不彻底", "违法占用耕地建房整治不到位", need="all"),
    P("r9", "list", "芡湾镇哪些巡察问题需要长期坚持、只做了阶段性销号?", "村级小微工程规避招标",
      "矛盾纠纷化解不及时", need="all"),
    P("r10", "list", "芡湾镇副镇长阚书屹负责整改哪些问题?", "农村改厕重建设轻管护",
      "农村集体“三资”管理不规范", "村级小微工程规避招标", need="all"),
    P("r11", "list", "芡湾镇针对低保动态管理不到位采取了哪些整改措施?", "停发不符合条件的7户",
      "“村评、镇审、县批”", "与县公安局户籍信息、县殡葬服务中心火化信息比对", need="all"),
    # everyday words for official terms
    P("r12", "paraphrase", "洺州市: 我不是医生, 在街上用AED救人要是没救过来, 家属会不会找我赔?",
      "救助人不承担民事责任"),
    P("r13", "paraphrase", "在洺州, 看见有人突然倒地, 怎么知道离我最近的除颤器在哪?", "“洺州急救”微信小程序",
      "调度员也会根据呼救位置告知附近AED的位置"),
    P("r14", "paraphrase", "洺州的商场自己买AED, 政府给不给钱?", "每台6000元的标准给予一次性补助"),
    P("r15", "paraphrase", "洺州市: 我们小区物业是不是也必须装AED?", "属于鼓励配置的场所",
      "由经营管理单位根据实际自行配置"),
    P("r16", "paraphrase", "洺州市: 我想学怎么用除颤器, 要交钱吗? 去哪报名?", "公益培训对市民免费",
      "通过“洺州急救”小程序报名", need="all"),
    P("r17", "paraphrase", "芡湾镇: 村干部把老百姓领补贴的卡收去自己保管, 后来怎么处理的?",
      "41张“一卡通”全部当面归还本人"),
    P("r18", "paraphrase", "芡湾镇: 家里改好的厕所坏了用不了, 找谁来修?", "每个村明确1名改厕管护员",
      "接到报修后3日内上门维修"),
    P("r19", "paraphrase", "芡湾镇: 村里的鱼塘低价包出去30年, 这事后来怎么处理的?", "荻港村鱼塘承包合同依法与承包户协商变更",
      "荻港村鱼塘合同正在协商变更"),
    # figures, dates, offices, persons
    P("r20", "figure", "洺州市公共场所现在一共配了多少台AED?", "累计配置AED 486台"),
    P("r21", "figure", "洺州市的AED配置和管理办法从什么时候开始施行?", "自2026年1月1日起施行"),
    P("r22", "figure", "对洺州市AED配置办法的条款有疑问, 可以找哪个科室? 联系人是谁?", "咨询市卫生健康委员会医政医管科",
      "訾若菡，电话：0356-7231546", need="all"),
    P("r23", "figure", "芡湾镇巡察整改中一共追回、清退了多少资金?", "追回、清退各类资金17.44万元"),
    P("r24", "figure", "芡湾镇农村自建房问题的整改责任人是谁? 整改时限是什么时候?", "副镇长逄立冬", "2026年4月30日",
      need="all"),
    P("r25", "figure", "县委第五巡察组是哪天向芡湾镇党委反馈巡察意见的?", "于2025年11月20日反馈了巡察意见"),
    # near-miss negatives
    P("r26", "negative", "洺州市对不按规定配置AED的商场罚款多少钱?"),
    P("r27", "negative", "洺州市给商场、超市配置AED的补助资金一共安排了多少钱?"),
    P("r28", "negative", "洺州市2024年院外心脏骤停患者一共抢救成功了多少人?"),
    P("r29", "negative", "芡湾镇蔸塘村起诉承包户追讨1.4万元租金的官司, 法院是怎么判的?"),
    P("r30", "negative", "洺州市教育局已经给全市中小学配置了多少台AED?"),
)

TWENTYFOURTH_CHATS: tuple[Chat, ...] = (
    Chat("rc1", "a problem's measures, its responsible person by pronoun, then near-miss", (
        P("rc1#1", "list", "芡湾镇危险水域防溺水的问题是怎么整改的?", "17处危险水域全部补设警示牌",
          "每年6月至9月由村干部和志愿者对重点水域每日巡查", need="all"),
        P("rc1#2", "figure", "这项由谁负责?", "镇党委委员、武装部部长檀一川"),
        P("rc1#3", "negative", "补设警示牌和救生设施一共花了多少钱?"),
    )),
    Chat("rc2", "the deferred problems, the second one's reason by ordinal, then the third's", (
        P("rc2#1", "list", "芡湾镇有哪些问题验收时还没通过、不能销号?", "农村集体“三资”管理不规范",
          "农村自建房安全隐患排查不彻底", "违法占用耕地建房整治不到位", need="all"),
        P("rc2#2", "figure", "第二个为什么暂缓销号?", "8户经营性农房安全鉴定尚未完成"),
        P("rc2#3", "figure", "那第三个呢?", "1宗违法建房尚未拆除"),
    )),
    Chat("rc3", "where to report a broken AED, a switch of agency with the topic kept, then its deadline", (
        P("rc3#1", "figure", "洺州市的AED坏了或者过期了, 市民可以向哪里反映?", "0356-7226120", "“设备报修”栏目"),
        P("rc3#2", "list", "那潏川县红十字会对AED过期、维护不到位是怎么整改的?", "立即更换9台AED的过期耗材",
          "“一机一码”每月巡检", need="all"),
        P("rc3#3", "figure", "这项什么时候完成?", "2026年上半年"),
    )),
    Chat("rc4", "targets, a switch of topic with the agency kept, then a similar practice elsewhere", (
        P("rc4#1", "figure", "洺州市AED配置的目标是什么?", "全市公共场所AED配置总数达到900台", "配置总数达到1200台",
          need="all"),
        P("rc4#2", "figure", "那急救培训方面有什么安排?", "培训取得救护员证书的人员1.5万人", "重点人群不少于8000人",
          need="all"),
        P("rc4#3", "figure", "有没有别的单位也有类似的救护员培训目标?", "全年培训持证救护员不少于3000人"),
    )),
    Chat("rc5", "ineligible 低保 households, a similar finding elsewhere, then near-miss", (
        P("rc5#1", "figure", "芡湾镇查出有多少户不符合条件还在吃低保?", "有7户家庭成员名下有登记车辆或经营企业"),
        P("rc5#2", "figure", "有没有别的单位也查出过类似的低保问题?", "不符合条件的保障对象43户"),
        P("rc5#3", "negative", "那43户里有多少户是因为家里有车被停发的?"),
    )),
)

# A twenty-fifth part, written blind to the code by a helper (session of 2026-12-06, sixth), with
# two more notices (tests/data/heldout/45: a county 副县长's 2025年度述职述责述廉报告 in .txt, written
# by one person in the first person ("本人…"): a name-and-title heading with the date in brackets,
# no document number, no recipients, the 分管 agencies (县住房和城乡建设局、县城市管理局、县交通运输局、
# 县应急管理局) named once in one opening sentence and never again as the subject of a task, the
# year's work in "（一）…（五）" prose paragraphs by field with figures (老旧小区17个, 燃气管网
# 12.4公里, 自建房1273户 鉴定, 事故9起、死亡7人, 58处危险水域, 电动自行车 37起/2400个), then
# "一岗双责", the personal 廉洁 part (办公用房17.6平方米, 配偶 and 女儿, a returned gift), a
# "一是…二是…三是…" 存在的问题和不足 paragraph and 2026年工作打算 in "（一）…（四）"; no ledger, no
# office per item, no states; 46: a city 住房和城乡建设局's 征求意见 公告 in .docx
# (澴住建公告〔2026〕3号) for a revised 城镇燃气安全管理办法: the 公告 with the comment period and
# three 反馈方式 (e-mail, letter to an office's address, telephone with a 联系人), signature and
# date, then 附件1 the 起草说明 ("一、修订的必要性" with "一是…四是…" shortcomings and figures,
# "二、起草过程" with the 专班's 组长, "三、主要修订内容" as "（一）…（七）" items each saying which
# 条 was 修改/新增/删除 and how ("由…提高到…", "将…修改为…"), "四、需要说明的问题"), then 附件2 a
# three-column 修订前后条文对照表 现行条文/修订征求意见稿条文/修改说明 whose new articles read "（无）"
# in the first column and deleted ones "（删除）" in the second; users ask what changed and what
# it means for a household or a restaurant), asked with ids T….
TWENTYFIFTH: tuple[Probe, ...] = (
    # lists across agencies (no agency named)
    P("T1", "list", "哪些地方在改造老旧燃气管道? 各改了多少?", "启动城区老旧燃气管网改造18.6公里",
      "改造城区老旧燃气管道86公里", "推动城区老旧燃气管网改造12.4公里", "完成236公里老旧燃气管道更新改造",
      need="all"),
    P("T2", "list", "饭店装燃气泄漏报警器这件事, 哪些单位有检查发现或者硬性要求?",
      "督促安装燃气泄漏报警装置1120台", "商贸街3家餐饮店未安装可燃气体报警装置", "应当安装可燃气体泄漏报警装置",
      need="all"),
    P("T3", "list", "哪些地方查过开民宿、农家乐的农村自建房有没有做安全鉴定?",
      "1处农村自建房改作民宿经营，未办理房屋安全鉴定", "26户农房中有19户未开展安全鉴定",
      "自建房1273户，已全部完成安全鉴定", need="all"),
    P("T4", "list", "哪些地方在河塘等危险水域装了警示牌、救生设施防止溺水?", "17处危险水域全部补设警示牌",
      "在全县58处危险水域增设警示标牌", need="all"),
    P("T5", "list", "哪些单位在管燃气灶连接管老化、不安全的问题?", "更换老化橡胶软管2900余米",
      "应当使用金属波纹管或者具有同等安全性能的连接管", need="all"),
    # lists, within the two notices
    P("T6", "list", "澴州市燃气安全管理办法这次修订新增了哪些条款?", "非居民用户应当安装可燃气体泄漏报警装置", "老旧管道应当列入更新改造计划",
      "未按规定安装可燃气体泄漏报警装置的", need="all"),
    P("T7", "list", "澴州市燃气办法修订删掉了哪些条款?", "燃气经营许可证年检",
      "燃气设施保护范围", need="all"),
    P("T8", "list", "对澴州市燃气办法征求意见稿有意见, 可以通过哪些方式反映?", "hzzjrqk@huanzhou.gov.cn",
      "涢水路88号市住房和城乡建设局城镇燃气管理科", "0716-5283147", need="all"),
    P("T9", "list", "按澴州市燃气办法修订稿, 市场监管、应急管理和消防各管燃气安全的哪一块?",
      "负责燃气器具、气瓶充装的质量安全监督", "负责燃气经营企业安全生产的综合监督",
      "负责燃气使用场所的消防监督检查", need="all"),
    P("T10", "list", "瀫溪县副县长逯承毅分管哪些部门?", "县住房和城乡建设局、县城市管理局",
      "县交通运输局、县应急管理局", need="all"),
    P("T11", "list", "瀫溪县2025年电动自行车安全整治做了哪些事?", "查处违规销售、非法改装电动自行车案件37起",
      "城区新建电动自行车集中充电桩位2400个", "清理楼道违规停放和“飞线”充电1860处", need="all"),
    P("T12", "list", "逯承毅在述职报告里说自己有哪些不足?", "理论学习的系统性还不够", "推动重点难点工作的力度还不够",
      "落实“一岗双责”还有薄弱环节", need="all"),
    # everyday words for official terms
    P("T13", "paraphrase", "澴州市: 饭店里用液化气罐, 以后店里最多能放几个罐子?", "存放的气瓶不得超过2瓶"),
    P("T14", "paraphrase", "在澴州, 燃气公司上门查燃气安全, 以后多久来一次?", "提高到每年至少1次",
      "应当每年对居民用户至少进行1次入户安全检查"),
    P("T15", "paraphrase", "澴州市: 按新办法, 我家里是不是必须装燃气报警器?", "对居民用户采取鼓励安装的方式"),
    P("T16", "paraphrase", "澴州市: 家里是独居老人, 装燃气报警器要自己掏钱吗?", "由所在区（县）人民政府免费加装"),
    P("T17", "paraphrase", "瀫溪县: 过年有老板给逯副县长送东西, 他收了没有?", "托人送来土特产1箱，本人当即退回"),
    P("T18", "paraphrase", "瀫溪县: 逯副县长的老婆孩子有没有在他管的行业里做生意?", "均未在本人分管领域经商办企业或者从业"),
    P("T19", "paraphrase", "瀫溪县: 开民宿的自建房整治完了, 以后怎么防止又出安全问题?", "“一年一鉴定”和动态巡查制度"),
    P("T20", "paraphrase", "瀫溪县城管批渣土运输原来一个人说了算, 后来怎么改的?", "“受理、复核、审批”三级把关制度"),
    # figures, dates, offices, persons
    P("T21", "figure", "澴州市燃气安全管理办法征求意见到哪天截止?", "2026年2月9日至2026年3月10日"),
    P("T22", "figure", "澴州市燃气办法修订后一共多少条? 跟原来比增删改了多少条?", "修订后的《办法》共7章52条",
      "新增13条，删除2条，修改26条", need="all"),
    P("T23", "figure", "澴州市燃气办法的修订工作专班由谁当组长? 哪个科室具体承办?", "分管副局长綦文博任组长",
      "城镇燃气管理科具体承办", need="all"),
    P("T24", "figure", "澴州市燃气企业给无证经营者供气, 修订后罚多少钱?", "5万元以上10万元以下"),
    P("T25", "figure", "瀫溪县2025年一共发生了多少起生产安全事故? 死了几个人?", "全县发生生产安全事故9起、死亡7人"),
    P("T26", "figure", "瀫溪县老旧燃气管网改造2025年计划改多少、实际改了多少?", "年度计划15公里，实际完成12.4公里"),
    # near-miss negatives
    P("T27", "negative", "澴州市修订后的城镇燃气安全管理办法从哪天开始施行?"),
    P("T28", "negative", "澴州市给饭店安装燃气泄漏报警装置补贴多少钱?"),
    P("T29", "negative", "瀫溪县2025年安全生产考核在全市排第几名?"),
    P("T30", "negative", "瀫溪县因违规收礼受处分的2名干部叫什么名字?"),
    P("T31", "negative", "瀫溪县2024年完成了多少个城镇老旧小区改造?"),
)

TWENTYFIFTH_CHATS: tuple[Chat, ...] = (
    Chat("Tc1", "a new article's duties, its penalty by pronoun, then near-miss", (
        P("Tc1#1", "list", "澴州市燃气办法修订稿对使用燃气的饭店有什么新要求?", "应当安装可燃气体泄漏报警装置",
          "不得在地下室、半地下室使用", need="all"),
        P("Tc1#2", "figure", "这项不落实的话怎么罚?", "处2000元以上1万元以下罚款"),
        P("Tc1#3", "negative", "这条规定的6个月过渡期从哪天开始算?"),
    )),
    Chat("Tc2", "the shortcomings of the old rules, the second by ordinal, then the third", (
        P("Tc2#1", "list", "澴州市为什么要修订燃气安全管理办法? 现行办法有哪些问题?", "部门职责不够清晰",
          "用户端安全要求偏软", "老旧管网隐患突出", "违法行为成本偏低", need="all"),
        P("Tc2#2", "figure", "第二个具体指什么?", "其中发生在餐饮场所的有7起", "橡胶软管老化、未安装泄漏报警装置"),
        P("Tc2#3", "figure", "那第三个呢?", "老旧燃气管道约236公里", "改造责任主体和资金分担方式不明确"),
    )),
    Chat("Tc3", "old gas pipes, a switch of agency with the topic kept, then its deadline by pronoun", (
        P("Tc3#1", "figure", "瀫溪县老旧燃气管网改造搞得怎么样了?", "推动城区老旧燃气管网改造12.4公里"),
        P("Tc3#2", "figure", "那枫林县住建局呢?", "启动城区老旧燃气管网改造18.6公里", "已完成11.2公里"),
        P("Tc3#3", "figure", "它剩下的什么时候能改完?", "2025年12月底前完成改造"),
    )),
    Chat("Tc4", "drowning prevention, a similar practice elsewhere, then that town's date", (
        P("Tc4#1", "list", "瀫溪县防溺水做了哪些工作?", "在全县58处危险水域增设警示标牌",
          "由村组干部、志愿者每日巡查", need="all"),
        P("Tc4#2", "figure", "有没有别的地方也有类似的做法?", "17处危险水域全部补设警示牌"),
        P("Tc4#3", "figure", "那个镇的警示牌是什么时候装好的?", "2026年3月10日前全部安装到位"),
    )),
    Chat("Tc5", "bottled gas rules, a switch of topic with the agency kept, then near-miss", (
        P("Tc5#1", "list", "澴州市燃气办法修订稿对卖瓶装液化气有什么新规定?", "实名制购气和气瓶电子标签全程追溯",
          "禁止送气人员配送未张贴电子标签的气瓶", need="all"),
        P("Tc5#2", "paraphrase", "那小区里老燃气管道改造的钱由谁出?", "由政府、企业、用户合理共担"),
        P("Tc5#3", "negative", "这236公里老旧管道改造总共要投多少钱?"),
    )),
)

# A twenty-sixth part, written blind to the code by a helper (session of 2026-12-06, sixth), kept
# for a later measurement, with two more notices (tests/data/heldout/47: a city 市场监督管理局's
# 2025年政府信息公开工作年度报告 as a government web page in .html, in the national 年度报告格式:
# site chrome (header, navigation, breadcrumb, a sidebar of 年报 links, related links to other
# bureaus' reports and to its own 2024 report, footer) around an article whose "一、总体情况" has
# five <h4> "（一）…（五）" sections of prose figures (主动公开1826条, 电动自行车 产品抽查 96批次/
# 不合格11批次, 行政处罚决定1137件 and a 7个工作日 公开率91.6%, 58 applications and their outcome
# counts), then four numbered tables in the national format: 表1 第二十条 items with colspan
# section rows (规章/行政规范性文件 制发/废止/现行有效, 行政许可, 行政处罚/行政强制, 收费), 表2 the
# 依申请 matrix (a three-row rowspan/colspan header 自然人/法人或其他组织(five kinds)/总计 over
# 一、…四、 rows, "三、本年度办理结果" spanning 22 rows of （一）…（七） with numbered sub-reasons),
# 表3 行政复议/行政诉讼 with a 15-column three-row header and one row of counts, restated in a
# prose paragraph; "五、存在的主要问题及改进情况" as 上年度问题整改 / "一是…三是…" problems /
# "1.…2.…3.…" 改进措施 each ending "此项工作由X牵头，Y配合。", "六、其他需要报告的事项" (信息处理费,
# 建议提案 counts, 工作要点); no ledger, no states, persons only in the opening section) and 48: a
# city 住房和城乡建设局's reply letter to a CPPCC member's 提案 in .docx: letterhead, document
# number with "签发人：", "分类标记：A（…）", the title, the member as addressee ("琚若岚委员："),
# "您提出的《…》收悉" with the 主办/会办 units and who handled it, a restatement of the proposal's
# 4 建议, then "一、关于…的建议" parts answering each (一是/二是/三是 measures with figures; the
# 市场监管 part "由市市场监督管理局会办"), the two estates the member named with their states
# (建成投用 on a date / 正在进行方案设计, due date), "五、下一步工作打算" "（一）…（四）" with due
# dates and offices, thanks, 附件 line, signature, date, a bracketed 联系单位/联系人/电话 line and
# 抄送, then the 附件 a six-column table 区（县）/住宅小区数/已建充电设施小区数/新增充电桩位/覆盖率/
# 备注 with a 合计 row; users ask in everyday words about charging an e-bike at home), asked with
# ids U…. Cross-agency lists: 45 (瀫溪县) for e-bike charging points, stairwells and sales checks;
# 21 (溧川县医疗保障局) for counts of 建议提案 handled; 31 (楮阳县) for the penalty-publishing limit.
TWENTYSIXTH: tuple[Probe, ...] = (
    # lists across agencies (no agency named)
    P("U1", "list", "哪些地方在住宅小区建了电动自行车集中充电桩? 各建了多少?",
      "城区新建电动自行车集中充电桩位2400个", "全市新增充电桩位3.2万个", need="all"),
    P("U2", "list", "哪些地方清理过楼道里乱停的电动车和私拉电线充电?", "清理楼道违规停放和“飞线”充电1860处",
      "清理楼道违规停放电动自行车1.27万辆", "拆除私拉乱接的“飞线”充电4380处", need="all"),
    P("U3", "list", "哪些单位查过电动自行车的销售、改装或者产品质量? 查出多少问题?",
      "查处违规销售、非法改装电动自行车案件37起", "查处销售不合格产品、非法改装电动自行车案件29起",
      "共抽查产品96批次，发现不合格产品11批次", need="all"),
    P("U4", "list", "哪些单位报告了一年里办理人大代表建议、政协提案的件数?", "办理人大代表建议、政协委员提案9件",
      "全年承办市人大代表建议11件、市政协提案14件", need="all"),
    # lists, within the two notices
    P("U5", "list", "瀼州市市场监管局收到的信息公开申请, 大家主要想要哪些信息?", "企业登记档案信息",
      "行政处罚决定书、投诉举报处理结果", "食品生产经营许可材料", need="all"),
    P("U6", "list", "瀼州市市场监管局自己说信息公开工作还存在哪些问题?", "依申请公开答复的规范性有待提高",
      "行政执法信息公开还不够及时", "基层兼职信息员队伍不够稳定", need="all"),
    P("U7", "list", "瀼州市市场监管局2025年信息公开年报里说要怎么改进?", "规范依申请公开办理",
      "提高执法信息公开时效", "加强信息员队伍建设", need="all"),
    P("U8", "list", "琚若岚委员关于电动自行车充电的提案提了哪几条建议?", "加快充电设施建设", "加大违规充电整治力度",
      "破解老旧小区建设难题", "加强车辆和电池源头监管", need="all"),
    P("U9", "list", "漻阳市住建局在电动自行车充电方面下一步打算做什么?", "新增住宅小区电动自行车集中充电桩位2万个",
      "电动自行车停放充电安全管理办法", "建设全市电动自行车充电设施监管平台", "纳入物业服务质量考核", need="all"),
    P("U10", "list", "漻阳市老旧小区建电动车充电设施难, 住建局想了哪些办法?", "结合城镇老旧小区改造同步建设",
      "挖潜利用闲置空间", "多渠道筹集建设资金", need="all"),
    # everyday words for official terms
    P("U11", "paraphrase", "漻阳市: 电动车能推进电梯带回家吗?", "安装电动自行车阻车识别装置",
      "电梯自动报警并停止运行"),
    P("U12", "paraphrase", "漻阳市: 在小区充电桩给电动车充电, 一度电收多少钱?", "原则上每度电不超过0.8元（含电费）"),
    P("U13", "paraphrase", "漻阳市: 开发商新盖的小区没建电动车充电的地方, 能交房验收吗?", "未按要求配建的不予通过验收"),
    P("U14", "paraphrase", "漻阳市: 老小区建电动车充电桩, 政府给不给钱?", "每个充电桩位200元的标准给予一次性补助"),
    P("U15", "paraphrase", "漻阳市: 小区装充电桩找供电公司接电, 现在要等几天?", "由原来的10个工作日压缩至3个工作日"),
    P("U16", "paraphrase", "漻阳市: 没有物业的老小区, 电动车充电棚谁来建?", "由所在街道（乡镇）会同社区统一组织建设"),
    P("U17", "paraphrase", "瀼州市: 我找市场监管局申请公开信息, 要交钱吗?", "本年度未收取信息处理费"),
    P("U18", "paraphrase", "瀼州市市场监管局: 有人申请公开的信息局里根本没有, 这样的有几件? 怎么回复的?",
      "因本机关不掌握相关政府信息而告知申请人的有7件", "均告知了申请人可以咨询的机关和联系方式"),
    # figures, dates, offices, persons
    P("U19", "figure", "瀼州市市场监管局2025年收到了多少件政府信息公开申请?", "全年新收政府信息公开申请58件"),
    P("U20", "figure", "瀼州市市场监管局2025年主动公开了多少条政府信息?", "主动公开政府信息1826条"),
    P("U21", "figure", "瀼州市市场监管局政务公开领导小组组长是谁? 哪位副局长具体负责?", "局长揭文澄任组长",
      "分管副局长羿慧敏具体负责", need="all"),
    P("U22", "figure", "漻阳市住宅小区电动自行车充电设施覆盖率现在是多少?", "由年初的54.7%提高到70.9%"),
    P("U23", "figure", "漻阳市哪个区县的小区充电设施覆盖率最低? 住建局怎么处理的?", "对覆盖率最低的芗口县",
      "约谈芗口县住房和城乡建设局主要负责同志", need="all"),
    P("U24", "figure", "漻阳市住建局办理第0137号提案, 由哪位副局长牵头、哪个科室承办?", "分管副局长亢明远牵头",
      "物业管理科具体承办", need="all"),
    # near-miss negatives
    P("U25", "negative", "漻阳市消防救援支队对违规充电的个人每人罚了多少钱?"),
    P("U26", "negative", "琚若岚委员对漻阳市住建局这份提案答复满意吗?"),
    P("U27", "negative", "漻阳市电动自行车充电设施监管平台要投资多少钱?"),
    P("U28", "negative", "瀼州市市场监管局2024年收到了多少件政府信息公开申请?"),
    P("U29", "negative", "瀼州市市场监管局的政务公开工作在全市考核中排第几名?"),
    P("U30", "negative", "瀼州市教育局2025年收到了多少件政府信息公开申请?"),
)

TWENTYSIXTH_CHATS: tuple[Chat, ...] = (
    Chat("Uc1", "the two estates the member named, the second by ordinal, then near-miss", (
        P("Uc1#1", "list", "琚若岚委员提案里提到的两个小区, 充电设施建得怎么样了?", "已于2026年4月28日建成投用",
          "目前正在进行方案设计", need="all"),
        P("Uc1#2", "figure", "第二个什么时候能建好?", "计划2026年9月底前建成"),
        P("Uc1#3", "negative", "它的建设总投资是多少?"),
    )),
    Chat("Uc2", "review cases, the corrected one's reason by pronoun, then its fix", (
        P("Uc2#1", "figure", "瀼州市市场监管局因为信息公开被申请了几次行政复议? 结果怎样?", "被申请行政复议4件",
          "其中结果维持2件、结果纠正1件、尚未审结1件", need="all"),
        P("Uc2#2", "paraphrase", "被纠正的那件是因为什么?", "未准确援引法律依据"),
        P("Uc2#3", "figure", "这项他们打算怎么改、什么时候改好?", "所有答复书出具前一律经局法律顾问审核",
          "2026年3月底前修订", need="all"),
    )),
    Chat("Uc3", "e-bike charging points, a switch of agency with the topic kept, then its plan by pronoun", (
        P("Uc3#1", "figure", "漻阳市2025年新建了多少电动自行车集中充电桩位?", "全市新增充电桩位3.2万个"),
        P("Uc3#2", "figure", "那瀫溪县呢?", "城区新建电动自行车集中充电桩位2400个"),
        P("Uc3#3", "figure", "它今年还打算建多少?", "年内新建城区电动自行车集中充电桩位1000个"),
    )),
    Chat("Uc4", "publishing penalty decisions, a similar rule elsewhere, then near-miss", (
        P("Uc4#1", "figure", "瀼州市市场监管局的行政处罚决定书多久内要上网公开? 做到了多少?",
          "行政处罚决定书7个工作日内公开率为91.6%", "未达到全市不低于98%的要求"),
        P("Uc4#2", "figure", "有没有别的地方也有类似的要求?", "行政处罚信息7日内上网公示率达到100%"),
        P("Uc4#3", "negative", "那个县2025年实际的公示率是多少?"),
    )),
    Chat("Uc5", "the stairwell clean-up, a switch of topic with the agency kept, then its subsidy by pronoun", (
        P("Uc5#1", "figure", "漻阳市整治楼道乱停电动车、私拉电线充电, 清理了多少?", "清理楼道违规停放电动自行车1.27万辆",
          "拆除私拉乱接的“飞线”充电4380处", need="all"),
        P("Uc5#2", "paraphrase", "那老旧小区没地方建充电桩的问题呢?", "利用小区内边角地、闲置自行车棚和周边公共空间",
          "改造利用闲置自行车棚97处"),
        P("Uc5#3", "figure", "这些充电桩政府一共补了多少钱?", "共下达补助资金316万元"),
    )),
)


TWENTYSEVENTH: tuple[Probe, ...] = (
    # lists across agencies (no agency named)
    P("V1", "list", "哪些地方查处过公车私用? 当事人都受了什么处分?", "对1名公车私用驾驶员给予党内警告处分",
      "钭立伟受到党内警告处分", need="all"),
    P("V2", "list", "哪些单位查出过吃饭的钱换个名目报销、列支的问题?", "以会议费名义列支工作餐费用2.3万元",
      "以救灾物资采购名义列支工作餐费用1.26万元", "以“防汛物资采购”名义在镇财政所报销", need="all"),
    P("V3", "list", "哪些单位清退或者追缴过违规发放的津补贴、加班补贴? 各多少钱?", "清退违规发放津补贴58.3万元",
      "违规发放津补贴共计14.8万元，已全部清退", "追缴违规发放的加班补贴2.84万元", "发放津补贴共计18.7万元",
      need="all"),
    P("V4", "list", "哪些地方想办法给基层减少报表了? 减到多少?", "清理整合民政统计报表，保留9种",
      "基层报表数量压减30%以上", "保留必要报表12份", need="all"),
    # lists, within the two notices
    P("V5", "list", "澨阳县统计局副局长郏静姝分管哪几个股室?", "农村统计股、贸易外经统计股、人口和就业统计股"),
    P("V6", "list", "澨阳县统计局班子成员之间的AB角是怎么搭配的?", "麴远航与暨书恒互为AB角",
      "郏静姝与禤宏毅互为AB角", "笪立群与缑德明互为AB岗", need="all"),
    P("V7", "list", "澨阳县统计局四级调研员缑德明现在联系哪些乡镇街道?", "楂园乡、橡湾镇、澨东街道",
      "荻埠镇、蕨溪乡由缑德明同志临时联系", need="all"),
    P("V8", "list", "澨阳县统计局副局长暨书恒对接哪几家重点企业?", "澨阳恒力新材料有限公司、澨阳中溢电子科技有限公司"),
    P("V9", "list", "潕阳县纪委监委通报的这几起问题里, 哪些人受了党内警告处分?", "钭立伟受到党内警告处分",
      "糜志鹏受到党内警告处分", need="all"),
    P("V10", "list", "潕阳县纪委监委通报的案子里, 有哪些人被诫勉谈话?", "镇财政所所长冉秋菊审核把关不严",
      "勾晓明受到诫勉谈话处理", need="all"),
    P("V11", "list", "潕阳县纪委监委在通报最后对全县党员干部提了哪几点要求?", "坚决扛起管党治党政治责任",
      "紧盯关键节点和隐形变异问题", "持续为基层松绑减负", "持续加大监督执纪力度", need="all"),
    # everyday words for official terms
    P("V12", "paraphrase", "澨阳县统计局谁管钱? 大额开支谁说了算?", "负责机关财务，实行“一支笔”审批",
      "单笔3万元以上的支出提交局党组会议集体研究"),
    P("V13", "paraphrase", "澨阳县统计局禤副局长去党校学习了, 他手上的活谁接着干?", "学习期间其分管工作由郏静姝同志代管",
      "学习期间由郏静姝代管"),
    P("V14", "paraphrase", "澨阳县统计局一把手出差不在, 局里日常谁拍板?", "局长外出期间，由暨书恒同志主持局日常工作"),
    P("V15", "paraphrase", "澨阳县统计局的统计数字往外报之前要过几道关?", "专业股室初审、分管领导审核、总统计师复核"),
    P("V16", "paraphrase", "潕阳县那个国庆开单位的车回老家的干部, 最后怎么处理的?", "钭立伟受到党内警告处分",
      "相关费用已由本人全部退赔", need="all"),
    P("V17", "paraphrase", "潕阳县柽岭镇副镇长请检查组吃饭的钱, 是走什么名目报掉的?", "以“防汛物资采购”名义在镇财政所报销"),
    P("V18", "paraphrase", "潕阳县教育体育局让学校没完没了填表的事, 后来表格砍到剩多少?", "保留必要报表12份"),
    P("V19", "paraphrase", "潕阳县蒹湾镇要村干部天天往群里发照片, 镇里书记挨了什么处分?", "糜志鹏受到党内警告处分"),
    # figures, dates, offices, persons
    P("V20", "figure", "澨阳县统计局这次班子分工调整是哪天党组会定的? 文号多少?", "经2026年3月9日局党组会议研究",
      "澨统发〔2026〕9号", need="all"),
    P("V21", "figure", "澨阳县统计局禤宏毅参加的中青班脱产学习是从哪天到哪天?", "2026年3月16日至7月17日"),
    P("V22", "figure", "澨阳县统计局总统计师笪立群联系的是哪家企业?", "澨阳瑞丰建设工程有限公司"),
    P("V23", "figure", "潕阳县农业农村局原副局长亓振东收的购物卡和酒一共值多少钱?", "折合人民币共计2.36万元"),
    P("V24", "figure", "潕阳县纪委监委2025年一共查处了多少起违反中央八项规定精神问题?", "查处违反中央八项规定精神问题41起"),
    P("V25", "figure", "潕阳县城投集团邴国梁违规发了多少津补贴? 他自己拿了多少?", "发放津补贴共计18.7万元",
      "其中本人领取2.1万元", need="all"),
    # near-miss negatives
    P("V26", "negative", "澨阳县统计局局长麴远航的办公电话是多少?"),
    P("V27", "negative", "澨阳县统计局原副局长谯俊峰调到县发改局以后担任什么职务?"),
    P("V28", "negative", "潕阳县蒹湾镇糜志鹏那起督查检查过多的问题涉及多少钱?"),
    P("V29", "negative", "潕阳县纪委监委2024年查处了多少起违反中央八项规定精神问题?"),
    P("V30", "negative", "潕阳县柽岭镇那顿饭喝的是什么牌子的白酒? 一瓶多少钱?"),
    P("V31", "negative", "澨阳县纪委监委最近通报了哪些违规吃喝的问题?"),
)

TWENTYSEVENTH_CHATS: tuple[Chat, ...] = (
    Chat("Vc1", "a new deputy's duties, his offices by pronoun, then where he came from (not stated)", (
        P("Vc1#1", "list", "澨阳县统计局新任副局长暨书恒负责哪些专业的统计?", "工业、能源、建筑业、交通运输业统计"),
        P("Vc1#2", "list", "他还分管哪些股室?", "综合统计股、工业交通统计股"),
        P("Vc1#3", "negative", "他是从哪个单位调过来的?"),
    )),
    Chat("Vc2", "the six cases, the third and fifth by ordinal", (
        P("Vc2#1", "list", "潕阳县纪委监委3月份通报的典型问题都是哪几起?", "亓振东违规收受礼品礼金问题",
          "钭立伟公车私用问题", "禚海涛违规公款吃喝问题", "勾晓明在工作中搞形式主义",
          "糜志鹏督查检查考核过多过频", "邴国梁违规发放津补贴问题", need="all"),
        P("Vc2#2", "figure", "第三起是什么时候发生的?", "2025年7月，县直部门防汛检查组"),
        P("Vc2#3", "figure", "第五起的处分是什么时候给的?", "2026年2月，糜志鹏受到党内警告处分"),
    )),
    Chat("Vc3", "official-car misuse, a switch of agency with the topic kept, then near-miss", (
        P("Vc3#1", "paraphrase", "潕阳县那个私开公车的事, 纪委是怎么发现的?", "通过公务用车管理平台行车轨迹比对发现"),
        P("Vc3#2", "figure", "枫林县住建局那边查出的公车私用是怎么处理的?", "对1名公车私用驾驶员给予党内警告处分"),
        P("Vc3#3", "negative", "那个驾驶员私用公车一共跑了多少公里?"),
    )),
    Chat("Vc4", "a deputy's fields, her companies (table only) by pronoun, then a switch of topic", (
        P("Vc4#1", "list", "澨阳县统计局郏静姝副局长负责哪些方面的统计?", "负责农业农村、服务业、贸易外经、人口和就业统计"),
        P("Vc4#2", "list", "她联系哪些企业?", "澨阳县优农米业有限公司、澨阳百汇商贸有限公司"),
        P("Vc4#3", "figure", "局里对联系企业的数据核查有什么次数要求?", "开展数据质量核查不少于2次"),
    )),
    Chat("Vc5", "the form-filling case, a switch of topic with the agency kept, then deadlines", (
        P("Vc5#1", "figure", "潕阳县教育体育局那起填表报数的问题, 一共给学校发了多少张表? 重复的有多少?",
          "下发各类报表63份", "与上级部门已采集数据重复的29份", need="all"),
        P("Vc5#2", "paraphrase", "这个县纪委对以后下去检查的次数有什么规矩?", "同一事项一年内原则上只开展1次综合检查"),
        P("Vc5#3", "figure", "各单位学习这份通报、报自查情况有什么时间要求?", "收到本通报后10日内",
          "2026年4月30日前", need="all"),
    )),
)


TWENTYNINTH: tuple[Probe, ...] = (
    # lists across agencies (no agency named)
    P("X1", "list", "考核或者督查评价垫底的下级单位, 哪些地方要约谈? 由谁约谈谁?",
      "由县安委会主任约谈乡镇（街道）党政主要负责同志", "副县长眭晓东将对两乡党委、政府主要负责同志进行约谈",
      "市信访局主要负责同志约谈该区分管信访工作的负责同志", need="all"),
    P("X2", "list", "碰上暴雨预警, 哪些地方要求提前把移动泵车拉到易涝点守着?",
      "32处易涝点全部提前布设移动泵车和抢险人员", "提前将移动泵车布防到下穿通道和重点易涝点",
      need="all"),
    P("X3", "list", "各地对城区下穿通道积水到多深就要封闭是怎么规定的?", "下穿通道积水超过30厘米的立即封闭",
      "对积水深度超过25厘米的下穿通道立即实施封闭", need="all"),
    P("X4", "list", "哪些县对乡镇配备专职安全生产监管人员提出了人数要求? 各要求几名?",
      "各乡镇至少配备2名专职安全生产监管人员", "配备不少于3名专职安全生产监管人员", need="all"),
    # lists, within the two notices
    P("X5", "list", "汭阳县城区内涝启动Ⅱ级响应以后, 要采取哪些措施?", "各成员单位分管负责同志到指挥部集中办公",
      "对积水深度超过25厘米的下穿通道立即实施封闭", "组织地下车库车辆转移", "视情通知城区中小学、幼儿园停课",
      need="all"),
    P("X6", "list", "漹川县2026年乡镇安全生产目标责任考核, 哪些情形一票否决?", "发生较大及以上生产安全事故的",
      "发生2起及以上造成人员死亡的一般生产安全事故的", "对生产安全事故谎报或者瞒报的",
      "逾期未整改销号，或者整改弄虚作假的", "在考核中提供虚假材料、干扰考核工作的", need="all"),
    P("X7", "list", "汭阳县城区的易涝积水点都分布在哪几类地方? 各有几处?", "下穿通道5处", "地下车库集中区域6处",
      "老旧小区低洼片区9处", "城市主干道路段7处", need="all"),
    P("X8", "list", "漹川县乡镇安全生产考核有哪些加分的情形?", "被省级安委会或应急管理厅转发推广的，每项加2分",
      "应急救援技能竞赛中获得前三名的，加1分", "全年兑现奖励10件以上的，加0.5分", need="all"),
    P("X9", "list", "漹川县乡镇安全生产年终考核组由哪些部门的人组成?", "考核组由县应急管理局牵头",
      "县住房和城乡建设局、县市场监督管理局", "县交通运输局、县消防救援大队派员参加", need="all"),
    P("X10", "list", "汭阳县城区内涝积水退了以后, 善后各部门分别要干什么?", "县城市管理局组织完成主干道和下穿通道清淤保洁",
      "县卫生健康委员会组织对受淹区域开展消杀", "组织对受淹房屋开展安全鉴定", need="all"),
    # everyday words for official terms
    P("X11", "paraphrase", "汭阳县城: 雨下多大才算内涝红色预警?", "预计未来3小时城区降雨量将达100毫米以上"),
    P("X12", "paraphrase", "汭阳县城里哪儿淹了水, 街道多长时间之内得往上报?", "30分钟内电话报告县排涝指挥部办公室",
      "1小时内书面报告", need="all"),
    P("X13", "paraphrase", "漹川县乡镇安全生产考核要是不及格, 会怎么样?", "由县安委会主任约谈乡镇（街道）党政主要负责同志",
      "取消当年度安全生产评先评优资格", need="all"),
    P("X14", "paraphrase", "汭阳县城区暴雨内涝的时候, 学校会不会停课? 谁通知?", "县教育体育局视情通知城区中小学、幼儿园停课",
      "根据预警信息调整上学放学时间或停课"),
    P("X15", "paraphrase", "汭阳县: 下大雨小区地下车库进水, 哪个部门管挡水?", "落实小区地下车库挡水板、沙袋等防倒灌措施",
      "组织地下车库车辆转移"),
    P("X16", "paraphrase", "漹川县考乡镇安全生产, 平时打分和年底打分各算多少?", "日常考核占总成绩的40%", "年终考核占总成绩的60%",
      need="all"),
    P("X17", "paraphrase", "漹川县乡镇管安全的干部一年得上多少课时的培训? 不够的怎么扣?", "年度安全培训不少于24学时",
      "每1人次未达到学时要求扣0.5分", need="all"),
    P("X18", "paraphrase", "汭阳县城里积水的地方要是漏电了谁来管? 会不会拉闸?", "及时处置积水区域漏电隐患",
      "必要时对积水区域实施停电"),
    # figures, dates, offices, persons, scores
    P("X19", "figure", "漹川县考核时抽查乡镇值班电话没人接, 一次扣几分?", "抽查值班电话无人接听或脱岗的，每次扣1分"),
    P("X20", "figure", "漹川县乡镇安全生产考核, 重大隐患没挂牌督办的扣多少分?", "重大隐患未挂牌督办的，每处扣3分"),
    P("X21", "figure", "汭阳县城区排涝应急指挥部办公室设在哪个单位? 办公室主任是谁?", "县排涝指挥部办公室设在县城市管理局",
      "办公室主任由县城市管理局局长鄢文韬兼任", need="all"),
    P("X22", "figure", "汭阳县排涝指挥部办公室24小时值班电话是多少?", "24小时值班电话：7162119"),
    P("X23", "figure", "漹川县乡镇安全生产考核评分细则是什么时候印发的? 文号多少?", "漹安委〔2026〕3号", "2026年2月10日",
      need="all"),
    P("X24", "figure", "汭阳县城市管理局的城区排水应急抢险队伍有多少人?", "城区排水应急抢险队伍4支共180人"),
    P("X25", "figure", "漹川县乡镇安全生产考核结果在乡镇年度综合考核里占多大权重?", "按8%的权重计入乡镇（街道）年度综合考核"),
    # near-miss negatives
    P("X26", "negative", "汭阳县城区排涝应急经费每年财政预算安排多少钱?"),
    P("X27", "negative", "汭阳县气象局的汛期值班电话是多少?"),
    P("X28", "negative", "漹川县乡镇安全生产考核里, 职业健康监管这一项占多少分?"),
    P("X29", "negative", "漹川县2025年度乡镇安全生产考核哪个乡镇得分第一?"),
    P("X30", "negative", "汭阳县地质灾害应急预案里, 红色预警由谁发布?"),
    P("X31", "negative", "漹川县考核评为优秀的乡镇, 安全监管人员每人多发多少钱绩效奖金?"),
)

TWENTYNINTH_CHATS: tuple[Chat, ...] = (
    Chat("Xc1", "warning levels and who issues them, the second level by ordinal, then near-miss history", (
        P("Xc1#1", "list", "汭阳县城区内涝预警分几级? 各由谁发布?", "由县排涝指挥部办公室发布",
          "报副总指挥（县城市管理局局长）同意后发布", "由县排涝指挥部总指挥签发", need="all"),
        P("Xc1#2", "figure", "第二级是在什么情况下发?", "预计未来6小时城区降雨量将达50毫米以上",
          "3处以上易涝点积水深度超过25厘米", need="all"),
        P("Xc1#3", "negative", "这一级预警去年一共发过几次?"),
    )),
    Chat("Xc2", "scoring table blocks, the third block by ordinal, then near-miss on money", (
        P("Xc2#1", "list", "漹川县乡镇安全生产考核评分表分成哪几大块? 各占多少分?", "一、责任体系（22分）",
          "二、风险防控（30分）", "三、应急管理（20分）", "四、宣传培训（10分）", "五、事故控制（18分）", need="all"),
        P("Xc2#2", "figure", "第三块里, 应急演练一年至少搞几次? 少一次扣多少?", "每年至少组织2次综合应急演练",
          "演练每少1次扣2.5分", need="all"),
        P("Xc2#3", "negative", "乡镇搞演练的经费县里补助多少?"),
    )),
    Chat("Xc3", "reporting deadlines, a switch of agency with the topic kept, then the penalty by pronoun", (
        P("Xc3#1", "figure", "汭阳县城区内涝要是死了人, 多长时间内要报县政府?", "接报后15分钟内电话报告县人民政府总值班室",
          "40分钟内书面报告", need="all"),
        P("Xc3#2", "figure", "那漹川县的乡镇出了安全事故, 要多久报上去?", "事故信息30分钟内电话报告县应急管理局"),
        P("Xc3#3", "paraphrase", "他们要是晚报了, 考核上怎么处理?", "迟报、漏报事故信息的，每起扣2分"),
    )),
    Chat("Xc4", "stockpile list, an item located by pronoun, then a switch of topic with the agency kept", (
        P("Xc4#1", "list", "汭阳县城区排涝都储备了哪些应急物资?", "大流量移动排水泵车（每小时3000立方米）", "移动发电机组",
          "冲锋舟（含船外机）", "道路警示锥桶和围挡", need="all"),
        P("Xc4#2", "figure", "里头的冲锋舟放在哪儿?", "县消防救援大队城关站"),
        P("Xc4#3", "paraphrase", "换个事, 他们每年搞不搞排涝演练?", "每年5月底前至少组织1次城区排涝综合应急演练",
          "对每处易涝点至少演练1次"),
    )),
    Chat("Xc5", "top response level, its measures by pronoun, then near-miss on shelter locations", (
        P("Xc5#1", "figure", "汭阳县城区内涝Ⅰ级响应由谁决定启动?", "报请县人民政府主要负责同志决定启动"),
        P("Xc5#2", "list", "启动以后要采取哪些措施?", "实行停课、停工、停业", "开放城区12处应急避难场所安置转移群众",
          "请求市防汛抗旱指挥部和驻地部队、武警支援", need="all"),
        P("Xc5#3", "negative", "那12处应急避难场所具体都在哪?"),
    )),
)


THIRTIETH: tuple[Probe, ...] = (
    # ---- list ----
    P("Y1", "list", "淯川县人社局的政策解读里，就业困难人员具体包括哪几类人？",
      "零就业家庭成员、持有《中华人民共和国残疾人证》的人员", "城乡最低生活保障家庭成员、连续失业1年以上人员", "脱贫人口（含防止返贫监测对象）等六类人员", need="all"),
    P("Y2", "list", "淯川县人社局解读中，首次申请灵活就业人员社会保险补贴需要提交哪些材料？",
      "本人居民身份证或社会保障卡", "《淯川县灵活就业情况承诺书》", "本人社会保障卡银行账户信息", need="all"),
    P("Y3", "list", "按淯川县人社局的解读，哪些情形不能享受灵活就业人员社保补贴？",
      "已按月领取基本养老金，或者已达到法定退休年龄的", "同一时期已享受其他社会保险补贴或岗位补贴的", need="all"),
    P("Y4", "list", "滍阳市应急管理局的表彰通报中，峣山县有哪些单位被评为先进集体？",
      "峣山县应急管理局", "峣山县石门坳镇人民政府", need="all"),
    P("Y5", "list", "滍阳市应急管理局通报里，2025年全市在防火隔离带和蓄水池方面分别建了多少？",
      "新建和改造防火隔离带146公里", "新建蓄水池52座", need="all"),
    P("Y6", "list", "这几份文件分别是哪个单位发布的？",
      "淯川县人力资源和社会保障局", "滍阳市应急管理局", need="all"),
    P("Y7", "list", "这些文件里分别提到投入或安排了多少资金？",
      "安排灵活就业人员社会保险补贴资金1260万元", "累计投入森林防灭火资金8650万元", need="all"),
    P("Y8", "list", "对弄虚作假、骗取补贴或荣誉的情况，这些文件分别规定怎么处理？",
      "追回已发放资金，且申请人3年内不得再次申请", "撤销其荣誉称号，收回荣誉证书", need="all"),
    # ---- figure ----
    P("Y9", "figure", "淯川县人社局解读的《淯川县灵活就业人员社会保险补贴实施办法》从哪天起施行？",
      "《办法》自2026年2月1日起施行"),
    P("Y10", "figure", "淯川县人社局就灵活就业社保补贴政策的咨询电话是多少？", "咨询电话：0793-6218045"),
    P("Y11", "figure", "淯川县灵活就业人员社保补贴每季度在什么时间段申报？", "每季度首月的1日至20日申报上一季度的补贴"),
    P("Y12", "figure", "淯川县2026年安排的灵活就业人员社保补贴资金预计惠及多少人？", "预计惠及约2100人"),
    P("Y13", "figure", "滍阳市应急管理局这份森林防灭火表彰通报的文号是什么？", "滍应急〔2026〕9号"),
    P("Y14", "figure", "滍阳市应急管理局通报中，2025年全市发生了几起森林火灾？过火面积多大？",
      "共发生森林火灾3起，过火面积12.6公顷"),
    P("Y15", "figure", "滍阳市应急管理局表彰的先进个人蔺晓川担任什么职务？", "森林防火股股长"),
    P("Y16", "figure", "滍阳市应急管理局通报提到的峣山县石门坳镇那场森林火灾，明火是几点扑灭的？", "于当日22时成功扑灭明火"),
    # ---- paraphrase ----
    P("Y17", "paraphrase", "我在淯川县，有残疾证，自己跑外卖交社保，按淯川县人社局的新政策一个月最多能补多少钱？",
      "每人每月最高可获得补贴720元"),
    P("Y18", "paraphrase", "淯川县人社局说的补贴，我大学毕业还没找到工作、自己交社保的话，最多能补几年？",
      "补贴期限最长不超过2年"),
    P("Y19", "paraphrase", "我不是淯川县本地户口，在那边打零工，能申请淯川县人社局的这个社保补贴吗？",
      "持有本县居住证且在本县连续居住满1年"),
    P("Y20", "paraphrase", "淯川县的灵活就业社保补贴，公示完了以后钱多久能打到我卡上？",
      "在公示结束后15个工作日内将补贴资金直接拨付"),
    P("Y21", "paraphrase", "我以前按淯川县的老办法一直在领社保补贴，新办法出来后还得重新跑一趟去申请吗？",
      "无需重新提出申请"),
    P("Y22", "paraphrase", "滍阳市应急管理局说去年山上着火的次数和烧掉的林子比前年少了多少？",
      "同比分别下降57.1%和68.3%"),
    P("Y23", "paraphrase", "按滍阳市应急管理局的说法，滍阳一年里从什么时候到什么时候上山要特别注意防火？",
      "全市森林防火期为每年10月1日至次年5月31日"),
    # ---- negative ----
    P("Y24", "negative", "淯川县人社局解读中，退役军人灵活就业的社保补贴标准每月是多少？"),
    P("Y25", "negative", "淯川县2026年度灵活就业人员社保缴费基数下限具体是多少元？"),
    P("Y26", "negative", "淯川县2025年实际有多少人领取了灵活就业人员社会保险补贴？"),
    P("Y27", "negative", "滍阳市应急管理局对受表彰的先进个人每人发放多少奖金？"),
    P("Y28", "negative", "滍阳市2025年森林火灾造成的直接经济损失是多少？"),
    P("Y29", "negative", "滍阳市应急管理局通报的峣山县石门坳镇黄栌岭森林火灾是什么原因引起的？"),
    P("Y30", "negative", "淯川县财政局2026年安排的就业补助资金总额是多少？"),
)
THIRTIETH_CHATS: tuple[Chat, ...] = (
    Chat("Yc1", "其中…（通知写明了部分数字），随后追问通知未给出的医保参保情况", (
        P("Yc1#1", "figure", "淯川县人社局的政策解读里说，截至2025年底全县有多少灵活就业人员？", "全县灵活就业人员约2.36万人"),
        P("Yc1#2", "figure", "其中新就业形态劳动者有多少？", "新就业形态劳动者约8400人"),
        P("Yc1#3", "negative", "那他们当中有多少人参加了职工基本医疗保险？"),
    )),
    Chat("Yc2", "流程列举后用序数词追问第二步，再换成口语问逾期后果", (
        P("Yc2#1", "list", "淯川县人社局解读的灵活就业社保补贴，审核流程各环节的时限分别是多少？",
          "在5个工作日内完成初审", "在10个工作日内完成复核", "公示期为5个工作日", need="all"),
        P("Yc2#2", "figure", "第二步是哪个单位负责的？", "县就业创业服务中心在10个工作日内完成复核"),
        P("Yc2#3", "paraphrase", "要是我忘了在规定的日子里去申报，会怎么样？", "视为自动放弃当季补贴"),
    )),
    Chat("Yc3", "其中…（通知写明了专业队伍数字），再追问未给出的性别构成", (
        P("Yc3#1", "figure", "滍阳市应急管理局通报里，全市有多少专业、半专业森林消防队伍？", "专业、半专业森林消防队伍68支、2460人"),
        P("Yc3#2", "figure", "其中专业扑火队伍有多少支、多少人？", "其中专业扑火队伍42支、1380人"),
        P("Yc3#3", "negative", "这些队伍里女队员有多少人？"),
    )),
    Chat("Yc4", "其中…（通知未写明市级投入），再切换到另一机构", (
        P("Yc4#1", "figure", "滍阳市应急管理局通报中，2025年全市投入了多少森林防灭火资金？", "累计投入森林防灭火资金8650万元"),
        P("Yc4#2", "negative", "其中市级财政拿了多少？"),
        P("Yc4#3", "figure", "那淯川县人社局那边，2026年安排了多少灵活就业社保补贴资金？", "安排灵活就业人员社会保险补贴资金1260万元"),
    )),
    Chat("Yc5", "列举乡镇先进集体，用“第二个”追问对应个人职务，再换话题问对受表彰者的要求", (
        P("Yc5#1", "list", "滍阳市应急管理局表彰的先进集体里，有哪些是镇人民政府？",
          "峣山县石门坳镇人民政府", "荇溪县岚关镇人民政府", need="all"),
        P("Yc5#2", "figure", "第二个镇里受表彰的先进个人担任什么职务？", "党委委员、武装部部长"),
        P("Yc5#3", "paraphrase", "对这些受表彰的单位和个人，通报希望他们以后怎么做？", "珍惜荣誉、戒骄戒躁"),
    )),
)


THIRTYFIRST: tuple[Probe, ...] = (
    # ---- list ----
    P("Z1", "list", "潖阳县农业农村局召开的春季农业生产推进会议，要求哪些县直单位派人参加？",
      "县发展和改革局、县财政局、县自然资源局", "县气象局、县供销合作社分管负责同志各1名", need="all"),
    P("Z2", "list", "潖阳县春季农业生产暨高标准农田建设推进会议的现场观摩安排在哪几个地方？",
      "蒗溪镇万亩高标准农田示范片", "茈坪乡早稻集中育秧中心", need="all"),
    P("Z3", "list", "潖阳县农业农村局这次推进会上，哪些单位作交流发言？",
      "蒗溪镇人民政府、茈坪乡人民政府", "潖阳县穗源粮食种植专业合作社", need="all"),
    P("Z4", "list", "潖阳县农业农村局的会议通知后面附了哪几个附件？",
      "推进会议参会回执", "春季农业生产进度统计表", need="all"),
    P("Z5", "list", "澋州市在用特种设备3.27万台，分别包括哪些类别？",
      "其中电梯1.92万台、锅炉486台", "压力容器9860台、场（厂）内专用机动车辆3154台", need="all"),
    P("Z6", "list", "澋州市市场监督管理局在总结中列出了哪些存在的问题？",
      "基层监管力量与监管任务不相匹配", "食用农产品抽检合格率偏低", "智慧监管水平有待提升",
      "部分重点领域风险隐患仍然存在", need="all"),
    P("Z7", "list", "关于农资打假，两份通知里分别提到了哪些工作（已做的检查和会上要部署的行动）？",
      "部署2026年春季农资打假专项行动", "检查农资经营户1132户次", need="all"),
    P("Z8", "list", "两份材料在农产品质量安全检测方面各提到了什么？",
      "通报2025年农产品质量安全例行监测情况", "食用农产品抽检7458批次", need="all"),
    # ---- figure ----
    P("Z9", "figure", "潖阳县农业农村局的推进会议全体会议具体在什么时间召开？",
      "2026年3月12日（星期四）上午9:00—12:00"),
    P("Z10", "figure", "潖阳县春季农业生产推进会议的主会场设在哪里？",
      "潖阳县行政中心三楼第一会议室（县府路88号）"),
    P("Z11", "figure", "潖阳县农业农村局会议通知中办公室的联系人和电话是什么？",
      "县农业农村局办公室卞雨桐，联系电话：0746-5218046"),
    P("Z12", "figure", "潖阳县农业农村局要求参会回执最晚什么时候报送？",
      "2026年3月9日（星期一）17:00前"),
    P("Z13", "figure", "截至2025年底澋州市实有经营主体有多少户？",
      "全市实有经营主体28.64万户，同比增长6.3%"),
    P("Z14", "figure", "澋州市市场监督管理局2025年通过12315平台为消费者挽回了多少经济损失？",
      "为消费者挽回经济损失1287万元"),
    P("Z15", "figure", "澋州市2025年特种设备隐患排查的整改率是多少？",
      "已整改1861处，整改率99.3%"),
    P("Z16", "figure", "澋州市市场监督管理局2025年罚没款总额是多少？",
      "罚没款3862.5万元，同比下降5.2%"),
    # ---- paraphrase ----
    P("Z17", "paraphrase", "潖阳县农业农村局那个春耕会，我要是去不了该怎么办？",
      "于3月11日12:00前以书面形式向县农业农村局办公室请假"),
    P("Z18", "paraphrase", "潖阳县开春耕会时去田里看现场的人，穿什么比较合适？",
      "参加现场观摩的人员着便装，穿防滑平底鞋，自备雨具"),
    P("Z19", "paraphrase", "潖阳县农业农村局组织去看示范田，能自己开车过去吗？",
      "统一乘车前往，不得自行驾车"),
    P("Z20", "paraphrase", "在澋州市现在开一家公司，手续大概多久能办完？",
      "企业开办时间压缩至0.5个工作日"),
    P("Z21", "paraphrase", "澋州市学校食堂的后厨，家长能通过网络看到吗？",
      "全部实现“互联网+明厨亮灶”"),
    P("Z22", "paraphrase", "澋州市市场监管局觉得下面的所里人手够不够？",
      "有17个所在编执法人员不足5人"),
    P("Z23", "paraphrase", "澋州市2026年打算把多少部老旧电梯换新？",
      "完成老旧电梯更新改造300台以上"),
    # ---- negative (near misses) ----
    P("Z24", "negative", "潖阳县推进会上代表茈坪乡作交流发言的是哪位同志？"),
    P("Z25", "negative", "潖阳县2026年高标准农田建设项目的总投资是多少万元？"),
    P("Z26", "negative", "潖阳县市场监督管理局2025年查处了多少起农资案件？"),
    P("Z27", "negative", "澋州市市场监督管理局的局长叫什么名字？"),
    P("Z28", "negative", "澋州市市场监督管理局2025年查办的食品类案件罚没了多少钱？"),
    P("Z29", "negative", "澋州市农业农村局2026年的春耕工作会议安排在哪一天？"),
    P("Z30", "negative", "潖阳县2026年计划种植早稻多少亩？"),
)

THIRTYFIRST_CHATS: tuple[Chat, ...] = (
    Chat("Zc1", "total case count, stated part (其中食品类/药品类), then an unstated sub-part", (
        P("Zc1#1", "figure", "澋州市市场监督管理局2025年一共查办了多少件案件？",
          "全年查办各类案件1046件，同比增长8.7%"),
        P("Zc1#2", "figure", "其中食品类和药品类各有多少件？",
          "其中食品类402件、药品类118件"),
        P("Zc1#3", "negative", "那药品类案件里面，涉及网上卖药的有多少件？"),
    )),
    Chat("Zc2", "meeting chair, ordinal agenda item (第三项议程), pronoun follow-up on its deadline", (
        P("Zc2#1", "figure", "潖阳县农业农村局的春季农业生产推进会由谁主持？",
          "全体会议由县农业农村局局长鄢明哲主持"),
        P("Zc2#2", "figure", "第三项议程是谁来讲？",
          "县农业农村局副局长訾晓岚解读"),
        P("Zc2#3", "figure", "他讲的那些新建农田项目要求什么时候全面开工？",
          "要求各项目于2026年4月30日前全面开工"),
    )),
    Chat("Zc3", "food sampling total, stated 其中 part, then switch to the other agency", (
        P("Zc3#1", "figure", "澋州市市场监督管理局2025年做了多少批次食品安全监督抽检？",
          "全年完成食品安全监督抽检18623批次"),
        P("Zc3#2", "figure", "其中食用农产品抽了多少批次，合格率多少？",
          "其中食用农产品抽检7458批次、不合格229批次"),
        P("Zc3#3", "figure", "那潖阳县农业农村局在农产品检测上是怎么安排的？",
          "部署春季蔬菜、茶叶农药残留快速检测工作"),
    )),
    Chat("Zc4", "attendee total, stated 其中 part, then an unstated sub-part", (
        P("Zc4#1", "figure", "潖阳县农业农村局这次推进会主会场一共多少人参加？",
          "本次会议主会场参会人员共计47名"),
        P("Zc4#2", "figure", "其中乡镇（街道）来多少人？",
          "其中县直有关单位7名、乡镇（街道）22名"),
        P("Zc4#3", "negative", "县农业农村局那18个人里，二级机构负责人有几个？"),
    )),
    Chat("Zc5", "complaints total, unstated sub-part (预付式消费投诉数), topic switch with agency kept", (
        P("Zc5#1", "figure", "澋州市市场监督管理局2025年通过12315平台受理了多少投诉举报？",
          "全年受理投诉举报5.82万件"),
        P("Zc5#2", "negative", "其中预付式消费的投诉有多少件？"),
        P("Zc5#3", "figure", "它2026年在知识产权方面定了什么目标？",
          "力争全年有效发明专利达到4600件以上"),
    )),
)


THIRTYSECOND: tuple[Probe, ...] = (
    # ---- list (8) ----
    P("AA1", "list", "有哪些文件提到了要在汛期前完成的工作？", "在汛期前完成深基坑、高支模等危大工程专项排查", "汛期前完成全部水源地防护设施检修", need="all"),
    P("AA2", "list", "这些通知里有哪些工作安排在2026年6月开展或在6月底前完成？", "将于2026年6月组织开展第二季度安全生产检查", "2026年6月底前实现村级管水员全覆盖", need="all"),
    P("AA3", "list", "漶州市住建局2026年第一季度安全生产检查的重点有哪些？", "检查重点包括深基坑、高支模、起重机械、脚手架", "施工临时用电、有限空间作业、消防安全", need="all"),
    P("AA4", "list", "漶州市住建局通报中点名处以罚款的企业里，罚款金额最高的三家各被罚了多少？", "对嵘泰建筑工程有限公司罚款21.2万元", "对漶州建工集团有限公司罚款18.5万元", "对翀北宏骏建设有限公司罚款15万元", need="all"),
    P("AA5", "list", "漶州市住建局把哪些企业的违法违规行为记入了信用平台，扣了多少分？", "将嵘泰建筑工程有限公司和漶州正衡工程监理有限公司", "各扣减信用分10分", need="all"),
    P("AA6", "list", "沕水县政府办公室的答复函里，2025年为解决农村饮水问题做了哪些主要工作？", "累计投入农村供水保障资金1.37亿元", "嶅溪水厂于2025年9月28日建成通水", "累计应急送水1260车次", need="all"),
    P("AA7", "list", "沕水县答复函的下一步工作计划中，分别由哪些部门牵头？", "由县水利局牵头", "由县生态环境局牵头", "由县发展和改革局牵头", need="all"),
    P("AA8", "list", "沕水县第52号建议由哪些单位协办？", "县卫生健康局、县财政局", "县发展和改革局、县生态环境局协办", need="all"),
    # ---- figure (8) ----
    P("AA9", "figure", "漶州市住建局一季度安全生产检查罚款合计多少？", "罚款合计87.6万元"),
    P("AA10", "figure", "漶州市住建局这次安全生产检查抽调了多少名专家？", "抽调专家46名"),
    P("AA11", "figure", "漶州市住建局通报中，施工临时用电类隐患有多少条？", "施工临时用电类隐患236条"),
    P("AA12", "figure", "漶州市住建局通报的鄘城区检查了多少个项目？", "鄘城区检查项目最多，共68个"),
    P("AA13", "figure", "漶州市住建局通报中，被责令停工的项目已有多少个通过复查恢复施工？", "已有11个项目通过复查恢复施工"),
    P("AA14", "figure", "沕水县截至2025年底农村自来水普及率是多少？", "全县农村自来水普及率达到91.4%"),
    P("AA15", "figure", "沕水县2025年新建和改造了多少公里供水管网？", "新建和改造供水管网146公里"),
    P("AA16", "figure", "沕水县村级管水员每人每月补助多少钱？", "按每人每月300元标准给予补助"),
    # ---- paraphrase (7) ----
    P("AA17", "paraphrase", "漶州那边查出哪个工地的塔吊保险装置被人故意弄失效了？", "现场2号塔式起重机力矩限制器被人为短接"),
    P("AA18", "paraphrase", "漶州市住建局说哪家公司在地下管廊里干活前没先通风、测气体？", "施工单位为瑄宇路桥工程有限公司"),
    P("AA19", "paraphrase", "漶州市住建局查到的那个总监人老不在现场、还事后补记录的，是哪家监理公司？", "监理单位为漶州正衡工程监理有限公司"),
    P("AA20", "paraphrase", "漶州市住建局对基坑出大问题的那家公司，多长时间不让它在本市投标？", "在本市暂停投标资格3个月"),
    P("AA21", "paraphrase", "沕水县山里村子冬天没水喝的时候，县里是怎么临时给老百姓送水的？", "组织消防救援车辆和租用社会车辆送水"),
    P("AA22", "paraphrase", "沕水县以后村里的水管子、水池子平时由谁来看管？", "实现村级管水员全覆盖", "每村至少配备1名管水员"),
    P("AA23", "paraphrase", "沕水县农村的自来水干不干净，谁来查、多久查一次？", "县疾病预防控制中心每季度对全县农村集中供水工程", "组织县疾病预防控制中心按季度开展水质检测"),
    # ---- negative (7) ----
    P("AA24", "negative", "漶州市住建局这次通报中，泮东区检查了多少个在建项目？"),
    P("AA25", "negative", "漶州市住建局通报里，琯山新城安置房三期项目被记12分的项目经理叫什么名字？"),
    P("AA26", "negative", "漶州市住建局2025年第四季度安全生产检查一共发现了多少条隐患？"),
    P("AA27", "negative", "漶州市住建局通报中，由区县查处的其余4起案件分别罚了哪些企业、各罚多少？"),
    P("AA28", "negative", "沕水县农村自来水现在每吨水价是多少钱？"),
    P("AA29", "negative", "沕水县嶅溪水厂的总投资是多少？"),
    P("AA30", "negative", "沕水县2024年底农村自来水普及率是多少？"),
)
THIRTYSECOND_CHATS: tuple[Chat, ...] = (
    Chat("AAc1", "其中…多少：先问总数，再问通报给出的重大隐患数，最后问通报未细分的临时用电类重大隐患数", (
        P("AAc1#1", "figure", "漶州市住建局2026年一季度安全生产检查一共发现了多少条隐患？", "发现各类安全隐患982条"),
        P("AAc1#2", "figure", "其中重大隐患有多少条？", "其中重大隐患17条"),
        P("AAc1#3", "negative", "这些重大隐患里，临时用电方面的有几条？"),
    )),
    Chat("AAc2", "序数与代词：第二个典型问题→这家施工单位的罚款→第六个典型问题的监理单位受到的处理", (
        P("AAc2#1", "figure", "漶州市住建局通报的第二个典型问题涉及哪个项目、哪家施工单位？", "施工单位为漶州建工集团有限公司"),
        P("AAc2#2", "figure", "这家施工单位被罚了多少钱？", "对漶州建工集团有限公司罚款18.5万元"),
        P("AAc2#3", "list", "那第六个典型问题里的监理单位受到了什么处理？", "漶州正衡工程监理有限公司等7家企业", "和漶州正衡工程监理有限公司的违法违规行为", need="all"),
    )),
    Chat("AAc3", "切换区县：停工最多的区→那嵫阳县的整改率→那岵西区（表中没有）", (
        P("AAc3#1", "figure", "漶州市住建局通报中，停工整改项目最多的是哪个区，有几个？", "琯山区停工整改项目最多，共4个"),
        P("AAc3#2", "figure", "那嵫阳县的整改率是多少？", "嵫阳县整改率最低，为92.8%"),
        P("AAc3#3", "negative", "那岵西区呢？"),
    )),
    Chat("AAc4", "代词+同一机构内换话题：嶅溪水厂供水能力→它何时通水→水价调整由谁牵头、何时完成", (
        P("AAc4#1", "figure", "沕水县政府办公室的答复函里，嶅溪水厂每天能供多少水？", "设计日供水能力8000立方米"),
        P("AAc4#2", "figure", "它是什么时候建成通水的？", "嶅溪水厂于2025年9月28日建成通水"),
        P("AAc4#3", "list", "换个话题，水价调整的事由哪个部门牵头，什么时候拿出方案？", "由县发展和改革局牵头", "于2026年12月底前研究制定农村供水水价调整方案", need="all"),
    )),
    Chat("AAc5", "其中…多少（未细分）：缺水涉及人数→其中岜屯乡多少人（答复函未按乡镇细分）→岜屯乡连通工程完工时间", (
        P("AAc5#1", "figure", "沕水县对覃晓岚代表建议的答复中，2025年枯水期季节性缺水涉及多少人？", "涉及3个乡镇17个行政村约1.2万人"),
        P("AAc5#2", "negative", "其中岜屯乡有多少人？"),
        P("AAc5#3", "figure", "那岜屯乡的供水管网连通工程什么时候能完工？", "岜屯乡连通工程力争于2026年12月底前完工"),
    )),
)


THIRTYTHIRD: tuple[Probe, ...] = (
    # ---- list ----
    P("AB1", "list", "淠阳县民政局党组的巡察整改台账里，哪些问题被列为需要长期坚持整改？", "困难残疾人生活补贴和重度残疾人护理补贴", "党组主体责任落实不够有力", "整改长效机制不健全", need="all"),
    P("AB2", "list", "淠阳县民政局巡察反馈的问题中，哪些还没有整改完，仍在推进或只是部分完成？", "特困人员供养服务设施安全隐患整治不彻底", "干部队伍结构不优", "殡葬领域监管不到位", "居家养老服务中心建设补助资金闲置", need="all"),
    P("AB3", "list", "县委第二巡察组指出淠阳县民政局在落实全面从严治党战略部署方面存在哪些问题？", "党组主体责任落实不够有力", "公务接待管理不规范", "殡葬领域监管不到位", "社会组织登记管理和监督不到位", need="all"),
    P("AB4", "list", "溱州市2026年农村公路养护补助资金中，哪些县的资金要用于危桥改造？", "县道中修工程及2座危桥加固改造", "县道预防性养护和3座危桥改造", need="all"),
    P("AB5", "list", "溱州市财政局、交通运输局规定农村公路养护补助资金不得用于哪些方面？", "不得用于新建、改扩建公路项目", "不得用于人员经费、办公楼建设、购置车辆和偿还债务", "不得用于平衡本级预算", need="all"),
    P("AB6", "list", "溱州市2025年度农村公路养护工作考核中，哪些县被评为优秀等次？", "涔阳县、湟川县、渼陂县为优秀等次"),
    P("AB7", "list", "哪些地方安排了敬老院消防设施改造或者危桥加固改造？", "已完成双河、石门、桑坪、龙渡4所敬老院消防设施改造", "县道中修工程及2座危桥加固改造", need="all"),
    P("AB8", "list", "在低保专项核查和农村公路养护资金管理中，对违规领取或到期没花完的钱分别怎么处理？", "追回违规领取资金18.64万元", "市财政局将按规定收回结余资金并统筹用于其他地区", need="all"),
    # ---- figure ----
    P("AB9", "figure", "截至2026年3月31日，淠阳县民政局巡察整改累计追回、清退了多少资金？", "累计追回、清退各类资金64.2万元"),
    P("AB10", "figure", "淠阳县民政局开展农村低保专项核查，一共核查了多少户低保对象？", "共核查农村低保对象6873户"),
    P("AB11", "figure", "巡察指出淠阳县民政局在编干部中45岁以上的占比是多少？", "45岁以上占比达71%"),
    P("AB12", "figure", "淠阳县居家养老服务中心建设补助资金闲置问题涉及多少钱？目前已收回多少？", "涉及资金48.6万元", "已收回无法使用的资金12.3万元", need="all"),
    P("AB13", "figure", "溱州市2026年农村公路养护补助资金一共下达了多少万元？", "本次共下达资金8460万元"),
    P("AB14", "figure", "溱州市纳入2026年农村公路养护补助资金分配范围的农村公路共有多少公里？", "全市纳入本次分配范围的农村公路共计9846公里"),
    P("AB15", "figure", "溱州市2026年农村公路养护绩效目标要求完成多少座危旧桥梁改造？", "完成危旧桥梁改造18座"),
    P("AB16", "figure", "溱州市农村公路养护补助资金分配中，养护里程因素的权重是多少？", "农村公路养护里程因素，权重50%"),
    # ---- paraphrase ----
    P("AB17", "paraphrase", "淠阳县民政局以前公家请客吃饭超标的那些钱退回来了没有？", "超标准接待费用0.56万元已全部清退"),
    P("AB18", "paraphrase", "淠阳县老年人的高龄津贴以前老是拖着发，现在改成怎么发了？", "自2026年1月起按月足额发放"),
    P("AB19", "paraphrase", "淠阳县城北那个公益公墓卖超大墓地的事，现在处理得怎么样了？", "已完成整改超面积墓位21个", "剩余15个墓位因涉及群众协商"),
    P("AB20", "paraphrase", "淠阳县那几家好几年都不年检、名存实亡的社会组织最后怎么处理的？", "依法撤销登记3家", "6家已补办年检"),
    P("AB21", "paraphrase", "溱州市这笔修农村路的养护钱下到县里以后，最晚什么时候得花出去？", "于2026年11月30日前完成资金支出"),
    P("AB22", "paraphrase", "溱州市要求县里自己每年每公里村道至少拿出多少钱来养护？", "村道不低于3000元"),
    P("AB23", "paraphrase", "溱州市这笔农村公路养护钱分下去以后，县里要不要在网上公开，多长时间内公开？", "在资金下达后20日内"),
    # ---- negative ----
    P("AB24", "negative", "溱州市2026年农村公路养护补助资金给溱南区分配了多少万元？"),
    P("AB25", "negative", "溱州市给涔阳县的补助资金中，2座危桥加固改造具体安排了多少万元？"),
    P("AB26", "negative", "溱州市2025年农村公路养护补助资金一共下达了多少万元？"),
    P("AB27", "negative", "溱州市教育局2026年中小学校舍维修资金是怎么分配到各县的？"),
    P("AB28", "negative", "对淠阳县民政局开展巡察的县委第二巡察组组长是谁？"),
    P("AB29", "negative", "淠阳县民政局完成4所敬老院消防设施改造一共花了多少钱？"),
    P("AB30", "negative", "淠阳县卫生健康局巡察整改台账中有多少个问题已经整改完成？"),
)
THIRTYTHIRD_CHATS: tuple[Chat, ...] = (
    Chat("ABc1", "ordinal row of the 淠阳县民政局 ledger, then responsible leader / deadline of that row", (
        P("ABc1#1", "figure", "淠阳县民政局党组这次巡察反馈一共指出了多少个问题？", "巡察反馈指出4个方面14个具体问题"),
        P("ABc1#2", "list", "其中第七个问题是什么？现在整改到什么程度了？", "殡葬领域监管不到位", "部分完成。已完成整改超面积墓位21个", need="all"),
        P("ABc1#3", "figure", "这一项的完成时限是什么时候？", "2026年3月底前"),
    )),
    Chat("ABc2", "其中…多少: central share answered, bridge-renovation share not broken down", (
        P("ABc2#1", "figure", "溱州市2026年农村公路养护补助资金一共下达多少钱？", "本次共下达资金8460万元"),
        P("ABc2#2", "figure", "其中中央资金是多少？", "（以下简称“中央资金”）5200万元"),
        P("ABc2#3", "negative", "其中专门用于危旧桥梁改造的有多少万元？"),
    )),
    Chat("ABc3", "switch of county within the 溱州市 allocation table, last county not in the table", (
        P("ABc3#1", "paraphrase", "溱州市这次给湟川县的农村公路养护钱主要拿来干什么？", "村道日常养护和水毁路段修复"),
        P("ABc3#2", "paraphrase", "那渼陂县呢？", "旅游公路养护和沿线安全设施完善"),
        P("ABc3#3", "negative", "那溱东县呢？分到多少、用来干什么？"),
    )),
    Chat("ABc4", "switch of topic with the agency (淠阳县民政局) kept, then a detail not given", (
        P("ABc4#1", "figure", "淠阳县民政局低保专项核查追回了多少违规领取的资金？", "追回违规领取资金18.64万元"),
        P("ABc4#2", "list", "这个局干部轮岗不到位和党支部“三会一课”记录不全的问题整改了吗？", "5名干部已全部完成轮岗交流", "已对3名党支部书记进行提醒谈话", need="all"),
        P("ABc4#3", "negative", "他们局申报的那3名公务员招录计划什么时候考试？"),
    )),
    Chat("ABc5", "ordinal requirement (第二条/第四条) of the 溱州市 notice and the deadline of the cited item", (
        P("ABc5#1", "list", "溱州市农村公路养护补助资金分配方案提出了哪些资金使用要求？", "（一）加快资金拨付", "（二）严格资金用途", "（四）明确绩效目标", need="all"),
        P("ABc5#2", "list", "第二条要求里说这笔钱不能用在哪些地方？", "不得用于新建、改扩建公路项目", "不得用于平衡本级预算", need="all"),
        P("ABc5#3", "figure", "第四条里的绩效目标要在什么时候之前报备？", "于2026年4月30日前报送市财政局、市交通运输局备案"),
    )),
)

THIRTYFOURTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AC1", "list", "浛浦市医疗保障局这次督查通报总结了哪几方面的主要做法和成效？", "参保动员精准有力", "基金监管持续从严", "经办服务提质增效", need="all"),
    P("AC2", "list", "浛浦市医保局督查通报对乡镇医保服务站标准化建设提出了哪些具体要求？", "每个服务站至少配备2名专职工作人员", "统一服务标识、统一办事指南、统一服务流程", need="all"),
    P("AC3", "list", "浛浦市医保局一季度督查发现了哪几类主要问题？", "参保扩面进展不均衡", "断缴续保风险依然存在", "基金监管存在薄弱环节", "经办服务能力仍有短板", need="all"),
    P("AC4", "list", "浛浦市医保局督查通报要求5月份内报送哪些材料，分别报给哪个科？", "于5月15日前报市医保局待遇保障科备案", "于5月31日前将整改情况书面报市医保局基金监管科", need="all"),
    P("AC5", "list", "涔坪县加装电梯，除了基础补助以外，哪些情况可以叠加补助？", "所在小区列入本县2026年度城镇老旧小区改造计划", "本单元常住人口中有持证残疾人或80周岁以上老年人", need="all"),
    P("AC6", "list", "涔坪县申请加装电梯财政补助需要提交哪些材料？", "业主表决结果及书面协议", "电梯设计方案和工程预算书", "实施主体的身份证明和银行账户信息", need="all"),
    P("AC7", "list", "哪些事项要求在2026年6月底（6月30日）前完成？", "确保6月30日前全面完成年度参保任务", "应当于2026年6月30日前补充提交申请材料", "在6月底前完成乡镇（街道）医保服务站标准化建设", need="all"),
    P("AC8", "list", "对违规使用医保基金或者骗取财政补助的，文件规定了哪些处理措施？", "依法依规解除医保服务协议", "由县住建局责令退回全部补助资金", "3年内不得再次申请本县住房城乡建设领域各类财政补助", need="all"),
    # ---- figure ----
    P("AC9", "figure", "截至2026年3月31日，浛浦市城乡居民医保参保人数是多少？", "全市城乡居民医保参保221.64万人"),
    P("AC10", "figure", "浛浦市医保局督查通报中，湔里县和濛垭县的参保任务完成率各是多少？", "参保任务完成率分别为94.81%和92.62%"),
    P("AC11", "figure", "浛浦市医保局一季度督查共抽查了多少家定点医药机构？", "共抽查定点医药机构412家"),
    P("AC12", "figure", "淥坝县在打击欺诈骗保专项行动中处了多少违约金？", "并按协议处违约金47.2万元"),
    P("AC13", "figure", "涔坪县既有住宅加装电梯的基础补助标准是多少？", "每台20万元"),
    P("AC14", "figure", "涔坪县单台电梯的建设补助最高能拿多少？", "单台电梯建设补助合计最高不超过23万元"),
    P("AC15", "figure", "涔坪县2026年度加装电梯补助的申请受理时间是什么时候？", "2026年度补助申请受理时间为4月1日至10月31日"),
    P("AC16", "figure", "涔坪县加装电梯项目开工后先拨付多少比例的补助？", "先行拨付基础补助的40%"),
    # ---- paraphrase ----
    P("AC17", "paraphrase", "浛浦这次查医保，从医院药店那里一共把多少钱要了回来？", "追回违规使用医保基金889.8万元"),
    P("AC18", "paraphrase", "浛浦市这回医保督查哪个县考得最好？", "漭岗县以96.5分位列第一"),
    P("AC19", "paraphrase", "浛浦市医保督查垫底的县会被怎么样？", "由市医保局分管领导进行约谈"),
    P("AC20", "paraphrase", "涔坪县楼里装电梯，住一二楼的人吃亏了有没有说法？", "鼓励高层业主对一层、二层住户给予适当经济补偿"),
    P("AC21", "paraphrase", "在涔坪县装电梯自己掏的那份钱，能不能拿公积金来付？", "可以向县住房公积金管理部申请提取住房公积金"),
    P("AC22", "paraphrase", "涔坪县电梯装好验收完，剩下的补助款最晚得什么时候去申请？", "竣工项目应当于2027年3月31日前提出剩余资金拨付申请"),
    P("AC23", "paraphrase", "涔坪县加装的电梯以后日常谁来保养维修？", "应当委托具备资质的维保单位进行日常维护保养"),
    # ---- negative ----
    P("AC24", "negative", "浛浦高新区在这次医保督查中综合得分多少、排第几名？"),
    P("AC25", "negative", "浛浦市医保督查中，澉城区有几家定点医药机构被暂停了医保服务协议？"),
    P("AC26", "negative", "2025年第一季度末浛浦市城乡居民医保参保了多少万人？"),
    P("AC27", "negative", "浛浦市医保督查组中，市卫生健康委派出的带队负责人是谁？"),
    P("AC28", "negative", "涔坪县2025年全年一共加装了多少台电梯？"),
    P("AC29", "negative", "涔坪县住房公积金管理部办理加装电梯提取公积金的咨询电话是多少？"),
    P("AC30", "negative", "浛浦市医保局三季度“回头看”的具体开展日期是哪一天？"),
)
THIRTYFOURTH_CHATS: tuple[Chat, ...] = (
    Chat("ACc1", "Hanpu medical insurance inspection: recovered funds for one county, switch to another, then an unbroken-down subset", (
        P("ACc1#1", "figure", "浛浦市医保局督查通报里，漭岗县追回违规基金多少？", "追回违规基金243.5万元"),
        P("ACc1#2", "figure", "那淥坝县呢？", "追回违规基金158.6万元"),
        P("ACc1#3", "negative", "淥坝县追回的这些钱里，挂床住院问题涉及多少？"),
    )),
    Chat("ACc2", "Hanpu ranking: 2nd/3rd places, then each county's highlighted practice", (
        P("ACc2#1", "figure", "浛浦市医保局这次督查排第二、第三的是哪两个县（区）？", "澉城区、淥坝县分列第二、第三位"),
        P("ACc2#2", "figure", "排第二的那个区线上缴费占比是多少？", "线上缴费占比达到81.3%"),
        P("ACc2#3", "figure", "那第三名的在校学生参保率呢？", "全县在校学生参保率达到99.6%"),
    )),
    Chat("ACc3", "Hanpu typical cases: list, ordinal follow-up, recovery status of the third", (
        P("ACc3#1", "list", "浛浦市医保局通报点名了哪几个典型问题？", "湔里县安和民营医院挂床住院问题", "濛垭县仁济大药房违规刷卡问题", "沄桥区部分村卫生室重复收费问题", need="all"),
        P("ACc3#2", "figure", "第二个问题涉及多少钱？最后怎么处理的？", "涉及违规金额4.2万元", "解除该药房医保服务协议"),
        P("ACc3#3", "figure", "第三个问题的违规资金追回了多少？", "目前已追回1.8万元"),
    )),
    Chat("ACc4", "Cenping elevator maintenance subsidy: amount, pronoun about the cap, then a payment date not given", (
        P("ACc4#1", "figure", "涔坪县加装电梯的维护保养补贴标准是多少？", "每台每年2000元，连续补贴3年"),
        P("ACc4#2", "figure", "这笔补贴算不算在23万元的建设补助上限里？", "维护保养补贴单独计算，不计入建设补助上限"),
        P("ACc4#3", "negative", "这个补贴每年具体几月份发放到账？"),
    )),
    Chat("ACc5", "Cenping 2026 elevator plan: total, one sub-area share, then a subset not broken down", (
        P("ACc5#1", "figure", "涔坪县2026年计划加装多少台电梯？", "2026年全县计划完成既有住宅加装电梯60台"),
        P("ACc5#2", "figure", "其中文昌街道安排了多少台？", "城关镇30台、文昌街道18台、涔南街道12台"),
        P("ACc5#3", "negative", "这60台里面，位于老旧小区改造小区的有多少台？"),
    )),
)

THIRTYFIFTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AD1", "list", "湝坊县交通运输局2026年工作要点中，由运输服务科牵头的任务有哪几项？", "推进农村客运公交化改造", "完善县、乡、村三级农村物流服务体系", "规范出租汽车和网络预约出租汽车经营行为", need="all"),
    P("AD2", "list", "湝坊县交通运输局工作要点里，规划建设科牵头负责哪几项？", "加快国道G530湝坊县城至枋口段改建工程建设", "推进县综合客运枢纽站建设", "做好省道S317湝坊段改线工程前期工作", need="all"),
    P("AD3", "list", "湝坊县交通运输局今年哪些工作要在2026年6月底前完成？", "深化交通运输政务服务“一网通办”", "推进公路水路行业重大事故隐患动态清零", "2026年6月底前完成工程可行性研究报告编制", need="all"),
    P("AD4", "list", "湝坊县交通运输局工作要点中，时限为“全年持续推进”的是哪些任务？", "深化农村公路管理养护体制改革", "深化治理车辆超限超载", need="all"),
    P("AD5", "list", "滪陵市文化广电和旅游局巡察整改中，整改进展为正在推进或持续推进的问题有哪些？", "图书馆总分馆制建设滞后", "干部队伍年龄结构老化", need="all"),
    P("AD6", "list", "滪陵市文旅局巡察反馈的问题中，哪些需要长期坚持整改？", "意识形态工作责任制落实不够到位", "廉政风险防控机制不健全", need="all"),
    P("AD7", "list", "由机关党委牵头或作为责任科室的工作有哪些？", "深入开展党的创新理论学习", "持续深化作风建设", "部分基层党支部“三会一课”制度落实不规范", "廉政风险防控机制不健全", need="all"),
    P("AD8", "list", "在执法案卷方面分别安排或完成了哪些工作？", "全年开展执法案卷评查2次", "复查执法案卷214卷，整改不规范案卷29卷", need="all"),
    # ---- figure ----
    P("AD9", "figure", "湝坊县2026年交通固定资产投资的目标是多少？", "完成交通固定资产投资8.6亿元"),
    P("AD10", "figure", "国道G530湝坊县城至枋口段改建工程2026年要完成多少投资？", "全年完成投资3.2亿元"),
    P("AD11", "figure", "湝坊县2026年治超要查处多少辆次超限超载车辆？", "全年查处超限超载车辆不少于600辆次"),
    P("AD12", "figure", "湝坊县综合客运枢纽站建设的完成时限是什么时候？", "完成时限：2026年9月30日前"),
    P("AD13", "figure", "滪陵市文化广电和旅游局巡察整改共追回违规资金多少？", "共追回违规资金46.71万元"),
    P("AD14", "figure", "滪陵市文旅局巡察整改一共问责处理了多少人？", "共问责处理6人"),
    P("AD15", "figure", "滪陵古镇景区管理处滞留的门票收入是哪天缴入国库的？", "156.3万元已于2025年12月25日全部缴入国库"),
    P("AD16", "figure", "滪陵市文旅局图书馆总分馆建设滞后的问题由谁负责整改、哪个科室？", "党组成员、副局长卢砚秋；责任科室：公共服务科"),
    # ---- paraphrase ----
    P("AD17", "paraphrase", "湝坊县今年能不能做到每个乡镇都通上公交车？", "乡镇公交通达率达到100%"),
    P("AD18", "paraphrase", "湝坊县今年要把多少辆出租车换成电动的？", "完成巡游出租汽车更新为新能源车辆50辆"),
    P("AD19", "paraphrase", "在湝坊县办交通运输方面的常用事项，能不能不跑腿在网上办？", "道路运输高频事项网上可办率达到100%"),
    P("AD20", "paraphrase", "滪陵市文旅局多发的那笔加班费退回来了没有？", "6.84万元已全部清退"),
    P("AD21", "paraphrase", "滪陵市文旅局给不够格的演出团体发的补助钱要回来了吗？", "违规拨付的38.6万元已全部追回并上缴财政"),
    P("AD22", "paraphrase", "滪陵市那几个签了约却一直没动工的文旅项目现在怎么样了？", "滪溪湾民宿集群项目已于2026年3月开工建设", "其余2个项目正在协调用地和规划调整事宜"),
    P("AD23", "paraphrase", "老百姓对滪陵市文旅局整改有意见，最晚什么时候之前要提出来？", "请在2026年4月30日前反映给我们"),
    # ---- negative ----
    P("AD24", "negative", "湝坊县2025年完成交通固定资产投资多少亿元？"),
    P("AD25", "negative", "湝坊县今年改造的15座危旧桥梁中，四类桥梁有几座？"),
    P("AD26", "negative", "湝坊县综合客运枢纽站什么时候正式投入使用？"),
    P("AD27", "negative", "湝坊县公路事业发展中心的主任是谁？"),
    P("AD28", "negative", "对滪陵市文旅局开展巡察的市委第四巡察组组长是谁？"),
    P("AD29", "negative", "滪陵市文旅局巡察整改中建立完善的17项制度里，财务管理方面的有几项？"),
    P("AD30", "negative", "滪陵市教育局巡察整改追回了多少违规资金？"),
)
THIRTYFIFTH_CHATS: tuple[Chat, ...] = (
    Chat("ADc1", "Xiefang transport plan: ordinal item under a heading, pronoun deadline/office, then a quantity", (
        P("ADc1#1", "figure", "湝坊县交通运输局工作要点“推进城乡交通运输一体化”下面的第二项是什么？", "完善县、乡、村三级农村物流服务体系"),
        P("ADc1#2", "figure", "这一项由哪个科负责？什么时候完成？", "责任科室：运输服务科。2026年10月底前完成。"),
        P("ADc1#3", "figure", "这一项要新建多少个村级服务站？", "新建村级寄递物流综合服务站30个"),
    )),
    Chat("ADc2", "Xiefang bridges and safety protection works, then a cost figure not given", (
        P("ADc2#1", "figure", "湝坊县今年要改造多少座农村公路危旧桥梁？", "改造农村公路危旧桥梁15座"),
        P("ADc2#2", "figure", "那安全生命防护工程由哪个科牵头？", "由公路管理科牵头，县公路事业发展中心配合"),
        P("ADc2#3", "negative", "这15座桥梁改造总共要投资多少钱？"),
    )),
    Chat("ADc3", "Yuling culture bureau rectification status counts, the partly done problem, then unnamed projects", (
        P("ADc3#1", "figure", "滪陵市文化广电和旅游局巡察反馈的问题，已经完成整改多少个？", "已完成整改10个"),
        P("ADc3#2", "figure", "部分完成的是哪个问题？", "文旅融合项目招引工作力度不够"),
        P("ADc3#3", "negative", "还没落地的那2个项目分别叫什么名字？"),
    )),
    Chat("ADc4", "Yuling measures and accountability: total measures, one subset answerable, one subset not broken down", (
        P("ADc4#1", "figure", "滪陵市文旅局党组针对巡察反馈问题细化了多少条整改措施？", "局党组共细化整改措施52条"),
        P("ADc4#2", "figure", "问责处理的人里，受到党纪处分的有几人？", "其中给予党纪处分1人"),
        P("ADc4#3", "negative", "那52条整改措施中已经完成了多少条？"),
    )),
    Chat("ADc5", "Yuling procurement splitting: amount, pronoun for the sanction, then an unnamed person", (
        P("ADc5#1", "figure", "滪陵市文旅局政府采购化整为零的问题涉及多少金额？", "涉及金额127.5万元"),
        P("ADc5#2", "figure", "这个问题对相关人员是怎么处理的？", "给予1名原分管科室负责人党内警告处分"),
        P("ADc5#3", "negative", "受到党内警告处分的这个人叫什么名字？"),
    )),
)

THIRTYSIXTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AE1", "list", "潾州市市场监督管理局2026年食品安全重点工作任务分工中，由执法稽查支队牵头的任务有哪些？", "抽检发现的不合格食品核查处置率达到100%", "全年查办食品安全案件不少于600件", need="all"),
    P("AE2", "list", "潾州市2026年食品安全任务分工里，食品经营安全监督管理科牵头负责哪几项重点任务？", "校园食品安全守护行动", "农村集体聚餐安全管理", "食用农产品市场销售质量安全提升", need="all"),
    P("AE3", "list", "漇阳县埭湄镇巡察整改中，哪些问题追回、清退或收回了资金？各多少？", "3.46万元已全部清退并上缴县财政", "已追回多付工程款8.72万元", "追回低保金2.18万元", "收回拖欠租金15.6万元", need="all"),
    P("AE4", "list", "潾州市市场监管局食品安全任务分工中，完成时限为2026年6月底前的任务是哪些？", "全部完成2026年度风险等级评定", "组织开展2026年食品安全宣传周活动", need="all"),
    P("AE5", "list", "埭湄镇县委巡察反馈问题中，整改状态为“基本完成”的是哪几个问题？", "违法占用耕地建房问题11宗", "村级干部队伍年龄结构偏大", need="all"),
    P("AE6", "list", "漇阳县埭湄镇人民政府的巡察整改报告里，哪些问题还处于持续整改状态？", "河长制落实不到位", "基层党组织建设薄弱", need="all"),
    P("AE7", "list", "哪些工作安排了人员培训？分别培训了或要培训多少人次？", "全年组织乡村厨师培训不少于800人次", "组织村（社区）会计业务培训2期、培训46人次", "对4个村党支部书记开展专题培训", need="all"),
    P("AE8", "list", "哪些工作需要农业农村部门配合或由其验收？", "对农村集体聚餐实行申报备案管理", "全市47家食用农产品集中交易市场", "通过县农业农村局验收", need="all"),
    # ---- figure ----
    P("AE9", "figure", "潾州市2026年全年要完成多少批次食品安全抽检？", "全年完成食品安全抽检12000批次"),
    P("AE10", "figure", "潾州市有多少家获证食品生产企业要完成2026年度风险等级评定？", "对全市286家获证食品生产企业"),
    P("AE11", "figure", "潾州市食用农产品集中交易市场2026年全年快检量要达到多少？", "全年快检不少于10万批次"),
    P("AE12", "figure", "潾州市国家食品安全示范城市复审对群众满意度的目标是多少？", "群众食品安全满意度达到85%以上"),
    P("AE13", "figure", "埭湄镇巡察整改共追回、清退各类资金多少万元？", "共追回、清退各类资金29.96万元"),
    P("AE14", "figure", "漇阳县埭湄镇巡察整改问责处理了多少人？其中党内警告处分几人？", "问责处理9人，其中党内警告处分1人"),
    P("AE15", "figure", "县委第三巡察组向埭湄镇反馈了多少个问题？", "县委第三巡察组反馈问题14个"),
    P("AE16", "figure", "埭湄镇敬老院自动喷淋系统安装投入了多少资金？", "已投入资金18.5万元完成自动喷淋系统安装"),
    # ---- paraphrase ----
    P("AE17", "paraphrase", "潾州市今年要查多少家在外卖平台上开店的饭馆？", "全年监测入网商户不少于3000家"),
    P("AE18", "paraphrase", "潾州市农村办红白喜事酒席，人多的时候会有人上门指导吗？", "50人以上聚餐事前指导率达到100%"),
    P("AE19", "paraphrase", "潾州市今年有没有让老百姓自己点名送检食品的活动？办几次？", "开展“你点我检”活动不少于4期"),
    P("AE20", "paraphrase", "潾州市那些家庭式的小食品加工点，今年要改造多少家？", "完成食品小作坊提升改造120家"),
    P("AE21", "paraphrase", "埭湄镇那些不够条件却在领低保的人家后来怎么处理了？", "已停发17户低保待遇"),
    P("AE22", "paraphrase", "埭湄镇村里年轻干部太少的情况现在好些了吗？", "35岁以下“两委”成员占比提高到15.2%"),
    P("AE23", "paraphrase", "埭湄镇河里堆的垃圾清掉了多少？", "清理河道垃圾380吨"),
    # ---- negative ----
    P("AE24", "negative", "潾州市2025年实际完成了多少批次食品安全抽检？"),
    P("AE25", "negative", "潾州市286家获证食品生产企业中，被评为D级的有几家？"),
    P("AE26", "negative", "潾州市2026年食品安全宣传周具体哪一天启动？"),
    P("AE27", "negative", "潾州市卫生健康委员会2026年食品安全风险监测要采集多少份样品？"),
    P("AE28", "negative", "对埭湄镇开展巡察的县委第三巡察组组长是谁？"),
    P("AE29", "negative", "埭湄镇被给予党内警告处分的那位原财政所所长叫什么名字？"),
    P("AE30", "negative", "漇阳县枳桥镇巡察整改追回了多少违规资金？"),
)
THIRTYSIXTH_CHATS: tuple[Chat, ...] = (
    Chat("AEc1", "Linzhou table: ordinal row, pronoun for its coverage target, then a count not given", (
        P("AEc1#1", "figure", "潾州市2026年食品安全重点工作任务分工表里，第三项重点任务是什么？", "校园食品安全守护行动"),
        P("AEc1#2", "figure", "这一项对学校食堂明厨亮灶的覆盖率有什么要求？", "“互联网+明厨亮灶”覆盖率达到100%"),
        P("AEc1#3", "negative", "全市一共有多少家学校食堂纳入这项检查？"),
    )),
    Chat("AEc2", "Linzhou sampling: total, city-level share, then agency switch to the agriculture bureau (not held)", (
        P("AEc2#1", "figure", "潾州市市场监管局今年的食品安全抽检任务是多少批次？", "全年完成食品安全抽检12000批次"),
        P("AEc2#2", "figure", "其中市本级要完成多少批次？", "其中市本级4800批次"),
        P("AEc2#3", "negative", "那潾州市农业农村局今年的农产品质量安全抽检任务是多少批次？"),
    )),
    Chat("AEc3", "Daimei status counts, ordinal problem's result, then a date not given", (
        P("AEc3#1", "figure", "漇阳县埭湄镇巡察反馈的问题，已经完成整改的有几个？", "已完成10个，基本完成2个，持续整改2个"),
        P("AEc3#2", "figure", "第二个问题现在整改到什么程度了？", "已拆除复耕8宗、面积4.7亩"),
        P("AEc3#3", "negative", "剩下那1宗什么时候能执行到位？"),
    )),
    Chat("AEc4", "Daimei accountability: total, pronoun subgroup, then '那X呢' for another subgroup", (
        P("AEc4#1", "figure", "埭湄镇巡察整改一共问责处理了多少人？", "问责处理9人，其中党内警告处分1人"),
        P("AEc4#2", "figure", "其中受到批评教育的是哪些人？", "对3名村民政协理员进行批评教育"),
        P("AEc4#3", "figure", "那提醒谈话的呢？", "对2名村会计进行提醒谈话"),
    )),
    Chat("AEc5", "Linzhou reporting deadlines, ellipsis follow-up, then a penalty not given", (
        P("AEc5#1", "figure", "潾州市市场监管局要求各牵头单位什么时候报送半年工作总结？", "6月20日前报送半年工作总结"),
        P("AEc5#2", "figure", "全年总结呢？", "11月30日前报送全年工作总结"),
        P("AEc5#3", "negative", "逾期不报送的会被扣多少绩效考核分？"),
    )),
)

THIRTYSEVENTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AF1", "list", "滃州市疾病预防控制中心巡察整改中，哪些问题追回或清退了资金？各是多少？", "违规发放的14.36万元已全部清退并上缴市财政", "追回违规费用3.18万元", "违规列支的9.62万元已全部追回", need="all"),
    P("AF2", "list", "滃州市疾控中心巡察整改台账里，目前仍处于“正在推进”状态的是哪几个问题？", "传染病监测预警能力不足", "实验室检测能力与市级疾控机构职能定位不匹配", need="all"),
    P("AF3", "list", "滃州市疾控中心市委巡察反馈问题中，整改状态为“已基本完成”的有哪些？", "专业技术人才队伍短板突出", "以往审计整改不彻底", "意识形态工作责任落实不到位", need="all"),
    P("AF4", "list", "滃州市疾控中心的巡察整改任务里，由财务科单独负责或牵头负责的问题是哪些？", "以“加班补助”名义超标准发放补贴", "固定资产账实不符问题未整改到位", need="all"),
    P("AF5", "list", "滃州市疾控中心巡察整改中，分别对哪些人员进行了诫勉谈话？", "对2名采购经办人员进行诫勉谈话", "对涉事2名职工分别给予诫勉谈话和批评教育", need="all"),
    P("AF6", "list", "浭阳县电动自行车和小场所火灾隐患专项整治行动中，县公安局（含交通管理大队）作为配合单位参与了哪些任务？", "126家电动自行车及蓄电池销售门店", "整治违规停放充电行为", "整治“三合一”场所违规住人", "全年淘汰超标电动自行车不少于2500辆", need="all"),
    P("AF7", "list", "浭阳县2026年火灾隐患专项整治方案里，由各乡镇人民政府和城关街道办事处负责的任务有哪些？", "整治违规停放充电行为", "整治“三合一”场所违规住人", need="all"),
    P("AF8", "list", "浭阳县火灾隐患专项整治行动中，要求10月底前完成的任务是哪些？", "全年淘汰超标电动自行车不少于2500辆", "全年新建社区（村）微型消防站18个", need="all"),
    # ---- figure ----
    P("AF9", "figure", "市委第五巡察组向滃州市疾控中心反馈了多少个问题？截至2026年4月底已完成整改几个？", "16个问题中已完成整改9个"),
    P("AF10", "figure", "滃州市疾病预防控制中心巡察整改共问责处理了多少人？", "问责处理干部职工9人"),
    P("AF11", "figure", "滃州市疾控中心检验中心目前通过资质认定的检测项目有多少项？", "目前通过资质认定的检测项目达到261项"),
    P("AF12", "figure", "滃州市疾控中心更换接种门诊冷链温度监测设备投入了多少资金？换了多少台？", "投入资金28.6万元更换冷链温度自动监测设备54台"),
    P("AF13", "figure", "浭阳县2025年因电动自行车引发的火灾有多少起？", "其中电动自行车引发的火灾67起"),
    P("AF14", "figure", "浭阳县电动自行车和小场所火灾隐患专项整治，县财政安排了多少工作经费？", "县财政安排专项整治工作经费560万元"),
    P("AF15", "figure", "浭阳县火灾隐患专项整治行动领导小组办公室主任由谁兼任？", "由大队防火监督股股长阎书朗兼任办公室主任"),
    P("AF16", "figure", "浭阳县电动自行车集中充电设施建设任务的责任单位是哪个部门？要求什么时候完成？", "责任单位：县住房和城乡建设局", "完成时限：2026年9月30日前", need="all"),
    # ---- paraphrase ----
    P("AF17", "paraphrase", "滃州市疾控中心之前有人开公车办私事，现在单位的车是怎么管的？", "已全部安装北斗定位系统"),
    P("AF18", "paraphrase", "滃州市小孩漏打的麻疹疫苗，疾控中心后来给补打了多少人次？", "累计查漏补种1846人次"),
    P("AF19", "paraphrase", "滃州市疾控中心仓库里放过期的那些防护服，后来怎么处理的？", "报废处置过期防护服1200套"),
    P("AF20", "paraphrase", "滃州市疾控中心搞公共卫生的专业人员不够用，后来招了多少人进来？", "已公开招聘公共卫生专业人员14名"),
    P("AF21", "paraphrase", "浭阳县对在楼道里停电动车、从楼上拉电线充电的情况，怎么清理？不听劝的怎么办？", "4月底前完成第一轮清查", "由县消防救援大队依法查处"),
    P("AF22", "paraphrase", "在浭阳县，把家里不合规的旧电动车交了换新国标车，政府给补多少钱？", "每辆给予300元至500元补贴"),
    P("AF23", "paraphrase", "浭阳县老百姓发现火灾隐患去举报，查实了能拿多少奖励？", "按照每件50元至500元的标准给予奖励"),
    P("AF24", "paraphrase", "浭阳县溹桥镇新建的电动车充电车位主要是给哪一片的人用的？", "覆盖溹桥工业园区职工宿舍区"),
    # ---- negative ----
    P("AF25", "negative", "滃州市疾控中心巡察整改中被通报批评的2个县级疾控中心是哪两个县（区）的？"),
    P("AF26", "negative", "滃州市疾控中心受到政务警告处分的时任财务科科长叫什么名字？"),
    P("AF27", "negative", "浭阳县2025年发生的火灾一共造成多少人死亡？"),
    P("AF28", "negative", "浭阳县560万元专项整治经费中，超标电动自行车淘汰补贴安排了多少？"),
    P("AF29", "negative", "浭阳县目前全县电动自行车保有量有多少辆？"),
    P("AF30", "negative", "滃州市卫生健康委员会巡察整改追回、清退了多少违规资金？"),
)
THIRTYSEVENTH_CHATS: tuple[Chat, ...] = (
    Chat("AFc1", "Wengzhou CDC table: ordinal row, pronoun for its progress, then money not given", (
        P("AFc1#1", "figure", "滃州市疾控中心巡察整改台账中的第二个问题是什么？", "传染病监测预警能力不足"),
        P("AFc1#2", "figure", "这个问题现在整改到什么程度了？", "已完成31家基层哨点接入"),
        P("AFc1#3", "negative", "这项整改一共投入了多少资金？"),
    )),
    Chat("AFc2", "Gengyang reporting: monthly date, '那X呢' for the summary, then a mailbox not given", (
        P("AFc2#1", "figure", "浭阳县火灾隐患专项整治中，各乡镇每月什么时候前要报送工作进展？", "于每月25日前将当月工作进展情况报领导小组办公室"),
        P("AFc2#2", "figure", "那整治工作总结呢？", "11月20日前报送专项整治工作总结"),
        P("AFc2#3", "negative", "这些材料要发到哪个电子邮箱？"),
    )),
    Chat("AFc3", "Wengzhou CDC money: total, pronoun subgroup, then agency switch to a hospital (not held)", (
        P("AFc3#1", "figure", "滃州市疾控中心这次巡察整改一共追回、清退了多少违规资金？", "累计追回、清退违规资金27.16万元"),
        P("AFc3#2", "figure", "其中科研经费方面追回了多少？", "违规列支的9.62万元已全部追回"),
        P("AFc3#3", "negative", "那滃州市中心医院的巡察整改追回了多少钱？"),
    )),
    Chat("AFc4", "Gengyang charging-space table: total, one town's note, then '那X呢' for another town", (
        P("AFc4#1", "figure", "浭阳县今年要新建多少个电动自行车集中充电车位？", "全年新建电动自行车集中充电车位3200个"),
        P("AFc4#2", "figure", "城关街道这块有什么重点安排？", "重点推进浭河南路沿线老旧小区"),
        P("AFc4#3", "figure", "那澶口镇呢？", "结合镇区集贸市场改造同步建设"),
    )),
    Chat("AFc5", "Gengyang small-venue census: deadline, pronoun count, then topic switch to the Wengzhou CDC notice period", (
        P("AFc5#1", "figure", "浭阳县小场所火灾隐患排查建档要求什么时候完成？", "5月底前完成全县小场所排查建档"),
        P("AFc5#2", "figure", "它预计要建档多少家？", "预计排查建档5400家左右"),
        P("AFc5#3", "figure", "换个事：滃州市疾控中心巡察整改情况的公示期是哪几天？", "公示时间为2026年5月12日至5月21日"),
    )),
)

THIRTYEIGHTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AG1", "list", "澪溪县民政局巡察整改通报里，截至2026年4月10日还有哪些问题处于正在整改状态？", "农村敬老院消防设施老化", "全县32个站点中有11个长期闲置", "养老服务体系建设补助资金拨付缓慢", "婚姻登记档案数字化进度滞后", need="all"),
    P("AG2", "list", "澪溪县民政局县委巡察反馈的问题中，哪些被列为需要长期坚持的事项？", "困境儿童基本生活保障对象认定不够精准", "干部队伍结构不够合理", need="all"),
    P("AG3", "list", "澪溪县民政局巡察整改台账中，由社会救助股牵头整改的问题有哪几个？", "仍有37户58人不符合条件享受低保", "特困人员供养金发放不及时", "临时救助审批时限过长", need="all"),
    P("AG4", "list", "澪溪县民政局巡察整改中，计划财务股以协同或配合身份参与了哪些问题的整改？", "不符合条件享受低保", "特困人员供养金发放不及时", "农村敬老院消防设施老化", "养老服务体系建设补助资金拨付缓慢", need="all"),
    P("AG5", "list", "澪溪县民政局整改台账中，整改时限定在2026年3月31日的是哪些问题？", "临时救助审批时限过长", "社会组织年检率偏低", need="all"),
    P("AG6", "list", "泷州市水务局2026年工作要点中，由水旱灾害防御科牵头的任务有哪些？", "压实防汛抗旱责任", "提升山洪灾害监测预警能力", "强化应急抢险准备", need="all"),
    P("AG7", "list", "泷州市水务局2026年工作要点里，副局长苗振川担任责任领导的工作有哪几项？", "推进城乡供水一体化", "加强农村供水水质保障", "开展城市供水管网漏损治理", need="all"),
    P("AG8", "list", "泷州市水务局印发2026年工作要点的通知后面附了哪几个附件？", "2026年重点工作任务责任分解表", "2026年水务重点项目投资计划表", "2026年水旱灾害防御责任人名单", need="all"),
    # ---- figure ----
    P("AG9", "figure", "澪溪县民政局清理不符合条件的低保对象后，追回了多少违规发放的低保资金？", "追回违规发放资金21.46万元"),
    P("AG10", "figure", "澪溪县民政局整改后，急难型临时救助的平均审批时限压缩到了多少个工作日？", "平均审批时限压缩至3.2个工作日"),
    P("AG11", "figure", "澪溪县民政局通报的巡察反馈问题整改完成率是多少？", "整改完成率62.5%"),
    P("AG12", "figure", "澪溪县民政局为解决敬老院消防设施老化问题，统筹安排了多少改造资金？", "统筹安排改造资金186万元"),
    P("AG13", "figure", "泷州市水务局2026年计划全年完成多少水利建设投资？", "全年完成水利建设投资38.6亿元"),
    P("AG14", "figure", "泷州市泷西片区城乡供水一体化工程建成后预计新增多少受益人口？", "新增受益人口12.6万人"),
    P("AG15", "figure", "泷州市水务局2026年建设市级幸福河湖安排了多少市级奖补资金？", "安排市级奖补资金2400万元"),
    P("AG16", "figure", "泷州市水务局2026年计划新增农业水价综合改革面积多少万亩？", "新增农业水价综合改革面积18.5万亩"),
    # ---- paraphrase ----
    P("AG17", "paraphrase", "澪溪县殡仪馆之前多收老百姓的整容费，后来钱退回去了吗？退了多少？", "向46户丧属清退多收费用3.82万元"),
    P("AG18", "paraphrase", "澪溪县救助站有人开公家的车办私事，这事最后是怎么处理的？", "给予党内警告处分1人", "退缴私用车辆产生的油料费用0.36万元"),
    P("AG19", "paraphrase", "澪溪县社会福利院把采购拆成小单躲避招标，这个事涉及多少钱，追究了谁？", "涉及金额48.6万元", "对县社会福利院院长和分管副院长2人进行诫勉谈话"),
    P("AG20", "paraphrase", "澪溪县救助站里那几个住了好几年、一直找不到家的人，最后是怎么安顿的？", "成功寻亲送返3人", "为5人办理户籍登记并转入县社会福利院集中供养"),
    P("AG21", "paraphrase", "泷州市今年打算把多少座有安全隐患的小水库修好？", "23座小型水库除险加固"),
    P("AG22", "paraphrase", "泷州市城里自来水管子老化跑水漏水，水务局今年准备怎么治？", "改造老旧供水管网86公里", "漏损率控制在8.5%以内"),
    P("AG23", "paraphrase", "泷州市水务局今年局里自己预算能拿出多少钱专门搞水务发展？", "安排水务发展专项资金1.46亿元"),
    P("AG24", "paraphrase", "泷州市农村吃的自来水，水务局今年要抽检化验多少批次？", "水质检测不少于2400批次"),
    # ---- negative ----
    P("AG25", "negative", "澪溪县民政局停发低保的那37户分别在哪些乡镇，户主姓名是什么？"),
    P("AG26", "negative", "澪溪县民政局引进来连锁运营居家养老站点的3家养老服务机构分别叫什么名字？"),
    P("AG27", "negative", "澪溪县殡仪馆被给予政务警告处分的那位副馆长叫什么名字？"),
    P("AG28", "negative", "泷州市水务局2026年工作要点中，泷南灌区现代化改造项目的总投资是多少亿元？"),
    P("AG29", "negative", "泷州市泷西片区新建水厂是由哪家施工企业承建的？"),
    P("AG30", "negative", "泷州市生态环境局2026年水污染防治工作方案对全市再生水利用率提出了什么目标？"),
)
THIRTYEIGHTH_CHATS: tuple[Chat, ...] = (
    Chat("AGc1", "nursing-home fire safety: figure, pronoun follow-up on progress, then unstated names/contractor (negative)", (
        P("AGc1#1", "figure", "澪溪县民政局巡察反馈的敬老院消防问题里，全县有几所敬老院没有通过消防验收？", "全县7所敬老院中4所未通过消防验收"),
        P("AGc1#2", "paraphrase", "这个问题现在改得怎么样了？哪几所已经弄好了？", "沁塘、枥口2所敬老院已完工并通过消防验收"),
        P("AGc1#3", "negative", "那剩下两所敬老院叫什么名字，是哪家公司在施工？"),
    )),
    Chat("AGc2", "water-saving tasks: list, ordinal 'fourth task' in the same part, then pronoun asking its co-operating units", (
        P("AGc2#1", "list", "泷州市水务局2026年工作要点里，节水型社会建设要新创建哪些节水型载体、各多少？", "新创建节水型单位45家", "节水型小区30个", "节水型企业12家", need="all"),
        P("AGc2#2", "paraphrase", "这一部分的第四项任务是什么？", "新增再生水利用能力每日3万吨", "建成泷东污水处理厂再生水回用工程"),
        P("AGc2#3", "list", "它由哪些单位协同？", "城乡供水科、市排水管理处", need="all"),
    )),
    Chat("AGc3", "accountability totals at Lingxi civil affairs, then '那X呢' switch to Longzhou water bureau enforcement target", (
        P("AGc3#1", "figure", "澪溪县民政局这次巡察整改一共追回、清退了多少资金？", "追回、清退各类资金25.64万元"),
        P("AGc3#2", "figure", "有几个人受到了党纪政务处分？", "给予党纪政务处分3人"),
        P("AGc3#3", "figure", "那泷州市水务局呢，今年计划立案查处多少起水事违法案件？", "立案查处水事违法案件不少于60件"),
    )),
    Chat("AGc4", "social-organisation annual inspection: paraphrased fix, pronoun for earlier rate, then unstated list of deregistered orgs (negative)", (
        P("AGc4#1", "paraphrase", "澪溪县民政局对社会组织不按时年检的问题是怎么处理的？", "依法撤销登记9家", "年检率提升至91.2%"),
        P("AGc4#2", "figure", "它整改之前的年检率是多少？", "年检率仅为63.5%"),
        P("AGc4#3", "negative", "被撤销登记的那9家社会组织具体是哪几家？"),
    )),
    Chat("AGc5", "reservoir reinforcement budget: figure, '其中' follow-up, then topic switch to flash-flood budget", (
        P("AGc5#1", "figure", "泷州市水务局2026年小型水库除险加固的总投资是多少？", "总投资1.27亿元"),
        P("AGc5#2", "figure", "其中上级补助占多少？", "中央和省级补助0.86亿元"),
        P("AGc5#3", "figure", "那山洪灾害防治项目的预算呢？", "山洪灾害防治项目预算1860万元"),
    )),
)

THIRTYNINTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AH1", "list", "湲州市卫健委上半年医共体督查通报里，哪些县（区）组织医生到偏远村、边远乡镇开展上门巡诊或巡回义诊？", "购置4台流动巡诊车", "携带便携式健康一体机翻山入户", "上半年开展巡回义诊42场", need="all"),
    P("AH2", "list", "湲州市卫健委督查通报中，哪些县（区）由上级医院向基层机构派驻或下沉医生？", "选派37名主治医师以上职称的医师", "各派驻1名业务院长", need="all"),
    P("AH3", "list", "湲州市卫健委督查通报里，哪几个县（区）被点出乡村医生年龄偏大、青黄不接的问题？", "其中60岁以上148人，占47.4%", "35岁以下乡村医生仅占6.8%", need="all"),
    P("AH4", "list", "湲州市卫健委这次县域医共体督查，综合得分前三名是哪几个县（区）？", "澔江区（93.5分）", "潺陵县（91.2分）", "溟川县（88.7分）", need="all"),
    P("AH5", "list", "潋溪县自然资源局巡察整改方案中，整改时限为长期坚持的有哪些任务？", "部分永久基本农田存在种植苗木、挖塘养鱼", "矿产资源执法监管不严", "基层自然资源所力量薄弱", "党组理论学习中心组学习不够深入", need="all"),
    P("AH6", "list", "潋溪县自然资源局巡察整改方案里，计划财务股作为配合单位参与了哪些整改任务？", "国有土地出让价款清缴不力", "生态修复项目资金管理不规范", "基层自然资源所力量薄弱", need="all"),
    P("AH7", "list", "潋溪县自然资源局整改方案中，副局长郗屿峰担任责任领导的整改任务有哪些？", "违法占用耕地问题整改不到位", "部分永久基本农田存在种植苗木、挖塘养鱼", "批而未供和闲置土地处置缓慢", need="all"),
    P("AH8", "list", "潋溪县自然资源局巡察整改方案里，哪几项整改任务要求立行立改？", "公务接待管理不严格", "违规长期借调基层人员", need="all"),
    # ---- figure ----
    P("AH9", "figure", "湲州市卫健委2026年上半年医共体督查一共发现了多少个问题？", "督查共发现各类问题47个"),
    P("AH10", "figure", "湲州市卫健委督查通报中，全市重点人群家庭医生签约率达到多少？", "重点人群签约率达到78.6%"),
    P("AH11", "figure", "湲州市卫健委通报里，澥浦区基层医疗卫生机构诊疗人次占比是多少？", "诊疗人次占比仅为41.6%"),
    P("AH12", "figure", "湲州市卫健委这份医共体督查通报留的联系电话是多少？", "联系电话：0739-8125406"),
    P("AH13", "figure", "潋溪县自然资源局巡察整改方案中，全县经营性用地欠缴的土地出让价款一共多少钱？", "欠缴土地出让价款共计3864.7万元"),
    P("AH14", "figure", "潋溪县自然资源局为巡察整改安排了多少专项工作经费？", "安排巡察整改专项工作经费38万元"),
    P("AH15", "figure", "潋溪县自然资源局巡察整改工作领导小组办公室主任由谁兼任？", "由办公室主任蔺晚棠兼任办公室主任"),
    P("AH16", "figure", "潋溪县自然资源局巡察整改的集中整改阶段是从哪天到哪天？", "集中整改阶段（2026年3月10日至4月30日）"),
    # ---- paraphrase ----
    P("AH17", "paraphrase", "湲州市澔江区有居民签了家庭医生却连医生是谁都不知道，卫健委电话问下来有多少人这样？", "有46人表示不知道自己的家庭医生是谁"),
    P("AH18", "paraphrase", "湲州市汧原县病人从乡下转到县医院后又被重新做一遍检查，这种情况卫健委查出来多少？", "抽查的120份转诊病历中有29份存在重复检查"),
    P("AH19", "paraphrase", "湲州市澔江区的上班族下班后想去社区医院看病，卫健委说晚上开门的社区医院有几家？", "8个中心中仅有2个开设夜间门诊"),
    P("AH20", "paraphrase", "湲州市溦山县有些乡镇卫生院的拍片机器为什么一直放着没用？", "因缺少影像技师长期闲置"),
    P("AH21", "paraphrase", "湲州市潺陵县老百姓到村里卫生室常拿不到治慢性病的药，卫健委督查查到了什么情况？", "有6个常用慢性病药品不足20种"),
    P("AH22", "paraphrase", "潋溪县好几千户买了房一直拿不到房产证，自然资源局打算今年帮多少户解决？", "问题不少于3200户", "12个住宅项目共4870户群众"),
    P("AH23", "paraphrase", "潋溪县自然资源局机关长期把乡镇所的人抽上来用，这事准备怎么处理？", "借调人员全部退回原单位", "超期借调的9名人员全部退回乡镇自然资源所"),
    P("AH24", "paraphrase", "潋溪县老百姓举报有人偷挖河沙、乱开矿，自然资源局去年真正立案查了几件？", "线索23件，立案查处仅6件"),
    # ---- negative ----
    P("AH25", "negative", "湲州市卫健委医共体督查通报里，4个督查组的组长分别是谁？"),
    P("AH26", "negative", "湲州市卫健委通报中，澥浦区第一批国家基本公共卫生服务项目补助资金总额是多少万元？"),
    P("AH27", "negative", "湲州市医疗保障局关于县域医保基金监管督查的通报里，溟川县得了多少分？"),
    P("AH28", "negative", "潋溪县自然资源局整改方案中，欠缴土地出让价款的9宗经营性用地分别是哪些企业的？"),
    P("AH29", "negative", "潋溪县自然资源局巡察整改方案里，违规公务接待的责任人分别受到了什么党纪处分？"),
    P("AH30", "negative", "潋溪县林业局巡察整改方案中，森林防火问题整改的牵头单位是哪个？"),
)
THIRTYNINTH_CHATS: tuple[Chat, ...] = (
    Chat("AHc1", "county score lookup in Yuanzhou health notice, '那X呢' switch to another county, then negative per-county figure not given", (
        P("AHc1#1", "figure", "湲州市卫健委医共体督查通报里，溦山县综合得分是多少？", "溦山县：综合得分85.3分"),
        P("AHc1#2", "figure", "那汧原县呢？", "汧原县：综合得分79.4分"),
        P("AHc1#3", "negative", "这个县这次督查实地查看了几个村卫生室？"),
    )),
    Chat("AHc2", "pronoun follow-ups ('这个任务', '它') on the Lianxi planning-backlog rectification task", (
        P("AHc2#1", "figure", "潋溪县自然资源局巡察整改方案里说国土空间规划编制滞后，全县13个乡镇有几个完成了乡镇国土空间总体规划编制？", "全县13个乡镇中仅5个完成乡镇国土空间总体规划编制"),
        P("AHc2#2", "figure", "这个任务的整改时限是什么时候？", "整改时限：2026年10月31日前"),
        P("AHc2#3", "figure", "它的整改目标里，年内要新完成多少个村庄规划？", "年内新完成村庄规划编制40个"),
    )),
    Chat("AHc3", "list of tasks due by a date, ordinal '第二个' follow-up, then negative about a count not stated", (
        P("AHc3#1", "list", "潋溪县自然资源局巡察整改方案中，整改时限是2026年6月30日前的有哪些任务？", "违法占用耕地问题整改不到位", "中介服务机构管理不规范", need="all"),
        P("AHc3#2", "figure", "第二个任务由哪个科室主责？", "主责科室：测绘地理信息股"),
        P("AHc3#3", "negative", "这项任务要建的名录库里现在已经收录了多少家中介机构？"),
    )),
    Chat("AHc4", "document number lookup, '那…呢' switch from the Yuanzhou health notice to the Lianxi natural-resources plan, then pronoun follow-up", (
        P("AHc4#1", "figure", "湲州市卫健委关于上半年县域医共体建设督查情况的通报，文号是多少？", "湲卫基层函〔2026〕41号"),
        P("AHc4#2", "figure", "那潋溪县自然资源局党组的巡察整改方案呢，文号是多少？", "潋自然资党组〔2026〕6号"),
        P("AHc4#3", "figure", "它是哪天经局党组会议审议通过的？", "已经2026年3月6日局党组会议审议通过"),
    )),
    Chat("AHc5", "shared practice worded differently across counties ('这些县'), then figure for one of them, then negative '那X呢' switch", (
        P("AHc5#1", "list", "湲州市卫健委督查通报里，哪些县（区）的乡镇卫生院已经全部建了中医馆？", "14个乡镇卫生院已全部建成中医馆", "全县9个乡镇卫生院均设置了中医综合服务区", need="all"),
        P("AHc5#2", "figure", "这些县里，哪个县说了中医药服务人次占门诊总人次的比例，是多少？", "占门诊总人次的比例达到28.5%"),
        P("AHc5#3", "negative", "那溦山县的中医馆上半年一共服务了多少人次？"),
    )),
)


TWENTYEIGHTH: tuple[Probe, ...] = (
    # lists across agencies (no agency named)
    P("W1", "list", "哪些地方整治过“散乱污”企业? 各关停取缔了多少家?", "全市关停取缔“散乱污”企业43家",
      "共关停取缔39家", need="all"),
    P("W2", "list", "有哪些地方对黑臭水体治理做过回头看或者验收评估? 结果怎么样?", "开展城区9条黑臭水体治理“回头看”",
      "3条水体均通过评估", need="all"),
    P("W3", "list", "哪些地方检查时发现有人特种作业操作证过期没复审?", "2家企业特种作业人员操作证过期未复审",
      "2名电工特种作业操作证已过期未复审", need="all"),
    P("W4", "list", "哪些地方查出过液氨制冷方面的安全隐患?", "液氨制冷车间应急处置器材配备不足",
      "液氨制冷机房氨气泄漏报警装置未与事故排风机联锁", need="all"),
    P("W5", "list", "哪些地方检查发现消防车通道被占用了?", "城北农贸市场消防车通道被违规搭建占用",
      "喷漆房东侧消防车通道被成品堆放占用", need="all"),
    # lists, within the two notices
    P("W6", "list", "溵阳市应急管理局这次点名整改的企业里, 哪几家有重大事故隐患? 分别是什么隐患?",
      "除尘器泄爆口朝向人员通道（重大事故隐患）", "斗式提升机未设置泄爆装置（重大事故隐患）",
      "盐酸储罐未设置防泄漏围堰（重大事故隐患）", need="all"),
    P("W7", "list", "溵阳市应急管理局检查的企业里, 哪些在粉尘防爆上出了问题?", "砂光工段除尘系统未设置锁气卸灰装置",
      "抛光车间铝粉尘未按规定每班清扫", "斗式提升机未设置泄爆装置", need="all"),
    P("W8", "list", "溵阳应急局的整改通知里, 哪几家企业有人员无证或者证件过期上岗的问题?",
      "2名电工特种作业操作证已过期未复审", "叉车司机未取得特种设备作业人员证", need="all"),
    P("W9", "list", "泜川市生态环境局简报介绍洑口县整治“散乱污”企业, 总结了哪几条做法?", "网格化排查“不漏一户”",
      "分类处置“不搞一刀切”", "数字化监管“防止死灰复燃”", need="all"),
    P("W10", "list", "泜川市生态环境局第二轮涉VOCs企业执法帮扶检查, 主要查出了哪几类问题?", "活性炭吸附装置未按期更换28个",
      "废气收集不到位、存在无组织逸散21个", "危险废物贮存不规范17个", "治污设施运行台账记录不全15个", need="all"),
    P("W11", "list", "泜川市生态环境局三季度污染防治攻坚推进会对下一步提了哪几点要求?", "打好秋冬季大气攻坚战",
      "加快蒗河流域综合治理", "压实县区属地责任", need="all"),
    # everyday words for official terms
    P("W12", "paraphrase", "溵阳市应急管理局: 企业整改完了, 报告往哪儿交?", "送交市应急管理局工贸安全监督管理科",
      "市政务服务中心B座7楼712室"),
    P("W13", "paraphrase", "溵阳应急局: 到了期限还没改好的企业会怎么样?", "纳入安全生产不良信用记录",
      "提请市人民政府予以关闭"),
    P("W14", "paraphrase", "溵阳应急局这批企业整改之后, 局里什么时候再来看一遍?", "2026年1月5日至16日组织复查"),
    P("W15", "paraphrase", "溵阳崟峰机械厂车间的门被锁上了, 应急局怎么要求的? 给了多长时间?", "拆除安全出口门锁",
      "立即整改，2025年11月15日前报告", need="all"),
    P("W16", "paraphrase", "溵阳畈田纺织让工人在仓库里休息, 应急局叫他们怎么弄?", "拆除仓库内休息室，人员全部撤出"),
    P("W17", "paraphrase", "泜川市8月份哪个县区空气最差? 市里怎么处理的?", "磡头区已连续3个月排名末位",
      "约谈了磡头区政府分管副区长", need="all"),
    P("W18", "paraphrase", "泜川市洑口县是怎么防着关掉的小作坊偷偷开工的?", "在126家重点企业安装用电监控终端",
      "查实并处置反弹企业2家"),
    P("W19", "paraphrase", "泜川市那几条臭水沟治好以后, 附近老百姓满不满意?", "沿岸群众满意率为98.4%"),
    # figures, dates, offices, persons
    P("W20", "figure", "溵阳市应急管理局这次工贸企业专项执法检查一共查了多少家? 查出多少隐患?", "此次共检查企业46家",
      "查出一般事故隐患138项、重大事故隐患3项", need="all"),
    P("W21", "figure", "溵阳湜源冷链食品有限公司的整改期限是哪天? 责任人是谁?", "2025年12月10日", "总经理蒯立新",
      need="all"),
    P("W22", "figure", "溵阳市应急管理局这份限期整改通知的联系人和电话是什么?", "亓泽宇，联系电话：7385216"),
    P("W23", "figure", "泜川市今年1到8月PM2.5平均浓度是多少?", "全市PM2.5平均浓度为31.6微克/立方米"),
    P("W24", "figure", "泜川市生态环境执法大练兵比武, 个人全能第一是谁?", "卞知远获个人全能第一名",
      "蒗河区分局执法大队副大队长卞知远"),
    P("W25", "figure", "泜川市第二轮涉VOCs企业执法帮扶检查是谁带的队? 查了多少家企业?", "由总工程师訾海川带队",
      "64家涉挥发性有机物（VOCs）重点企业", need="all"),
    # near-miss negatives
    P("W26", "negative", "溵阳市应急管理局对逾期不整改的企业最高罚多少钱?"),
    P("W27", "negative", "溵阳荩丰木业有限公司的法定代表人是谁?"),
    P("W28", "negative", "泜川市第二轮涉VOCs执法检查立案的12起案件一共罚了多少钱?"),
    P("W29", "negative", "泜川市2024年全年PM2.5平均浓度是多少?"),
    P("W30", "negative", "泜川市9月份各县区环境空气质量排名第一的是哪个县?"),
    P("W31", "negative", "泜川市应急管理局这次工贸企业专项检查查出了几项重大事故隐患?"),
)

TWENTYEIGHTH_CHATS: tuple[Chat, ...] = (
    Chat("Wc1", "the enterprises named in the table, the third by ordinal, then near-miss", (
        P("Wc1#1", "list", "溵阳市应急管理局限期整改通知点名了哪几家企业?", "溵阳湜源冷链食品有限公司",
          "溵阳荩丰木业有限公司", "溵阳鑫铖铝制品有限公司", "溵阳蘼香酿造有限公司", "溵阳崟峰机械制造有限公司",
          "溵阳畈田纺织有限公司", "溵阳坂桥饲料有限公司", "溵阳蓚江金属表面处理有限公司", need="all"),
        P("Wc1#2", "figure", "第三家存在什么问题?", "抛光车间铝粉尘未按规定每班清扫",
          "2名电工特种作业操作证已过期未复审", need="all"),
        P("Wc1#3", "negative", "它被罚了多少钱?"),
    )),
    Chat("Wc2", "one enterprise's problems, its deadline by pronoun, then its resumption in everyday words", (
        P("Wc2#1", "list", "溵阳坂桥饲料有限公司被查出了什么问题?", "斗式提升机未设置泄爆装置（重大事故隐患）",
          "全员安全培训档案缺失", need="all"),
        P("Wc2#2", "figure", "它要在哪天前改完? 谁负责?", "2025年12月31日", "总经理伍德明", need="all"),
        P("Wc2#3", "paraphrase", "它改好以后能直接开工生产吗?", "组织不少于3名专家进行验收",
          "方可销号并恢复相关工段生产"),
    )),
    Chat("Wc3", "ultra-low emission retrofits, a switch of agency with the topic kept, then near-miss", (
        P("Wc3#1", "figure", "泜川市的水泥、焦化企业有几家完成了超低排放改造? 剩下的什么时候完成?",
          "已有4家完成超低排放改造", "剩余2家须于10月31日前完成改造", need="all"),
        P("Wc3#2", "figure", "别的地方有没有做超低排放改造的? 进展怎么样?", "12家企业已全部完成有组织排放改造"),
        P("Wc3#3", "negative", "那个市的钢铁企业改造一共投了多少钱?"),
    )),
    Chat("Wc4", "the enforcement contest, a switch of topic with the agency kept, then near-miss", (
        P("Wc4#1", "figure", "泜川市生态环境执法大比武, 团体一等奖是哪个队?", "葑溪县分局代表队获团体一等奖"),
        P("Wc4#2", "figure", "那泜川市今年环境信访投诉受理了多少件?", "受理1347件，办结率99.6%"),
        P("Wc4#3", "negative", "这里面反映噪声扰民的有多少件?"),
    )),
    Chat("Wc5", "a blocked fire lane, a switch of agency with the topic kept, then its deadline by pronoun", (
        P("Wc5#1", "figure", "溵阳崟峰机械制造公司的消防车通道是什么问题?", "喷漆房东侧消防车通道被成品堆放占用"),
        P("Wc5#2", "figure", "甪阳县安全生产督查时也查到过消防车通道的问题吗?", "城北农贸市场消防车通道被违规搭建占用"),
        P("Wc5#3", "figure", "那条通道要求什么时候恢复畅通?", "城北农贸市场消防车通道须于12月15日前恢复畅通"),
    )),
)


FORTIETH: tuple[Probe, ...] = (
    # ---- list ----
    P("AI1", "list", "淦源县生态环境局公示的省第二生态环境保护督察组交办信访件中，经调查核实“属实”的是哪几件？分别在哪些乡镇？",
      "淦源县恒垒砂石加工场长期在夜间生产", "丰穗生猪养殖场开展现场核查", "私设一台潜水泵", "查获正在作业的采砂船2艘", need="all"),
    P("AI2", "list", "淦源县这次省生态环境保护督察组转办的群众信访件里，哪些是反映大气或噪声污染的？",
      "“老码头烧烤”店油烟直排", "对淦源县坤成商品混凝土有限公司开展现场检查", "澶淦高速公路连接线施工工地半夜还在打桩", need="all"),
    P("AI3", "list", "淦源县生态环境局公示的督察交办件中，哪些只是阶段性办结、还有工程没完成？各自计划什么时候完成？",
      "于2026年4月底前完成裸露边坡复绿", "计划于2026年6月底前完工", need="all"),
    P("AI4", "list", "淦源县办理省督察组交办信访件过程中，哪些人被给予诫勉谈话或批评教育？",
      "郗明远对辖区畜禽养殖污染巡查不到位", "亓永春对工业园区企业日常巡查流于形式",
      "訾海波对闭坑矿山恢复治理验收把关不严", "虢光辉对村级网格巡查不力", need="all"),
    P("AI5", "list", "湔州市农业农村局2025年度部门决算是由哪些单位构成的？",
      "湔州市农业综合行政执法支队", "湔州市畜牧兽医服务中心", "湔州市农业科学研究所", need="all"),
    P("AI6", "list", "湔州市农业农村局2025年度“三公”经费中，哪些具体项目比上年减少了？各自是什么原因？",
      "本年购置车辆的数量和单价均低于上年", "报废处置使用年限较长的老旧公务用车2辆", "压减陪餐人数", need="all"),
    P("AI7", "list", "湔州市农业农村局2025年度一般公共预算财政拨款支出中，哪些科目的决算数低于年初预算？原因分别是什么？",
      "检测仪器设备通过政府采购公开招标形成资金节余", "受汛期持续降雨影响开工滞后", "部分执法办案经费按合同约定于2026年支付", need="all"),
    P("AI8", "list", "湔州市农业农村局2025年度选了哪几个项目做重点绩效评价？各发现了什么问题？",
      "部分项目受汛期影响开工滞后", "部分乡镇免疫档案填写不规范", "作业面积核查以抽查为主", need="all"),
    # ---- figure ----
    P("AI9", "figure", "淦源县生态环境局公示的省督察组交办件办理中，罚没款合计是多少？", "罚没款合计40.6万元"),
    P("AI10", "figure", "淦源县坤成商品混凝土有限公司整改后复测，夜间厂界噪声是多少分贝？", "夜间厂界噪声为47.6分贝"),
    P("AI11", "figure", "淦源县埝口镇鹁鸪岭生活垃圾填埋场渗滤液溢流后，应急外运了多少吨渗滤液？", "应急外运渗滤液约1800吨"),
    P("AI12", "figure", "对淦源县生态环境局督察交办件办理情况公示有异议，联系电话是多少？", "0793-7261508"),
    P("AI13", "figure", "湔州市农业农村局2025年度机关运行经费支出是多少？", "机关运行经费支出286.74万元"),
    P("AI14", "figure", "湔州市农业农村局2025年度政府采购授予中小企业的合同金额是多少？", "授予中小企业合同金额2,874.15万元"),
    P("AI15", "figure", "截至2025年12月31日，湔州市农业农村局公务用车保有量是多少辆？", "公务用车保有量为17辆"),
    P("AI16", "figure", "湔州市农业农村局2025年度部门整体支出绩效自评得了多少分？", "部门整体支出绩效自评得分为92.3分"),
    # ---- paraphrase ----
    P("AI17", "paraphrase", "淦源县畈溪镇那个把猪粪水往小溪里排的养猪场，最后罚了多少钱、又让它做了什么？",
      "罚款9.8万元", "新建沼液储存池1200立方米"),
    P("AI18", "paraphrase", "我住淦源县城滨河路，楼下烧烤店油烟的事被督察组转下去以后，到底是怎么处理的？",
      "将排烟口由一楼后墙改至楼顶高空排放"),
    P("AI19", "paraphrase", "淦源县墈头镇化工区晚上有刺鼻气味，有人向省督察组举报了，查下来是那家公司的问题吗？",
      "异味主要来源于集中区另一家企业", "厂界臭气浓度最大值为14（无量纲）"),
    P("AI20", "paraphrase", "淦源县督察组转来的投诉办完以后，回访老百姓，大家满意吗？",
      "表示满意或基本满意的10人"),
    P("AI21", "paraphrase", "湔州市农业农村局2025年招待外来客人一共花了多少钱？接待了多少人？",
      "支出决算为12.21万元", "共接待86批次、612人次"),
    P("AI22", "paraphrase", "湔州市农业农村局2025年财政给的钱主要花在哪了？农业这块占了多大比例？",
      "农林水支出39,872.46万元，占93.41%"),
    P("AI23", "paraphrase", "湔州市农业农村局2025年决算为什么比上一年少了一个单位？",
      "湔州市农村能源服务站因事业单位改革"),
    P("AI24", "paraphrase", "湔州市农业农村局2025年多出来一笔土地出让方面的钱，拿去干什么了？",
      "主要用于农村人居环境整治和农村生活污水治理项目"),
    # ---- negative ----
    P("AI25", "negative", "淦源县恒垒砂石加工场的法定代表人是谁？"),
    P("AI26", "negative", "淦源县丰穗生猪养殖场新建沼液储存池一共投资了多少钱？"),
    P("AI27", "negative", "淦源县2024年中央生态环境保护督察交办的信访件一共有多少件？办结了多少？"),
    P("AI28", "negative", "湔州市农业农村局2026年度部门预算中“三公”经费预算是多少？"),
    P("AI29", "negative", "湔州市农业农村局2025年末的编制数和在职人员数各是多少？"),
    P("AI30", "negative", "湔州市林业局2025年度部门决算中机关运行经费支出是多少？"),
)
FORTIETH_CHATS: tuple[Chat, ...] = (
    Chat("AIc1", "Follow-ups on one table row (electroplating case): fine, then owner's detention via '那企业负责人呢', then the accountable town cadre via '这个镇'", (
        P("AIc1#1", "figure", "淦源县生态环境局公示里，岙坪镇那家电镀企业（鑫镀表面处理有限公司）被罚了多少钱？", "罚款15万元"),
        P("AIc1#2", "paraphrase", "那企业负责人呢，有没有被抓起来？", "行政拘留10日"),
        P("AIc1#3", "figure", "这个镇有干部因此被追责吗？是谁？", "岙坪镇生态环境工作站站长亓永春"),
    )),
    Chat("AIc2", "Drill-down inside the 三公 section of the final accounts, ending with a detail (car brand) that is not stated", (
        P("AIc2#1", "figure", "湔州市农业农村局2025年度“三公”经费财政拨款支出决算是多少？", "支出决算为52.37万元"),
        P("AIc2#2", "figure", "其中公务用车购置及运行维护费呢？", "支出决算为40.16万元"),
        P("AIc2#3", "negative", "新买的那辆执法车是什么品牌、什么排量的？"),
    )),
    Chat("AIc3", "Procurement figures for the agriculture bureau, then a switch to the county environment bureau notice", (
        P("AIc3#1", "figure", "湔州市农业农村局2025年度政府采购支出总额是多少？", "政府采购支出总额3,418.62万元"),
        P("AIc3#2", "figure", "其中工程类的呢？", "政府采购工程支出1,635.90万元"),
        P("AIc3#3", "figure", "那淦源县生态环境局公示的督察交办件，一共立案查处了几件？", "立案查处6件"),
    )),
    Chat("AIc4", "List the third batch of petition cases, ask why the highway-site one was untrue, then an unstated name (construction company)", (
        P("AIc4#1", "list", "淦源县生态环境局公示中，省督察组第三批（9月26日）交办的是哪几件？",
          "X2GY-0926-002", "X2GY-0926-007", "X2GY-0926-015", "X2GY-0926-019", need="all"),
        P("AIc4#2", "paraphrase", "这几件里，高速连接线工地半夜施工那件为什么说不属实？",
          "施工单位已于9月22日依法办理夜间施工许可", "夜间施工场界噪声监测值为53.4分贝"),
        P("AIc4#3", "negative", "那个工地的施工单位叫什么名字？"),
    )),
    Chat("AIc5", "Performance evaluation table: one project's row, its rectification ('它'), then another project ('那…呢')", (
        P("AIc5#1", "figure", "湔州市农业农村局2025年度重点绩效评价中，高标准农田建设项目涉及多少资金？", "13,205.60"),
        P("AIc5#2", "paraphrase", "针对它发现的问题，局里打算怎么改？", "建立高标准农田建设项目月调度、季通报制度"),
        P("AIc5#3", "figure", "那农业社会化服务项目呢，评价结果对它明年的预算有什么影响？", "2026年度预算按评价结果压减了10%"),
    )),
)


FORTYFIRST: tuple[Probe, ...] = (
    # ---- list ----
    P("AJ1", "list", "漪川县人民政府2025年度目标管理绩效考核结果通报中，哪些乡镇（街道）被评为优秀等次，哪些被评为一般或较差等次？", "优秀等次（4个）：磉石镇、东塍街道、峃口镇、畈田镇", "一般等次（2个）：埂上镇、隘岭乡", "较差等次（1个）：岽山乡", need="all"),
    P("AJ2", "list", "漪川县2025年度目标管理绩效考核中，有哪些单位被实行了一票否决？分别是什么类型的一票否决？", "对岽山乡实行安全生产“一票否决”", "对县城市管理局实行党风廉政建设“一票否决”", need="all"),
    P("AJ3", "list", "漪川县2025年度绩效考核通报里，县直部门三个类别中分别有哪些部门只评了一般等次？", "一般等次（2个）：县供销合作社联合社", "一般等次（3个）：县档案馆、县地方志编纂中心", "一般等次（1个）：县文联", need="all"),
    P("AJ4", "list", "漪川县2025年度目标管理绩效考核中，畈田镇除了综合优秀之外，还在哪些单项先进或加分事项中被点名？", "重点项目建设先进单位（5个）：畈田镇", "坳溪乡、畈田镇、县农业农村局", "获评第三批全国乡村治理示范镇", need="all"),
    P("AJ5", "list", "滹阳市河长制办公室2026年第一季度河湖长制工作通报中，哪些县区乡村两级河湖长巡河率低于90%？", "洑溪县一季度乡、村两级河湖长巡河率仅为84.9%", "坨口县巡河率为88.0%", "泖南县巡河率为89.3%", need="all"),
    P("AJ6", "list", "滹阳市河长办一季度通报的市级挂牌督办河湖问题中，哪些到3月底还没整改完成？", "洑溪县3处规模养殖场粪污未经处理直排入河", "溇溪水库库区违规建设农家乐餐饮用房2处", "泖河镇生活污水处理站停运，污水溢流入河", "泖河左岸堤防3处管涌险情隐患尚未修复", need="all"),
    P("AJ7", "list", "滹阳市市级挂牌督办河湖问题里，整改时限在2026年4月30日及以前、但通报时仍未完成的有哪几个？", "沚东区工业园区排口雨污混接，晴天仍有污水直排", "泖河镇生活污水处理站停运，污水溢流入河", "鲇鱼沟沿线垃圾乱倒、河道淤塞约2.3公里", need="all"),
    P("AJ8", "list", "滹阳市河长制办公室2026年一季度通报中，哪些河湖长被约谈或通报批评了？", "约谈了洑溪县副县长、洑水县级河长邝永祥", "坨口县副县长、坨河县级河长隗德民", "泖河县级河长郗美兰予以通报批评", "乡级河长蒯建波予以通报批评", need="all"),
    # ---- figure ----
    P("AJ9", "figure", "漪川县2025年度目标管理绩效考核中，磉石镇得了多少分？", "磉石镇以98.62分位列全县乡镇（街道）第一名"),
    P("AJ10", "figure", "漪川县人民政府对2025年度考核优秀等次的乡镇（街道）每个奖励多少工作经费？", "每个给予工作奖励经费30万元"),
    P("AJ11", "figure", "漪川县考核通报提到的岽山乡边坡坍塌事故，直接经济损失是多少？", "直接经济损失约486万元"),
    P("AJ12", "figure", "漪川县2025年度考核为一般等次的单位，要在什么时间前向县政府书面报告整改措施？", "于2026年3月20日前向县政府书面报告"),
    P("AJ13", "figure", "滹阳市2026年第一季度全市乡、村两级河湖长实际巡河多少次，巡河率是多少？", "实际巡河11250次，巡河率为92.4%"),
    P("AJ14", "figure", "滹阳市河长办一季度通报中，泖河泖口断面的主要超标因子是什么，超标多少倍？", "氨氮（超标0.42倍）"),
    P("AJ15", "figure", "滹阳市河长制办公室一季度河湖长制通报的联系人和联系电话是什么？", "庹晓芸，联系电话：0352-7186425"),
    P("AJ16", "figure", "滹阳市2026年一季度查处涉河违法案件，罚没款一共多少？", "累计罚没款136.8万元"),
    # ---- paraphrase ----
    P("AJ17", "paraphrase", "在漪川县，单位考核拿了优秀，里面的公务员评优秀的名额能多一些吗？多多少？", "优秀等次比例可由15%上浮至20%"),
    P("AJ18", "paraphrase", "漪川县从今年开始，平时的考核在年底总分里算得更重了吗？占多少？", "平时考核结果在年度总分中的占比由20%提高至30%"),
    P("AJ19", "paraphrase", "漪川县的老百姓在满意度调查里最不满意的是哪件事？", "城市停车管理满意度仅为78.4%"),
    P("AJ20", "paraphrase", "漪川县这次考核里，哪个乡镇比去年进步最大？", "圩塘镇综合排名由上年的第11位上升至第5位"),
    P("AJ21", "paraphrase", "滹阳市的河长用APP巡河，有人就走几步打个卡应付，市里是怎么处理这种记录的？", "已全部退回各县（区）核查", "相应巡河次数不计入有效巡河"),
    P("AJ22", "paraphrase", "在滹阳市打12345反映河道脏乱的问题，一季度办得怎么样？", "已办结55件，办结率为94.8%"),
    P("AJ23", "paraphrase", "滹阳市泖南县那个镇的污水处理厂停了，市里要求什么时候修好重新开起来？", "于4月30日前完成泖河镇生活污水处理站设备更换"),
    P("AJ24", "paraphrase", "滹阳市要求各县给农村小河道搞保洁，每公里一年至少要花多少钱？", "每公里每年不低于3000元的标准落实保洁经费"),
    # ---- negative ----
    P("AJ25", "negative", "漪川县2025年度目标管理绩效考核中，岽山乡的考核得分具体是多少分？"),
    P("AJ26", "negative", "漪川县人民政府本次绩效考核通报的奖励资金总额是多少万元？"),
    P("AJ27", "negative", "漪川县2024年度目标管理绩效考核中获得优秀等次的乡镇有哪些？"),
    P("AJ28", "negative", "滹阳市河长办一季度通报里，滹城区的县级河湖长巡河了多少次？"),
    P("AJ29", "negative", "滹阳市河长制办公室公布的2025年度河湖长制工作考核中，哪个县区排名第一？"),
    P("AJ30", "negative", "滹阳市一季度通报中，洑溪县那3处粪污直排的养殖场各被罚款多少钱？"),
)
FORTYFIRST_CHATS: tuple[Chat, ...] = (
    Chat("AJc1", "Top scores per category in the Yichuan assessment; follow-ups switch category and then to the 中省市驻县单位 runner-up", (
        P("AJc1#1", "figure", "漪川县2025年度目标管理绩效考核中，第一类经济发展部门得分最高的是哪个单位，多少分？", "县发展和改革局以98.17分居首"),
        P("AJc1#2", "figure", "那第三类党群部门呢？", "县委组织部以98.35分居首"),
        P("AJc1#3", "figure", "中省市驻县单位里排第二的是谁，多少分？", "国网漪川县供电公司以96.15分位列第二名"),
    )),
    Chat("AJc2", "Deduction reasons for two townships, then their grade (anaphora '这两个乡镇')", (
        P("AJc2#1", "figure", "漪川县2025年度绩效考核通报里，埂上镇为什么被扣分？扣了几分？", "新增违法占用耕地图斑9宗、面积12.6亩"),
        P("AJc2#2", "figure", "那隘岭乡呢？", "辖区内发生秸秆露天焚烧火点4个"),
        P("AJc2#3", "figure", "这两个乡镇最后被评了什么等次？", "一般等次（2个）：埂上镇、隘岭乡"),
    )),
    Chat("AJc3", "Water-quality section: failing section, its cause, then the responsible county river chief's sanction", (
        P("AJc3#1", "figure", "滹阳市河长办2026年一季度通报中，坨河石矶渡断面水质达标了吗？超标的是什么指标？", "总磷（超标0.35倍）"),
        P("AJc3#2", "paraphrase", "为什么会超标？", "沿线农村生活污水收集处理设施运行不正常"),
        P("AJc3#3", "figure", "这条河在坨口县的县级河长被怎么处理了？", "坨口县副县长、坨河县级河长隗德民"),
    )),
    Chat("AJc4", "One supervised problem's progress and deadline, then a name the notice does not give", (
        P("AJc4#1", "figure", "滹阳市市级挂牌督办的河湖问题里，溇溪水库的问题整改到什么程度了？", "正在整改，已拆除1处"),
        P("AJc4#2", "figure", "它的整改时限是哪天？", "2026年6月30日"),
        P("AJc4#3", "negative", "溇溪水库的县级河长叫什么名字？"),
    )),
    Chat("AJc5", "Staffing requirement in Huyang, then switch to the Yichuan assessment office's talent pool and liaison deadline", (
        P("AJc5#1", "figure", "滹阳市河长办要求各县（区）河长办专职工作人员至少几名？", "专职工作人员不少于3名"),
        P("AJc5#2", "figure", "换个问题，漪川县绩效考核办要建的考核人才库，入库人员不少于多少名？", "入库人员不少于60名"),
        P("AJc5#3", "figure", "那各单位的考核联络员名单什么时候前报？", "联络员名单于2026年3月10日前报送县考核办"),
    )),
)


FORTYSECOND: tuple[Probe, ...] = (
    # ---- list ----
    P("AK1", "list", "泃阳市应急管理局2026年安全生产大检查重大事故隐患整改清单中，哪些企业的重大事故隐患目前还处于“整改中”状态？", "崟溪县永泰木业有限公司", "泃阳恒昌纺织有限公司", "泃阳钢联特钢有限公司", "峣山县鹏岭矿业有限公司", need="all"),
    P("AK2", "list", "泃阳市2026年重大事故隐患整改清单里，哪几项隐患已经逾期未整改？分别是什么隐患？", "液化石油气储罐区防火堤多处破损", "污水调节池、污泥浓缩池等有限空间作业场所", need="all"),
    P("AK3", "list", "泃阳市应急管理局公布的重大事故隐患整改清单中，位于泃东区的企业有哪几家？", "泃阳鑫垣化工有限公司", "泃阳广厦建设集团有限公司", "泃阳市天禾化肥有限公司", need="all"),
    P("AK4", "list", "泃阳市2026年安全生产大检查重大事故隐患清单中，冶金行业的重大事故隐患分别是什么问题？", "结晶器冷却水系统未设置进水压力、流量低报警装置", "吊运熔融金属的2台起重机未采用冶金铸造起重机", need="all"),
    P("AK5", "list", "泃阳市重大事故隐患整改清单中，整改时限定在2026年5月的隐患有哪些？", "氯化反应装置未按要求实现自动化控制", "超核定药量储存烟花爆竹", "白酒储存酒罐区未设置可燃气体检测报警装置", "商场地下一层疏散通道被商户占用堆放货物", need="all"),
    P("AK6", "list", "澥州市审计局2025年度市级预算执行审计查出问题整改情况报告中，部门预算执行审计的8个部门里哪些部门整改率低于80%？", "市交通运输局", "市住房和城乡建设局", "市机关事务管理局", need="all"),
    P("AK7", "list", "澥州市审计局的整改报告里，部门预算执行审计中哪些部门的问题已经全部整改完毕？它们各采取了什么制度措施？", "市教育局制定《市直学校课后服务经费管理办法》", "与市自然资源和规划局建立耕地面积数据共享比对机制", "修订《市体育中心场馆开放及收费管理办法》", need="all"),
    P("AK8", "list", "澥州市2025年度审计查出问题整改报告中，重大政策措施落实方面还有哪些问题没有完全整改到位？", "其余7.15万元因当事人无力偿还", "其余6个事项涉及省级垂管系统", "其余2座因配套管网未接通尚未运行", need="all"),
    # ---- figure ----
    P("AK9", "figure", "澥州市审计局报告的2025年度市级预算执行审计查出问题，已整改的问题金额和整改率是多少？", "已整改问题金额18.41亿元，整改率84.7%"),
    P("AK10", "figure", "澥州市2025年度市级预算执行审计整改中，有关部门单位制定完善了多少项制度、追责问责了多少人？", "制定完善制度46项，追责问责19人"),
    P("AK11", "figure", "澥州市住房和城乡建设局对欠缴公共租赁住房租金的多少户启动了司法催收？", "对连续欠缴6个月以上的213户启动司法催收程序"),
    P("AK12", "figure", "澥州市审计局这份审计整改情况报告的联系人是谁？联系电话多少？", "邬晓岚，联系电话：0517-6283914"),
    P("AK13", "figure", "泃阳市2026年安全生产大检查全市一共检查了多少家生产经营单位？", "检查生产经营单位3,862家"),
    P("AK14", "figure", "泃阳市应急管理局对嶂口县顺达液化气储配站实行市级挂牌督办后，要求它在哪一天前完成整改？", "须于2026年7月10日前完成整改"),
    P("AK15", "figure", "泃阳市应急管理局工贸安全监督管理科负责重大事故隐患整改的联系人和电话是什么？", "覃永辉，电话0547-8831639"),
    P("AK16", "figure", "泃阳市2026年安全生产大检查期间，应急管理部门罚款一共多少钱？", "罚款金额合计864.5万元"),
    # ---- paraphrase ----
    P("AK17", "paraphrase", "泃阳市应急管理局公布的隐患清单里，崟溪县那家木材加工厂的吸灰设备出了什么毛病？要怎么改？", "木粉尘除尘系统采用正压吹送方式", "将除尘系统改造为负压吸尘方式"),
    P("AK18", "paraphrase", "泃阳市应急局这次检查发现有商场把逃生通道堵了，具体是怎么回事，后来是怎么处理的？", "商场地下一层疏散通道被商户占用堆放货物", "清理疏散通道内堆放的货物"),
    P("AK19", "paraphrase", "在泃阳市，老百姓发现工厂有重大安全隐患去举报，查实了最多能拿多少奖金？", "单项奖励最高可达30万元"),
    P("AK20", "paraphrase", "泃阳市那家化肥厂的食堂建在危险装置旁边，应急局通知里说现在食堂还让用吗？", "职工食堂自2026年6月20日起停止使用"),
    P("AK21", "paraphrase", "澥州市审计发现给已经去世的老人还在发高龄补贴，这笔钱后来要回来了吗？", "已全部追回多发的高龄津贴", "继续发放高龄津贴14.86万元"),
    P("AK22", "paraphrase", "澥州市审计查出来有医院骗取医保的钱，审计局的整改报告说追回来多少了？", "已追回医保基金986.20万元"),
    P("AK23", "paraphrase", "澥州市审计说有些专精特新企业的补贴迟迟没发下去，现在企业拿到钱了没有？", "已全部拨付至23家企业"),
    P("AK24", "paraphrase", "澥州市审计整改这次还有没弄完的问题，政府打算什么时候把最后的结果交给人大？", "将于2027年6月底前向市人大常委会报告"),
    # ---- negative ----
    P("AK25", "negative", "泃阳市应急管理局的重大事故隐患整改清单中，泃阳鑫垣化工有限公司因氯化装置隐患被罚款多少钱？"),
    P("AK26", "negative", "泃阳市2025年安全生产大检查一共判定了多少项重大事故隐患？"),
    P("AK27", "negative", "泃阳市整改清单中，峣山县鹏岭矿业有限公司边坡隐患整改预计要投入多少资金？"),
    P("AK28", "negative", "澥州市审计局整改报告中，市卫生健康委员会因设备采购规避招标问题具体处分了几名责任人？"),
    P("AK29", "negative", "澥州市2024年度市级预算执行审计查出问题的整改率是多少？"),
    P("AK30", "negative", "澥州市审计整改报告里，澥州港务发展有限公司分期缴纳的非税收入每期要缴多少钱？"),
)
FORTYSECOND_CHATS: tuple[Chat, ...] = (
    Chat("AKc1", "One row of the Juyang hazard table: responsible person, then its deadline ('它'), then its interim control measure from the 督办 section", (
        P("AKc1#1", "figure", "泃阳市2026年重大事故隐患整改清单里，峣山县鹏岭矿业有限公司的隐患整改责任人是谁？", "阙明远（矿长）"),
        P("AKc1#2", "figure", "那它的整改时限是哪天？", "2026年8月31日"),
        P("AKc1#3", "paraphrase", "整改完成前，对这个矿采取了什么临时管控措施？", "西帮采场划定警戒区域"),
    )),
    Chat("AKc2", "Xiezhou housing bureau: retained renovation funds, amount since paid, then an accountability count the notice does not give", (
        P("AKc2#1", "figure", "澥州市审计整改报告中，市住房和城乡建设局滞留了多少老旧小区改造补助资金？", "老旧小区改造补助资金5,326.20万元滞留未拨付"),
        P("AKc2#2", "figure", "现在已经拨付了多少？", "已拨付老旧小区改造补助资金4,210万元"),
        P("AKc2#3", "negative", "这个局因此被追责问责了几个人？"),
    )),
    Chat("AKc3", "District with lowest general-hazard rectification rate, then its major hazards ('这个县'), then the county government's reporting deadline", (
        P("AKc3#1", "figure", "泃阳市2026年安全生产大检查中，哪个区县的一般事故隐患整改率最低？是多少？", "整改率94.1%，为全市最低"),
        P("AKc3#2", "figure", "那这个县的重大事故隐患整改情况怎么样？", "嶂口县2项重大事故隐患均未能在规定时限内完成整改"),
        P("AKc3#3", "figure", "县政府要在什么时候前向市里书面报告原因？", "嶂口县人民政府须于2026年6月25日前"),
    )),
    Chat("AKc4", "Xiezhou fiscal management: proxy budget before and after, then switch to idle special bonds", (
        P("AKc4#1", "figure", "澥州市审计整改报告中，审计指出市本级年初代编预算有多少没有细化？", "年初代编预算4.82亿元未细化到具体单位和项目"),
        P("AKc4#2", "figure", "整改后2026年压减到了多少？", "2026年市本级代编预算规模压减至1.37亿元"),
        P("AKc4#3", "figure", "那高新区闲置的专项债券资金现在已经花出去多少？", "已支出2.05亿元"),
    )),
    Chat("AKc5", "Juyang logistics company hazard and responsible person, then switch to the Xiezhou transport bureau's settlement plan", (
        P("AKc5#1", "figure", "泃阳市重大事故隐患整改清单中，泃阳通衢物流有限公司存在什么重大事故隐患？", "卫星定位装置离线超过30日仍在运营"),
        P("AKc5#2", "figure", "负责整改的人是谁？", "蔺东升（安全总监）"),
        P("AKc5#3", "figure", "换个问题，澥州市交通运输局挂账的预付工程款计划什么时候结算完？", "计划于2027年3月底前完成结算"),
    )),
)


FORTYTHIRD: tuple[Probe, ...] = (
    # ---- list ----
    P("AL1", "list", "洑川县纪委监委通报的7起群众身边不正之风和腐败问题典型案例中，有哪些人受到了诫勉谈话？",
      "副镇长孔令韬审核把关不严，受到诫勉谈话", "分管副局长甘宏图履行监管职责不到位，受到诫勉谈话",
      "中心主任晏书平受到诫勉谈话", "屈文彬受到诫勉谈话，并被调整工作岗位", need="all"),
    P("AL2", "list", "洑川县纪委监委这份典型案例通报里，哪些单位（不是个人）被县纪委监委通报批评了？",
      "对县公路事业发展中心予以通报批评", "对葑田乡市场监督管理所予以通报批评", need="all"),
    P("AL3", "list", "洑川县纪委监委通报附的各乡镇（街道）问题线索办理情况统计表中，哪些乡镇（街道）的备注写明有线索超期或逾期没办结？",
      "3件超期未办结，已挂牌督办", "2件线索逾期，已督促限期办结", need="all"),
    P("AL4", "list", "洑川县纪委监委通报的典型案例中，哪些人受到了党内警告处分？",
      "陶乐群、蓝泽宇违规领取津补贴，分别受到党内警告处分", "卞志远受到党内警告处分，调离种植业股岗位",
      "副主任蒯永年受到党内警告处分", "滕广福受到党内警告处分", need="all"),
    P("AL5", "list", "溇州市人力资源和社会保障局巡察整改第二次推进会纪要中，哪些科室或直属单位还有逾期（滞后）的整改任务？",
      "3项正在推进，1项滞后于整改时限", "另有2项超出时限，是逾期任务最集中的机关科室之一",
      "其中已销号6项，持续推进3项，滞后2项", "9项已完成，2项正在推进，1项逾期", need="all"),
    P("AL6", "list", "溇州市人社局推进会纪要里，哪些整改任务说是基本完成了、但还没有销号或还在等验收？",
      "因尚未全部追回，暂不申请销号", "新增入库专家312名，待7月底统一验收", need="all"),
    P("AL7", "list", "溇州市人社局推进会对6项逾期整改任务分别定了什么新的完成期限？",
      "2026年8月31日前追回剩余资金", "9月15日前实现在建项目专用账户全覆盖", "10月31日前建成投用",
      "9月30日前实现积案清零", need="all"),
    P("AL8", "list", "洑川县纪委监委通报在以案促改要求中，点名要求哪些县直部门建立或健全什么制度机制？",
      "县民政局要牵头健全低保对象动态管理和公示复核机制", "县交通运输局要建立农村公路养护质量第三方评价机制",
      "县市场监督管理局要建立投诉举报办理质量回访抽查制度", need="all"),
    # ---- figure ----
    P("AL9", "figure", "洑川县纪委监委通报中，苕坪镇枣园村贺天禄冒领了多少危房改造补助资金？", "冒领危房改造补助资金共计8.7万元"),
    P("AL10", "figure", "洑川县纪委监委通报的葑田乡市场监督管理所投诉办理问题中，群众满意率是多少？", "群众满意率仅为43.75%"),
    P("AL11", "figure", "洑川县纪委监委典型案例通报要求各单位的自查自纠情况最晚什么时候报送？", "须于2026年6月30日前书面报送"),
    P("AL12", "figure", "洑川县纪委监委通报说2026年1至5月全县纪检监察机关立案多少件？", "线索213件，立案97件"),
    P("AL13", "figure", "溇州市人力资源和社会保障局截至2026年6月30日巡察整改任务的完成率是多少？", "整改完成率为73.96%"),
    P("AL14", "figure", "溇州市人社局推进会纪要中，市劳动保障监察支队未办结的欠薪积案涉及多少农民工和多少工资款？", "涉及农民工153人、工资款216万元"),
    P("AL15", "figure", "溇州市人社局纪要里，全市在建工程项目农民工工资专用账户的开户率现在是多少？", "专用账户开户率目前为92.7%"),
    P("AL16", "figure", "市委第三巡察组是哪天向溇州市人力资源和社会保障局党组反馈巡察意见的？", "于2026年1月22日向局党组反馈巡察意见"),
    # ---- paraphrase ----
    P("AL17", "paraphrase", "洑川县有个乡卫生院院长乱发补贴还收医药代表的红包，纪委最后给了他什么处分？",
      "鲁宗衡受到党内严重警告处分", "由县卫生健康局党组研究后免去其院长职务"),
    P("AL18", "paraphrase", "洑川县纪委通报的那个村支书把村里临街门面低价租给朋友，一共让村里亏了多少钱？",
      "上述问题共造成村集体资产损失6.3万元"),
    P("AL19", "paraphrase", "洑川县艽岭镇那个在镇上帮忙录系统、偷偷给自己妈办低保的临时工，后来怎么处理的？",
      "施小芸被解除聘用合同"),
    P("AL20", "paraphrase", "洑川县公路部门养护农村公路造假那件事，账上多报了多少公里的路？", "虚报养护里程38.5公里"),
    P("AL21", "paraphrase", "溇州市人社局清查老人去世后还有人继续领养老金、一人领两份的情况，钱追回来多少了？",
      "已追回196人待遇资金127.4万元"),
    P("AL22", "paraphrase", "溇州市人社局说有企业不该拿的稳岗补贴，现在还有多少钱没要回来？", "尚有2家企业17.3万元未追回"),
    P("AL23", "paraphrase", "溇州市社保大厅为了少让群众跑窗口，把窗口合并成了几个？", "综合窗口由11个整合为6个"),
    P("AL24", "paraphrase", "溇州市人社局在老百姓家门口设的找工作服务点，打算建多少、已经建好几个？", "计划建设35个，已建成27个"),
    # ---- negative ----
    P("AL25", "negative", "洑川县纪委监委通报的贺天禄案件，法院最终判了他几年有期徒刑？"),
    P("AL26", "negative", "洑川县纪委监委通报中，艽岭镇被违规纳入低保的7户村干部亲属分别是哪几个村的？"),
    P("AL27", "negative", "洑川县纪检监察机关2025年全年一共受理了多少件群众身边不正之风和腐败问题线索？"),
    P("AL28", "negative", "溇州市人社局推进会纪要中，那7件欠薪积案分别涉及哪几家欠薪企业？"),
    P("AL29", "negative", "溇州市教育局市委巡察反馈问题整改推进会上，通报了几项逾期未完成的整改任务？"),
    P("AL30", "negative", "溇州市人社局的劳动人事争议仲裁数字化庭审系统，项目预算是多少万元？"),
)
FORTYTHIRD_CHATS: tuple[Chat, ...] = (
    Chat("ALc1", "Fuchuan county town-level clue table: the lowest closure rate, then 'that township' follow-ups about the interview and the reporting rhythm", (
        P("ALc1#1", "figure", "洑川县纪委监委通报里，葑田乡问题线索的办结率是多少？", "办结率为57.1%"),
        P("ALc1#2", "paraphrase", "那这个乡的纪委书记被怎么处理了？", "葑田乡纪委书记进行约谈", "已约谈乡纪委书记"),
        P("ALc1#3", "figure", "它以后多长时间要向县里报一次线索办理进度？", "每半个月向县纪委监委案件监督管理室报送一次办理进度"),
    )),
    Chat("ALc2", "Louzhou HRSS: the overdue task of the labour inspection brigade, who took charge of it, then what that deputy director asked for", (
        P("ALc2#1", "figure", "溇州市人社局巡察整改推进会纪要中，市劳动保障监察支队还有多少件欠薪积案没办结？", "尚有7件积案未办结"),
        P("ALc2#2", "figure", "这个任务由哪位局领导包案？", "欠薪积案由副局长岑立舟包案"),
        P("ALc2#3", "paraphrase", "这位副局长说，老板确实拿不出工资的话农民工的钱怎么办？", "协调启用工资保证金和应急周转金先行垫付"),
    )),
    Chat("ALc3", "Fuchuan farmland subsidy case: over-reported area, then the county-wide recheck, then a negative about the relatives' liability", (
        P("ALc3#1", "figure", "洑川县纪委监委通报的卞志远一案中，多报了多少亩耕地地力保护补贴面积？", "多报补贴面积212.6亩"),
        P("ALc3#2", "figure", "后来县农业农村局在全县复核，一共核减了多少不实面积？", "共核减不实面积1047.3亩"),
        P("ALc3#3", "negative", "那他的岳父和表弟被追究了什么法律责任、罚了多少钱？"),
    )),
    Chat("ALc4", "Louzhou HRSS acceptance of completed tasks: deadline, the acceptance standard ('它'), then the review of already closed tasks", (
        P("ALc4#1", "figure", "溇州市人社局推进会要求13项已完成待销号的整改任务什么时候前完成验收？", "7月31日前完成13项已完成待销号任务的验收工作"),
        P("ALc4#2", "figure", "它的验收标准叫什么？", "验收坚持“四个不销号”标准"),
        P("ALc4#3", "paraphrase", "那已经销号的那些任务，打算怎么复查会不会反弹？",
          "对已销号的58项任务开展一次全面“回头看”", "抽查比例不低于已销号任务的30%"),
    )),
    Chat("ALc5", "Fuchuan health-centre case amounts, then 'he himself', then switching to Louzhou HRSS recovered employment subsidy", (
        P("ALc5#1", "figure", "洑川县纪委监委通报的荠溪乡卫生院鲁宗衡案，违规发放的津补贴一共多少钱？", "发放津补贴共计14.36万元"),
        P("ALc5#2", "figure", "他自己分了多少？", "其中本人分得4.2万元"),
        P("ALc5#3", "figure", "换个问题：溇州市人社局整改中追回了多少违规领取的一次性吸纳就业补贴？", "追回违规领取的一次性吸纳就业补贴23.6万元"),
    )),
)


FORTYFOURTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AM1", "list", "沄陂市人民政府门户网站政务动态2026年第16期里提到的几个重大工程项目，分别总投资多少？",
      "总投资4.63亿元，其中争取中央预算内投资", "设计速度每小时80公里，总投资9.27亿元",
      "该项目总投资12.8亿元，将建设冷库库容18万吨", "总投资5.48亿元，于2024年9月开工建设", need="all"),
    P("AM2", "list", "沄陂市政务动态（2026年第16期）报道的活动中，有哪几位副市长出席，分别做了什么？",
      "副市长隗承恩宣布通车", "副市长祁韵秋出席并宣布消费季启动", need="all"),
    P("AM3", "list", "沄陂市政务动态第16期的几篇报道里，各部门公布了哪些咨询电话或服务热线？",
      "住房保障科咨询电话：0793-8216547", "市场运行科咨询电话：0793-8236610",
      "可拨打24小时供水服务热线96677反映", need="all"),
    P("AM4", "list", "沄陂至旃坝快速通道通车后，沄陂市交通运输局新开或延伸了哪几条公交线路？",
      "K12路（新开）", "K15路（新开）", "208路（延伸）", need="all"),
    P("AM5", "list", "沄陂市政务动态第16期里，有哪些工程或项目计划在2027年完工、建成或投入运营？",
      "全部改造内容计划于2027年10月31日前完工", "计划于2027年6月底建成",
      "一期工程计划于2027年6月30日投入运营", need="all"),
    P("AM6", "list", "湑泾县政务服务和大数据管理局公布的第一批“高效办成一件事”办理指南中，哪些事项可以全程网办？",
      "该事项可全程网办，新生儿父母可通过", "该事项可全程网办，申请人通过省政务服务网湑泾县站点",
      "可全程网办，通过国家医保服务平台APP", "该事项可全程网办，企业可通过省政务服务网湑泾县站点", need="all"),
    P("AM7", "list", "湑泾县“高效办成一件事”重点事项办理指南里，哪些事项必须本人或双方到现场、或者要现场核查，不能全在网上办完？",
      "须由买卖双方共同到县不动产登记中心窗口", "残疾人证新办须由申请人本人到县残疾人联合会指定的",
      "经营场所需由县市场监督管理局现场核查", need="all"),
    P("AM8", "list", "湑泾县政务服务和大数据管理局的一件事办理指南中，出生、企业开办、退休、身后这几个“一件事”各整合了几个事项？",
      "社会保障卡申领等5个事项整合为“一件事”", "银行预约开户等7个事项整合办理",
      "退休人员社会化管理服务等4个事项整合办理", "住房公积金销户提取等6个事项整合办理", need="all"),
    # ---- figure ----
    P("AM9", "figure", "沄陂市篁岭片区城市更新一期工程一共涉及多少户住户？", "楼栋186栋、住户5412户"),
    P("AM10", "figure", "沄陂至旃坝快速通道改扩建工程是哪天通车的？", "4月18日上午，沄陂至旃坝快速通道"),
    P("AM11", "figure", "沄陂市蔺湖区月湾保障性租赁住房项目预计哪天交付使用？", "预计2026年12月20日交付使用"),
    P("AM12", "figure", "沄陂市商务局消费季签约的沄陂国际农产品冷链物流园，冷库库容有多大？", "将建设冷库库容18万吨"),
    P("AM13", "figure", "沄陂市城北水厂扩建工程投用后，水厂日供水规模从多少提升到多少？", "水厂日供水规模由10万吨提升至18万吨"),
    P("AM14", "figure", "2026“乐购沄陂”春季消费季的首期消费券什么时候开始发放？", "首期消费券500万元于4月30日10时起"),
    P("AM15", "figure", "按湑泾县政务服务和大数据管理局的办理指南，非住宅类不动产转移登记每件收多少登记费？", "非住宅类不动产登记费每件550元"),
    P("AM16", "figure", "湑泾县政务服务和大数据管理局受理窗口服务投诉的监督电话是多少？", "监督电话0566-5123466"),
    # ---- paraphrase ----
    P("AM17", "paraphrase", "我家在沄陂市篁岭那一片的老小区，听说这次城市更新全面开工了，大概什么时候能全部改完？",
      "全部改造内容计划于2027年10月31日前完工"),
    P("AM18", "paraphrase", "沄陂市家里老人想办张免费坐公交的卡，该去哪儿办？", "市公交集团客服中心（沄陂大道168号）"),
    P("AM19", "paraphrase", "在湑泾县买二手房过户，水电燃气宽带过户还要另外准备材料、另外跑吗？",
      "水电气网过户无需另行提交材料", "买卖双方一次到场即可完成全部手续"),
    P("AM20", "paraphrase", "沄陂市城北水厂扩建好了，我们家的自来水要涨价吗？",
      "第一阶梯水价仍为每立方米2.85元", "城区居民生活用水价格保持不变"),
    P("AM21", "paraphrase", "我刚到沄陂市上班，想租蔺湖区月湾那个保障性租赁房，去哪儿申请？",
      "通过“沄陂住保”微信小程序在线申请", "蔺湖区住房保障服务中心（蔺湖区政务服务中心三楼）"),
    P("AM22", "paraphrase", "湑泾县孩子刚生下来，上户口、办医保和社保卡能不能在医院一起办了？",
      "县妇幼保健院产科设置的“出生一件事”服务点", "“出生一件事”模块在线提交申请"),
    P("AM23", "paraphrase", "湑泾县我爸明年到退休年龄，退休手续最早可以提前多久在手机上申请？",
      "参保人可在达到法定退休年龄前3个月"),
    P("AM24", "paraphrase", "在湑泾县参保，在外面急诊看病没能直接刷医保，回来以后多长时间内要去报销？",
      "参保人员应在医疗费用发生之日起6个月内"),
    # ---- negative ----
    P("AM25", "negative", "沄陂市城北水厂扩建工程是由哪家施工单位承建的？"),
    P("AM26", "negative", "沄陂至旃坝快速通道通车后，小汽车通行费标准是多少？"),
    P("AM27", "negative", "2026“乐购沄陂”春季消费季第三期消费券的金额是多少万元？"),
    P("AM28", "negative", "湑泾县残疾人服务“一件事”里，重度残疾人护理补贴每人每月发多少钱？"),
    P("AM29", "negative", "湑泾县政务服务和大数据管理局第二批“高效办成一件事”重点事项定在哪天公布？"),
    P("AM30", "negative", "湑泾县医疗保障局公布的门诊慢特病病种目录包括哪些病种？"),
)
FORTYFOURTH_CHATS: tuple[Chat, ...] = (
    Chat("AMc1", "Water plant project named once then 'it'; turn 3 switches to a plant whose investment is not stated", (
        P("AMc1#1", "figure", "沄陂市城北水厂扩建工程总投资多少？", "总投资5.48亿元，于2024年9月开工建设"),
        P("AMc1#2", "figure", "它投用以后能满足多少人的用水需求？", "约62万人口的用水需求"),
        P("AMc1#3", "negative", "那城南水厂呢，总投资是多少？"),
    )),
    Chat("AMc2", "Transport story: express road, then the interchange named once and followed by 这个工程", (
        P("AMc2#1", "figure", "沄陂市交通运输局建的沄陂至旃坝快速通道全长多少公里？", "全长18.6公里"),
        P("AMc2#2", "figure", "同一篇里提到的柞桥互通立交，桩基施工完成多少了？", "目前桩基施工已完成72%"),
        P("AMc2#3", "figure", "这个工程总投资是多少？", "该工程总投资3.06亿元"),
    )),
    Chat("AMc3", "Where to apply: service hall weekend hours, then the 医保 window, then 慢特病 result time", (
        P("AMc3#1", "figure", "湑泾县政务服务中心周末能办事吗？几点到几点？", "每周六上午9:00—12:00提供延时错时服务"),
        P("AMc3#2", "figure", "那医保的窗口在中心几楼哪个区？", "设在县政务服务中心一楼D区20号至23号窗口",
          "窗口（一楼D区20号至23号窗口）"),
        P("AMc3#3", "figure", "在那儿申请门诊慢特病认定，多久能出结果？", "自评审之日起10个工作日内公布认定结果"),
    )),
    Chat("AMc4", "Business items: company seals fee, then switch to restaurant time limit, then small-restaurant shortcut", (
        P("AMc4#1", "figure", "在湑泾县开办企业，首套公章要自己花钱刻吗？", "由县财政统一购买服务免费刻制"),
        P("AMc4#2", "figure", "那开餐饮店的一件事多久能办下来？", "5个工作日内办结，其中现场核查时间不超过2个工作日"),
        P("AMc4#3", "paraphrase", "要是小馆子不到50平米，只卖点简单吃的，有没有更省事的办法？", "可申请办理小餐饮登记证"),
    )),
    Chat("AMc5", "Housing meeting figures, then follow-up rate, then switch agency to commerce retail sales", (
        P("AMc5#1", "figure", "沄陂市住建局城市更新推进会通报，今年全市计划改造多少个老旧小区？", "今年全市计划改造城镇老旧小区63个"),
        P("AMc5#2", "figure", "截至3月底开工了多少个，开工率多少？", "截至3月底已开工31个，开工率49.2%"),
        P("AMc5#3", "figure", "那商务局那篇里，一季度全市社会消费品零售总额是多少？", "社会消费品零售总额186.3亿元"),
    )),
)


FORTYFIFTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AN1", "list", "濉岭县民政局关于省委第六巡视组民生领域专项巡视反馈意见整改进展的报告里，哪些问题目前还在推进、没有整改完？",
      "两项补贴“静默认证”尚未实现全覆盖", "擅自改变用途的资金尚未全部归垫", "闲置社区服务设施尚未全部整改到位", need="all"),
    P("AN2", "list", "濉岭县民政局的巡视整改进展报告中，责任科室是社会事务股的问题有哪几个？",
      "残疾人两项补贴“跨省通办”", "惠民殡葬政策落实不到位", "县救助管理站规范化管理水平不高", need="all"),
    P("AN3", "list", "濉岭县民政局落实省委第六巡视组反馈意见整改中，具体有哪些人受到了党纪或政务处分？",
      "鹊桥乡敬老院院长祁守畴受到政务记过处分", "鹊桥乡民政办主任因审核把关不严受到党内警告处分", "局办公室原主任受到党内警告处分", need="all"),
    P("AN4", "list", "濉岭县民政局巡视整改报告里，“民生资金管理使用不够规范方面”列了哪些具体问题？",
      "养老服务体系建设资金闲置", "福利彩票公益金使用管理不规范", "机关财务管理制度执行不严", need="all"),
    P("AN5", "list", "澧岙市交通运输局2026年工作要点的重点项目表中，哪些项目由市公路事业发展中心牵头？",
      "G328线澧岙城区段改线工程", "S215线罾口至石桥段改扩建工程", "县乡道提档升级、通村公路加宽改造和危旧桥梁改造", need="all"),
    P("AN6", "list", "澧岙市交通运输局2026年重点项目里，哪些项目今年的目标是建成通车或者投入运营？",
      "上半年建成通车", "主线建成通车", "6月底前投入运营", need="all"),
    P("AN7", "list", "澧岙市交通运输局2026年工作要点中，市交通运输综合行政执法支队作为责任单位承担了哪些任务？",
      "网约车车辆和驾驶员“双合规”率提升至85%以上", "新建公路治超非现场执法点8个", "推行包容审慎柔性执法", need="all"),
    P("AN8", "list", "澧岙市交通运输局今年的工作要点里，科技信息科要负责哪些工作？",
      "整合公路、港航、运输、执法等业务数据", "推进澧岙至蒿泉高速公路智慧高速试点", "开展网络安全等级保护测评", need="all"),
    # ---- figure ----
    P("AN9", "figure", "濉岭县民政局巡视整改中，违规领取的低保资金已经追回了多少？", "已追回违规领取的低保资金38.27万元"),
    P("AN10", "figure", "濉岭县2026年特困人员基本生活标准提高到了每月多少钱？", "每人每月1180元"),
    P("AN11", "figure", "濉岭县民政局巡视整改进展报告的联系电话是多少？", "0558-7826104"),
    P("AN12", "figure", "濉岭县民政局整改时，对全县多少所敬老院的运营补贴做了逐院核查？", "全县17所敬老院2023年以来的运营补贴"),
    P("AN13", "figure", "澧岙市交通运输局2026年交通固定资产投资的目标是多少？", "完成交通固定资产投资128亿元"),
    P("AN14", "figure", "澧岙市交通运输局重点项目表里，澧岙至蒿泉高速公路全长多少公里？", "全长58.6公里，双向四车道"),
    P("AN15", "figure", "澧岙市交通运输局工作要点提到全市一共设了多少名各级路长？", "全市设立各级路长2146名"),
    P("AN16", "figure", "澧岙市交通运输局2026年支持哪个区创建全国“四好农村路”示范县？", "支持蕺山区创建全国“四好农村路”示范县"),
    # ---- paraphrase ----
    P("AN17", "paraphrase", "濉岭县民政局整改以后，乡镇自己最多能批多少钱的临时救助，不用再报县里？", "临时救助审批权限提高到单次2000元以内"),
    P("AN18", "paraphrase", "濉岭县有几个乡镇的公墓乱收管理费，民政局说钱退给老百姓了没有？", "已向438户群众全额清退违规收取的费用21.5万元"),
    P("AN19", "paraphrase", "濉岭县那些爹妈都不管、实际上没人养的孩子，民政局巡视整改后给保障上了吗？", "23名儿童已全部认定并纳入保障"),
    P("AN20", "paraphrase", "濉岭县救助流浪人员的那个站，按民政局的整改报告现在晚上有没有人值班？", "救助管理站已落实24小时值守"),
    P("AN21", "paraphrase", "澧岙市交通局今年是不是要搞学车先学后交钱？", "推行驾培“先培后付”资金监管模式"),
    P("AN22", "paraphrase", "澧岙市交通运输局今年会给跑长途的货车司机建些歇脚休息的地方吗？", "年内新建改建“司机之家”6个"),
    P("AN23", "paraphrase", "澧岙高铁站边上那个能换乘公交长途的大楼，交通局说什么时候能用上？", "6月底前投入运营", "建成澧岙综合客运枢纽"),
    P("AN24", "paraphrase", "澧岙市交通运输局今年打算给城乡之间多开几条公交？", "新开通或优化调整城乡公交线路15条"),
    # ---- negative ----
    P("AN25", "negative", "濉岭县民政局巡视整改报告里，县救助管理站的站长叫什么名字？"),
    P("AN26", "negative", "濉岭县民政局2025年全年低保资金总共支出了多少？"),
    P("AN27", "negative", "澧岙市交通运输局工作要点里，澧岙至蒿泉高速公路计划哪一年全线建成通车？"),
    P("AN28", "negative", "澧岙市交通运输局2025年实际完成了多少交通固定资产投资？"),
    P("AN29", "negative", "澧岙市交通运输局关于市委巡察反馈意见整改情况的报告中，一共追回了多少违规资金？"),
    P("AN30", "negative", "濉岭县民政局2026年工作要点里，养老机构护理型床位占比的目标是多少？"),
)
FORTYFIFTH_CHATS: tuple[Chat, ...] = (
    Chat("ANc1", "Suilin civil affairs dibao clean-up figure, then a yes/no consequence (blacklisting) the report never states, then back to a figure on the 特困 back-pay", (
        P("ANc1#1", "figure", "濉岭县民政局巡视整改中，低保“回头看”一共核减停保了多少户？", "核减停保112户163人"),
        P("ANc1#2", "negative", "那些违规领低保的人会不会被列入失信黑名单？"),
        P("ANc1#3", "figure", "那特困人员标准调整滞后的差额，补发了多少钱？", "差额资金共计52.30万元"),
    )),
    Chat("ANc2", "Suilin discipline count, then a count of 约谈 which the report names but never counts, then the total money recovered", (
        P("ANc2#1", "figure", "濉岭县民政局这次落实省委巡视整改，一共给了几个人党纪政务处分？", "共给予党纪政务处分4人"),
        P("ANc2#2", "negative", "那对负有监管责任的股室负责人，已经约谈了多少人？"),
        P("ANc2#3", "figure", "整改期间一共追回和清退了多少钱？", "累计追回、清退、归垫各类资金95.24万元"),
    )),
    Chat("ANc3", "Suilin measures count, then asking to list the 6 long-term mechanism measures that are only counted, then the completion tally of the 42 measures", (
        P("ANc3#1", "figure", "濉岭县民政局把省委第六巡视组反馈的13个问题细化成了多少条整改措施？", "细化为42条整改措施"),
        P("ANc3#2", "negative", "那6项长效机制措施都有哪些？"),
        P("ANc3#3", "figure", "这些整改措施现在完成了多少条？", "42条整改措施中，已完成34条"),
    )),
    Chat("ANc4", "Lizao transport key project (port phase II): berths, then 'its' 2026 target, then other tasks of the same lead unit", (
        P("ANc4#1", "figure", "澧岙市交通运输局2026年重点项目里，汊湾作业区二期工程要建几个泊位？", "新建3个2000吨级泊位及配套堆场"),
        P("ANc4#2", "figure", "那它今年要干到什么程度？", "完成码头水工主体结构"),
        P("ANc4#3", "list", "这个项目的牵头单位今年在工作要点里还负责哪些别的工作？",
          "加快澧水澧岙至汊湾段航道整治工程前期工作", "全市渡口渡船实现视频监控全覆盖", "全年完成集装箱铁水联运量5.2万标箱", need="all"),
    )),
    Chat("ANc5", "Lizao new-energy buses, follow-up on new-energy rates, then switch agency to Suilin civil affairs rescue-station fire retrofit", (
        P("ANc5#1", "figure", "澧岙市交通运输局今年要更新多少辆新能源公交车？", "更新新能源公交车120辆"),
        P("ANc5#2", "figure", "那公交车和巡游出租车的新能源化率要达到多少？", "新能源化率分别达到100%和90%"),
        P("ANc5#3", "figure", "换个话题，濉岭县民政局整改报告里，县救助管理站消防改造花了多少钱？", "县财政安排资金18.6万元"),
    )),
)


FORTYSIXTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AO1", "list", "沩州市市场监督管理局2026年春季学校食堂食品安全专项督查通报中，哪些区县被通报表扬了？它们各有什么值得推广的做法？",
      "将学校负责人陪餐纳入校长（园长）年度考核内容", "为全县学校食堂安装智能监控设备", "学校食品安全管理人员“全员抽考”", need="all"),
    P("AO2", "list", "沩州市市场监管局春季学校食堂督查通报所附的问题学校表里，哪些学校或单位已经整改到位了？",
      "沩州市膳家餐饮管理有限公司", "棹湾区职业技术学校", "筠塘县城关第二幼儿园", need="all"),
    P("AO3", "list", "沩州市2026年春季学校食堂专项督查通报里，蕤城区被点名的学校有哪几所？",
      "蕤城区第三实验小学", "蕤城区城东中学", "蕤城区育英学校", need="all"),
    P("AO4", "list", "沩州市市场监管局学校食堂督查通报中，整改时限定在2026年5月15日的是哪些学校？",
      "酱油、食醋等调味品无供货商资质证明", "鸾溪区白鹭湖小学", "蕤城区育英学校", need="all"),
    P("AO5", "list", "洣阳县教育局对《洣阳县学前教育普惠保障办法》的政策解读中，学前教育资助对象包括哪些家庭的幼儿？",
      "脱贫不稳定家庭、边缘易致贫家庭", "最低生活保障家庭和特困供养人员家庭的幼儿", "烈士子女和其他家庭经济特别困难的幼儿", need="all"),
    P("AO6", "list", "按洣阳县学前教育普惠保障办法的解读，普惠性民办幼儿园除了生均公用经费补助，还能享受哪些扶持？",
      "给予一次性奖补5万元", "给予综合奖补3万元", "按照不高于市场评估价格的70%收取租金", need="all"),
    P("AO7", "list", "洣阳县教育局政策解读里，申请认定普惠性民办幼儿园需要满足哪些条件？",
      "依法取得办学许可证并办园满1年", "专任教师全部具有教师资格证", "建立了独立的财务核算制度", need="all"),
    P("AO8", "list", "《洣阳县学前教育普惠保障办法》和2021年的原暂行办法相比，主要有哪些变化？",
      "生均公用经费补助标准平均提高约35%", "新增学前一年免保育教育费的有关规定", "新增普惠性民办幼儿园教师最低工资保障要求", need="all"),
    # ---- figure ----
    P("AO9", "figure", "沩州市市场监管局2026年春季学校食堂专项督查期间，同步监督抽检了多少批次？不合格几批次？",
      "监督抽检316批次，检出不合格7批次"),
    P("AO10", "figure", "沩州市学校食堂督查通报提到，筠塘县为推进“互联网+明厨亮灶”累计投入了多少专项资金？",
      "累计投入专项资金286万元"),
    P("AO11", "figure", "沩州市春季学校食堂督查发现的问题，截至4月25日全市整改完成率是多少？",
      "已完成整改198个，整改完成率为83.5%"),
    P("AO12", "figure", "沩州市市场监督管理局这份春季学校食堂督查通报的联系电话是多少？",
      "联系电话：0749-8326154"),
    P("AO13", "figure", "洣阳县学前教育普惠保障办法政策解读中，2026年县财政安排了多少学前教育专项资金？",
      "县财政安排学前教育专项资金3860万元"),
    P("AO14", "figure", "按照洣阳县教育局的政策解读，学前教育经费占同级财政性教育经费的比例不得低于多少？",
      "占同级财政性教育经费的比例不低于7%"),
    P("AO15", "figure", "洣阳县公办幼儿园生均公用经费按照什么标准拨付？",
      "每生每年不低于900元的标准拨付"),
    P("AO16", "figure", "洣阳县教育局学前教育股对学前教育普惠保障办法的咨询电话是多少？",
      "咨询电话0748-6623517"),
    # ---- paraphrase ----
    P("AO17", "paraphrase", "我家孩子在芗坪县第二中学读书，沩州市市场监管局那次学校食堂检查说他们食堂有啥毛病？",
      "熟食专间紫外线消毒灯损坏未维修", "紫外线消毒灯损坏后未及时维修"),
    P("AO18", "paraphrase", "沩州市市场监管局春季去查了给学校送饭的配餐公司，查下来情况怎么样？",
      "有4家存在配送车辆未定期清洗消毒"),
    P("AO19", "paraphrase", "沩州市这次查学校食堂，哪一类毛病查出来最多？",
      "是本次督查中数量最多的一类问题", "设施设备维护管理滞后"),
    P("AO20", "paraphrase", "沩州市市场监管局让各区县最晚什么时候把学校食堂整改的书面材料交上去？",
      "于2026年5月20日前将整改情况书面报告"),
    P("AO21", "paraphrase", "在洣阳县，孩子上幼儿园大班还要不要交保教费？",
      "免除公办幼儿园大班（学前一年）保育教育费"),
    P("AO22", "paraphrase", "洣阳县私人办的普惠幼儿园，保教费最多能收多贵？有上限吗？",
      "不高于同级同类公办幼儿园保育教育费标准的1.5倍"),
    P("AO23", "paraphrase", "在洣阳县乡下的幼儿园当老师，每个月有没有额外的补贴？",
      "每人每月400元的标准享受乡村幼儿园教师生活补助"),
    P("AO24", "paraphrase", "洣阳县以前那个普惠性民办幼儿园认定扶持的暂行办法，现在还管用吗？",
      "洣教发〔2021〕8号）同时废止"),
    # ---- negative ----
    P("AO25", "negative", "沩州市市场监管局春季学校食堂督查中，望墀区检查了多少户学校周边食品经营户？"),
    P("AO26", "negative", "沩州市市场监管局2025年秋季学校食堂督查一共发现了多少个问题？"),
    P("AO27", "negative", "沩州市学校食堂专项督查中抽检不合格的7批次具体是哪些食品，供货商是哪几家？"),
    P("AO28", "negative", "洣阳县幼儿园开设的2至3岁托班，每月收费标准是多少？"),
    P("AO29", "negative", "洣阳县2025年全县学前教育经费总投入是多少万元？"),
    P("AO30", "negative", "洣阳县公办幼儿园的伙食费标准是每天多少钱？"),
)
FORTYSIXTH_CHATS: tuple[Chat, ...] = (
    Chat("AOc1", "Weakest district's rectification rate, then what the city bureau did to it, then an unstated consequence (bonus cut) asked as yes/no", (
        P("AOc1#1", "figure", "沩州市市场监管局春季学校食堂督查通报里，芗坪县的问题整改完成率是多少？", "截至4月25日整改完成率仅为61.2%"),
        P("AOc1#2", "figure", "那市局对芗坪县局是怎么处理的？", "对芗坪县市场监督管理局主要负责人进行约谈"),
        P("AOc1#3", "negative", "被约谈的这位负责人会不会被扣减年度绩效奖金？"),
    )),
    Chat("AOc2", "City-wide case count and fines, then an agency switch to 望墀区, which the notice names but gives no case figures for", (
        P("AOc2#1", "figure", "沩州市2026年春季学校食堂专项督查中，各区县一共立案查处了几起违法违规行为？", "对督查发现的违法违规行为立案查处9起"),
        P("AOc2#2", "figure", "罚没款一共是多少？", "罚没款合计13.6万元"),
        P("AOc2#3", "negative", "那望墀区市场监管局在这次督查里立案查处了几起？"),
    )),
    Chat("AOc3", "Subsidy for top-grade private kindergartens, penalty for irregular fees, then a count of disqualifications the notice never gives", (
        P("AOc3#1", "figure", "洣阳县学前教育普惠保障办法的解读中，一级普惠性民办幼儿园的生均公用经费补助是多少？", "一级普惠性民办幼儿园"),
        P("AOc3#2", "figure", "这类幼儿园如果违规收费，会受到什么处理？", "取消普惠性民办幼儿园认定资格", "3年内不得再次申请认定"),
        P("AOc3#3", "negative", "县里到现在已经取消了多少家幼儿园的普惠资格？"),
    )),
    Chat("AOc4", "Aid for poor children: first-tier amount, application window, extra meal subsidy for orphans", (
        P("AOc4#1", "figure", "洣阳县教育局政策解读里，家庭经济困难幼儿的一等资助标准是多少？", "一等资助标准为每生每年2000元"),
        P("AOc4#2", "figure", "家长一般什么时候去申请？", "9月15日至10月15日由幼儿家长或监护人"),
        P("AOc4#3", "figure", "那孤儿除了这笔资助以外，还有别的补助吗？", "每生每年另行补助伙食费800元"),
    )),
    Chat("AOc5", "Follow-up review window and its focus in the 沩州 notice, then a switch to the 洣阳 kindergarten policy (contract teacher wage subsidy)", (
        P("AOc5#1", "figure", "沩州市市场监管局说要对春季学校食堂督查问题的整改开展“回头看”，时间安排在什么时候？", "2026年6月1日至6月20日"),
        P("AOc5#2", "figure", "回头看重点复查哪些地方？", "重点复查蕤城区、芗坪县以及本通报所列问题较多的学校"),
        P("AOc5#3", "figure", "另外，洣阳县教育局那份学前教育政策解读里，公办幼儿园聘用的非在编教师，县财政每月补助多少工资？", "每人每月3100元的标准给予工资补助"),
    )),
)


FORTYSEVENTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AP1", "list", "溆岑县住房和城乡建设局的县委巡察反馈问题整改台账里，哪些问题到现在还在“正在推进”、没有整改完？分别由谁负责？",
      "城镇老旧小区改造推进迟缓", "公共租赁住房分配和运营管理不规范", "城镇燃气安全隐患排查整治不彻底", need="all"),
    P("AP2", "list", "溆岑县住建局巡察整改台账中，哪些问题的完成时限写的是“长期坚持”？",
      "落实全面从严治党主体责任不够到位", "干部队伍结构不优、交流轮岗不及时", need="all"),
    P("AP3", "list", "溆岑县住建局县委第三巡察组反馈问题整改台账里，完成时限在2025年9月15日及以前的是哪几项问题？",
      "政府投资项目结算审核把关不严", "违规发放津贴补贴", "公务用车管理不规范", need="all"),
    P("AP4", "list", "溆岑县住建局巡察整改台账中，责任股室包括房地产市场监管股的有哪些问题？",
      "住宅专项维修资金使用监管不严", "以往审计和巡察发现问题整改不彻底", "商品房预售资金监管存在漏洞", need="all"),
    P("AP5", "list", "湉州市农业农村局2025年工作总结里，自己列出了哪些存在的问题？",
      "粮食生产比较效益偏低", "高标准农田建后管护机制不够健全", "乡村产业链条较短", "基层农技推广力量薄弱", need="all"),
    P("AP6", "list", "湉州市农业农村局2026年工作计划中，哪些任务要求在6月底前完成或启动？",
      "项目6月底前全部开工", "6月底前完成新一轮农村户厕问题摸排和整改", "扩大到芗坪县全县", "6月底前完成全市农田排涝设施隐患排查和应急维修", need="all"),
    P("AP7", "list", "湉州市农业农村局2025年工作总结提到，哪些县或乡镇获得了国家级或省级的称号？",
      "浈桥县被评为全省高标准农田建设激励县", "淇冈县梓溪镇成功创建国家级农业产业强镇", "沭塘县被认定为国家农产品质量安全县", need="all"),
    P("AP8", "list", "溆岑县住建局巡察整改台账中，哪些问题涉及追回、退回或清退资金？各追回了多少？",
      "东门商住楼退回维修资金专户13.52万元", "追缴欠缴租金15.6万元", "多支付工程款已全额追回并缴入县财政", "违规发放补贴已由46名相关人员全额退缴", need="all"),
    # ---- figure ----
    P("AP9", "figure", "溆岑县住建局巡察整改台账里，锦绣华庭等小区维修资金未经业主表决使用，一共涉及多少钱？",
      "3个小区共涉及资金46.8万元"),
    P("AP10", "figure", "溆岑县住建局整改台账显示，2024年度计划改造的老旧小区目前已经完工了多少个？",
      "已完工24个小区"),
    P("AP11", "figure", "溆岑县住房和城乡建设局巡察整改中，累计追回、清退各类资金总共多少万元？",
      "累计追回、清退各类资金73.06万元"),
    P("AP12", "figure", "湉州市农业农村局2025年工作总结中，全市粮食总产量是多少？",
      "全年粮食总产量141.6万吨"),
    P("AP13", "figure", "截至2025年底，湉州市累计建成了多少万亩高标准农田？",
      "全市累计建成高标准农田241.7万亩"),
    P("AP14", "figure", "湉州市农业农村局2026年工作计划中，高标准农田新建和改造提升的目标是多少万亩？",
      "2026年新建和改造提升高标准农田31万亩"),
    P("AP15", "figure", "湉州市农业农村局总结里，2025年全市主要农作物耕种收综合机械化率是多少？",
      "耕种收综合机械化率达到78.2%"),
    P("AP16", "figure", "溆岑县住建局巡察整改台账中，城镇燃气安全隐患那一项的责任人是谁？",
      "覃启明（副局长）、甘霁川（燃气办主任）"),
    # ---- paraphrase ----
    P("AP17", "paraphrase", "听说溆岑县有些已经不困难的人家还住着公租房，住建局巡察整改后让几户搬出来了？",
      "已清退不符合条件家庭11户"),
    P("AP18", "paraphrase", "溆岑县住建局整改台账里提到开发商收了买房人的钱没放进监管账户，这钱后来补回去了吗？",
      "应存未存购房款已于11月12日前全部补存"),
    P("AP19", "paraphrase", "溆岑县住建局巡察整改：工地上没给工人开发工资专门账户的那些项目，现在都补开了吗？",
      "8个项目已全部补开工资专户"),
    P("AP20", "paraphrase", "溆岑县住建局下面有单位借加班名义多发钱，巡察整改后钱退了没有，有人被处理吗？",
      "违规发放补贴已由46名相关人员全额退缴", "对时任县城市建设服务中心主要负责人给予党内警告处分"),
    P("AP21", "paraphrase", "湉州农村的厕所改造搞得怎么样？按市农业农村局的总结，现在多少比例的农户用上了卫生厕所？",
      "农村卫生厕所普及率达到93.6%"),
    P("AP22", "paraphrase", "湉州市农业农村局去年给农民买农机一共补了多少钱？",
      "农机购置与应用补贴1.36亿元"),
    P("AP23", "paraphrase", "湉州的农民2025年人均一年能拿到手多少钱？市农业农村局打算2026年涨到多少？",
      "农村居民人均可支配收入达到24386元", "力争达到25970元", need="all"),
    P("AP24", "paraphrase", "湉州去年夏天下大暴雨，市农业农村局的总结里说庄稼被淹了多大面积？",
      "农作物受灾面积26.4万亩"),
    # ---- negative ----
    P("AP25", "negative", "溆岑县住建局巡察整改台账中，老旧小区改造一共惠及了多少户居民？"),
    P("AP26", "negative", "对溆岑县住房和城乡建设局开展巡察的县委第三巡察组，组长是谁？"),
    P("AP27", "negative", "湉州市农业农村局的总结里，2023年全市农村居民人均可支配收入是多少？"),
    P("AP28", "negative", "湉州市农业农村局2026年工作计划中，全年生猪出栏目标是多少万头？"),
    P("AP29", "negative", "溆岑县自然资源局巡察反馈问题整改台账中，已经完成整改的问题有几个？"),
    P("AP30", "negative", "湉州市农业农村局2026年计划争取中央和省级涉农资金多少亿元？"),
)
FORTYSEVENTH_CHATS: tuple[Chat, ...] = (
    Chat("APc1", "Public rental housing row of the Xucen housing bureau ledger: arrears, then recovered amount, then eviction deadline via follow-ups", (
        P("APc1#1", "figure", "溆岑县住建局巡察整改台账里，公租房租金累计欠缴了多少？", "累计欠缴租金21.35万元"),
        P("APc1#2", "figure", "那现在追回来多少了？", "追缴欠缴租金15.6万元"),
        P("APc1#3", "figure", "还没搬走的那几户，最晚什么时候要腾退？", "将于2026年1月31日前完成腾退"),
    )),
    Chat("APc2", "Tianzhou grain: 2025 sown area, then 2026 output target, then a 2024 figure the notice does not give", (
        P("APc2#1", "figure", "湉州市农业农村局2025年工作总结中，全市粮食播种面积是多少？", "全市粮食播种面积318.42万亩"),
        P("APc2#2", "figure", "那2026年粮食总产量的目标是多少？", "粮食总产量力争达到142.5万吨"),
        P("APc2#3", "negative", "2024年的播种面积具体是多少万亩？"),
    )),
    Chat("APc3", "Items led by deputy director Yan Xiaolan, then the open one among them, then its responsible persons", (
        P("APc3#1", "list", "溆岑县住建局巡察整改台账中，分管领导是鄢晓岚的问题有哪些？",
          "住宅专项维修资金使用监管不严", "城镇老旧小区改造推进迟缓", "政府投资项目结算审核把关不严", need="all"),
        P("APc3#2", "figure", "这些里面还没整改完的是哪一项？还剩哪几个小区？", "平安巷、粮站宿舍、老车站片区3个小区"),
        P("APc3#3", "figure", "这一项的具体责任人是谁？", "鄢晓岚（副局长）、项钧（股长）"),
    )),
    Chat("APc4", "Tianzhou rural sewage 2025 rate vs 2026 target, then the demonstration-village target", (
        P("APc4#1", "figure", "湉州市农业农村局说2025年全市农村生活污水治理率到了多少？", "农村生活污水治理率达到47.5%"),
        P("APc4#2", "figure", "2026年要提高到多少？", "农村生活污水治理率提高到52%"),
        P("APc4#3", "figure", "那省级和美乡村示范村2026年要新建几个？", "新创建省级和美乡村示范村30个"),
    )),
    Chat("APc5", "Xucen ledger contact phone and completion rate, then switch to the Tianzhou agriculture notice asking for inspection-rectification figures it does not contain", (
        P("APc5#1", "figure", "溆岑县住房和城乡建设局巡察整改台账的联系电话是多少？", "联系电话：0746-3528170"),
        P("APc5#2", "figure", "这份台账里巡察反馈问题的整改完成率是多少？", "整改完成率为64.3%"),
        P("APc5#3", "negative", "那湉州市农业农村局的2025年工作总结里，巡察反馈问题整改完成率是多少？"),
    )),
)


FORTYEIGHTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AQ1", "list", "澶原省生态环境厅关于中央生态环境保护督察反馈问题整改进展情况的通报里，泚阳市有哪些整改任务滞后了？",
      "泚阳市生活垃圾焚烧发电厂二期工程", "历史遗留矿山生态修复", "泚阳高新技术产业开发区挥发性有机物综合治理", need="all"),
    P("AQ2", "list", "澶原省生态环境厅的督察整改进展通报中，澼源市滞后的那几项任务分别由哪些单位负责？",
      "责任单位：澼源市水利局", "责任单位：澼源化工园区管委会", "责任单位：澼源市生态环境局", need="all"),
    P("AQ3", "list", "澶原省生态环境厅这份中央环保督察整改进展通报，推广了哪几个市的典型经验做法？",
      "浈川市“企业环保管家”服务模式", "泚阳市畜禽粪污“收储运用”一体化", "沘陵市“湖长+检察长+警长”协作机制", need="all"),
    P("AQ4", "list", "澶原省生态环境厅督察整改通报里，澼源市和泚阳市比，两个市各承担了多少整改任务、各完成了多少？",
      "泚阳市承担整改任务38项，已完成24项", "澼源市承担整改任务31项，已完成18项", need="all"),
    P("AQ5", "list", "涢州市溠城区2026年民生实事项目中，区住房和城乡建设局牵头的是哪几项？",
      "老旧小区改造提升工程", "既有住宅加装电梯工程", "背街小巷综合整治工程", need="all"),
    P("AQ6", "list", "溠城区人民政府办公室印发的2026年民生实事项目里，哪些项目的完成时限是2026年10月31日？",
      "社区老年助餐服务扩面工程", "城区停车和充电设施建设", "口袋公园和全民健身设施建设", need="all"),
    P("AQ7", "list", "溠城区2026年民生实事项目表中，有哪些项目是由两个单位共同牵头的？",
      "适龄妇女“两癌”免费筛查", "口袋公园和全民健身设施建设", need="all"),
    P("AQ8", "list", "涢州市溠城区2026年民生实事里，专门面向老年人的项目或内容有哪些？",
      "社区老年助餐服务扩面工程", "特殊困难老年人居家适老化改造", "为辖区65周岁以上老年人免费提供一次健康体检", need="all"),
    # ---- figure ----
    P("AQ9", "figure", "澶原省生态环境厅督察整改进展通报显示，截至2026年3月底5个设区市一共投入了多少整改资金？",
      "5市累计投入整改资金48.6亿元"),
    P("AQ10", "figure", "澶原省生态环境厅通报提到，澼源市自然保护区里需要退出的小水电站一共有多少座？",
      "需退出的小水电站共17座"),
    P("AQ11", "figure", "澶原省生态环境厅关于中央生态环境保护督察整改进展的通报，联系电话是多少？",
      "联系电话：0795-86213457"),
    P("AQ12", "figure", "按澶原省生态环境厅的督察整改通报，各市对已完成任务开展“回头看”自查，自查报告要在什么时候前报送？",
      "于2026年5月31日前形成自查报告报省督察整改办"),
    P("AQ13", "figure", "涢州市溠城区2026年民生实事项目计划总投资里，区级财政资金安排了多少？",
      "其中区级财政资金1.86亿元"),
    P("AQ14", "figure", "溠城区2026年民生实事项目中，既有住宅加装电梯全年计划新开工多少部？",
      "新开工既有多层住宅加装电梯60部"),
    P("AQ15", "figure", "溠城区政府办关于印发2026年民生实事项目的通知，联系人的电话是多少？",
      "联系电话：0722-3258716"),
    P("AQ16", "figure", "溠城区2026年民生实事里的农村供水保障提升工程，要新建改造多少公里供水管网？",
      "新建改造供水管网126公里"),
    # ---- paraphrase ----
    P("AQ17", "paraphrase", "澶原省那份中央环保督察整改进展通报里，哪个市的整改完成得最差、排在最后？",
      "澼源市是本次通报中已完成比例最低的城市", "已完成比例为58.1%，在5市中最低"),
    P("AQ18", "paraphrase", "听说澶原省通报里泚阳有条沟，报了治好之后又变黑变臭了，省里是怎么处理的？",
      "省督察整改办已撤销该任务销号", "城北沟下游约800米河段存在返黑返臭现象"),
    P("AQ19", "paraphrase", "澶原省生态环境厅督察整改通报：要是某项整改实在没法按原定时间完成，市里能申请延期吗？怎么申请？",
      "于2026年5月15日前按程序提出书面申请", "经省督察整改领导小组审核同意后方可调整"),
    P("AQ20", "paraphrase", "澶原省生态环境厅的整改通报里，如果一项整改任务老是拖着落后，市里的领导会被怎么样？",
      "约谈有关市人民政府分管负责同志", "对连续两次被通报滞后的整改任务"),
    P("AQ21", "paraphrase", "我家老人75岁，住在溠城区，去社区的长者食堂吃饭政府每顿能补贴多少钱？",
      "对70周岁以上老年人就餐给予每餐2元补贴"),
    P("AQ22", "paraphrase", "溠城区今年给女同志免费查宫颈癌和乳腺癌，哪个年龄段的能查，到哪里去登记？",
      "35—64周岁适龄妇女", "社区卫生服务中心预约登记"),
    P("AQ23", "paraphrase", "溠城区民生实事里说能办创业贷款，我个人想创业，最多能贷到多少？",
      "个人最高可申请30万元"),
    P("AQ24", "paraphrase", "我们溠城区的老楼单元想装电梯，邻居都同意了，下一步该找谁申请？",
      "向所在街道办事处提出申请", "加装电梯咨询电话：0722-3267350"),
    # ---- negative ----
    P("AQ25", "negative", "澶原省生态环境厅督察整改进展通报里，滏阳市的整改任务完成了多少项？"),
    P("AQ26", "negative", "澶原省生态环境厅通报中提到的泚阳市生活垃圾焚烧发电厂二期工程，总投资是多少钱？"),
    P("AQ27", "negative", "按澶原省生态环境厅的督察整改通报，整改任务滞后的市会被扣减多少省级生态环境专项资金？"),
    P("AQ28", "negative", "溠城区2026年民生实事项目里，老楼加装电梯每部政府补贴多少钱？"),
    P("AQ29", "negative", "涢州市溠城区2025年的民生实事项目最后完成了几项？"),
    P("AQ30", "negative", "溠城区民生实事项目要是没按期完成，牵头单位的主要负责人会受到什么党纪政务处分？"),
)
FORTYEIGHTH_CHATS: tuple[Chat, ...] = (
    Chat("AQc1", "Lagging-task count for one city, switch city with 那X市呢, then follow-up on that city's task by its cause", (
        P("AQc1#1", "figure", "澶原省生态环境厅督察整改进展通报中，泚阳市有几项整改任务滞后？", "滞后任务数量居5市之首"),
        P("AQc1#2", "figure", "那澼源市呢？", "达到序时进度9项，滞后4项"),
        P("AQc1#3", "paraphrase", "它这几项滞后任务里，哪一项是因为补偿没谈拢才拖下来的？", "其余8座因补偿标准未谈妥"),
    )),
    Chat("AQc2", "Rectification funds of one city, switch city, then near-miss negative on resettlement compensation", (
        P("AQc2#1", "figure", "澶原省生态环境厅的中央环保督察整改通报里，浈川市累计投入了多少整改资金？", "累计投入整改资金13.2亿元"),
        P("AQc2#2", "figure", "那沘陵市呢？", "累计投入整改资金11.5亿元"),
        P("AQc2#3", "negative", "沘陵湖退圩还湖要搬迁的养殖户，每户能拿到多少补偿？"),
    )),
    Chat("AQc3", "Projects led by one unit (list), ordinal follow-up on first project's deadline, then negative on the second project's fee", (
        P("AQc3#1", "list", "溠城区2026年民生实事项目里，区教育局牵头的有哪几个项目？",
          "中小学幼儿园学位扩容工程", "课后服务和近视防控提质行动", need="all"),
        P("AQc3#2", "figure", "第一个项目要求什么时候完成？", "2026年8月31日"),
        P("AQc3#3", "negative", "第二个项目里的课后服务，普通家庭一个学期要交多少钱？"),
    )),
    Chat("AQc4", "Elderly meal project figure, pronoun follow-up on coverage, then topic switch to the monthly reporting deadline", (
        P("AQc4#1", "figure", "涢州市溠城区2026年民生实事中，社区长者食堂今年要新建多少个？", "新建社区长者食堂（老年助餐点）18个"),
        P("AQc4#2", "figure", "这个项目要求助餐服务覆盖率达到多少？", "老年助餐服务覆盖率达到85%以上"),
        P("AQc4#3", "figure", "另外问一下，这些民生实事的牵头单位每个月几号前要报进度？", "各牵头单位每月25日前将项目进展情况"),
    )),
    Chat("AQc5", "A city's only lagging task, 'it' follow-up on its deadline, then switch to another city's lagging task", (
        P("AQc5#1", "paraphrase", "澶原省生态环境厅的督察整改通报里，溍州市还有哪项整改没按时完成？", "溍州港散货码头扬尘污染治理"),
        P("AQc5#2", "figure", "它原来要求什么时候完成？现在预计什么时候能完工？", "预计2026年5月底前完工", "于2026年2月底前完成"),
        P("AQc5#3", "paraphrase", "那沘陵市落在后面的是哪一项？", "沘陵湖退圩还湖工程"),
    )),
)


FORTYNINTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AR1", "list", "湳州市医疗保障局关于市委巡察反馈意见整改落实情况的报告里，哪些问题的整改时限写的是“长期坚持”、目前还列为持续推进？", "违规使用医保基金问题仍较突出", "干部队伍建设统筹不够", need="all"),
    P("AR2", "list", "湳州市医保局巡察整改报告中，哪几个反馈问题目前只是“基本完成”整改？", "城乡居民医保参保扩面工作推进不力", "重点岗位轮岗交流不及时", need="all"),
    P("AR3", "list", "湳州市医疗保障局的巡察整改汇总表里，责任科室是办公室的问题有哪些？", "落实全面从严治党主体责任不够有力", "公务接待和公务用车管理不规范", "部分问题整改后出现反弹", need="all"),
    P("AR4", "list", "湳州市医保局巡察整改表中，哪些问题的整改时限是2026年2月底？", "医保信息系统数据安全管理不规范", "公务接待和公务用车管理不规范", "部分党支部未按期换届", need="all"),
    P("AR5", "list", "峣溪县水利局2026年汛期安全度汛通知的附件里，灾害类型为滑坡的山洪灾害危险区有哪些？", "筻口乡青冈村岩脚组", "岽背乡岽背村横排组", "砻坪镇枫木坳村岭背组", "畲田乡蓝家坳村蓝屋组", need="all"),
    P("AR6", "list", "峣溪县水利局关于做好2026年汛期安全度汛工作的通知中，哪些事情要求在5月10日前完成？", "于5月10日前自行组织补训", "须于5月10日前编制完成工程安全度汛方案", "要于5月10日前修订完善本级防汛应急预案", need="all"),
    P("AR7", "list", "峣溪县重点水库“三个责任人”名单里，哪几位技术责任人来自县水库管理中心？", "技术责任人蒲晓岚", "技术责任人欧阳霖", "技术责任人袁佩瑶", need="all"),
    P("AR8", "list", "峣溪县2026年山洪灾害危险区名录中，居住户数超过70户的危险区有哪些？", "枧头镇枧头社区河西片", "岽背乡岽背村圩场片", "砻坪镇砻坪社区滨河片", need="all"),
    # ---- figure ----
    P("AR9", "figure", "湳州市医疗保障局巡察整改中，截至2026年4月30日累计追回医保基金多少万元？", "累计追回医保基金1286.47万元"),
    P("AR10", "figure", "湳州市医保局在基金监管整改中暂停了多少家定点医药机构的医保服务协议？", "暂停医保服务协议19家"),
    P("AR11", "figure", "湳州市门诊慢特病待遇认定的办理时限被压缩到了多少个工作日？", "压缩至15个工作日"),
    P("AR12", "figure", "市委第二巡察组是哪一天向湳州市医疗保障局党组反馈巡察意见的？", "2026年1月16日，市委第二巡察组向局党组反馈"),
    P("AR13", "figure", "峣溪县水利局防汛值班室的电话是多少？", "0745-7328110"),
    P("AR14", "figure", "峣溪县龙栖水库今年的汛限水位是多少米？", "汛限水位186.50米"),
    P("AR15", "figure", "峣溪县石门坳水库安全度汛的行政责任人是谁？", "行政责任人韦崇德"),
    P("AR16", "figure", "峣溪县水利局通知中，2026年的主汛期是从哪天到哪天？", "5月15日至8月31日为主汛期"),
    # ---- paraphrase ----
    P("AR17", "paraphrase", "湳州以前办门诊慢性病报销认定要等一个月，医保局整改以后实际平均多久能办下来？", "平均办理时间缩短至6.8个工作日"),
    P("AR18", "paraphrase", "湳州市医保局有没有把骗医保的案子交给警察去查？交了几条？", "向公安机关移交欺诈骗保案件线索3条"),
    P("AR19", "paraphrase", "湳州医保局有些干部在管钱管审核的岗位上一待好多年，巡察后他们换岗了吗？换了几个人？", "已对11名干部进行轮岗交流"),
    P("AR20", "paraphrase", "湳州市医保局对家里困难交不起医保费的人有帮忙出钱吗？今年帮了多少人？", "资助参保困难群众5.73万人"),
    P("AR21", "paraphrase", "我家在峣溪县山洪危险区里，雨下到多大的时候乡里会通知我们准备撤离？", "1小时降雨量达到40毫米", "由乡镇发布准备转移预警"),
    P("AR22", "paraphrase", "峣溪县的水库要是出了险情，乡镇多快得打电话告诉水利局？", "须在30分钟内电话报告县水利局防汛值班室"),
    P("AR23", "paraphrase", "峣溪县农村的自来水如果被洪水冲坏断了水，水利局要求多长时间内让大家重新有水用？", "要在48小时内恢复供水"),
    P("AR24", "paraphrase", "峣溪县去年发大水的时候，前前后后一共把多少群众撤到了安全的地方？", "累计转移避险群众1.26万人次"),
    # ---- negative ----
    P("AR25", "negative", "湳州市医疗保障局追回的医保基金中，骨科领域违规的金额是多少？"),
    P("AR26", "negative", "湳州市医保局巡察整改报告里，2026年城乡居民医保个人缴费标准是每人多少元？"),
    P("AR27", "negative", "湳州市卫生健康委员会关于市委巡察反馈意见整改情况的报告中，追回了多少违规资金？"),
    P("AR28", "negative", "峣溪县水利局通知中，黄泥垄水库的总库容是多少万立方米？"),
    P("AR29", "negative", "峣溪县2025年汛期山洪灾害造成的直接经济损失是多少？"),
    P("AR30", "negative", "峣溪县水利局通知里，青竹坑水库的巡查责任人是谁？"),
)
FORTYNINTH_CHATS: tuple[Chat, ...] = (
    Chat("ARc1", "Nanzhou medical-insurance rectification: interview count, then elliptical follow-up on terminated agreements, then an unstated breakdown (private hospitals) that must be refused", (
        P("ARc1#1", "figure", "湳州市医疗保障局巡察整改中，约谈了多少家定点医药机构的负责人？", "约谈定点医药机构负责人57家"),
        P("ARc1#2", "figure", "那被解除医保服务协议的有几家？", "解除医保服务协议4家"),
        P("ARc1#3", "negative", "这些被处理的机构里，民营医院有几家？"),
    )),
    Chat("ARc2", "Yaoxi reservoirs: patrol person of one reservoir, then 'its' flood-limit level via pronoun, then 'that other reservoir' elliptically", (
        P("ARc2#1", "figure", "峣溪县水利局汛期通知里，白鹭塘水库的巡查责任人是谁？", "巡查责任人廖老满"),
        P("ARc2#2", "figure", "它的汛限水位是多少？", "汛限水位98.20米"),
        P("ARc2#3", "figure", "那马鞍岭水库呢？", "汛限水位121.40米"),
    )),
    Chat("ARc3", "Yaoxi flash-flood attachment: town totals, then a zone inside that town, then switch to another town's duty phone", (
        P("ARc3#1", "figure", "峣溪县山洪灾害危险区名录里，筻口乡一共有几处危险区、涉及多少人？", "共4处，涉及163户、608人"),
        P("ARc3#2", "figure", "其中黄泥垄村坝下组的群众转移到哪里安置？", "转移安置点为筻口乡敬老院"),
        P("ARc3#3", "figure", "畲田乡的防汛值班电话呢？", "0745-7495527"),
    )),
    Chat("ARc4", "Nanzhou procurement figure, then the responsible office of 'this item', then a switch to the Yaoxi water bureau's stockpile", (
        P("ARc4#1", "figure", "湳州市医保局整改报告里，全市集采药品约定采购量平均完成率达到了多少？", "平均完成率达到118.6%"),
        P("ARc4#2", "figure", "这个问题是由哪个科室负责整改的？", "医药价格和招标采购科"),
        P("ARc4#3", "figure", "换个问题，峣溪县水利局县级防汛物资仓库储备了几艘冲锋舟？", "冲锋舟6艘、发电机组10台"),
    )),
    Chat("ARc5", "Nanzhou transferred leads: count, then disciplinary outcome follow-up, then names of punished persons (not stated, refuse)", (
        P("ARc5#1", "figure", "湳州市医疗保障局的巡察整改报告中，巡察组移交了几件问题线索？", "巡察组移交问题线索6件"),
        P("ARc5#2", "figure", "根据核查，诫勉谈话了几个人？", "诫勉谈话3人"),
        P("ARc5#3", "negative", "被给予党纪处分的那个人叫什么名字，原来是什么职务？"),
    )),
)


FIFTIETH: tuple[Probe, ...] = (
    # ---- list ----
    P("AS1", "list", "湳州市统计局关于2025年度统计督察反馈问题整改情况的通报中，哪些问题目前还处于“正在整改”状态？分别卡在哪里？",
      "剩余6个乡镇（街道）正在通过公开招考", "因申请听证，案件正在履行法定程序", "平台一期已于2026年3月上线试运行", "相差率已降至9.3%", need="all"),
    P("AS2", "list", "湳州市统计局的督察整改通报里，被列为“长期坚持”的是哪几个问题？目前各做到了什么程度？",
      "已在市委党校4个主体班次开设统计法治课程", "全市共对417家企业开展统计执法检查", need="all"),
    P("AS3", "list", "湳州市统计督察整改通报点名了哪些虚报工业或建筑业产值的企业？各虚报了多少？",
      "恒锐精密机械有限公司2024年虚报工业总产值", "虚报工业总产值4826万元", "2024年虚报建筑业总产值2.15亿元", "虚报建筑业总产值6730万元", need="all"),
    P("AS4", "list", "湳州市统计局整改通报里，完成时限定在2025年12月底的问题有哪些？",
      "防范和惩治统计造假、弄虚作假责任制落实不到位", "部分规模以上工业企业虚报产值问题突出", "个别乡镇干部指使企业虚报统计数据", "基本单位名录库更新不及时", need="all"),
    P("AS5", "list", "峣原县林业局《2026年森林防火和林长制工作要点》中，县林业局森林防火股作为责任单位的任务有哪些？",
      "开展野外火源专项治理", "推进计划烧除和隔离带建设", "完善林区防火道路网络", need="all"),
    P("AS6", "list", "峣原县2026年森林防火和林长制工作要点规定了哪几种举报奖励？各奖多少钱？",
      "给予举报人200元奖励", "给予首报人500元奖励", "给予举报人3000元奖励", need="all"),
    P("AS7", "list", "峣原县林业局工作要点的县级林长责任区表里，由县委常委担任林长的有哪几位，职务分别是什么？",
      "县委常委、常务副县长、县副总林长", "县委常委、组织部部长", "县委常委、宣传部部长", need="all"),
    P("AS8", "list", "峣原县2026年半专业森林扑火队一览表中，队员人数超过32人的是哪几支队伍？值班电话是多少？",
      "0716-5580413", "0716-5613358", "0716-5648821", need="all"),
    # ---- figure ----
    P("AS9", "figure", "湳州市2025年统计督察中，督察组对县乡领导干部做的统计法律知识测试合格率是多少？", "合格率仅为71%"),
    P("AS10", "figure", "湳州市因统计造假问题追责问责的人员中，被诫勉谈话的有几人？", "诫勉谈话9人"),
    P("AS11", "figure", "湳州市统计局通报中，“湳州统计云”数据平台项目总投资多少？", "项目总投资460万元"),
    P("AS12", "figure", "湳州市统计督察整改中，全市联网直报企业账号密码重置是哪天全部完成的？", "已于2026年1月20日全部完成"),
    P("AS13", "figure", "峣原县林业局2026年工作要点对森林火灾受害率的控制目标是多少？", "森林火灾受害率控制在0.8‰以内"),
    P("AS14", "figure", "峣原县2026年的森林高火险期是从哪天到哪天？", "2026年2月1日至4月30日为森林高火险期"),
    P("AS15", "figure", "峣原县林业局工作要点的县级林长责任区表中，国有崟峰林场责任区面积是多少亩？", "142870"),
    P("AS16", "figure", "峣原县县财政2026年给森林防火和林长制工作安排了多少专项经费？", "专项经费860万元"),
    # ---- paraphrase ----
    P("AS17", "paraphrase", "我在湳州开了家小工厂，听说统计局要加大查数据的力度，按湳州统计局的说法以后每年会抽查多大比例的企业？",
      "执法检查覆盖率不低于调查对象总数的8%"),
    P("AS18", "paraphrase", "湳州那边乡镇统计员拿着企业的账号替企业填报表，统计局后来用什么办法堵住这个口子？",
      "对全市联网直报企业账号密码全部进行重置", "启用联网直报平台登录IP地址监测功能"),
    P("AS19", "paraphrase", "湳州市统计局查到有人统计违法的线索，最晚多少天内要交给纪委？", "15个工作日内完成移送"),
    P("AS20", "paraphrase", "湳州的乡镇统计员老是换人，统计督察整改后规定干满多久才能换岗？", "任职未满3年的原则上不得调整岗位"),
    P("AS21", "paraphrase", "峣原县清明上坟那段时间山上防火管得特别严吗？具体是哪几天，坟山那边有没有人守着？",
      "清明节前后的3月28日至4月8日", "186个重点公益性公墓和集中坟区"),
    P("AS22", "paraphrase", "我是峣原县的农民，防火期里想在山脚下把稻草秸秆烧掉，要找谁批？", "须经乡镇人民政府批准"),
    P("AS23", "paraphrase", "在峣原县爬山时看见山上冒烟着火了，该打哪个电话报警？", "森林火情报警电话12119", "0716-5523119"),
    P("AS24", "paraphrase", "峣原县那些当县级林长的领导，多久得亲自上山转一圈？", "县级林长每季度巡林不少于1次"),
    # ---- negative ----
    P("AS25", "negative", "湳州市统计局通报里，湳州市汇隆商贸有限公司最终被罚款多少钱？"),
    P("AS26", "negative", "湳州市统计督察整改通报中，湳东区岜口镇被授意虚报产值的3家企业叫什么名字？"),
    P("AS27", "negative", "湳州市统计局整改通报里，溦水县统计局局长是谁？"),
    P("AS28", "negative", "峣原县林业局2026年工作要点里，生态护林员每人每年的补助标准是多少？"),
    P("AS29", "negative", "峣原县2025年底实际的森林覆盖率是多少？"),
    P("AS30", "negative", "峣原县应急管理局2026年防汛抗旱工作要点规定的主汛期是哪几个月？"),
)
FIFTIETH_CHATS: tuple[Chat, ...] = (
    Chat("ASc1", "fines per named enterprise, follow-up by short company name, then the total over all six", (
        P("ASc1#1", "figure", "湳州市统计局督察整改通报里，恒锐精密机械有限公司被罚了多少钱？", "恒锐精密机械有限公司处以罚款15万元"),
        P("ASc1#2", "figure", "那鼎沅新材料那家呢？", "处以罚款9.8万元"),
        P("ASc1#3", "figure", "这6家工业企业一共罚了多少？", "累计罚款53.4万元"),
    )),
    Chat("ASc2", "problem 10 (tax vs statistics data gap): before, now, and who is responsible", (
        P("ASc2#1", "figure", "湳州市统计督察整改通报里，2024年企业增值税开票销售额和统计部门工业销售产值相差多少？", "相差率达26.8%"),
        P("ASc2#2", "figure", "现在降到多少了？", "相差率已降至9.3%"),
        P("ASc2#3", "figure", "这个问题由哪些单位负责整改？", "市统计局综合科，市税务局，国网湳州供电公司"),
    )),
    Chat("ASc3", "county forest chief table lookups by town, then a negative on town-level chief not in the notice", (
        P("ASc3#1", "figure", "峣原县林业局2026年工作要点里，崆水乡这个县级林长责任区面积多少亩？", "196540"),
        P("ASc3#2", "figure", "那峪溪乡的县级林长是什么职务？", "副县长、县公安局局长"),
        P("ASc3#3", "negative", "峪溪乡的乡级林长是谁？"),
    )),
    Chat("ASc4", "fire-report rewards: first-report amount, who pays, then last year's total payout (not stated)", (
        P("ASc4#1", "figure", "按峣原县林业局的工作要点，第一个报告森林火情的群众能拿多少奖励？", "给予首报人500元奖励"),
        P("ASc4#2", "figure", "这些奖励的钱由谁发？", "由县林业局统一兑付"),
        P("ASc4#3", "negative", "去年全县一共发了多少举报奖励？"),
    )),
    Chat("ASc5", "峣原 2025 fire record then switch agency to 湳州 statistics complaints", (
        P("ASc5#1", "figure", "峣原县林业局工作要点里说2025年全县发生了几起森林火灾？", "全年共发生一般森林火灾2起"),
        P("ASc5#2", "figure", "受害森林面积有多少？", "受害森林面积31.5亩"),
        P("ASc5#3", "figure", "换个问题，湳州市统计局督察整改期间一共受理了多少件统计违法举报？", "共受理统计违法举报线索21件"),
    )),
)


FIFTYFIRST: tuple[Probe, ...] = (
    # ---- list ----
    P("AT1", "list", "溁州市公安局交警支队关于道路交通安全隐患排查整治情况的通报里，挂牌督办的路段中哪些被列为“长期整改”？",
      "乡道Y021线新桥段", "S209省道洨河县城入口段", need="all"),
    P("AT2", "list", "溁州市交警支队隐患排查整治通报中，湫坪区有哪几处挂牌督办的隐患路段？",
      "环城北路与凤栖大道交叉口", "学府路市第七中学门前路段", "凤栖大道农贸市场路口", need="all"),
    P("AT3", "list", "溁州市公安局交通警察支队在隐患排查整治通报的“下一步工作”里，冬季酒驾整治、源头治超、考核问责分别由支队哪个部门牵头？",
      "此项工作由支队秩序管理科牵头", "此项工作由支队车辆和驾驶人管理所牵头", "此项工作由支队警务督察大队牵头", need="all"),
    P("AT4", "list", "溁州交警支队“清源”专项行动综合考评中，排名前三的区县是哪几个？",
      "第一名：湫坪区", "第二名：濎东区", "第三名：潵湾区", need="all"),
    P("AT5", "list", "溁州市交警支队的隐患排查整治通报通报了哪几起典型事故？",
      "小型客车坠水事故", "电动三轮车与货车相撞事故", "货车右转碾压行人事故", need="all"),
    P("AT6", "list", "嵚阳市财政局2025年度部门预算绩效评价结果通报中，哪些部门的评价等级为“优”？",
      "部分基层医疗设备购置项目验收滞后", "职业技能培训补贴发放进度偏慢", "满意度调查样本覆盖面偏窄", need="all"),
    P("AT7", "list", "嵚阳市财政局的绩效评价通报中，除了农业农村局和工信局，还有哪些部门被发现资金闲置？",
      "老旧小区改造配套资金闲置371.6万元", "外贸发展专项资金因申报企业不足", "林业有害生物防治资金因防治作业招标延迟", need="all"),
    P("AT8", "list", "嵚阳市财政局通报的评价等级为“差”的重点项目里，哪些属于市工业和信息化局？",
      "执行率低，扶持对象筛选标准不明确", "绩效目标未量化，扶持效果无法评估", "工业互联网平台建设补助", need="all"),
    # ---- figure ----
    P("AT9", "figure", "溁州市交警支队“清源”专项行动共排查发现多少处道路交通安全隐患？",
      "共排查发现各类道路交通安全隐患412处"),
    P("AT10", "figure", "溁州市交警支队通报中，行动期间查处醉酒驾驶多少起？",
      "其中醉酒驾驶683起"),
    P("AT11", "figure", "溁州交警支队隐患整治通报里，超载100%以上的严重超载车辆有多少辆？",
      "严重超载车辆211辆"),
    P("AT12", "figure", "溁州市交警支队就峤口县汽车客运站出口隐患向峤口县人民政府发出的督办函文号是什么？",
      "溁公交函〔2025〕31号"),
    P("AT13", "figure", "溁州市交警支队隐患排查整治通报的联系人电话是多少？",
      "0738-5126904"),
    P("AT14", "figure", "嵚阳市财政局2025年度部门预算绩效评价中，22个市直部门的平均得分是多少？",
      "22个市直部门平均得分为80.07分"),
    P("AT15", "figure", "嵚阳市财政局通报中，市工业和信息化局整个部门的项目支出预算执行率是多少？",
      "市工业和信息化局项目支出预算执行率为58.4%"),
    P("AT16", "figure", "嵚阳市财政局通报里，市林业局闲置的无人机监测设备账面价值多少？",
      "账面价值327.6万元"),
    # ---- paraphrase ----
    P("AT17", "paraphrase", "溁州这次交警整治，因为喝酒开车被收走驾照的人有多少？",
      "依法吊销机动车驾驶证397本"),
    P("AT18", "paraphrase", "我孩子在溁州七中读书，交警说校门口那段路整改了，到底做了些什么？",
      "施划彩色人行横道，设置护学岗和家长临时停车区"),
    P("AT19", "paraphrase", "溁州交警冬天专门抓喝酒开车的那个行动，从哪天搞到哪天？",
      "2025年11月1日至2026年2月28日"),
    P("AT20", "paraphrase", "溁州交警通报里说农村路上的摄像头装得怎么样，以后要装到多少？",
      "全市农村道路视频监控覆盖率仅为31.7%", "将农村道路视频监控覆盖率提高到50%以上"),
    P("AT21", "paraphrase", "嵚阳财政局说工信局扶持数字经济那笔钱目标写得不行，具体是哪里不行？",
      "未设定培育企业数量、产值增长等量化指标"),
    P("AT22", "paraphrase", "嵚阳市财政局评价里，哪个单位给自己打的分和财政局打的分差得最多？差了多少？",
      "与财政重点评价得分相差35.7分", "市农业农村局自评得分为93分"),
    P("AT23", "paraphrase", "嵚阳各部门放着没花的钱，财政局说要收回去吗？啥时候收？",
      "于2026年4月30日前全额收回市级财政统筹使用"),
    P("AT24", "paraphrase", "听说嵚阳商务局办展会的补贴有人领了两回，涉及多少钱？",
      "涉及资金186.4万元"),
    # ---- negative ----
    P("AT25", "negative", "溁州市交警支队通报中，酒后驾驶查处量同比上升了多少个百分点？"),
    P("AT26", "negative", "溁州交警支队通报的S316省道黛岭村至石门坳段护栏工程，中标施工单位是哪家公司？"),
    P("AT27", "negative", "溁州市交警支队2024年道路交通安全隐患排查整治通报共发现了多少处隐患？"),
    P("AT28", "negative", "嵚阳市财政局通报中，评为“优”的市教育局2027年度预算具体增加多少？"),
    P("AT29", "negative", "嵚阳市财政局为这次部门预算绩效评价向第三方机构支付了多少评价费用？"),
    P("AT30", "negative", "嵚阳市审计局关于2025年度市级预算执行的审计工作报告指出了哪些问题？"),
)
FIFTYFIRST_CHATS: tuple[Chat, ...] = (
    Chat("ATc1", "follow-up on one table row of the Yingzhou traffic-police notice (measure, then 'it' responsible unit), then switch to another row by name", (
        P("ATc1#1", "figure", "溁州交警支队隐患通报里，G237国道K112+300至K118+650段是怎么整改的？",
          "增设避险车道1处，设置减速标线和爆闪警示灯"),
        P("ATc1#2", "figure", "它的责任单位是谁？", "市公路事业发展中心、嵖山大队"),
        P("ATc1#3", "figure", "那渡头隧道那段采取了什么措施？", "更换隧道LED灯具，洞口增设减光棚"),
    )),
    Chat("ATc2", "speeding count, elliptical follow-up for the severe subset, then a detail the notice does not state (total fine amount)", (
        P("ATc2#1", "figure", "溁州市交警支队通报的行动期间一共查处了多少起超速？", "全市共查处超速违法行为41362起"),
        P("ATc2#2", "figure", "其中严重超速的呢？", "严重超速1874起"),
        P("ATc2#3", "negative", "这些超速违法一共罚了多少钱？"),
    )),
    Chat("ATc3", "Qinyang finance bureau: lowest-scoring department, 'its' budget cut, then '那X呢' for another department's cut", (
        P("ATc3#1", "figure", "嵚阳市财政局这次部门预算绩效评价，得分最低的是哪个部门？", "得分最低的是市工业和信息化局"),
        P("ATc3#2", "figure", "它2027年的项目预算要扣减多少？", "按20%比例扣减"),
        P("ATc3#3", "figure", "那市城市管理局呢？", "一般性项目支出预算按8%比例扣减"),
    )),
    Chat("ATc4", "rectification deadlines in the Qinyang notice: plan deadline, '那…呢' for completion report, then contact phone", (
        P("ATc4#1", "figure", "嵚阳市财政局绩效评价通报要求各部门什么时候之前报整改方案，报给谁？",
          "将整改方案报送市财政局预算绩效管理科"),
        P("ATc4#2", "figure", "那整改完成情况什么时候报？", "整改完成情况于2026年9月30日前书面报送"),
        P("ATc4#3", "figure", "有问题找谁，电话多少？", "0743-8627150"),
    )),
    Chat("ATc5", "Yingzhou table row status then responsible unit ('这个路段'), then explicit switch to the Qinyang finance notice", (
        P("ATc5#1", "figure", "溁州交警支队通报里，经开区物流园周边道路的隐患采取了什么整改措施？",
          "建设临时货车停车场，增设道路照明"),
        P("ATc5#2", "figure", "这个路段的责任单位是谁？", "经开区管委会"),
        P("ATc5#3", "paraphrase", "换个问题，嵚阳市财政局的通报说市退役军人事务局的项目绩效指标有什么毛病？",
          "与项目帮扶就业的核心目标不相符"),
    )),
)


FIFTYSECOND: tuple[Probe, ...] = (
    # ---- list ----
    P("AU1", "list", "浰川县磜头镇党委的县委巡察反馈意见整改工作台账里，完成时限写的是“长期坚持”的问题有哪几个？",
      "“第一议题”制度落实不到位", "全面从严治党主体责任传导不够", "溪口村2025年下半年未按季度公开财务收支", "农村人居环境整治成效不稳固", need="all"),
    P("AU2", "list", "磜头镇巡察整改台账中，民生保障类问题里已经完成整改的有哪些？分别做到了什么程度？",
      "复核低保对象386户", "埠前村补贴资金已全额发放到户", "补挂光荣牌17块", need="all"),
    P("AU3", "list", "浰川县磜头镇巡察整改台账里，责任站所是纪委（监察办）的问题有哪些？",
      "对分管站所廉政风险排查流于形式", "镇纪委监督执纪“探头”作用发挥不充分", "溪口村2025年下半年未按季度公开财务收支", "岙背村机耕路项目未经招投标直接发包", need="all"),
    P("AU4", "list", "磜头镇党委巡察整改台账中，点名涉及竹篙岭村的问题和整改有哪些？",
      "竹篙岭村有3名外出党员", "实施蕉坑村、竹篙岭村供水管网改造工程", "竹篙岭村屋顶光伏", need="all"),
    P("AU5", "list", "磜头镇巡察整改台账里，副镇长樊立川作为责任领导的整改事项有哪些，各自进展如何？",
      "新建蓄水池2座", "排查生产经营单位146家", "已拆除违法建筑3宗", need="all"),
    P("AU6", "list", "洧阳县审计局关于2025年度县本级预算执行审计查出问题整改情况的报告中，尚未整改到位的问题里哪些计划在2026年12月底前完成？",
      "计划于2026年12月底前全部完成确权登记", "计划于2026年12月底前完成核销", need="all"),
    P("AU7", "list", "洧阳县审计局的整改报告里，县本级财政管理、县级部门预算执行、国有企业这三块审计分别建立完善了多少项制度？",
      "县财政局建立完善制度6项", "相关部门建立完善制度12项", "该集团建立完善制度7项", need="all"),
    P("AU8", "list", "洧阳县审计局报告的尚未整改到位问题中，计划到2027年才能完成的有哪些，各自的时间节点是什么？",
      "计划于2027年3月底前完成整改", "计划于2027年6月底前完成整改", "计划于2027年4月底前完成竣工财务决算", "计划于2027年2月底前全部投入运营", need="all"),
    # ---- figure ----
    P("AU9", "figure", "对浰川县磜头镇巡察整改工作有意见，联系电话是多少？", "0578-6231047"),
    P("AU10", "figure", "县委第二巡察组是哪天向磜头镇党委反馈巡察意见的？", "并于2026年2月27日向镇党委反馈了巡察意见"),
    P("AU11", "figure", "磜头镇巡察整改中网格重新划分后，配备了多少名专职网格员？", "配备专职网格员61名"),
    P("AU12", "figure", "磜头镇上垟村门面房重新公开招租后，年租金变成了多少？", "年租金由原来的1.8万元提高到3.1万元"),
    P("AU13", "figure", "洧阳县审计局报告说2025年度审计工作报告一共反映了多少个问题？", "2025年度审计工作报告反映问题146个"),
    P("AU14", "figure", "洧阳县城市建设投资集团下属子公司未经董事会审议向民营企业出借了多少资金？", "向民营企业出借资金6,500万元"),
    P("AU15", "figure", "洧阳县审计局审计的3个重大投资项目，施工单位一共多计了多少工程价款？", "多计工程价款2,146万元"),
    P("AU16", "figure", "洧阳县审计指出全县行政事业单位闲置房产有多少处、多大面积？", "闲置房产12处、面积1.93万平方米"),
    # ---- paraphrase ----
    P("AU17", "paraphrase", "我是浰川县磜头镇石壁村的，村里养殖场往溪里直接排污水的事被县委巡察点了名，现在弄好了没有？",
      "2家养殖场已建成沼气池及污水处理设施"),
    P("AU18", "paraphrase", "磜头镇巡察整改以后，村里花钱多少以上就不许再付现金了？", "村级单笔支出超过2000元一律转账支付"),
    P("AU19", "paraphrase", "在浰川县磜头镇便民服务中心事情办不下来，现在有专门投诉的地方吗？",
      "设立“办不成事”反映窗口", "“办不成事”反映窗口已于3月18日启用"),
    P("AU20", "paraphrase", "磜头镇有些人家里条件早就好了还在吃低保，巡察之后镇里是怎么处理的？", "停发低保7户，新纳入低保3户"),
    P("AU21", "paraphrase", "听说洧阳县审计查出给已经去世的老人还在发高龄补贴，这钱追回来了吗？", "高龄津贴23.6万元"),
    P("AU22", "paraphrase", "洧阳县审计局说的城北污水处理厂二期，最后的账算清楚了没有？", "已于9月完成竣工财务决算审核"),
    P("AU23", "paraphrase", "洧阳县洧水综合治理工程欠施工队的钱给了吗，工人工资有没有着落？", "其中农民工工资专用账户拨付1,084万元"),
    P("AU24", "paraphrase", "洧阳县城投集团借给民营企业的钱还有多少没要回来，打算怎么办？",
      "对剩余3,800万元已向县人民法院提起诉讼", "对外出借的剩余资金3,800万元"),
    # ---- negative ----
    P("AU25", "negative", "磜头镇巡察整改台账里，蕉坑村和竹篙岭村供水管网改造工程总投资是多少万元？"),
    P("AU26", "negative", "到浰川县磜头镇开展常规巡察的县委第二巡察组组长叫什么名字？"),
    P("AU27", "negative", "磜头镇2024年公务接待费用一共花了多少钱？"),
    P("AU28", "negative", "洧阳县审计局关于2024年度县本级预算执行审计查出问题整改情况的报告里，已整改问题金额是多少？"),
    P("AU29", "negative", "洧阳县城北污水处理厂二期工程的总投资是多少？"),
    P("AU30", "negative", "洧阳县人大常委会对2025年度审计查出问题整改情况进行满意度测评，结果满意率是多少？"),
)
FIFTYSECOND_CHATS: tuple[Chat, ...] = (
    Chat("AUc1", "town ledger: village-specific problem, then 'that village' other problem, then its audit figure", (
        P("AUc1#1", "figure", "浰川县磜头镇巡察整改台账里，岙背村违规发展党员的问题是怎么整改的？", "岙背村2名预备党员已延长预备期并补充政审"),
        P("AUc1#2", "paraphrase", "那这个村还有别的问题被巡察点名吗？", "岙背村机耕路项目未经招投标直接发包"),
        P("AUc1#3", "figure", "这个项目审计后核减了多少工程款？", "岙背村机耕路项目经审计核减工程款3.2万元"),
    )),
    Chat("AUc2", "town ledger: collective economy row, follow-up figure, then names not given (negative)", (
        P("AUc2#1", "figure", "磜头镇巡察整改台账中，村级集体经济发展后劲不足这个问题现在确定了多少投资的增收项目？", "总投资437万元"),
        P("AUc2#2", "figure", "那全镇集体经营性收入低于10万元的村有几个？", "全镇仍有4个村集体经营性收入低于10万元"),
        P("AUc2#3", "negative", "这几个村分别是哪几个村？"),
    )),
    Chat("AUc3", "county audit report: section totals, then '那…呢' switching audited area twice", (
        P("AUc3#1", "figure", "洧阳县审计局整改情况报告中，县本级财政管理方面审计指出了多少个问题？", "审计指出县本级财政管理方面问题18个"),
        P("AUc3#2", "figure", "那国有企业审计那一块问题金额是多少？", "问题金额2.04亿元"),
        P("AUc3#3", "figure", "行政事业性国有资产管理这块整改了多少金额？", "整改金额0.41亿元"),
    )),
    Chat("AUc4", "audit report elderly-care funds, follow-up, then switch to the town ledger's elderly-care row", (
        P("AUc4#1", "figure", "洧阳县审计局报告里，养老服务资金方面审计指出的问题金额是多少？", "审计指出问题金额1,362万元"),
        P("AUc4#2", "paraphrase", "村里建好了没用起来的居家养老服务站，后来盘活了几个？", "通过公建民营方式盘活其中6个"),
        P("AUc4#3", "paraphrase", "浰川县磜头镇巡察整改台账里养老服务设施闲置又是怎么整改的？", "已与浰川县颐康养老服务有限公司签订运营协议"),
    )),
    Chat("AUc5", "town ledger: list by responsible office, 'the first one' progress, then unstated date (negative)", (
        P("AUc5#1", "list", "磜头镇巡察整改台账里，责任站所是社会治理服务中心的问题有哪些？",
          "樟树湾村土地流转纠纷久拖未决", "网格化管理作用发挥不充分", need="all"),
        P("AUc5#2", "figure", "第一个问题现在进展到哪一步了？", "已召开信访听证会1次"),
        P("AUc5#3", "negative", "那次听证会具体是哪天开的？"),
    )),
)


FIFTYTHIRD: tuple[Probe, ...] = (
    # ---- list ----
    P("AV1", "list", "溦川县人力资源和社会保障局2026年工作要点里，哪些任务的完成时限是6月底前？",
      "全面落实就业优先政策", "推动城乡居民养老保险提质增效", "抓好巡察反馈问题整改", need="all"),
    P("AV2", "list", "溦川县人社局2026年工作要点中，由劳动关系股作为责任股室牵头的任务有哪些？",
      "健全劳动关系协调机制", "落实最低工资标准调整", need="all"),
    P("AV3", "list", "溦川县人力资源和社会保障局今年的工作要点，县劳动保障监察大队是哪几项任务的责任单位？",
      "持续推进根治欠薪工作", "加强劳动保障监察执法", need="all"),
    P("AV4", "list", "溦川县人社局2026年工作要点里，责任股室写的是局办公室的任务都有哪些？",
      "加强干部队伍建设", "做好政策宣传和舆情应对", "12333人社服务热线接通率达到88%以上", need="all"),
    P("AV5", "list", "沭溪市人民政府督查室2026年一季度综合督查通报中，被评为“一般”等次的镇（街道）各自的主要问题是什么？",
      "一季度无新签约亿元以上项目，招商线索转化率低", "3处经营性自建房安全隐患未按期整改到位",
      "2座农村生活污水处理设施停运", "信访积案化解进度慢", need="all"),
    P("AV6", "list", "沭溪市政府督查室一季度督查通报对哪些单位的做法予以通报表扬？",
      "市水利局超前谋划安全度汛工作", "凤栖街道创新民生实事", "市交通运输局推动城乡公交一体化提质", need="all"),
    P("AV7", "list", "沭溪市一季度综合督查暗访问题清单里，哪些问题被扣了2分？",
      "市场内垃圾清运不及时，排水沟堵塞发臭", "设施停运，污水直排附近沟渠",
      "服务大厅无人值守，咨询电话长时间无人接听", need="all"),
    P("AV8", "list", "沭溪市人民政府督查室列出的一季度推进滞后的市级重点项目，分别是因为什么原因滞后的？",
      "沿线17户房屋征迁协议尚未签订", "冷库设备采购招标两次流标", "林地占用审批手续尚在办理", need="all"),
    # ---- figure ----
    P("AV9", "figure", "溦川县人社局2026年计划全年发放各类就业补助资金不少于多少？", "全年发放各类就业补助资金不少于1860万元"),
    P("AV10", "figure", "溦川县人力资源和社会保障局2026年要新增发放多少创业担保贷款？", "全年新增发放创业担保贷款1.2亿元"),
    P("AV11", "figure", "溦川县人社局2026年工作要点的联系人电话是多少？", "0739-6218347"),
    P("AV12", "figure", "溦川县人社局2026年工作要点中，工伤保险参保人数的目标是净增多少？", "工伤保险参保人数净增1300人"),
    P("AV13", "figure", "沭溪市政府督查室通报里，一季度全市新签约亿元以上项目的协议总投资是多少？", "协议总投资86.5亿元"),
    P("AV14", "figure", "沭溪市2026年一季度综合督查中，市商务局的外贸进出口额同比下降了多少？", "外贸进出口额同比下降11.4%"),
    P("AV15", "figure", "沭溪市人民政府督查室要求各单位什么时候之前报送一季度督查问题的整改情况？", "于5月12日前将整改情况书面报送市政府督查室"),
    P("AV16", "figure", "沭溪市一季度重点工作综合督查的第三督查组组长是谁？", "市发展和改革局副局长 蒋立群"),
    # ---- paraphrase ----
    P("AV17", "paraphrase", "我今年大学毕业还没找到工作，溦川县人社局对我们这种没就业的毕业生具体会怎么帮？",
      "1个就业意向、3次岗位推荐、1次职业指导"),
    P("AV18", "paraphrase", "在溦川县打零工的人以后有没有固定地方找活干？人社局打算弄几个这样的点？",
      "建成零工市场（驿站）5家"),
    P("AV19", "paraphrase", "溦川县人社局说退休老人领养老金以后不用本人跑去认证了，这种不用露面的认证要覆盖多大比例？",
      "静默认证比例达到85%"),
    P("AV20", "paraphrase", "在溦川县工地干活被老板拖欠工钱，去人社部门投诉的话一般多久能处理完？",
      "一般欠薪案件办结时间压缩至15个工作日以内"),
    P("AV21", "paraphrase", "在溦川县打按小时算钱的兼职，老板一小时最少得给多少钱？",
      "非全日制用工小时最低工资标准为每小时20.5元"),
    P("AV22", "paraphrase", "沭溪市政府这次一季度督查，哪个镇考得最差还被点名批评了？",
      "鉴于龙窝镇、市商务局本次督查评分为", "龙窝食品产业园标准厂房项目停工近两个月"),
    P("AV23", "paraphrase", "听说沭溪市现在企业拿到地就能马上开工，审批时间比以前少了多少天？",
      "由原来的45个工作日压缩至12个工作日"),
    P("AV24", "paraphrase", "沭溪市的单位要是连着两回督查都考得很差，领导会被怎么处理？",
      "由市委组织部对主要负责人进行组织调整或提醒谈话"),
    # ---- negative ----
    P("AV25", "negative", "溦川县人社局2026年举办的第五届职业技能大赛，各赛项第一名的奖金是多少钱？"),
    P("AV26", "negative", "溦川县人社局2026年工作要点里，城乡居民基础养老金提标后每人每月总共能领多少元？"),
    P("AV27", "negative", "溦川县人力资源和社会保障局2025年工作总结中，全年城镇新增就业实际完成了多少人？"),
    P("AV28", "negative", "沭溪市人民政府督查室二季度重点工作督查的评分结果是怎样的？哪个镇排第一？"),
    P("AV29", "negative", "沭溪市一季度督查通报中被约谈的龙窝镇党委书记叫什么名字？"),
    P("AV30", "negative", "沭溪市政府督查室一季度综合督查中，市卫生健康委员会的督查得分和等次是多少？"),
)
FIFTYTHIRD_CHATS: tuple[Chat, ...] = (
    Chat("AVc1", "Follow-up on one task of the 溦川 HR bureau work plan: total recruits, then a sub-figure, then its deadline via 'this task'", (
        P("AVc1#1", "figure", "溦川县人社局2026年工作要点中，事业单位公开招聘计划招多少人？", "计划招聘工作人员210名"),
        P("AVc1#2", "figure", "那其中卫生专业技术人员招多少？", "卫生专业技术人员55名"),
        P("AVc1#3", "figure", "这项招聘任务要求什么时候完成？", "完成时限：7月底前"),
    )),
    Chat("AVc2", "List tasks led by one office, drill into one of them, then ask an unstated figure (must refuse)", (
        P("AVc2#1", "list", "溦川县人力资源和社会保障局2026年工作要点里，人才开发股牵头负责哪些任务？",
          "深化职称制度改革", "搭建高层次人才创新平台", "加强人事考试管理", need="all"),
        P("AVc2#2", "figure", "职称那项工作，今年新增中级以上职称人才的目标是多少？", "全年新增中级以上职称专业技术人才480人"),
        P("AVc2#3", "negative", "那正高级职称今年计划评审通过多少人？"),
    )),
    Chat("AVc3", "Score-table row of one department in the 沭溪 inspection report, then 'its' lagging project, then switch to another department", (
        P("AVc3#1", "figure", "沭溪市人民政府督查室2026年一季度督查通报里，市住房和城乡建设局的主要问题是什么？", "城区雨污分流改造工程进度滞后计划15%"),
        P("AVc3#2", "paraphrase", "它牵头的这个工程具体卡在什么地方了？",
          "管网施工与道路开挖协调不畅，东城片区反复开挖", "东城片区3条道路施工反复开挖"),
        P("AVc3#3", "figure", "那市自然资源和规划局呢？它被指出的问题是什么？",
          "2件市长督办件超期未办结", "安置小区不动产权证办理的督办件已超期31天"),
    )),
    Chat("AVc4", "Average scores of towns vs departments in the 沭溪 report, then a comparison the report gives only for departments (must refuse)", (
        P("AVc4#1", "figure", "沭溪市政府督查室一季度综合督查中，12个镇（街道）的平均得分是多少？", "12个镇（街道）平均得分83.7分"),
        P("AVc4#2", "figure", "市直部门的平均分呢？", "12个市直部门平均得分84.7分"),
        P("AVc4#3", "negative", "那镇（街道）的平均分跟2025年四季度督查相比变化了多少？"),
    )),
    Chat("AVc5", "Figure and deadline from the 溦川 HR work plan, then switch to the 沭溪 inspection report", (
        P("AVc5#1", "figure", "溦川县人社局2026年要新建几家省级专家工作站？", "新建省级专家工作站1家"),
        P("AVc5#2", "figure", "这项任务的完成时限是什么时候？", "完成时限：次年1月"),
        P("AVc5#3", "figure", "换个问题，沭溪市人民政府督查室的通报说要把受表扬单位的经验编进哪一期刊物？", "编入《沭溪督查》2026年第3期"),
    )),
)


FIFTYFOURTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AW1", "list", "崟川县卫生健康局关于县委第二巡察组反馈意见整改进展情况的通报中，哪些问题目前的进展状态是“持续推进”？分别进展到什么程度？",
      "柳塅乡卫生院正在补齐口腔科、康复医学科设置", "对引进的硕士研究生给予每人10万元安家补助", need="all"),
    P("AW2", "list", "崟川县卫生健康局巡察整改进展通报里，被列为“长期坚持”的是哪几个问题？目前做了些什么？",
      "与二级单位主要负责人开展谈心谈话21人次", "全县医务人员已签订拒收“红包”承诺书2913份", need="all"),
    P("AW3", "list", "崟川县卫生健康局的巡察整改进展通报中，状态为“基本完成”的问题有哪些？各自还差什么没做完？",
      "县中医医院系统尚在调试，预计2026年7月上线", "目前正在考察，预计2026年7月底前到岗", "已化解乡镇卫生院历史债务872万元", need="all"),
    P("AW4", "list", "崟川县卫生健康局县委巡察整改通报里，由规划财务股牵头负责整改的是哪些问题？",
      "彩色多普勒超声诊断仪价格高出同期同类设备约18%", "下属县妇幼保健院违规发放绩效奖金13.8万元",
      "全县乡镇卫生院尚有历史债务1046万元", "尚有5个问题未整改到位", need="all"),
    P("AW5", "list", "崟川县卫生健康局巡察整改进展通报中，整改时限定在2026年3月31日前的是哪几个问题？",
      "2024年全县高血压患者规范管理率仅为58.6%", "3批次公务接待无公函", need="all"),
    P("AW6", "list", "滘州市城市管理局专题会议纪要（〔2026〕第11期）的议定事项中，由市城市管理综合行政执法支队牵头的有哪些？",
      "逐户建立台账，实行“一店一档”销号管理", "每日18时至23时开放，试行期6个月", "年内实现一线执法人员执法记录仪配备率100%", need="all"),
    P("AW7", "list", "滘州市城市管理局关于燃气管道老化更新改造和汛期城市运行安全的专题会议纪要里，市容景观科牵头的议定事项是哪几项？",
      "从2026年城市维护费中统筹安排1850万元", "检测不合格的一律拆除", need="all"),
    P("AW8", "list", "滘州市城市管理局这次专题会议，滘城区、沥南区、榄湾区的城管部门分别是谁来列席的？",
      "滘城区城市管理局副局长", "沥南区城市管理局局长", "榄湾区城市管理和综合执法局副局长", need="all"),
    # ---- figure ----
    P("AW9", "figure", "崟川县卫生健康局巡察整改通报中，医共体总会计师是哪一天到岗的？",
      "医共体总会计师已于2026年3月2日到岗履职"),
    P("AW10", "figure", "崟川县卫生健康局整改通报提到，巡察组随机抽查居民电子健康档案，有多少份信息与实际不符？",
      "320份档案中有27份信息与实际不符"),
    P("AW11", "figure", "对崟川县卫生健康局巡察整改有意见建议，打哪个电话反映？",
      "联系电话0772-6283517"),
    P("AW12", "figure", "崟川县卫生健康局党组的巡察整改专题民主生活会是哪天开的？",
      "2026年2月26日，局党组召开"),
    P("AW13", "figure", "滘州市城市管理局专题会议纪要里，2026年一季度数字城管一共立案多少件？",
      "共立案28617件"),
    P("AW14", "figure", "滘州市城市管理局会议纪要中，给东堤泵站、沙尾泵站配置什么样的应急备用电源？",
      "各配置1台500千瓦柴油发电机组"),
    P("AW15", "figure", "滘州市城市管理局专题会议定的中心城区共享单车投放总量上限是多少辆？",
      "中心城区投放总量不得超过4.5万辆"),
    P("AW16", "figure", "滘州市城市管理局〔2026〕第11期专题会议纪要的记录人是谁？",
      "李雪晴（局办公室）"),
    # ---- paraphrase ----
    P("AW17", "paraphrase", "我是崟川县的老百姓，听说县里两家医院被医保查出多收了钱，巡察整改以后这些钱退回去没有？",
      "31.27万元费用已全部退还医保基金和患者个人"),
    P("AW18", "paraphrase", "崟川县卫健局下面的妇幼保健院之前乱发奖金的事，后来钱追回来了吗？",
      "13.8万元绩效奖金已全部清退"),
    P("AW19", "paraphrase", "崟川县好多村卫生室没有医生坐诊，卫健局巡察整改之后这种情况少了没有？",
      "“有室无医”村卫生室由9个减少至2个"),
    P("AW20", "paraphrase", "在崟川县人民医院看专家号老是排长队，卫健局整改后预约挂号能约到多精确的时间段？",
      "分时段预约精确到30分钟以内"),
    P("AW21", "paraphrase", "滘州城管局开会说燃气改造挖马路要走快速审批，以后批下来大概要几天？",
      "审批时限由15个工作日压缩至5个工作日以内"),
    P("AW22", "paraphrase", "滘州市晚上想摆地摊的话，城管局开会说在哪能摆、几点到几点？",
      "每日18时至23时开放，试行期6个月", "沥南区荔枝湾广场东侧设置2处夜间经济临时摊点疏导区"),
    P("AW23", "paraphrase", "滘州的小饭馆要是一直不装燃气报警器，城管局那次开会说会怎么处理？",
      "依法责令停止使用燃气并予以查处"),
    P("AW24", "paraphrase", "滘州下暴雨的时候，城管局那边的单位领导必须守在岗位上吗？出了大险情多久要上报？",
      "局属排水、执法、环卫等单位主要负责人须在岗在位", "遇重大险情须在30分钟内向市防汛抗旱指挥部报告"),
    # ---- negative ----
    P("AW25", "negative", "崟川县卫生健康局巡察整改通报中，县人民医院现任院长叫什么名字？"),
    P("AW26", "negative", "崟川县卫生健康局巡察整改通报里，2025年全县县域内就诊率是多少？"),
    P("AW27", "negative", "崟川县卫生健康局2026年卫生健康工作要点提出全年要新建多少个村卫生室？"),
    P("AW28", "negative", "滘州市城市管理局专题会议纪要中，滘州市餐厨垃圾资源化处理项目总投资是多少钱？"),
    P("AW29", "negative", "滘州市城市管理局会议纪要里，沥南区今年燃气庭院管道改造的年度任务是多少公里？"),
    P("AW30", "negative", "滘州市城市管理局2025年第三季度数字城管案件的按期结案率是多少？"),
)
FIFTYFOURTH_CHATS: tuple[Chat, ...] = (
    Chat("AWc1", "Follow one problem (township hospital debt) in the 崟川 health bureau notice across turns: baseline, progress, deadline via '那…' and '这个问题'", (
        P("AWc1#1", "figure", "崟川县卫生健康局巡察整改通报里，巡察时全县乡镇卫生院还有多少历史债务？",
          "全县乡镇卫生院尚有历史债务1046万元"),
        P("AWc1#2", "figure", "那到现在已经化解了多少？", "已化解乡镇卫生院历史债务872万元"),
        P("AWc1#3", "figure", "这个问题的整改时限定在什么时候？", "整改时限：2026年10月31日前"),
    )),
    Chat("AWc2", "Overall counts, then a section's problems ('那第三个方面'), then a name the notice does not give (negative)", (
        P("AWc2#1", "figure", "崟川县卫生健康局巡察整改进展通报中，46条整改措施已经落实了多少条？",
          "46条整改措施中已落实到位39条"),
        P("AWc2#2", "list", "那“落实新时代党的组织路线方面”具体有哪几个问题？",
          "局机关干部平均年龄49.6岁", "沙坪乡卫生院、枧头镇卫生院党支部未按期换届",
          "本科以上学历医学人才流失23人", need="all"),
        P("AWc2#3", "negative", "这些问题里，局机关公开遴选的那2名工作人员分别叫什么名字？"),
    )),
    Chat("AWc3", "Meeting metadata of the 滘州 城管局 minutes: chair/venue, who was absent and why, who came from the gas company", (
        P("AWc3#1", "figure", "滘州市城市管理局关于燃气管道老化更新改造等工作的专题会议，是在哪里开的？",
          "在局机关四楼第一会议室主持召开专题会议"),
        P("AWc3#2", "figure", "哪位局领导没来？是什么原因？", "参加省住房城乡建设厅组织的培训"),
        P("AWc3#3", "figure", "燃气集团那边是谁参加的？", "滘州市燃气集团有限公司副总经理"),
    )),
    Chat("AWc4", "Flood-prone points in the 滘州 minutes: count, deadline for the remaining ones ('剩下的那些'), rescue teams", (
        P("AWc4#1", "figure", "滘州市城市管理局专题会议纪要里说，中心城区一共排查出多少个易涝点？",
          "共排查出易涝点27处"),
        P("AWc4#2", "figure", "剩下还没整治的那些，要求什么时候之前改造完？",
          "12处易涝点工程整治2026年9月30日前完成"),
        P("AWc4#3", "figure", "排涝抢险队伍组建了几支，一共多少人？", "组建排涝抢险队伍6支共312人"),
    )),
    Chat("AWc5", "Kitchen-waste project in 滘州 minutes ('它'), then switch to the 崟川 health bureau asking a figure it does not state (negative)", (
        P("AWc5#1", "figure", "滘州市城市管理局会议纪要提到的餐厨垃圾资源化处理项目，设计处理能力是多少？",
          "设计处理能力为每日300吨"),
        P("AWc5#2", "figure", "那它什么时候要进入试运行？", "项目7月底前进入试运行"),
        P("AWc5#3", "negative", "换个单位，崟川县卫生健康局巡察整改通报里，全县医疗废物每年的处置量是多少吨？"),
    )),
)


FIFTYFIFTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AX1", "list", "澂州市教育局2026年春季校外培训专项治理通报中，哪些县（区）发现的问题已经全部整改到位？",
      "整改率100%，予以通报表扬", "整改率100%，以约谈警示为主未作罚款", need="all"),
    P("AX2", "list", "澂州市教育局这次春季校外培训专项治理，把哪些机构列入了“黑名单”？",
      "澂城区“博思优学”教育咨询有限公司", "石渚县“金榜”补习班", "澂北区“启航伴学”托管中心", need="all"),
    P("AX3", "list", "澂州市教育局通报的在职教师违规有偿补课问题，涉及的两名老师分别受到了什么处分？",
      "由学校给予警告处分", "由临澂县教育局给予记过处分", need="all"),
    P("AX4", "list", "澂州市教育局校外培训专项治理通报的下一步工作中，哪些事项的完成时限定在2026年9月底或10月底前？",
      "力争于2026年9月底前印发实施", "要在2026年10月底前明确校外培训监管专门科室", need="all"),
    P("AX5", "list", "岵山县商务局2026年工作思路中，由对外贸易股负责的具体工作有哪些？",
      "2026年6月底前建成岵山跨境电商产业园并投入使用", "新增出口备案茶园5000亩", "组织企业参加境内外重点展会不少于20场次", need="all"),
    P("AX6", "list", "岵山县商务局2025年改造提升了哪些乡镇商贸中心？2026年又计划改造哪几个？",
      "白沙镇、茶坪镇、柳塘镇、上溪镇、龙门镇、石门乡", "完成双河乡、云岭乡、大坪镇、界牌乡4个乡镇商贸中心", need="all"),
    P("AX7", "list", "岵山县商务局2025年工作总结里，哪些主要指标没有完成年度目标任务？",
      "完成年度目标任务的98.9%", "仅完成年度目标任务的63%", need="all"),
    P("AX8", "list", "岵山县商务局2026年商务领域重点项目推进计划里，哪些项目要到2026年9月及以后才建成或完工？",
      "计划投资3200万元，2026年9月底前建成", "计划投资6800万元，2026年11月底前投入使用",
      "2026年12月底前一期主体工程完工", "2026年3月开工，2026年10月底前完工", need="all"),
    # ---- figure ----
    P("AX9", "figure", "澂州市教育局春季校外培训专项治理中，督促机构退还学员费用一共多少？", "督促退还学员费用386.2万元"),
    P("AX10", "figure", "澂州市教育局通报中，临澂县城关镇“小书虫”课后托管中心被消防部门罚款多少？", "依法下达责令改正通知书并处罚款1.5万元"),
    P("AX11", "figure", "澂州市教育局关于春季校外培训专项治理情况的通报，联系电话是多少？", "0579-86213047"),
    P("AX12", "figure", "截至4月底，澂州市纳入平台资金监管的校外培训机构有多少家？", "机构达到531家，监管账户资金余额1.27亿元"),
    P("AX13", "figure", "岵山县商务局2025年实际使用外资是多少？同比变化多少？", "实际使用外资1260万美元，同比下降12.7%"),
    P("AX14", "figure", "岵山县商务局定的2026年社会消费品零售总额目标是多少亿元？", "力争达到72.6亿元"),
    P("AX15", "figure", "岵山县商务局总结里提到的“澜悦汇”购物中心是哪天开业的？", "于2025年12月28日正式开业"),
    P("AX16", "figure", "岵山县城乡物流共同配送中心每天平均处理多少件快递？", "日均处理快件4.2万件"),
    # ---- paraphrase ----
    P("AX17", "paraphrase", "我家孩子在澂州报了个兴趣班，机构一次最多能收我们多少学费？澂州市教育局给家长的提示里是怎么说的？",
      "不得超过3个月或60课时", "且单笔不得超过5000元"),
    P("AX18", "paraphrase", "澂州城区那个躲在小区民房里偷偷给初中生补数学物理的机构，最后被怎么罚的？澂州市教育局通报里有说吗？",
      "没收违法所得3.82万元，并处罚款8万元"),
    P("AX19", "paraphrase", "澂州市教育局今年放暑假还会不会再查校外补习班？从哪天查到哪天？", "2026年7月1日至8月31日"),
    P("AX20", "paraphrase", "澂州市教育局这次查培训班期间，老百姓打电话投诉最多的是哪方面的事？",
      "反映退费难、退费慢的132件", "退费类投诉仍是群众反映最集中的问题"),
    P("AX21", "paraphrase", "岵山县商务局去年发的购物优惠券一共有多少钱，真正被大家用掉的比例有多高？",
      "发放政府消费券1200万元", "消费券核销率达到93.4%"),
    P("AX22", "paraphrase", "岵山县商务局的总结里说，岵山的茶叶去年卖到国外卖了多少钱？", "岵山云雾茶全年出口1.42亿元"),
    P("AX23", "paraphrase", "岵山县商务局去年给旧车换新车的老百姓一共发了多少补贴？", "累计兑付汽车补贴资金2870万元"),
    P("AX24", "paraphrase", "岵山县商务局说的，现在岵山乡下的村子能不能收到快递？", "快递进村覆盖率达到100%"),
    # ---- negative ----
    P("AX25", "negative", "澂州市教育局通报中，澂北区“博雅”艺术培训学校被罚款多少钱？"),
    P("AX26", "negative", "澂州市教育局2025年秋季校外培训专项治理一共检查了多少家机构？"),
    P("AX27", "negative", "澂州市第一批校外培训机构“白名单”中，澂城区有多少家机构入选？"),
    P("AX28", "negative", "岵山县商务局2025年外贸进出口总额中，与东盟国家的进出口额是多少？"),
    P("AX29", "negative", "岵山县商务局局长叫什么名字？"),
    P("AX30", "negative", "岵山县商务局2026年计划安排的家电以旧换新补贴资金总额是多少？"),
)
FIFTYFIFTH_CHATS: tuple[Chat, ...] = (
    Chat("AXc1", "table-cell follow-up across districts, then a penalty detail of an institution in the second district", (
        P("AXc1#1", "figure", "澂州市教育局春季校外培训专项治理通报里，临澂县的问题整改率是多少？", "整改率70.97%，列入市级重点督办"),
        P("AXc1#2", "figure", "那澂州高新区呢？", "整改率76.92%，预收费问题集中"),
        P("AXc1#3", "figure", "高新区那家被罚的少儿英语机构，要求它在哪天之前把超期预收的钱存进监管账户或退给家长？", "责令其于2026年5月31日前将超期预收费用"),
    )),
    Chat("AXc2", "list of problems in one county, pronoun follow-up for a count, then a near-miss fine that is not stated", (
        P("AXc2#1", "list", "澂州市教育局通报的校外培训问题中，石渚县有哪些机构被点名？",
          "石渚县“金榜”补习班未经审批", "石渚县“跃动”跆拳道馆训练场地电气线路私拉乱接", "石渚县“华艺”舞蹈学校有2名教师", need="all"),
        P("AXc2#2", "paraphrase", "这个县这次一共关掉了几家没有证照的培训机构？", "集中取缔无证无照培训机构5家", "整改率86.36%，取缔无证机构5家"),
        P("AXc2#3", "negative", "其中那家跆拳道馆被罚了多少钱？"),
    )),
    Chat("AXc3", "achieved figure, then the 2026 target for the same indicator, then a related project's investment", (
        P("AXc3#1", "figure", "岵山县商务局2025年全县网络零售额是多少？", "网络零售额完成9.74亿元"),
        P("AXc3#2", "figure", "那2026年的目标呢？", "网络零售额突破11亿元"),
        P("AXc3#3", "figure", "电商直播产业园二期计划投资多少钱？", "计划投资3200万元"),
    )),
    Chat("AXc4", "investment attraction figures, follow-up on started/unstarted projects, then unnamed projects (negative)", (
        P("AXc4#1", "figure", "岵山县商务局2025年新签约了多少个招商项目，协议总投资多少？", "全年新签约招商项目52个，协议总投资186.3亿元"),
        P("AXc4#2", "list", "其中亿元以上项目开工了几个？没开工的打算怎么办、什么时候开工？",
          "2025年签约的亿元以上项目已开工11个", "确保2026年6月底前全部开工建设", need="all"),
        P("AXc4#3", "negative", "那3个还没开工的项目分别叫什么名字？"),
    )),
    Chat("AXc5", "trade totals with an ellipsis follow-up, then a switch to the other agency's notice", (
        P("AXc5#1", "figure", "岵山县商务局2025年外贸进出口总额是多少？", "外贸进出口总额完成12.36亿元"),
        P("AXc5#2", "figure", "其中出口是多少？", "其中出口9.81亿元"),
        P("AXc5#3", "figure", "换个问题，澂州市教育局春季校外培训专项治理期间一共受理了多少件投诉举报？", "共受理校外培训类投诉举报274件"),
    )),
)


FIFTYSIXTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AY1", "list", "漤川县嵛坪镇2026年民生实事项目公示里，哪些项目由镇社会事务办公室负责？",
      "老年助餐服务点建设", "依托镇综合文化站建设困境儿童关爱之家", need="all"),
    P("AY2", "list", "嵛坪镇人民政府公示的2026年民生实事项目中，哪些要在6月底前（上半年）完成？",
      "农村公路安全生命防护工程", "大溪口村山洪灾害防治", "镇区路灯亮化", "便民服务中心适老化改造", need="all"),
    P("AY3", "list", "嵛坪镇2026年民生实事项目公示中，对项目实施提出了哪些方面的监督措施？",
      "强化人大代表监督", "加强纪检和审计监督", "畅通群众监督渠道", need="all"),
    P("AY4", "list", "嵛泉县自然资源局巡察反馈问题整改台账中，哪些问题的整改状态是“长期坚持”？",
      "仅专题研究党风廉政建设工作1次", "违规接受管理服务对象宴请1起", "对涉及征地拆迁的网络舆情回应不及时", need="all"),
    P("AY5", "list", "嵛泉县自然资源局的巡察整改台账里，责任股室是不动产登记中心的问题有哪些？",
      "2025年平均办结时间为4.5个工作日", "11个住宅小区3276户群众未办理不动产权证", need="all"),
    P("AY6", "list", "嵛坪镇2026年民生实事项目清单中，计划投资超过200万元的项目有哪些？",
      "镇区集中供水管网改造工程", "镇中心卫生院服务能力提升", "嵛坪小学风雨操场建设", "农村生活污水治理", need="all"),
    P("AY7", "list", "嵛泉县自然资源局县委第二巡察组反馈问题整改台账中，“干部队伍建设”类别下列了哪些问题？",
      "在编在岗人员平均年龄48.6岁", "有2人未按规定开展民主推荐", need="all"),
    P("AY8", "list", "嵛泉县自然资源局整改台账中，截至2026年4月30日还处于“正在推进”、没有整改完的问题有哪些？",
      "年度净流出耕地218亩", "仍有41个未完成审批", "有7处未启动修复", "2宗矿业权出让收益458万元未征缴", need="all"),
    # ---- figure ----
    P("AY9", "figure", "嵛坪镇征集2026年民生实事项目建议时，一共收到了多少条意见建议？",
      "共收到各类意见建议417条"),
    P("AY10", "figure", "嵛坪镇第十九届人大第六次会议票决民生实事项目时，应到和实到代表各多少名？",
      "应到代表58名，实到代表54名"),
    P("AY11", "figure", "漤川县嵛坪镇民生实事监督专线的电话号码是多少？",
      "0735-8426157"),
    P("AY12", "figure", "嵛坪镇民生实事项目中，大溪口村山洪灾害防治要新建多长的河堤护岸？",
      "新建河堤护岸1.35公里"),
    P("AY13", "figure", "县委第二巡察组是在什么时间段对嵛泉县自然资源局党组开展常规巡察的？",
      "2025年9月3日至11月10日"),
    P("AY14", "figure", "嵛泉县自然资源局巡察整改台账中，抽查会计凭证发现超标准报销的住宿费合计多少？",
      "超标准报销住宿费合计2.16万元"),
    P("AY15", "figure", "嵛泉县自然资源局巡察时有3宗出让地块欠缴的土地出让价款是多少？",
      "欠缴土地出让价款1830万元"),
    P("AY16", "figure", "嵛泉县自然资源局在整改廉政风险防控问题时，梳理了多少个重点岗位廉政风险点？",
      "梳理重点岗位廉政风险点64个"),
    # ---- paraphrase ----
    P("AY17", "paraphrase", "我爸妈住在漤川县嵛坪镇，听说镇上今年要办给老人吃饭的地方，七十多岁的老人去吃一顿饭政府能补贴几块钱？",
      "每餐补助3元"),
    P("AY18", "paraphrase", "嵛坪镇镇上晚上好多小巷子黑灯瞎火的，今年镇政府打算装多少新路灯？",
      "新装太阳能路灯320盏"),
    P("AY19", "paraphrase", "嵛坪镇这些民生工程修完以后，是政府自己验收还是老百姓也能参与？老百姓占多少？",
      "群众代表不少于验收组成员的三分之一"),
    P("AY20", "paraphrase", "嵛坪镇去年承诺给老百姓办的那些实事，最后都办完了没有？",
      "已按期完成11项", "因设计方案调整顺延实施"),
    P("AY21", "paraphrase", "在嵛泉县买的商品房好多年拿不到房产证，自然资源局那边这个事情现在解决了多少户？",
      "已为6个小区1804户群众办证"),
    P("AY22", "paraphrase", "嵛泉县自然资源局有的干部在一个位置上一坐就是十几年，巡察以后局里怎么处理这些人的？",
      "对3名超期干部进行轮岗交流"),
    P("AY23", "paraphrase", "嵛泉县国土部门以前对违章占地只罚钱不拆房子，被巡察指出来以后到底拆了多少？",
      "拆除违法建筑面积5860平方米"),
    P("AY24", "paraphrase", "嵛泉县自然资源局的执法人员说是去巡查了，怎么保证他们真去了、不是在办公室编记录？",
      "推行巡查APP打卡和轨迹留痕"),
    # ---- negative ----
    P("AY25", "negative", "嵛坪镇2026年民生实事项目里的镇区集中供水管网改造工程，中标施工单位是哪家公司？"),
    P("AY26", "negative", "漤川县嵛坪镇2027年的民生实事项目有哪些？"),
    P("AY27", "negative", "嵛泉县自然资源局整改台账中提到的公务用车私用问题，涉事干部叫什么名字？"),
    P("AY28", "negative", "嵛泉县自然资源局2025年全年土地出让收入总额是多少万元？"),
    P("AY29", "negative", "嵛坪镇2026年民生实事项目年底满意度测评的满意率是多少？"),
    P("AY30", "negative", "嵛泉县林业局落实县委巡察反馈问题的整改台账里一共列了多少个问题？"),
)
FIFTYSIXTH_CHATS: tuple[Chat, ...] = (
    Chat("AYc1", "Township livelihood-project total investment, then a funding source by follow-up, then a near-miss county-level share that is not stated", (
        P("AYc1#1", "figure", "漤川县嵛坪镇2026年民生实事项目计划总投资是多少？", "计划总投资2228.5万元"),
        P("AYc1#2", "figure", "其中从上级争取的专项资金有多少？", "争取上级专项资金1346万元"),
        P("AYc1#3", "negative", "那县级财政给配套了多少钱？"),
    )),
    Chat("AYc2", "Table row follow-ups: a project's figure, its deadline via 'this project', then another project due the same month", (
        P("AYc2#1", "figure", "嵛坪镇民生实事项目中的农贸市场提档升级要标准化改造多少个摊位？", "标准化改造摊位132个"),
        P("AYc2#2", "figure", "这个项目要求什么时候完成？", "2026年11月30日前"),
        P("AYc2#3", "figure", "同样是11月份要完成的还有哪个项目？", "柏岗村高标准农田配套"),
    )),
    Chat("AYc3", "Rectification ledger row: count, then progress via 'these', then an unstated breakdown by township", (
        P("AYc3#1", "figure", "嵛泉县自然资源局巡察整改台账里，2025年卫片执法检查发现新增违法占用耕地图斑多少宗？", "新增违法占用耕地图斑37宗"),
        P("AYc3#2", "figure", "这些图斑现在拆除复耕了多少宗？", "已拆除复耕29宗"),
        P("AYc3#3", "negative", "这37宗图斑分别在哪几个乡镇？"),
    )),
    Chat("AYc4", "List of rows owned by one office, then ordinal follow-ups ('the second', 'the first') into the measures column", (
        P("AYc4#1", "list", "嵛泉县自然资源局整改台账中，财务股负责整改的问题有哪些？",
          "12笔差旅费报销附件不全", "非税收入征缴不及时", need="all"),
        P("AYc4#2", "figure", "第二个问题里，对逾期一直不交钱的那宗地是怎么处理的？", "解除出让合同、收回土地"),
        P("AYc4#3", "figure", "那第一个问题除了把钱追回来，还修订了什么制度？", "修订《机关财务报销管理办法》"),
    )),
    Chat("AYc5", "Switching agencies: county bureau's follow-up meeting cadence, then the township's progress-report deadline, then an unstated penalty amount", (
        P("AYc5#1", "figure", "嵛泉县自然资源局对还没整改完的巡察问题，下一步多久开一次整改推进会？", "局党组每月召开1次整改工作推进会"),
        P("AYc5#2", "figure", "那漤川县嵛坪镇的民生实事项目，责任单位每月什么时候之前要报进度？", "每月25日前向镇党政综合办公室报送"),
        P("AYc5#3", "negative", "嵛坪镇对进度落后的责任单位会扣多少绩效奖金？"),
    )),
)


FIFTYSEVENTH: tuple[Probe, ...] = (
    # ---- list ----
    P("AZ1", "list", "嵝阳市市场监督管理局2026年燃气用具及配件质量安全专项整治工作方案的任务分工里，由产品质量安全监督管理科牵头的任务有哪些？",
      "建档和全覆盖检查", "流通领域燃气用具及配件监督抽查和风险监测", need="all"),
    P("AZ2", "list", "嵝阳市市场监管局燃气用具专项整治方案的任务分工表中，完成时限写的是“长期坚持”的是哪几项任务？",
      "查办大案要案和挂牌督办", "燃气用具及配件投诉举报优先受理", need="all"),
    P("AZ3", "list", "嵝阳市2026年燃气用具及配件质量安全专项整治分哪几个阶段？每个阶段的起止时间是什么？",
      "动员部署阶段（2026年3月16日至3月31日）", "排查整治阶段（2026年4月1日至8月31日）",
      "巩固提升阶段（2026年9月1日至10月31日）", "总结验收阶段（2026年11月1日至11月30日）", need="all"),
    P("AZ4", "list", "按嵝阳市市场监督管理局燃气用具专项整治方案的任务分工，哪些任务要在2026年10月31日前完成？",
      "餐饮经营场所燃气用具使用检查和软管更换", "典型案例曝光和消费提示发布", need="all"),
    P("AZ5", "list", "溹源县审计局关于2025年度审计查出问题整改情况的公告中，推进审计整改工作采取了哪几方面措施？",
      "压实整改责任", "强化跟踪督促", "健全贯通协同机制", "注重标本兼治", need="all"),
    P("AZ6", "list", "溹源县审计局2025年度审计整改公告里，哪些问题被明确列为持续整改问题？",
      "每年消化不低于剩余余额的20%", "建立竣工决算清理台账", "管网漏损控制属于持续整改问题", need="all"),
    P("AZ7", "list", "溹源县审计局公告中，政府投资项目审计查出了哪些问题？",
      "多计工程价款426.91万元", "涉及设计变更金额2340.00万元", "超过规定时限未办理竣工财务决算", need="all"),
    P("AZ8", "list", "溹源县审计局对养老服务资金开展审计调查，发现了哪些问题？",
      "3家养老机构拨付运营补贴23.60万元", "11所因缺乏运营经费长期未正常运转", "126名已死亡人员仍在领取高龄津贴", need="all"),
    # ---- figure ----
    P("AZ9", "figure", "嵝阳市市场监督管理局燃气用具专项整治方案要求全年安排燃气用具及配件监督抽查和风险监测多少批次？",
      "不少于420批次"),
    P("AZ10", "figure", "嵝阳市市场监管局燃气用具及配件质量安全专项整治办公室主任由谁担任？",
      "由该科科长阙明辉兼任办公室主任"),
    P("AZ11", "figure", "嵝阳市市场监管局为2026年燃气用具专项整治统筹安排的抽检经费一共是多少？",
      "专项整治抽检经费186万元"),
    P("AZ12", "figure", "据嵝阳市燃气用具专项整治工作方案，2025年全市流通领域燃气用具及配件抽检不合格发现率是多少？",
      "流通领域抽检不合格发现率为14.6%"),
    P("AZ13", "figure", "溹源县审计局2025年向县人大常委会作的审计工作报告反映了多少个问题、涉及金额多少？",
      "5个方面94个问题，涉及金额38642.57万元"),
    P("AZ14", "figure", "溹源县审计局公告里，医疗保障基金审计调查后县医疗保障局对违规机构处了多少违约金？",
      "按规定处违约金52.37万元"),
    P("AZ15", "figure", "溹源县审计局2025年度审计整改公告中，溹源县城市建设投资发展有限公司对外出借的资金已经收回多少？",
      "已收回出借资金2400.00万元"),
    P("AZ16", "figure", "对溹源县审计局2025年度审计查出问题整改情况的公告有意见，打哪个电话反映？",
      "0731-5826134"),
    # ---- paraphrase ----
    P("AZ17", "paraphrase", "在嵝阳市，我要是举报一家卖劣质燃气管子和减压阀的店，查实了市场监管局最多能奖励多少钱？",
      "单案奖励金额最高可达5万元"),
    P("AZ18", "paraphrase", "嵝阳市市场监管局这次燃气整治，打算给多少家饭馆把燃气管换掉？",
      "全年完成餐饮场所软管更换不少于2600户"),
    P("AZ19", "paraphrase", "我在嵝阳市芩塘县乡下赶集，市场监管的人一年到集上来查几回燃气具？",
      "每个集贸市场年内巡查不少于3次"),
    P("AZ20", "paraphrase", "嵝阳市市场监管局抽查发现店里卖的燃气具不合格以后，多长时间内会动手处理？",
      "5个工作日内启动核查处置"),
    P("AZ21", "paraphrase", "溹源县审计查到有人去世了家里还在领老人的高龄补贴，这个钱后来要回来了吗？",
      "126名已死亡人员仍在领取高龄津贴", "已全额追回已死亡人员多领取的高龄津贴"),
    P("AZ22", "paraphrase", "溹源县审计局说县城西的公租房空着很多没人住，现在已经租出去多少套了？",
      "已配租空置房源61套"),
    P("AZ23", "paraphrase", "溹源县审计局查县城到甑山镇那条公路改建，施工方多算了多少钱？",
      "多计工程价款187.35万元"),
    P("AZ24", "paraphrase", "溹源县审计局把问题线索交给纪委等部门后，最后有多少人受了处分？",
      "给予党纪政务处分9人", "追责问责21人"),
    # ---- negative ----
    P("AZ25", "negative", "嵝阳市市场监管局燃气用具专项整治给各县（市、区）局的抽检补助，具体每个县分到多少万元？"),
    P("AZ26", "negative", "嵝阳市燃气用具专项整治工作方案里说2025年全市发生了多少起燃气事故？"),
    P("AZ27", "negative", "嵝阳市市场监督管理局2025年对燃气用具质量违法案件挂牌督办了几件？"),
    P("AZ28", "negative", "溹源县审计局对2026年度县级预算执行审计查出了多少个问题？"),
    P("AZ29", "negative", "溹源县审计局公告中接受经济责任审计的甑山镇党委书记叫什么名字？"),
    P("AZ30", "negative", "嵝阳市审计局关于2025年度审计查出问题整改情况的公告里，已整改问题金额是多少？"),
)
FIFTYSEVENTH_CHATS: tuple[Chat, ...] = (
    Chat("AZc1", "Jiayang gas-appliance campaign: a task row's partner unit, then a follow-up figure on 'this task', then a near-miss (locations of stations not stated)", (
        P("AZc1#1", "figure", "嵝阳市市场监管局燃气用具专项整治方案中，“在用燃气表和液化石油气充装计量监督检查”这项任务的配合单位是哪家？",
          "嵝阳市计量测试所"),
        P("AZc1#2", "figure", "那这项检查要抽查多少只燃气表？", "抽查在用民用燃气表不少于1200只"),
        P("AZc1#3", "negative", "全市那些液化气充装站分别在哪几个县区？"),
    )),
    Chat("AZc2", "Jiayang county-level focus: switching from one district to another with '那…呢' ellipsis", (
        P("AZc2#1", "figure", "嵝阳市燃气用具专项整治方案里，栎口区五金产业园聚集了多少家燃气用具及配件生产企业？",
          "集聚燃气用具及配件生产企业11家"),
        P("AZc2#2", "paraphrase", "那峒川区呢，主要抓什么？", "把网络销售和餐饮场所使用环节作为整治重点",
          "区内餐饮经营场所软管更换任务不少于900户"),
        P("AZc2#3", "paraphrase", "蒿坝县为什么要盯着液化气调压器和软管？", "蒿坝县山区群众使用瓶装液化石油气比例较高"),
    )),
    Chat("AZc3", "Suoyuan audit: total rectified amount, then its breakdown via '其中' and '其他几类'", (
        P("AZc3#1", "figure", "溹源县审计局2025年度审计查出问题整改公告显示，截至2026年4月30日已整改的问题金额是多少？",
          "已整改问题金额31287.36万元"),
        P("AZc3#2", "figure", "其中上缴财政的有多少？", "上缴财政资金2146.83万元"),
        P("AZc3#3", "list", "除了上缴财政，其余几类分别是多少？", "盘活闲置资金5630.20万元",
          "归还原资金渠道1873.45万元", "调账处理及规范管理21636.88万元", need="all"),
    )),
    Chat("AZc4", "Suoyuan rural-revitalization idle projects: which township, rent figure via '那', then unstated cooperative name", (
        P("AZc4#1", "paraphrase", "溹源县审计发现乡村振兴的钱建了项目却一直闲着，是哪个乡的？后来怎么处理的？",
          "枧头乡有2个产业帮扶项目建成后闲置", "通过公开招租方式交由当地农民专业合作社经营使用"),
        P("AZc4#2", "figure", "那租出去以后一年能收多少租金？", "年租金收益8.40万元"),
        P("AZc4#3", "negative", "接手经营的那个合作社叫什么名字？"),
    )),
    Chat("AZc5", "Suoyuan water leakage rate and target, then switch agency to Jiayang market regulation reporting deadline", (
        P("AZc5#1", "figure", "溹源县审计局公告里，县水务有限公司的供水管网漏损率是多少？", "管网漏损率达23.6%"),
        P("AZc5#2", "figure", "计划降到多少？", "将管网漏损率降至12%以下"),
        P("AZc5#3", "figure", "换个问题，嵝阳市市场监管局燃气用具专项整治中，各县（市、区）局每个月几号前报送工作进展？",
          "每月25日前通过市场监管业务协同系统报送"),
    )),
)


FIFTYEIGHTH: tuple[Probe, ...] = (
    # ---- list ----
    P("BA1", "list", "嵫阳市溎城区湨口街道党工委关于区委第三巡察组反馈意见整改进展情况的通报里，哪些问题的整改状态标的是“持续推进”？",
      "企业诉求办结率提升至96.4%", "社区纪检委员+居务监督委员会", "街道将持续实施年轻干部", "继续推进楼宇党建提质扩面", need="all"),
    P("BA2", "list", "湨口街道党工委的巡察整改进展通报中，还没完成、但给出了具体完成期限的整改事项有哪些？各自期限是什么时候？",
      "确保瓦窑片区改造工程全面完工", "剩余3处门面房依法收回后公开招租", "和平里社区居家养老服务站正式投入使用", "新渡片区剩余5条背街小巷改造", need="all"),
    P("BA3", "list", "湨口街道巡察整改通报里，由街道城市管理办公室牵头整改的是哪几个问题？",
      "由城市管理办公室牵头成立老旧小区改造工作专班", "将背街小巷改造纳入2026年街道民生实事", need="all"),
    P("BA4", "list", "溎城区湨口街道在落实区委第三巡察组反馈意见过程中，对哪些干部进行了追责问责，分别是什么处理？",
      "给予街道财政所原所长黎某党内警告处分", "对城市管理办公室原负责人进行诫勉谈话", "对党政综合办公室1名经办人员进行批评教育", need="all"),
    P("BA5", "list", "峧源县住建局2026年上半年建筑施工安全生产大检查情况通报中，被全县通报批评的是哪些单位？",
      "恒钰建筑工程有限公司", "通衢市政工程有限公司", "峧源县正衡工程监理有限公司", need="all"),
    P("BA6", "list", "峧源县住房和城乡建设局这次建筑施工安全生产大检查查出的重大事故隐患分别出在哪几个项目上？",
      "翠湖名邸5#-9#楼", "锦绣澜庭1#-6#楼", "桂馥名苑3#-5#楼", need="all"),
    P("BA7", "list", "峧源县住建局大检查通报的重点抽查项目表里，哪些项目的隐患到现在还没有全部整改完？",
      "剩余4条临边防护和卸料平台问题正在整改", "剩余2条沟槽支护问题正在整改", "剩余2条消防通道占用问题正在整改", "已整改15条，剩余6条", need="all"),
    P("BA8", "list", "峧源县住建局建筑施工安全生产大检查通报归纳的几类主要问题中，哪几类的隐患数量超过了50条？",
      "此类问题共58条", "此类问题共63条", need="all"),
    # ---- figure ----
    P("BA9", "figure", "湨口街道党工委针对区委第三巡察组反馈意见制定的整改方案是哪天报区委巡察办备案的？",
      "于2026年2月9日报区委巡察办备案"),
    P("BA10", "figure", "湨口街道党工委为落实区委第三巡察组反馈意见，一共制定了多少条整改措施？",
      "共制定整改措施78条"),
    P("BA11", "figure", "湨口街道巡察整改中，柳荫、北堤社区的集体门面房重新公开招租后，每年增收多少租金？",
      "年增收租金约18.7万元"),
    P("BA12", "figure", "湨口街道便民服务中心“一窗通办”整改后，进驻事项增加到了多少项？",
      "进驻事项由46项增加至109项"),
    P("BA13", "figure", "峧源县住建局2026年上半年全县建筑施工安全生产大检查一共排查出多少条安全隐患？",
      "本次大检查共排查各类安全隐患312条"),
    P("BA14", "figure", "峧源县住建局在这次建筑施工安全生产大检查中实施行政处罚，罚款合计是多少？",
      "罚款金额合计23.8万元"),
    P("BA15", "figure", "峧源县住建局对隐患多、整改慢的施工单位进行集中约谈，约谈是由谁主持的？",
      "约谈由局党组书记、局长方润泽主持"),
    P("BA16", "figure", "峧源县住建局通报中，锦绣澜庭1#-6#楼项目停工整改后是哪天恢复施工的？",
      "于2026年6月8日恢复施工"),
    # ---- paraphrase ----
    P("BA17", "paraphrase", "听说湨口街道以前给临时工多发过加班费，巡察查出来以后钱追回来了吗，有人被处理吗？",
      "相关款项已全部清退并缴回区级财政", "给予街道财政所原所长黎某党内警告处分"),
    P("BA18", "paraphrase", "湨口街道沙井社区那一片一下大雨就积水，巡察以后街道到底做了些什么？",
      "将排查出的11处易涝点全部纳入台账管理", "新增移动排涝泵车2台"),
    P("BA19", "paraphrase", "湨口街道机关里年轻人太少、青黄不接，巡察整改以后今年进了几个年轻人？",
      "新进年轻干部7名"),
    P("BA20", "paraphrase", "湨口街道的领导以前很少找分管的下属谈廉洁问题，巡察整改以后现在谈得多了吗？",
      "2026年以来已开展廉政谈话37人次", "已建立班子成员季度履责情况报告制度"),
    P("BA21", "paraphrase", "峧源县住建局这次查工地，有没有哪些工地做得好被点名表扬的？",
      "县档案馆新馆项目安全管理体系健全"),
    P("BA22", "paraphrase", "峧源县住建局对工地夏天高温有什么要求？天太热的时候中午还让工人在外面干活吗？",
      "当日12时至15时停止露天作业"),
    P("BA23", "paraphrase", "峧源县住建局这次查工地，最常见的毛病是哪一方面的？",
      "是本次大检查中发现数量最多的一类隐患"),
    P("BA24", "paraphrase", "峧源县住建局查出来但还没改好的那些工地隐患，最迟得在哪天之前改完？",
      "须于2026年6月30日前全部整改到位"),
    # ---- negative ----
    P("BA25", "negative", "湨口街道2024年违规发放加班补贴一共涉及多少名编外聘用人员？"),
    P("BA26", "negative", "湨口街道党工委巡察整改工作开展的群众满意度测评，满意率是多少？"),
    P("BA27", "negative", "峧源县住建局在建筑施工安全大检查中对鑫垣建设工程有限公司罚款多少钱？"),
    P("BA28", "negative", "峧源县住建局2025年下半年建筑施工安全生产大检查一共查出了多少条隐患？"),
    P("BA29", "negative", "峧源县住建局通报中，翠湖名邸5#-9#楼项目的建设单位是哪家公司？"),
    P("BA30", "negative", "峧源县应急管理局关于2026年上半年工贸企业安全生产执法检查情况的通报里约谈了哪些企业？"),
)
FIFTYEIGHTH_CHATS: tuple[Chat, ...] = (
    Chat("BAc1", "111: completion date of one old-estate area, follow-up '那X呢' on the other area (open, deadline), then a figure the notice never states (investment) must be refused", (
        P("BAc1#1", "figure", "湨口街道巡察整改进展通报里说，石鼓片区老旧小区改造是什么时候完工的？",
          "石鼓片区改造工程已于2026年4月28日完工"),
        P("BAc1#2", "figure", "那瓦窑片区呢？",
          "目前已完成主体工程量的72%", "确保瓦窑片区改造工程全面完工"),
        P("BAc1#3", "negative", "它的改造总投资是多少？"),
    )),
    Chat("BAc2", "112: list of interviewed contractors, then the one with most hazards among 'these', then 'its' project's supervision company", (
        P("BAc2#1", "list", "峧源县住建局建筑施工安全生产大检查通报中，被集中约谈的是哪几家施工单位？",
          "鑫垣建设工程有限公司", "禾信建筑工程有限公司", "湄江建设集团有限公司", need="all"),
        P("BAc2#2", "figure", "这几家里面，哪家承建的项目隐患最多？",
          "隐患数量在重点抽查项目中最多", "鑫垣建设工程有限公司"),
        P("BAc2#3", "figure", "它那个项目的监理单位是哪家，也被处理了吗？",
          "峧源县正衡工程监理有限公司"),
    )),
    Chat("BAc3", "111 hotline figure after rectification, then 'before' figure, then switch agency to 112 for the rectification rate", (
        P("BAc3#1", "figure", "湨口街道巡察整改以后，12345热线的群众不满意件占比降到了多少？",
          "12345热线不满意件占比已降至3.2%"),
        P("BAc3#2", "figure", "整改前是多少？",
          "群众不满意件占比达8.7%"),
        P("BAc3#3", "figure", "换个问题，峧源县住建局那份建筑施工安全大检查通报里，隐患整改率是多少？",
          "整改率为92.0%"),
    )),
    Chat("BAc4", "112: inspection setup (experts, groups), then 'the third group' findings, then who led 'it'", (
        P("BAc4#1", "figure", "峧源县住建局这次建筑施工安全生产大检查组了几个检查组？请了几名外部专家？",
          "专业领域外部专家5名，组成4个检查组"),
        P("BAc4#2", "figure", "第三检查组负责查什么，查出了多少条隐患？",
          "发现隐患71条"),
        P("BAc4#3", "figure", "它是谁带队的？",
          "局总工程师龚世钧带队"),
    )),
    Chat("BAc5", "111: feedback phone, then feedback period, then a name (纪工委书记) the notice never gives must be refused", (
        P("BAc5#1", "figure", "湨口街道公布巡察整改进展后，群众要反映意见可以打什么电话？",
          "联系电话：0736-6218435"),
        P("BAc5#2", "figure", "反映意见的时间是从哪天到哪天？",
          "2026年6月12日至6月26日期间"),
        P("BAc5#3", "negative", "那湨口街道纪工委书记叫什么名字？"),
    )),
)


# Part 59: notices 113 (湫源县文化广电旅游局 2026年工作要点, .docx) and
# 114 (中共嵫川县交通运输局党组 县委第四巡察组反馈意见整改方案, .txt, 问题/任务/责任 three lists)
FIFTYNINTH: tuple[Probe, ...] = (
    # ---- list ----
    P("BB1", "list", "湫源县文化广电旅游局2026年工作要点里，责任科室是文物科的任务有哪些？",
      "做好第四次全国文物普查收尾工作", "实施文物保护修缮工程", "推进红色资源保护利用", need="all"),
    P("BB2", "list", "湫源县文旅局2026年工作要点中，哪些任务写明由县融媒体中心配合？",
      "拓展新媒体营销", "加强网络视听内容建设", need="all"),
    P("BB3", "list", "湫源县文化广电旅游局今年的工作要点里，哪几项工作被明确要求“长期坚持”？",
      "文物安全工作长期坚持、常抓不懈", "行业安全生产工作长期坚持", need="all"),
    P("BB4", "list", "湫源县文化广电旅游局2026年工作要点附件的重点项目推进表中，由产业发展科负责的项目是哪些？",
      "历史街区风貌改造、古戏台复建、游客集散中心", "标准营位180个、房车营地、观景平台", "标准化厂房、文创孵化中心", need="all"),
    P("BB5", "list", "湫源县文旅局2026年工作要点中，哪些事项的时间节点定在6月底（6月30日）前？",
      "6月30日前将普查成果报送市文物局", "6月底前上线景区门票预约、分时游览功能", need="all"),
    P("BB6", "list", "嵫川县交通运输局党组的巡察整改方案中，哪些整改任务被列为“立行立改”？",
      "开展交通建设项目基本建设程序专项清查", "一律提交局党组会集体研究决定",
      "对23件未公示案件", "全面推行公务用车平台派车", need="all"),
    P("BB7", "list", "嵫川县交通运输局县委第四巡察组反馈意见整改方案的责任清单里，副局长覃雅琴是哪几项任务的责任领导？",
      "任务5：责任领导覃雅琴", "任务6：责任领导覃雅琴", "任务7：责任领导覃雅琴", need="all"),
    P("BB8", "list", "嵫川县交通运输局巡察整改方案里，针对农村公路提质改造没按期完工的问题，安排了哪些整改任务？",
      "逐条建立台账，实行挂图作战", "建立农村公路建设“月通报、季约谈”机制", need="all"),
    # ---- figure ----
    P("BB9", "figure", "湫源县文化广电旅游局2026年要新建和更新多少个村级应急广播终端？",
      "新建和更新村级应急广播终端1260个"),
    P("BB10", "figure", "湫源县文旅局工作要点中，第十二届湫源采茶节哪天开幕、在哪里开幕？",
      "采茶节于4月18日在云岭茶海开幕"),
    P("BB11", "figure", "湫源县文化广电旅游局2026年工作要点的联系人电话是多少？", "0797-6823517"),
    P("BB12", "figure", "湫源县文旅局重点项目推进表里，白鹭湾湿地公园提升项目要建多长的木栈道？",
      "木栈道4.6公里、湿地科普馆"),
    P("BB13", "figure", "湫源县文化广电旅游局2026年统筹的县级文化旅游发展专项资金是多少？",
      "全年统筹县级文化旅游发展专项资金3200万元"),
    P("BB14", "figure", "嵫川县交通运输局巡察整改方案提到，县道X031改建工程设计变更增加了多少造价？",
      "设计变更增加造价412.6万元"),
    P("BB15", "figure", "嵫川县交通运输局整改方案中，农村客运运营补贴按什么标准给？",
      "按每车每年不超过2.4万元标准给予运营补贴"),
    P("BB16", "figure", "嵫川县交通运输局巡察整改工作领导小组办公室的主任由谁兼任？",
      "由局办公室主任苏婉清兼任整改办主任"),
    # ---- paraphrase ----
    P("BB17", "paraphrase", "听说湫源县今年要发旅游消费券，文旅局打算发多少钱的券？",
      "发放文旅消费券500万元"),
    P("BB18", "paraphrase", "湫源县家里有线电视一开机就是广告、还要层层交钱，县文旅局今年打算怎么管这事？",
      "落实“开机即看直播”要求", "清理不合理的开机广告和多层级收费"),
    P("BB19", "paraphrase", "湫源县城今年要建几个小型的城市书房？每天能开多长时间？",
      "在县城建成区新建城市书房6个", "每日开放时间不少于12小时"),
    P("BB20", "paraphrase", "在湫源县旅游被旅行社坑了，投诉以后能不能先拿到赔偿？县文旅局有什么安排？",
      "推行旅游投诉“先行赔付”制度"),
    P("BB21", "paraphrase", "我们村的班车停了好几个月了，嵫川县交通运输局说什么时候能重新通车？",
      "2026年4月30日前全部恢复通车"),
    P("BB22", "paraphrase", "嵫川县那几座快不行了的危险桥梁，交通局整改方案里准备怎么处理？",
      "全部纳入2026年危桥改造计划", "对危桥全部设置限载标志和限高限宽设施"),
    P("BB23", "paraphrase", "嵫川县交通局以前公车不开派车单就随便用，这次整改打算怎么管？",
      "全面推行公务用车平台派车", "对46次无派车单出车逐一核查用途"),
    P("BB24", "paraphrase", "嵫川县交通运输局欠乡镇的农村公路养护钱一直没发下去，整改方案说什么时候给到位？",
      "2026年5月20日前拨付到位"),
    # ---- negative ----
    P("BB25", "negative", "湫源县文化广电旅游局2026年工作要点中，原创采茶戏《云岭春深》的创排经费预算是多少万元？"),
    P("BB26", "negative", "湫源县文化广电旅游局2025年工作要点里定的全年接待游客目标是多少？"),
    P("BB27", "negative", "湫源县文化广电旅游局2026年工作要点中，县文化市场综合执法大队的大队长是谁？"),
    P("BB28", "negative", "嵫川县交通运输局巡察整改方案中，37.6公里农村公路提质改造需要投资多少钱？"),
    P("BB29", "negative", "嵫川县交通运输局关于县委第四巡察组反馈意见整改进展情况的通报里，截至目前已完成了几项整改任务？"),
    P("BB30", "negative", "嵫川县交通运输局整改方案里提到的上轮巡察是哪一年开展的？"),
)
FIFTYNINTH_CHATS: tuple[Chat, ...] = (
    Chat("BBc1", "museum task in Qiuyuan culture/tourism work points: follow-up on the same task via 它, then a near-miss (curator's name not stated)", (
        P("BBc1#1", "figure", "湫源县文化广电旅游局2026年工作要点里，县博物馆什么时候重新开放？",
          "10月底前重新对外开放"),
        P("BBc1#2", "figure", "那它今年要新增备案几家乡村博物馆？", "年内新增备案乡村博物馆3家"),
        P("BBc1#3", "negative", "这项任务的配合单位县博物馆，馆长叫什么名字？"),
    )),
    Chat("BBc2", "intangible heritage task in Qiuyuan, then 这个任务 follow-up, then switch agency to Zichuan transport rectification plan", (
        P("BBc2#1", "figure", "湫源县文旅局今年要组织申报几项省级非遗代表性项目？",
          "组织申报第六批省级非遗代表性项目2项"),
        P("BBc2#2", "figure", "这个任务里非遗工坊要建几家？能带动多少人就业？",
          "建设非遗工坊5家", "带动当地群众就业300人以上"),
        P("BBc2#3", "figure", "换个单位问，嵫川县交通运输局的巡察整改方案里，2026年要公开招聘多少名工程技术类专业人员？",
          "公开招聘工程技术类专业人员8名"),
    )),
    Chat("BBc3", "Zichuan plan cross-reference: problem (问题7) -> task 12 -> responsibility list; then another problem (问题13) -> task 18 -> leader", (
        P("BBc3#1", "figure", "嵫川县交通运输局巡察整改方案里，治超执法问题中有多少件处罚案件没有在网上公示？",
          "有23件超限运输行政处罚案件未按规定在网上公示"),
        P("BBc3#2", "figure", "针对这个问题的整改任务，责任领导是谁、哪个单位牵头？",
          "任务12：责任领导黎振华"),
        P("BBc3#3", "figure", "那养护资金滞留那个问题（问题13）对应的任务，责任领导又是谁？",
          "任务18：责任领导石远征"),
    )),
    Chat("BBc4", "Qiuyuan: list of tasks co-handled by 县文化产业发展中心, then 这些任务里 a figure, then 第三个 ordinal reference", (
        P("BBc4#1", "list", "湫源县文旅局2026年工作要点里，配合单位是县文化产业发展中心的任务有哪些？",
          "发展文旅消费新场景", "壮大文化产业市场主体", "推进文旅与体育、农业融合发展", need="all"),
        P("BBc4#2", "figure", "这些任务里，要新增几家规模以上文化企业？", "新增规模以上文化企业6家"),
        P("BBc4#3", "figure", "那第三个任务要办几项品牌赛事？", "环湫水湖自行车赛等品牌赛事4项"),
    )),
    Chat("BBc5", "Zichuan plan timeline: overall deadline, then interim report date, then a near-miss (inspection team leader not named)", (
        P("BBc5#1", "figure", "嵫川县交通运输局党组的巡察整改方案要求限期整改的问题什么时候前基本完成？",
          "确保在2026年7月14日前基本完成"),
        P("BBc5#2", "figure", "那整改进展情况报告要在什么时候前报给县委巡察办？",
          "2026年3月14日前", "巡察反馈后2个月内"),
        P("BBc5#3", "negative", "这次来巡察的县委第四巡察组组长是谁？"),
    )),
)


SIXTIETH: tuple[Probe, ...] = (
    # ---- list ----
    P("BC1", "list", "浿阳县退役军人事务局关于县委第四巡察组反馈问题的整改销号报告中，截至2026年5月底还有哪些问题没有销号？",
      "退役士兵安置岗位落实不到位", "部分村级退役军人服务站有牌子无人员",
      "县退役军人服务中心编外聘用人员管理松散", "优抚对象数据未定期与相关部门比对", need="all"),
    P("BC2", "list", "浿阳县退役军人事务局的巡察整改销号报告里，哪几个问题是在2026年3月份销号的？",
      "销号时间：2026年3月18日", "销号时间：2026年3月5日", "销号时间：2026年3月27日", need="all"),
    P("BC3", "list", "浿阳县退役军人事务局巡察整改中，由县退役军人服务中心负责整改的是哪几个问题？",
      "部分村级退役军人服务站有牌子无人员", "困难退役军人帮扶援助资金审核把关不严",
      "县退役军人服务中心编外聘用人员管理松散", need="all"),
    P("BC4", "list", "县委第四巡察组在全面从严治党方面给浿阳县退役军人事务局指出了哪些问题？现在都整改完了吗？",
      "困难退役军人帮扶援助资金审核把关不严", "公务接待管理不规范", "公务用车管理不严格",
      "自主就业退役士兵一次性经济补助发放不及时", need="all"),
    P("BC5", "list", "漴溪县水务局2025年度河湖长制工作考核通报出来后，哪些乡镇的负责人被约谈或者谈话了？",
      "约谈了沤田乡党委书记和乡长", "约谈了鳌头镇党委书记和镇长", "对考核等次为合格的茆坪乡、黄泥塅乡", need="all"),
    P("BC6", "list", "漴溪县2025年度河湖长制工作考核中被评为不合格的乡镇有哪些？各自是什么原因？",
      "综合得分低于70分", "发生非法采砂问题被省级通报，实行一票否决", need="all"),
    P("BC7", "list", "漴溪县水务局河湖长制考核通报列出的暗访典型问题中，哪些到现在还没有彻底整改到位？",
      "河床修复工程正在实施", "已清除，待汛前复核", "复查时发现局部反弹", need="all"),
    P("BC8", "list", "漴溪县河湖长制考核结果出来以后，对乡镇有哪些奖励和惩罚措施？",
      "各安排河湖管护以奖代补资金8万元", "按20%的比例扣减其2026年度河湖管护经费",
      "原则上暂停安排新的县级河湖治理项目", need="all"),
    # ---- figure ----
    P("BC9", "figure", "浿阳县退役军人事务局巡察整改报告中，优抚对象去世后多发放的定期抚恤补助金一共有多少钱？",
      "多发放定期抚恤补助金共计9.47万元"),
    P("BC10", "figure", "浿阳县退役军人事务局巡察整改中，烈士纪念设施管护不到位的问题是哪天销号的？",
      "销号时间：2026年4月22日"),
    P("BC11", "figure", "浿阳县退役军人事务局巡察整改销号情况报告的联系人电话是多少？",
      "0775-6283914"),
    P("BC12", "figure", "针对县委第四巡察组反馈的16个问题，浿阳县退役军人事务局党组的整改方案一共制定了多少条整改措施？",
      "制定整改措施53条"),
    P("BC13", "figure", "漴溪县水务局通报的2025年度河湖长制工作考核中，14个乡镇的平均得分是多少？",
      "综合得分平均为84.93分"),
    P("BC14", "figure", "漴溪县河长办2025年交办给各乡镇的河湖问题中，有多少件是逾期整改的？",
      "其中逾期整改的11件"),
    P("BC15", "figure", "漴溪县水务局河湖长制考核通报中，芫塘镇在篁竹河拆除的违章建筑面积是多少？",
      "面积1850平方米"),
    P("BC16", "figure", "漴溪县河湖长制考核通报要求被约谈的乡镇在多长时间内提交书面整改报告？",
      "约谈后15个工作日内"),
    # ---- paraphrase ----
    P("BC17", "paraphrase", "浿阳县有些老兵去世了家里还一直在领抚恤金，县退役军人事务局后来把多领的钱要回来了没有？",
      "多发放的抚恤补助金已全部追回"),
    P("BC18", "paraphrase", "浿阳县散落在乡下各处、没人打理的烈士坟墓，退役军人事务局后来是怎么处理的？",
      "将14座零散烈士墓迁入县烈士陵园"),
    P("BC19", "paraphrase", "我是2025年秋天从部队回到浿阳县的，听说县里给我们的那笔一次性补助拖了好几个月，退役军人事务局说现在发了没有？",
      "218.4万元已于2026年1月发放到位"),
    P("BC20", "paraphrase", "浿阳县退役军人事务局组织的退役军人技能培训，现在参加培训的人能拿到证书的比例有多高？",
      "取证率提高到81.4%"),
    P("BC21", "paraphrase", "漴溪县去年哪个乡镇的河管得最好？在水务局的考核里排第一的是哪个？",
      "连续三年获评优秀等次"),
    P("BC22", "paraphrase", "漴溪县有的村干部当河长只拿手机打个卡，根本不去河边看，水务局的河湖长制考核通报对这种情况是怎么说的？",
      "17名村级河长巡河次数未达到规定要求", "存在以手机打卡代替实地巡查的现象"),
    P("BC23", "paraphrase", "漴溪县鳌头镇的河湖长制考核分数明明比沤田乡高，为什么在水务局的排名里倒数第一？",
      "排名列全县末位", "发生非法采砂问题被省级通报，实行一票否决"),
    P("BC24", "paraphrase", "漴溪县水务局的考核通报里说，全县河流的水质现在达标的比例大概多少？",
      "断面水质达标率为88.9%"),
    # ---- negative ----
    P("BC25", "negative", "浿阳县退役军人事务局的巡察整改销号报告中，县委第四巡察组的组长是谁？"),
    P("BC26", "negative", "浿阳县退役军人事务局整改后统一的义务兵家庭优待金标准是每人每年多少钱？"),
    P("BC27", "negative", "浿阳县退役军人事务局巡察整改报告中，受到党纪轻处分的那名干部叫什么名字、担任什么职务？"),
    P("BC28", "negative", "漴溪县水务局的河湖长制考核通报中，岽口镇2024年度河湖长制考核得了多少分？"),
    P("BC29", "negative", "漴溪县鳌头镇非法采砂监管失职问题移送县纪委监委后，最后给了哪些人什么处分？"),
    P("BC30", "negative", "浿阳县水务局2025年度河湖长制工作考核中，排名第一的乡镇是哪个？"),
)
SIXTIETH_CHATS: tuple[Chat, ...] = (
    Chat("BCc1", "Veterans bureau rectification report: a closure date, a follow-up amount via '当时', then switch to another problem with '那…呢'", (
        P("BCc1#1", "figure", "浿阳县退役军人事务局巡察整改销号报告里，公务接待管理不规范的问题是哪天销号的？",
          "销号时间：2026年2月13日"),
        P("BCc1#2", "figure", "当时相关人员个人退了多少超标准的钱？", "个人退还超标准费用1360元"),
        P("BCc1#3", "figure", "那公务用车那个问题呢，什么时候销的号？", "销号时间：2026年3月5日"),
    )),
    Chat("BCc2", "List problems led by one office, then pick the open one among 'these' and its deadline, then a detail the report does not give (negative)", (
        P("BCc2#1", "list", "浿阳县退役军人事务局的巡察整改中，优抚褒扬股牵头负责的问题有哪些？",
          "部分优抚对象去世后抚恤补助金未及时停发", "上轮巡察指出的光荣牌悬挂不规范问题整改不彻底",
          "优抚对象数据未定期与相关部门比对", "义务兵家庭优待金发放标准执行不统一", need="all"),
        P("BCc2#2", "figure", "这几个里面还有没销号的吗？它的整改时限是怎么定的？", "长期坚持，每季度比对一次"),
        P("BCc2#3", "negative", "那它要用的数据共享接口具体哪天能建成？"),
    )),
    Chat("BCc3", "River-chief assessment: follow one township ('它', '这个乡') across deduction items and the interview date/official", (
        P("BCc3#1", "figure", "漴溪县水务局2025年度河湖长制考核通报里，沤田乡因为出境断面水质不达标被扣了几分？",
          "该乡因此被扣5分"),
        P("BCc3#2", "figure", "它在“四乱”问题上又被扣了多少分？", "问题反复出现，被扣4.5分"),
        P("BCc3#3", "figure", "这个乡的党委书记是哪天被约谈的？是谁约谈的？", "2026年3月3日，县副总河长、副县长蒯立峰"),
    )),
    Chat("BCc4", "Member-unit results: list the units graded 合格, then total number assessed, then an unstated deduction (negative)", (
        P("BCc4#1", "list", "漴溪县水务局的河湖长制考核中，县直成员单位被评为合格等次的有哪几个？",
          "县交通运输局评定为合格等次", "县文化旅游广电体育局评定为合格等次", need="all"),
        P("BCc4#2", "figure", "成员单位一共考核了多少个？", "同步对19个县河长制成员单位进行了考核"),
        P("BCc4#3", "negative", "那县交通运输局具体被扣了多少分？"),
    )),
    Chat("BCc5", "Topic switch from the water bureau notice to the veterans bureau report, then an elliptic follow-up on the same figure", (
        P("BCc5#1", "figure", "漴溪县水务局这次河湖长制考核，群众满意度调查一共回收了多少份有效问卷？",
          "共回收有效问卷1120份"),
        P("BCc5#2", "figure", "换个话题，浿阳县退役军人事务局的巡察整改报告里，没有专人负责的村级退役军人服务站有多少个？",
          "有41个村级服务站没有明确专人负责"),
        P("BCc5#3", "figure", "那现在已经配齐人员的有多少个？", "已有33个配齐专兼职人员"),
    )),
)


def _norm(text: str) -> str:
    return _SPACE.sub("", text)


def judge(probe: Probe, answer) -> str:
    """"right", "wrong", "refused wrongly" or "answered a negative"."""
    if not probe.gold:
        return "right" if answer.abstained else "answered a negative"
    if answer.abstained:
        return "refused wrongly"
    quotes = [_norm(c.quote) for c in answer.citations]
    found = [any(_norm(g) in q for q in quotes) for g in probe.gold]
    ok = all(found) if probe.need == "all" else any(found)
    return "right" if ok else "wrong"


@dataclass
class Row:
    id: str
    kind: str
    question: str
    verdict: str
    answer: str


def run(index: Path, part: str = "first") -> list[Row]:
    """The probe's questions of one part ("first", "fresh", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
    "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst",
    "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth",
    "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortieth", "fortyfirst", "fortysecond",
    "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth",
    "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth",
    "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtieth") asked
    and judged."""
    from assistant.models import Turn
    from assistant.service import Assistant
    from index.search.searcher import Searcher

    assistant = Assistant(Searcher(index))
    rows: list[Row] = []
    standalone = {"first": STANDALONE, "fresh": FRESH, "third": THIRD, "fourth": FOURTH,
                  "fifth": FIFTH, "sixth": SIXTH,
                  "seventh": SEVENTH, "eighth": EIGHTH, "ninth": NINTH, "tenth": TENTH,
                  "eleventh": ELEVENTH, "twelfth": TWELFTH,
                  "thirteenth": THIRTEENTH, "fourteenth": FOURTEENTH,
                  "fifteenth": FIFTEENTH, "sixteenth": SIXTEENTH,
                  "seventeenth": SEVENTEENTH, "eighteenth": EIGHTEENTH,
                  "nineteenth": NINETEENTH, "twentieth": TWENTIETH,
                  "twentyfirst": TWENTYFIRST, "twentysecond": TWENTYSECOND,
                  "twentythird": TWENTYTHIRD, "twentyfourth": TWENTYFOURTH,
                  "twentyfifth": TWENTYFIFTH, "twentysixth": TWENTYSIXTH,
                  "twentyseventh": TWENTYSEVENTH, "twentyeighth": TWENTYEIGHTH,
                  "twentyninth": TWENTYNINTH, "thirtieth": THIRTIETH,
                  "thirtyfirst": THIRTYFIRST, "thirtysecond": THIRTYSECOND,
                  "thirtythird": THIRTYTHIRD,
                  "thirtyfourth": THIRTYFOURTH,
                  "thirtyfifth": THIRTYFIFTH,
                  "thirtysixth": THIRTYSIXTH,
                  "thirtyseventh": THIRTYSEVENTH,
                  "thirtyeighth": THIRTYEIGHTH,
                  "thirtyninth": THIRTYNINTH,
                  "fortyfirst": FORTYFIRST,
                  "fortieth": FORTIETH,
                  "fortysecond": FORTYSECOND,
                  "fortythird": FORTYTHIRD,
                  "fortyfourth": FORTYFOURTH,
                  "fortyfifth": FORTYFIFTH,
                  "fortysixth": FORTYSIXTH,
                  "fortyseventh": FORTYSEVENTH,
                  "fortyeighth": FORTYEIGHTH,
                  "fortyninth": FORTYNINTH,
                  "fiftieth": FIFTIETH,
                  "fiftyfirst": FIFTYFIRST,
                  "fiftysecond": FIFTYSECOND,
                  "fiftythird": FIFTYTHIRD,
                  "fiftyfourth": FIFTYFOURTH,
                  "fiftyfifth": FIFTYFIFTH,
                  "fiftysixth": FIFTYSIXTH,
                  "fiftyseventh": FIFTYSEVENTH,
                  "fiftyeighth": FIFTYEIGHTH,
                  "fiftyninth": FIFTYNINTH,
                  "sixtieth": SIXTIETH}[part]
    chats = {"first": CHATS, "fresh": FRESH_CHATS, "third": THIRD_CHATS,
             "fourth": FOURTH_CHATS, "fifth": FIFTH_CHATS, "sixth": SIXTH_CHATS,
             "seventh": SEVENTH_CHATS, "eighth": EIGHTH_CHATS,
             "ninth": NINTH_CHATS, "tenth": TENTH_CHATS, "eleventh": ELEVENTH_CHATS,
             "twelfth": TWELFTH_CHATS, "thirteenth": THIRTEENTH_CHATS,
             "fourteenth": FOURTEENTH_CHATS, "fifteenth": FIFTEENTH_CHATS,
             "sixteenth": SIXTEENTH_CHATS, "seventeenth": SEVENTEENTH_CHATS,
             "eighteenth": EIGHTEENTH_CHATS, "nineteenth": NINETEENTH_CHATS,
             "twentieth": TWENTIETH_CHATS, "twentyfirst": TWENTYFIRST_CHATS,
             "twentysecond": TWENTYSECOND_CHATS, "twentythird": TWENTYTHIRD_CHATS,
             "twentyfourth": TWENTYFOURTH_CHATS, "twentyfifth": TWENTYFIFTH_CHATS,
             "twentysixth": TWENTYSIXTH_CHATS, "twentyseventh": TWENTYSEVENTH_CHATS,
             "twentyeighth": TWENTYEIGHTH_CHATS, "twentyninth": TWENTYNINTH_CHATS,
             "thirtieth": THIRTIETH_CHATS, "thirtyfirst": THIRTYFIRST_CHATS,
             "thirtysecond": THIRTYSECOND_CHATS, "thirtythird": THIRTYTHIRD_CHATS,
             "thirtyfourth": THIRTYFOURTH_CHATS,
             "thirtyfifth": THIRTYFIFTH_CHATS,
             "thirtysixth": THIRTYSIXTH_CHATS,
             "thirtyseventh": THIRTYSEVENTH_CHATS,
             "thirtyeighth": THIRTYEIGHTH_CHATS,
             "thirtyninth": THIRTYNINTH_CHATS,
             "fortyfirst": FORTYFIRST_CHATS,
             "fortieth": FORTIETH_CHATS,
             "fortysecond": FORTYSECOND_CHATS,
             "fortythird": FORTYTHIRD_CHATS,
             "fortyfourth": FORTYFOURTH_CHATS,
             "fortyfifth": FORTYFIFTH_CHATS,
             "fortysixth": FORTYSIXTH_CHATS,
             "fortyseventh": FORTYSEVENTH_CHATS,
             "fortyeighth": FORTYEIGHTH_CHATS,
             "fortyninth": FORTYNINTH_CHATS,
             "fiftieth": FIFTIETH_CHATS,
             "fiftyfirst": FIFTYFIRST_CHATS,
             "fiftysecond": FIFTYSECOND_CHATS,
             "fiftythird": FIFTYTHIRD_CHATS,
             "fiftyfourth": FIFTYFOURTH_CHATS,
             "fiftyfifth": FIFTYFIFTH_CHATS,
             "fiftysixth": FIFTYSIXTH_CHATS,
             "fiftyseventh": FIFTYSEVENTH_CHATS,
             "fiftyeighth": FIFTYEIGHTH_CHATS,
             "fiftyninth": FIFTYNINTH_CHATS,
             "sixtieth": SIXTIETH_CHATS}[part]
    for probe in standalone:
        answer = assistant.ask(probe.question)
        rows.append(Row(probe.id, probe.kind, probe.question, judge(probe, answer), answer.text))
    for chat in chats:
        history: list[Turn] = []
        for probe in chat.turns:
            answer = assistant.ask(probe.question, history=list(history))
            kind = probe.kind if probe is chat.turns[0] else f"turn:{probe.kind}"
            rows.append(Row(probe.id, kind, probe.question, judge(probe, answer), answer.text))
            history += [Turn("user", probe.question),
                        Turn("assistant", answer.text[:HISTORY_TURN_CHARS])]
    return rows


def table(rows: list[Row]) -> str:
    kinds = sorted({r.kind for r in rows})
    verdicts = ("right", "wrong", "refused wrongly", "answered a negative")
    lines = ["PROBE (held-out, not a tuned set)", "kind | n | " + " | ".join(verdicts)]
    for kind in kinds + ["all"]:
        chosen = [r for r in rows if kind == "all" or r.kind == kind]
        count = Counter(r.verdict for r in chosen)
        lines.append(f"{kind} | {len(chosen)} | " + " | ".join(str(count[v]) for v in verdicts))
    return "\n".join(lines)


def build(index: Path) -> None:
    """Index the shipped notices and the probe notices into `index` (generated formats from
    their .src sources into a temporary folder)."""
    from eval.ledger_files import SOURCE_SUFFIX, materialize

    folder = Path(tempfile.mkdtemp(prefix="heldout-files-"))
    files: list[str] = [str(p) for p in sorted((ROOT / "corpus" / "notices").iterdir())]
    for root in PROBE_FOLDERS:
        for path in sorted(root.iterdir()):
            if path.name.endswith(SOURCE_SUFFIX):
                files.append(str(materialize(path.with_name(path.name[:-len(SOURCE_SUFFIX)]),
                                             folder)))
            else:
                files.append(str(path))
    subprocess.run([sys.executable, "-m", "ui.cli.main", "index", "add", *files],
                   check=True, cwd=ROOT, env={**__import__("os").environ,
                                              "NOTICES_INDEX_DIR": str(index)})


# The parts after the first, each with when it was written.
_PARTS = {
    "fresh": "written after the first round of fixes",
    "third": "written after the second round of fixes",
    "fourth": "written after the third round of fixes",
    "fifth": "written on 2026-12-05 with notices 05 and 06",
    "sixth": "written on 2026-12-05 with notices 07 and 08",
    "seventh": "written on 2026-12-05 with notices 09 and 10",
    "eighth": "written on 2026-12-05 with notices 11 and 12",
    "ninth": "written on 2026-12-05 with notices 13 and 14",
    "tenth": "written on 2026-12-05 with notices 15 and 16",
    "eleventh": "written on 2026-12-05 with notices 17 and 18",
    "twelfth": "written on 2026-12-05 with notices 19 and 20",
    "thirteenth": "written on 2026-12-05 with notices 21 and 22",
    "fourteenth": "written on 2026-12-06 with notices 23 and 24",
    "fifteenth": "written on 2026-12-06 with notices 25 and 26",
    "sixteenth": "written on 2026-12-06 with notices 27 and 28",
    "seventeenth": "written on 2026-12-06 with notices 29 and 30",
    "eighteenth": "written on 2026-12-06 with notices 31 and 32",
    "nineteenth": "written on 2026-12-06 with notices 33 and 34",
    "twentieth": "written on 2026-12-06 with notices 35 and 36",
    "twentyfirst": "written on 2026-12-06 with notices 37 and 38",
    "twentysecond": "written on 2026-12-06 with notices 39 and 40",
    "twentythird": "written on 2026-12-06 with notices 41 and 42",
    "twentyfourth": "written on 2026-12-06 with notices 43 and 44",
    "twentyfifth": "written on 2026-12-06 with notices 45 and 46",
    "twentysixth": "written on 2026-12-06 with notices 47 and 48",
    "twentyseventh": "written on 2026-12-06 with notices 49 and 50",
    "twentyeighth": "written on 2026-12-06 with notices 51 and 52",
    "twentyninth": "written on 2026-12-06 with notices 53 and 54",
    "thirtieth": "written on 2026-12-06 with notices 55 and 56",
    "thirtyfirst": "written on 2026-12-06 with notices 57 and 58",
    "thirtysecond": "written on 2026-12-06 with notices 59 and 60",
    "thirtythird": "written on 2026-12-06 with notices 61 and 62, asked once",
    "thirtyfourth": "written on 2026-12-07 with notices 63 and 64",
    "thirtyfifth": "written on 2026-12-07 with notices 65 and 66",
    "thirtysixth": "written on 2026-12-07 with notices 67 and 68",
    "thirtyseventh": "written on 2026-12-07 with notices 69 and 70",
    "thirtyeighth": "written on 2026-12-07 with notices 71 and 72",
    "thirtyninth": "written on 2026-12-07 with notices 73 and 74",
    "fortieth": "written on 2026-12-07 with notices 75 and 76",
    "fortyfirst": "written on 2026-12-07 with notices 77 and 78",
    "fortysecond": "written on 2026-12-07 with notices 79 and 80, asked once",
    "fortythird": "written on 2026-12-07 with notices 81 and 82, blind",
    "fortyfourth": "written on 2026-12-07 with notices 83 and 84, blind",
    "fortyfifth": "written on 2026-12-07 with notices 85 and 86, blind",
    "fortysixth": "written on 2026-12-07 with notices 87 and 88, blind",
    "fortyseventh": "written on 2026-12-07 with notices 89 and 90, blind",
    "fortyeighth": "written on 2026-12-07 with notices 91 and 92, blind",
    "fortyninth": "written on 2026-12-07 with notices 93 and 94, blind",
    "fiftieth": "written on 2026-12-07 with notices 95 and 96, blind",
    "fiftyfirst": "written on 2026-12-07 with notices 97 and 98, blind",
    "fiftysecond": "written on 2026-12-07 with notices 99 and 100, blind",
    "fiftythird": "written blind (session of 2026-12-07, seventeenth): a 人社局 工作要点 in .txt with bracketed fields, a 督查室 通报 web page with score tables",
    "fiftyfourth": "written blind (seventeenth session): a 卫健局 巡察整改进展 in .docx with labelled lines, a 城管局 专题会议纪要 in .md",
    "fiftyfifth": "written blind (seventeenth session): a 教育局 校外培训治理通报 in .pdf with a district table, a 商务局 总结和思路 in .txt",
    "fiftysixth": "written blind (seventeenth session): a town's 民生实事公示 web page with a project table, a 自然资源局 整改台账 in .docx",
    "fiftyseventh": "written blind (eighteenth session): a 市场监管局 专项整治方案 in .md with a 任务分工 table, a 审计局 整改公告 in .txt with 一是…四是 measures",
    "fiftyeighth": "written blind (eighteenth session): a 街道党工委 整改进展通报 web page with bracketed statuses, a 住建局 安全检查通报 in .pdf with a project table",
    "fiftyninth": "written blind (eighteenth session): a 文广旅局 工作要点 in .docx with bracketed offices, a 交通运输局 整改方案 in .txt with three cross-referenced lists",
    "sixtieth": "written blind (eighteenth session): a 退役军人事务局 销号报告 in .md, a 水务局 河湖长制考核通报 web page with a ranking table",
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--build", action="store_true", help="index the probe corpus first")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every row")
    for name, written in _PARTS.items():
        parser.add_argument(f"--{name}", action="store_true", help=f"ask the part {written} instead")
    args = parser.parse_args(argv)
    if args.build:
        build(args.index)
    part = next((name for name in reversed(list(_PARTS)) if getattr(args, name)), "first")
    rows = run(args.index, part)
    for r in rows:
        if args.verbose or r.verdict != "right":
            text = r.answer.replace("\n", " ")[:160]
            print(f"{r.id:6} {r.kind:16} {r.verdict:20} {r.question}\n        -> {text}")
    print(table(rows))


if __name__ == "__main__":
    main()
