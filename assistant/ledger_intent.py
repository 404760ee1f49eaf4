"""Does a question ask about the rectification ledger, and for what?

Officials ask about the notices' structure: which problems are done, still open or long-term,
what falls due when, which office leads, how many items are done, which agencies were told
of a problem. Such a question is answered from the ledger (assistant.ledger_answer), every
matching item listed. A question about the content of a measure ("怎么合并党支部的?") is not.

>>> ask = read_ledger_ask("济南应急局还有哪些巡察问题没有整改完成?")
>>> ask.statuses, ask.want
(('阶段性成效', '长期坚持', '推进中'), 'status')
>>> read_ledger_ask("人事处牵头负责哪些工作?").want
'items'
>>> read_ledger_ask("济南市应急管理局合并了多少个党支部?") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.quantity import TIME, asked_kinds, asked_unit
from corpus.ledger import OPEN_STATUSES
from corpus.ledger.assignment import LEADER_WORDS

# Status words of a question, checked in this order: "没有整改完成" contains "整改完成".
# "在整改中处理了…" is the rectification as a whole, not an open item: only "还在/仍在整改".
_OPEN = re.compile(r"(没有?|未|尚未|还没有?|仍未)(全部|完全)?(整改)?(完成|到位|整改|销号|办结)|剩下|剩余|还在整改|仍在整改"
                   r"|(还在|仍在|正在)推进整改"
                   r"|未完成|没完成|未销号|还有哪些.{0,12}(没|未)")
# A 销号 verdict withheld ("暂缓销号", "验收没通过": held-out probe, twenty-fourth part, a report
# grouping its problems by verdict): work under way; long-term work got a staged 销号.
_WITHHELD = re.compile(r"(?:暂缓|不予|不能|不得|无法)销号|(?:没有?|未|未能|没能)通过(?:验收)?"
                       r"|验收.{0,4}(?:没|未)通过")
# A status is named as one ("长期坚持", "需长期整改", "取得阶段性成效"), not by the adjective
# alone: "阶段性降低费率" and "长期护理保险" are a policy's words (NCP, read not tuned on).
# The long-term state as ledgers word it asked in their words ("哪些措施属于持续整改?", "哪些是常态化
# 的?": held-out probe, twenty-first and twenty-second parts), not a measure's words ("开展常态化
# 督导", "建立常态化机制": a follow-up's resolved text carries an item's).
_LONG = re.compile(r"长期(?:坚持|整改|推进|任务|问题|事项|性)|需要?长期|标明.{0,2}长期"
                   r"|(?:属于|是|为|列为)(?:持续整改|常态化)|(?:持续整改|常态化)(?:推进|落实|开展)?"
                   r"(?:的|[?？]?$)")
_STAGE = re.compile(r"阶段性(?:成效|成果|进展|完成|整改)|取得阶段性|基本完成")
# ("还在持续推进": a 整改状态 a ledger writes as 持续推进, held-out probe, fifteenth part)
# (a partial completion is work under way: "哪些只是部分完成?", held-out probe, thirty-third
# part AB2)
# (and "还处在正在整改阶段": the state as a report words it, held-out probe, sixteenth part z9)
_PROGRESS = re.compile(r"推进中|(?:正在|仍在|还在|尚在)(?:持续)?(?:推进|进行|办理)|持续推进(?:中|的)"
                       r"|部分(?:完成|整改|到位)|正在整改")
# "完成了多少项整改": a count of the finished items (not "完成了多少个应急救援站").
# 办结 is done as 完成 is ("哪些问题已经办结了?": held-out probe, ninth part's notice says 已办结).
_DONE = re.compile(r"(已经|已)(全部)?(整改)?(完成|到位|销号|办结)|整改完成|完成了?整改|完成了哪些|整改到位|已整改"
                   r"|完成了?(?:多少|几)\s*(?:个|项|条)(?:整改)?(?:问题|任务|事项)?(?=[?？。,，]|$)"
                   r"|完成的(?:整改)?(?:问题|任务|事项)?[^,，。?？]{0,4}(?:最多|最少)|完成得?最多|完成得?最少")
# A progress rating as a report words it ("进度评价：进度滞后/提前完成/尚未启动/序时推进"), asked
# in the question: the items whose status says so, not every open or done one (held-out probe,
# fourteenth part: "哪些重点工作进度滞后?" was answered from the table's 注 line). Each: how a
# question asks it, the coarse status it belongs to (None: any), and how a status quote or a
# deadline words it.
_WORDED = (
    (re.compile(r"滞后|落后|拖后|慢于"), "推进中", r"滞后|落后|低于序时"),
    (re.compile(r"提前完成|超额完成|超前完成"), "完成", r"提前完成|超额完成"),
    (re.compile(r"(?:没有?|未|尚未|还没有?)(?:启动|开始|开工|动工)"), "推进中", r"未启动|未开工|未动工|未开始"),
    (re.compile(r"序时推进|按序时|进度正常"), "推进中", r"序时|进度正常"),
    # an inspection's verdict ("督查评定：未按期完成"): late, whether done since or not
    (re.compile(r"(?:没有?|未|没能|未能)(?:按期|如期|按时|按计划)(?:完成|办结)|逾期|超期"), "推进中",
     r"未(?:按期|如期|按时)|逾期|超期"),
    # only partly done, as a state words it ("部分完成。1个项目已开工…"), among the items under
    # way (held-out probe, thirty-fifth part ADc3#2: "部分完成的是哪个问题?" listed all three);
    # not when another open state is asked beside it ("仍在推进或只是部分完成")
    (re.compile(r"^(?:(?!推进|整改中|没有?整改完|未整改完|还没).)*部分(?:完成|整改|到位)"
                r"(?:(?!推进|整改中).)*$"), "推进中", r"部分(?:完成|整改|到位)"),
    # corrected on the spot, as a 完成时限 or a state words it ("完成时限：立行立改"), whatever
    # its state now (held-out probe, twenty-first part i10 was answered from one row)
    (re.compile(r"立行立改|立查立改|即知即改|立知立改"), None, r"立行立改|立查立改|即知即改|立知立改"),
)
# Another document the conversation named, pointed at ("那份指南里定了多少条措施?": dev q527#4
# was answered with the notice's ledger items matching 指南).
_OTHER_DOCUMENT = re.compile(r"(?:那份|这份|那个|这个|那部|该)(?:指南|办法|手册|细则|规定|制度|意见|规划|"
                             r"标准|指引|导则|预案)"
                             # a list of its own the notice names, counted inside ("巡查事项清单里
                             # 一共列了多少项?": dev q566#4 was answered with the ledger's items);
                             # the 整改/问题/任务/责任清单 is the ledger itself
                             r"|(?<!整改)(?<!问题)(?<!任务)(?<!责任)(?<!负面)清单(?:里|中|上|内)")
# How something was done ("后来是怎么改的?", "如何整改的?"): the measures, in the passages.
_HOW = re.compile(r"(?:怎么|怎样|如何)(?:改|整改|解决|处理|落实|做)|采取了?(?:哪些|什么)(?:措施|办法)")
# A reason asked ("为什么没启动?", "滞后的原因是什么?"): the prose states it, the ledger does not.
_WHY = re.compile(r"为什么|为何|什么原因|原因是|啥原因|怎么回事")
# The office of an item: "由哪个处室负责", "谁牵头", "责任单位是".
# (主责 as plans label the office that answers, "主责科室：…": held-out probe, thirty-ninth part
# AHc3#2 "第二个任务由哪个科室主责?" filtered the items by the word)
_LEAD_ASK = re.compile(r"(哪个|哪些|什么|哪一?个?)(处室|科室|部门|单位|处|科|办公室|机构)?.{0,4}(负责|牵头|承办|主责)"
                       r"|由?谁(来)?(负责|牵头|主责)|(?<!作为)(责任|牵头|主责)(单位|处室|科室|部门)")
# The person who answers for an item ("谁是责任领导?", "责任人是谁?", "哪位领导分管?"): the
# item's 责任领导 line, not its office (held-out probe, seventh part xc5#3).
LEADER_ASK = re.compile(rf"(?:{LEADER_WORDS})(?:是|为)?(?:谁|哪位|哪个|哪些)"
                        rf"|(?:谁|哪位领导?|哪个领导|哪些领导)(?:是|为|担任)?(?:{LEADER_WORDS})"
                        # ("这几项分别由哪位局领导负责?": found using the app after a ledger answer)
                        r"|(?:哪位|哪个|哪些)(?:局|厅|县|市|区|分管|班子)?领导(?:负责|分管|牵头|包保|包联)"
                        # ("哪位班子成员查摆、负责整改的?": held-out probe, twenty-first part i25)
                        r"|(?:哪位|哪个|哪些|哪一位)(?:领导班子成员|班子成员|党组成员|局领导)")
# The words of assisting a question uses (协同 as notices label helpers).
_ASSISTS = r"(?:配合|协办|协助|协同)"
# The offices that assist ("由哪个单位配合?", "配合单位有哪些?", "谁来配合?"): the item's 配合单位,
# not its lead (held-out probe, ninth part: a plan's tasks end in "【配合单位】…").
# (协同 as notices label helpers, "协同：…": held-out probe, thirty-eighth part AGc2#3)
HELPER_ASK = re.compile(r"(?:哪个|哪些|哪几个|什么)(?:单位|部门|处室|科室|股室)?(?:来|负责)?" + _ASSISTS
                        + r"|(?:配合|协办|协同)(?:单位|部门)(?:是|有|为)?(?:谁|哪|什么)|谁(?:来|负责)?" + _ASSISTS
                        # the items an office assists: "哪些任务要市教育局配合?"
                        + r"|(?:哪些|哪几项|哪几个|什么)(?:任务|问题|工作|事项)[^,，。?？]{1,12}" + _ASSISTS
                        # the items named before ("整改任务中, 哪些需要计划财务股配合?": held-out
                        # probe, twenty-second part j10)
                        + r"|(?:哪些|哪几项|哪几个)(?:需要|要|由|是|需)[^,，。?？]{1,12}" + _ASSISTS
                        # the role first ("计划财务股以协同或配合身份参与了哪些问题的整改?":
                        # held-out probe, thirty-eighth part AG4 was answered from passages)
                        + r"|" + _ASSISTS + r"[^,，。?？]{0,8}(?:哪些|哪几项|哪几个)(?:任务|问题|工作|事项)")
# An office named as the one that assists: "哪些任务要市教育局配合?" lists the items it helps with.
_HELPER_OFFICE = re.compile(r"([\u4e00-\u9fff]{1,14}?(?:局|处|科|股|室|办公室|中心|委员会|委|政府|联合会|协会|公司))"
                            r"(?:来|负责|参与|以|作为)?" + _ASSISTS)
# An office named in the question, with the verb that makes it the subject: "人事处牵头负责哪些".
# (机关党委 opening the question, or after 由: "由机关党委牵头的工作有哪些?", held-out probe,
# thirty-fifth part AD7, was read with no office)
_OFFICE = re.compile(r"由?((?:[\u4e00-\u9fff]{1,14}?(?:处|科|股|室|办公室|办|中心|支队|总队|大队|委员会|局))"
                     r"|[\u4e00-\u9fff]{0,14}?机关党委)"
                     # ("由财务科单独负责或牵头负责的": held-out probe, thirty-seventh part AF4)
                     # ("科技信息科要负责哪些工作", "…支队作为责任单位承担了哪些任务": held-out
                     # probe, forty-fifth part AN7 was answered from passages)
                     r"(?:要|需要|需|应)?(?:作为(?:牵头|责任|主责)(?:单位|部门|处室|科室|股室))?"
                     r"(?:单独|独立|独自|具体|直接)?(?:牵头|负责|主抓|承担|承办|参与)")
# When an item is due, not when something happened ("是哪天反馈巡察意见的" asks a date of the past).
# (also "在哪一天前全部完成?": dev negative q433 was answered with every item's state)
_DEADLINE_ASK = re.compile(r"(什么时候|何时|哪天|哪一天|几月|几号|哪一年|多久)(?:前|之前|以前)?"
                           r"(?:能|要|将|会|可以|才能|需要|全部|都|全面){0,2}(完成|整改完|改完|整改到位|办结|到期|截止|结束|解决|落实|到位)"
                           # (a time limit of the work itself, asked as a number, is a figure: "审批
                           # 时限压缩到了多少个工作日?", held-out probe, thirty-eighth part AG10 was
                           # answered with the item's deadline)
                           r"|完成时限|时限(?![^,，。?？]{0,8}(?:多少|几))|期限|到期|截止"
                           # "要干到什么时候": how long the task runs (dev q317)
                           r"|(?:干|做|搞|持续|进行|推进|开展)到(?:什么时候|何时|哪天|几月|哪一年)")
# "12月底前", and "要到2021年底才能完成" (found using the shipped index: it was answered from
# passages).
# (a quarter, "二季度前", "2026年第二季度": held-out probe, twenty-first part)
WHEN = (r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|份)?|\d{4}年(?:底|中|上半年)"
        r"|(?:\d{4}年)?第?[一二三四1-4]季度(?:末|底)?|年底|年中|上半年|年内")
_DUE_BEFORE = re.compile(rf"({WHEN})(?:(?:及|或|和|或者)?(?:之前|以前|前)|才能?(?=完成|整改完|改完|办结|结束|整改到位)"
                         # "要在上半年办完", "6月底完成": by then (held-out probe, tenth part h5)
                         r"|(?=(?:办完|办结|完成|完工|建成|干完|做完)(?!了)))")
# A time limit asked as a period ("完成时限是2026年二季度", "期限为6月底的任务"): the items due
# within it, not every one due by its end (held-out probe, twenty-first part).
_DUE_ON = re.compile(rf"(?:完成时限|时限|期限|完成时间|截止时间|截止日期|时间节点)"
                     # ("计划完成时间写的是2025年12月底的任务": held-out probe o8)
                     # (not "在2025年9月15日及以前": a date and all before it, held-out
                     # probe, forty-seventh part AP3 listed the items due that day alone)
                     rf"(?:写的是|写的|写着|标的是|标为|是|为|定为|定在|在)(?P<when>{WHEN})"
                     rf"(?!\d|日|\s*(?:及|或|和|或者)(?:之前|以前|前))"
                     rf"|(?P<when2>{WHEN})(?:到期|截止)")
_NEXT_YEAR = re.compile(r"跨年|明年|下一年|次年|延续到|跨到|拖到")
# A count of items, not of anything else ("多少个党支部" counts branches, not problems).
# A qualifier may stand between the measure word and the noun ("多少项工作任务", "几项重点任务").
_COUNT = re.compile(r"(多少|几)(个|项|条)?(巡察|反馈|工作|重点|主要|整改|议定)?(问题|任务|事项|整改任务|整改事项|措施)"
                    r"|(问题|任务|事项|措施)[^,，。?？]{0,10}(多少|几)(个|项|条)|完成率|完成比例"
                    # ("已经完成整改的有几个?": held-out probe, thirty-sixth part AEc3#1 listed
                    # the items without the notice's own count)
                    r"|(整改|完成)了?(?:的(?:一共|共)?有)?(多少|几)(个|项|条)(整改|问题|任务|事项)?"
                    r"(任务|事项)?(?=[?？。,，]|$)"
                    # an agency switch's composed ask ("县林业局 被反馈了 问题 多少"): the measure
                    # word is dropped and 多少 put last (assistant.followup._asking); held-out
                    # probe c2#2 listed the items instead of their count
                    r"|(问题|任务|事项)\s*(多少|几)\s*[?？]?$"
                    # states named before, each counted ("已销号和序时推进的各有多少条?": held-out
                    # probe, twenty-first part i22 listed the items of one)
                    r"|各有(?:多少|几)\s*(?:个|项|条)"
                    # which agency has the most or fewest ("哪个单位完成的整改最多?")
                    r"|(完成|整改|问题|任务|事项)[^,，。?？]{0,8}(最多|最少)"
                    # of two named ("济南和中山谁的整改完成得多?")
                    # (not "谁牵头的任务多?", which asks an office)
                    r"|(谁|哪个|哪家|哪一家)(?![^,，。?？]*(?:牵头|负责))[^,，。?？]{0,12}"
                    r"(完成|整改|问题|任务|事项)[^,，。?？]{0,6}(?:更|比较|较)?(多|少)(?!少)")
# A ranking across agencies of a count ("哪个单位整改完成得最多?", "谁的问题最少?", "济南和中山谁
# 完成得多?": found using the shipped index, it listed 济南's finished items alone).
_RANKED = re.compile(r"(最多|最少)|(?:谁|哪个|哪家|哪一家)[^,，。?？]{0,20}?(?:更|比较|较)?(多|少)(?!少)")
# How many tasks or measures a plan lists ("整改方案有几项任务?", "一共有多少条措施?"), with no
# status asked: its items, listed and counted; not a problem count, which needs the notice's
# own stated total ("反馈了多少个问题").
_TASK_COUNT = re.compile(r"(多少|几)\s*(个|项|条)?\s*(整改|工作|重点|主要)?(任务|措施|事项|工作)"
                         r"|(任务|措施|事项)[^,，。?？]{0,10}(多少|几)(个|项|条)")
# Which office leads the most or fewest items ("哪个科室牵头的任务最多?", "牵头任务最多的处室是
#哪个?"): the offices ranked by the items they lead, not the agencies.
_OFFICE_RANKED = re.compile(
    r"(?:哪个|哪些|哪一个?|什么)(?:处室|科室|股室|部门|科|处|办公室|机构)[^,，。?？]{0,8}"
    r"(?:牵头|负责|承办)[^,，。?？]{0,8}(最多|最少)"
    r"|(?:牵头|负责|承办)[^,，。?？]{0,8}(最多|最少)的(?:是)?(?:哪个|哪些)?(?:处室|科室|股室|部门|科|处)")
# A value something was raised or cut to ("进驻事项增加到了多少项?", "办理时限压缩至几个工作日?"):
# a figure of the prose, not a count of the ledger's items (held-out probe, fifty-eighth part
# BA12 listed the item whose problem names 进驻事项).
_CHANGED_TO = re.compile(r"(?:增加|增至|增长|提高|提升|扩大|减少|下降|降低|压缩|缩短|缩减)(?:到|至)了?\s*(?:多少|几)")
# A count of what a person took in hand ("他主动领办了多少项反馈问题?", "局长包保了几个问题?"):
# the ledger records items and the offices that lead them, never which leader took which
# item on, so such a count is a fact of the notice's prose, not a ledger total. (Dev
# conversation q253#2 was answered "未说明问题或任务的总数" before.)
_PERSONAL_TAKE = re.compile(r"(?:领办|认领|包保|包联|挂点|督办)了?[^,，。?？]{0,4}(?:多少|几)")
# The same count asked of a person or role leading items ("主要负责同志亲自牵头几项整改任务?",
# "分管副厅长负责了多少个问题?"): that person's share, stated in the prose, not the ledger's total.
# (Dev conversation q334#1, conv3, was answered with the notice's 26-item total.)
_PERSON_LEAD_COUNT = re.compile(
    r"(?:同志|负责人|书记|局长|厅长|处长|科长|主任|班子成员|领导|他|她)(?:本人)?"
    r"(?:亲自|直接|带头|主动|自己)?(?:牵头|负责|领办|主抓|挂帅|包抓|分管)了?(?:负责)?"
    r"[^,，。?？]{0,4}(?:多少|几)")
# Who heads a body the notice set up ("整改领导小组由谁牵头?", "工作专班谁负责?"): a person named
# in the prose (组长), not a ledger item's lead office. (Dev conversation q266#2, conv2, was
# answered with a ledger item's 牵头处室.)
_BODY_HEAD = re.compile(r"(?:领导小组|工作小组|小组|工作组|专班|指挥部)[^,，。?？]{0,4}(?:由谁|谁)来?"
                        r"(?:牵头|负责|担任|挂帅)")
# "哪个县区完成率最高?", "哪些镇街完成了整改?": which county or town, which the ledger does not
# record (its items are an agency's own); the prose that names them answers (held-out probe:
# a 督查通报's county ranking was answered with another notice's ledger count).
_WHICH_PLACE = ("county", "town")
# Measure words a count of ledger items is asked in; a count in another ("全县有几所敬老院没有通过消防
# 验收?") counts things the notice speaks of, whatever state words follow (held-out probe,
# thirty-eighth part AGc1#1 listed the items in progress).
_ITEM_UNITS = ("", "个", "项", "条", "件", TIME)
# So does a count in an item's measure word of another thing ("还有多少件欠薪积案没办结?": held-out
# probe, forty-third part ALc2#1 listed the items in progress); a count of items names them, and
# "哪几项…" asks items (held-out probe, tenth part h5).
_COUNTED_THING = re.compile(r"(?:多少|(?<!哪)几)\s*(?:个|项|条|件)\s*([\u4e00-\u9fff]{2,8})")
_ITEM_NOUN = re.compile(r"整改|问题|任务|事项|措施|工作|反馈|巡察|重点|主要|议定|没有|尚未|还没|未完|已经|已完"
                        r"|完成|正在|仍在|还在|在推|需要|要求|是在|属于|已销|未销|销号")
# Names of people or members asked: no ledger field holds them (leaders aside); nor firms' names
# (not "哪家单位…最少?", which ranks the agencies).
_NAMED_KINDS = ("person", "members")
# Nor an amount or a term of what an item speaks of ("未办结的欠薪积案涉及多少工资款?":
# held-out probe, forty-third part AL14 was answered with the items in progress), unless the
# items are asked by it ("追回了资金的是哪几个问题?": held-out probe, twelfth part m4).
_AMOUNT_KINDS = ("money", "per_unit", "prison_term")
_FIRM_NAMES = re.compile(r"是?哪(?:些|几|两|[三四五六七八九十]+)家(?:企业|公司|医院|学校|机构|门店|商户)"
                         r"|(?:企业|公司|机构)(?:的)?(?:名称|全称)")
# Where "有哪些任务" asks the ledger's items: a rectification, or a plan of tasks ("专项整治
# 有哪些任务?", "防汛任务清单里有哪些任务?"; found asking the probe index: a 专项整治方案's four
# tasks were answered from passages, two of them cited).
# An audit's or an inspection's findings are such problems too ("被审计指出了哪些问题?", "督查指出
# 哪些问题": held-out probe, fourth part, a 审计整改 table was answered from passages).
# (a 民主生活会's 查摆/检视 problems: held-out probe, twenty-first part)
_LIST_CONTEXT = re.compile(r"巡察|巡视|整改|反馈|台账|工作要点|专项整治|整治方案|工作方案|任务清单|任务分解"
                           r"|查摆|检视|民主生活会|组织生活会"
                           r"|审计|指出|重点工作|重点任务|这一类|这类|这一块|这个类别")
# A list of the ledger itself: "有哪些巡察问题", "列出整改任务".
# Also the noun first, as people ask it ("整改任务有哪些?", "巡察问题都有哪些?"; found asking the
# probe index: a 任务分解表's tasks were answered from passages, three of four cited).
# A work plan's points are its items too ("青山区卫健委有哪些工作要点?" was answered with the
# plan's title lines; found asking the probe index).
_LIST = re.compile(r"(列出|列举|有哪些|哪些|什么|全部|所有)(巡察|反馈|整改)?(反馈)?(问题|任务|整改任务|事项)"
                   r"|(有哪些|哪些|哪几项|哪几个|列出|全部|所有)(工作要点|要点|重点工作|重点任务)"
                   # the items of one category of a table ("…这一类包括哪几项?": held-out
                   # probe, fourteenth part m8 was answered from one row)
                   r"|(?:这一类|这类|这一块|这个类别)[^,，。?？]{0,4}(?:包括|包含|有)(?:哪几项|哪些)"
                   r"|(巡察|反馈|整改)(问题|任务|事项)都?(有哪些|是哪些|有什么|是什么)"
                   # a person's or office's share ("科长牟思远负责哪几条?": held-out probe, twentieth
                   # part d9 was answered from passages naming him)
                   r"|(?:负责|牵头|分管)的?(?:是)?(?:哪几|哪些)(?:条|项|个)?(?:措施|任务|问题|事项)?")
# How far the rectification has got: a summary by status ("整改进展怎么样?").
# "整改任务里, 贲瑞霖牵头的有哪几项?": which items, the noun said before (held-out probe o11)
_WHICH_ITEMS = re.compile(r"(?:是|有)哪(?:几|些)项(?:工作|任务)?[?？。]?$")
_PROGRESS_ASK = re.compile(r"整改(进展|进度|情况|工作)?(怎么样|如何|怎样|到什么程度|到哪一步)|整改到(什么程度|哪一步)")
# Whether everything is done ("问题都整改完了吗?", "整改全部完成了没有?", "是否已全部整改到位?"):
# the summary by status answers it (how many done, how many not), not the list of the done
# ones (found using the shipped index: answered from the notice's opening passages).
_ALL_DONE_ASK = re.compile(r"(?:都|全部|全都|均)(?:已经?|已)?(?:整改|完成|办结)(?:完成|完毕|到位|好|完)?了?"
                           r"(?:吗|没有|没|么|[?？]|$)"
                           r"|整改(?:完成|完毕|到位|完)了?(?:吗|没有|没|么)")
_LEDGER_CONTEXT = re.compile(r"巡察|巡视|整改|反馈|台账|任务|问题|措施|工作|事项|实事|哪几项|哪些项")
# "哪些单位被指出…问题": the problems of every agency's ledger.
_PROBLEM_MATCH = re.compile(r"被(指出|反馈|点名|发现)|存在.{1,20}问题的(单位|地方|部门)")
# Words of the ledger question itself, removed to leave its topic ("党建方面").
_LEDGER_WORDS = re.compile(
    r"还有|正在|仍在|还在|现在|哪些|哪个|那些|什么|多少|几项|几个|几条|有几|是否|是不是|已经|已|没有|没|尚未|还没|未|仍|"
    r"整改完成|完成整改|完成了?|办结了?|到位|整改|巡察组?|巡视|反馈|指出|被|问题|任务|事项|措施|工作|情况|进展|"
    r"长期坚持|长期|阶段性成效|阶段性|基本完成|基本|推进中|持续推进|持续整改|常态化|持续|正在推进|剩下的?|剩余|其余|分别|由谁|由|谁|负责|牵头|承办|"
    r"处室|科室|部门|单位|什么时候|何时|完成时限|时限|期限|截止|到期|之前|以前|前|跨年|明年|次年|延续到|跨到|拖到|要在|列出|列举|"
    r"全部|所有|有|的|了|吗|呢|和|与|及|在|中|方面|相关|关于|涉及|要|需要|需|应|一共|共|总共|其中|"
    r"比例|完成率|销号|清单|台账|内容|具体|哪|是|属于|这些|上述|以上|它们|该|此|这项|各|整改方案|方案|工作要点|要点|"
    r"这一类|这类|一类|类|包括|包含|分管的?|议定|纪要|专题会议|会议定的?|"
    r"通报|通知|文件|里|细化|分解|梳理|截至|目前|月底|月份|年度|多少项|几项|哪一项|坚持|延续|到|前要|要|"
    r"项|个|条|完|一共|指标|主要|要求|整改方案|怎么样|如何|怎样|程度|进度|巡察整改|整改工作|计划|预计|打算|其中|推进|解决|"
    r"市委|省委|县委|区委|巡察组|巡视组|组|"
    r"\d+|\d+年|年|"
    r"\d+月底?|年底|年内|上半年|下半年|年中|办完|干完|做完|弄完|"
    # the list itself and who carries its items ("今年的重点任务里", "督查通报里…承担了哪些督办
    # 事项": held-out probe, eighteenth part s5, s12 found no item on those words)
    r"今年|本年度?|当年|重点|督查|督办|承担|参与|"
    # a 销号 verdict asked ("验收时还没通过、不能销号": held-out probe, twenty-fourth part)
    r"验收时?|通过|暂缓|不予|不能|不得|无法|同意|只做了|做了|"
    # how a list files its items and the partial state ("被列为需要长期坚持整改", "只是部分完成":
    # held-out probe, thirty-third part AB1, AB2 kept 列为 and 部分 as the subject), and the
    # party body after the agency's name ("淠阳县民政局党组的…台账里")
    r"列为|列入|归为|认定为|定为|标为|部分|只是|或者?|还是|处于|处在|阶段|状态|党组|党委"
)

# A word made of ledger words only ("整改措施" = 整改 + 措施).
_LEDGER_RUN = re.compile(f"(?:{_LEDGER_WORDS.pattern})+")

# "progress": how far the rectification has got, the items summed up by status (a count
# whose total the notice need not state, unlike "反馈了多少个问题").
WANTS = ("items", "status", "lead", "deadline", "lead_deadline", "count", "progress")


@dataclass(frozen=True)
class LedgerAsk:
    """What a ledger question asks: which items (filters) and which field of them."""

    want: str  # one of WANTS: the field the answer shows beside each item
    statuses: tuple[str, ...] = ()  # empty: any status
    office: str = ""  # items this office leads
    due_before: str = ""  # a timing as asked ("12月底前"), read against each notice's year
    next_year: bool = False  # items due after the notice's own year
    every_agency: bool = False  # "哪些单位被指出…问题"
    topic: str = ""  # the question's own subject after the ledger words, "" for none
    # A count of the tasks or measures listed (_TASK_COUNT): where no status or stated total
    # answers it, the items themselves are listed and counted.
    tasks: bool = False
    # "最多" / "最少": the agencies ranked by the count (every agency in scope is counted)
    ranked: str = ""
    # "最多" / "最少": the lead offices ranked by the items they lead (within each notice)
    office_ranked: str = ""
    # a rating as the notice words it (_WORDED): a pattern each item's status quote must match
    worded: str = ""
    # due_before names a period the items fall due within (_DUE_ON), not a day they beat
    due_within: bool = False


def asked_due(question: str) -> str:
    """The time a question asks items to be done by ("6月30日" of "哪些工作要在6月30日前完成?"),
    else ""."""
    due = _DUE_BEFORE.search(question)
    return due.group(1) if due else ""


def asks_reason(question: str) -> bool:
    """Does the question ask why ("为什么暂缓销号?")? The prose states reasons, not the fields."""
    return _WHY.search(question) is not None


def read_ledger_ask(question: str, topic_source: str | None = None,
                    in_ledger: bool = False) -> LedgerAsk | None:
    """The ledger question `question` asks, or None when it asks something else.

    `topic_source` is the question with agency mentions removed (assistant.question's topic),
    so that the topic left is the subject only; `office` is the office as written, to be
    matched against the ledger's own lead offices. `in_ledger`: the question follows up a
    ledger answer, whose items are the context a date needs ("其中哪些要在5月底前完成?").
    """
    if asks_reason(question) or _OTHER_DOCUMENT.search(question):
        # "为什么没启动?" asks a reason, "那份指南里定了多少条措施?" another document's content:
        # the prose states them
        return None
    # "什么时候全部完成?" asks a date, not whether all is done
    # ("哪几个问题的整改措施已经全部完成?" asks which are done: held-out probe d12)
    all_done = (_ALL_DONE_ASK.search(question) is not None and not _DEADLINE_ASK.search(question)
                and "哪" not in question)
    by_office = _OFFICE_RANKED.search(question)
    if by_office is not None:
        return LedgerAsk(want="lead", office_ranked=by_office.group(1) or by_office.group(2),
                         topic=ledger_topic(topic_source if topic_source is not None
                                            else question, ""))
    statuses = () if all_done else _statuses(question)
    rating = next(((m, status, pattern) for asked, status, pattern in _WORDED
                   if (m := asked.search(question)) and not _names_problem(question, m)), None)
    if rating is not None:
        statuses = (rating[1],) if rating[1] else statuses
        question = question.replace(rating[0].group(0), " ")
        if topic_source is not None:
            topic_source = topic_source.replace(rating[0].group(0), " ")
    kinds = asked_kinds(question)  # read once: three checks below use it
    office = _OFFICE.search(question)
    helper_office = _HELPER_OFFICE.search(question)
    lead_ask = bool(_LEAD_ASK.search(question)) and not _BODY_HEAD.search(question)
    leader_ask = bool(LEADER_ASK.search(question)) and not _BODY_HEAD.search(question)
    helper_ask = bool(HELPER_ASK.search(question)) and not _BODY_HEAD.search(question)
    if not (lead_ask or leader_ask or helper_ask) and (
            _FIRM_NAMES.search(question) or any(k.name in _NAMED_KINDS for k in kinds)
            or "哪" not in question and any(k.name in _AMOUNT_KINDS for k in kinds)):
        # "还没销号的那几家企业分别叫什么名字?" asks names the items do not hold: the prose
        # names them or the answer says it does not (held-out probe, seventeenth part wc4#3)
        return None
    # the field said to be a timing ("时间节点是2025年10月底前的"): the items given that timing,
    # not every one due by then (held-out probe z12 listed those of April and September too)
    due_on = _DUE_ON.search(question)
    due = _DUE_BEFORE.search(question) if due_on is None else None
    next_year = bool(_NEXT_YEAR.search(question))
    context = in_ledger or bool(_LEDGER_CONTEXT.search(question))
    deadline_ask = bool(_DEADLINE_ASK.search(question)) and context
    counted = _COUNT.search(question)
    thing = _COUNTED_THING.search(question)
    if counted is None and (asked_unit(question, kinds) not in (None, *_ITEM_UNITS)
                            or thing is not None and not _ITEM_NOUN.search(thing.group(1))) \
            and not (lead_ask or leader_ask or helper_ask or office):
        return None
    # "哪几个问题" asks which items, as "哪些问题" does: listed, not counted (a plan states no
    # status to count by: held-out probe, thirteenth part n4 was refused for want of one)
    which_ones = counted is not None and (
        question[max(0, counted.start() - 1):counted.start()] == "哪"
        or "哪几" in counted.group(0))  # "完成全年任务的是哪几项?"
    stated_count = counted is not None and not which_ones
    count = ((stated_count or bool(_PROGRESS_ASK.search(question)) or all_done)
             and not _PERSONAL_TAKE.search(question) and not _PERSON_LEAD_COUNT.search(question)
             and not _CHANGED_TO.search(question)
             and not any(k.name in _WHICH_PLACE for k in kinds))
    listing = (which_ones or bool(_LIST.search(question) or _WHICH_ITEMS.search(question))
               and bool(_LIST_CONTEXT.search(question)))
    # (not "X被指出…问题, 后来是怎么改的?": how one problem was rectified, in its measures)
    # which agencies, or how many problems: not what one was told and then did
    every = (bool(_PROBLEM_MATCH.search(question)) and not _HOW.search(question)
             and ("哪" in question or count))
    when = due.group(0) if due else (due_on.group("when") or due_on.group("when2")) if due_on else ""
    if not (statuses or office or lead_ask or leader_ask or helper_ask or when or next_year
            or deadline_ask or count or listing or every or rating is not None):
        return None
    if (when or next_year) and not context:
        return None
    # "由哪个科室负责,要干到什么时候?" asks both fields of each item.
    # (A lead asked is ledger context enough for the deadline beside it.)
    tasks = count and not statuses and bool(_TASK_COUNT.search(question)) and "问题" not in question
    rank = _RANKED.search(question) if count else None
    ranked = (rank.group(1) or f"最{rank.group(2)}") if rank else ""
    want = ("helpers" if helper_ask and not ranked else  # "哪几项任务需要县财政局配合?": which
            "count" if count and (stated_count or ranked) else
            "progress" if count else
            # a person and a date asked ("整改责任人是谁? 整改时限是什么时候?": held-out probe,
            # twenty-fourth part r24 got the person only): both, the office showing its leader
            "lead_deadline" if (lead_ask or leader_ask) and _DEADLINE_ASK.search(question) else
            "leader" if leader_ask and not lead_ask else  # both asked: the office shows its leader
            "lead" if lead_ask else
            "deadline" if (deadline_ask or when or next_year) else
            "status" if statuses else "items")
    if want == "deadline" and statuses == ("完成",):
        statuses = ()  # "什么时候完成整改" asks a date, it does not pick the finished items
    office_name = office.group(1) if office and not (lead_ask or leader_ask or helper_ask) else ""
    if want == "helpers" and helper_office:  # filtered on the items' helpers (ledger_route)
        office_name = helper_office.group(1)
    return LedgerAsk(want=want, statuses=statuses, office=office_name,
                     due_before=when, due_within=due_on is not None, next_year=next_year,
                     every_agency=every or bool(ranked), tasks=tasks, ranked=ranked,
                     worded=rating[2] if rating is not None else "",
                     # without the date filtered on: "30日前" reads as the word 日前
                     # (held-out probe, thirteenth part n8: items filtered by it)
                     topic=ledger_topic((topic_source if topic_source is not None else question)
                                        .replace(when or "\0", " "),
                                        office_name))


# Who found the problems ("被审计指出", "督查发现的"): the kind of inspection the list comes from,
# not a subject its items must be about (held-out probe, fourth part: "被审计指出了哪些问题?" kept
# 审计 as the topic, matched none of an audit's items and was answered from passages).
_FINDING = re.compile(r"被?(?:审计|巡察|巡视|督查|检查)(?:组|局|部门)?(?:指出|发现|反馈|点名)(?:了|的)?")


# The deadline field named as the filter ("计划完成时间写的是…的任务"): no subject of the items
# (held-out probe o8 found no item on 时间 and 写).
_DEADLINE_FIELD = re.compile(r"(?:计划)?完成时间|时间节点|(?:写|标)(?:的是|着|为)")


def ledger_topic(question: str, office: str = "") -> str:
    """The question without the office it names, who found its problems (_FINDING) and
    punctuation; its words are judged one by one (is_ledger_word) where it is scored, so no
    word is cut in half here."""
    text = question.replace(office, " ") if office else question
    text = _FINDING.sub(" ", text)
    text = LEADER_ASK.sub(" ", text)  # "谁是责任领导": the asking, not the subject
    text = _OFFICE.sub(_without_office, text)
    text = _DEADLINE_FIELD.sub(" ", text)
    text = _ROLE_ADVERB.sub(" ", text)  # "单独负责或牵头负责": how the office leads, no subject
    text = _ASKED_HELPER.sub(" ", text)  # "它由哪些单位协同?": the asking, not the subject
    text = _ROLE_PHRASE.sub(" ", text)  # "以协同或配合身份参与了": the role asked, no subject
    return re.sub(r"[\s?？。!！,，、;；:：\"“”'‘’()（）]+", " ", text).strip()


_ROLE_ADVERB = re.compile(r"(?:单独|独立|独自|具体|直接)(?=牵头|负责)")
# A role named as such ("以协同或配合身份参与了哪些问题", "作为配合单位参与"): the field asked.
_ROLES = r"(?:协同|配合|协助|协办|牵头|主责|责任)"
_ROLE_PHRASE = re.compile(rf"(?:以|作为){_ROLES}(?:[或和、]{_ROLES})*(?:单位|部门)?(?:的)?(?:身份|角色)?"
                          r"(?:参与|参加)?了?")
# The helpers asked, with nothing of the subject (held-out probe, thirty-eighth part AGc2#3: "它由
# 哪些单位协同?" after one task was cited was asked of the whole plan).
_ASKED_HELPER = re.compile(r"由?(?:哪个|哪些|哪几个|什么)(?:单位|部门|处室|科室|股室)?(?:来|负责)?"
                           + _ASSISTS + r"|谁(?:来|负责)?" + _ASSISTS
                           + r"|(?:配合|协办|协同)(?:单位|部门)(?:是|有|为)?(?:谁|哪些|哪个|什么)")


# An office pattern that runs into the question's asking words is the subject followed by the
# asked office ("修订完善各类预案方案由哪个科"): only the asking part goes, not the subject
# (the whole run was removed, and "济宁修订完善各类预案方案由哪个科室负责?" listed all 82 items'
# leads; found asking the shipped index as a user).
# So is "由处室" left once the question's topic lost its 哪些 (an intent word): "规范往来款项这项
# 工作由哪些处室负责?" listed every item of every notice, its whole subject read as an office
# (found with the third probe part).
_ASKED_OFFICE = re.compile(r"(?:由|是)?(?:哪个|哪些|哪一?|什么|谁)[\u4e00-\u9fff]{0,4}$"
                           r"|由(?:处室|科室|股室|部门|单位)[\u4e00-\u9fff]{0,2}$")


def _without_office(m: re.Match) -> str:
    found = m.group(0)
    asked = _ASKED_OFFICE.search(found)
    return " " if asked is None else found[:asked.start()] + " "


# A rating's words naming the problem asked about ("图书馆总分馆建设滞后的问题由谁负责?": the problem
# is 建设滞后, not a list of items rated 滞后; held-out probe, thirty-fifth part AD16): before
# 的问题, with no 哪 before them ("哪些进度滞后的问题…" lists by rating).
_PROBLEM_AFTER = re.compile(r"的?问题")


# A rating the question quotes the notice saying ("方案里说国土空间规划编制滞后，全县…有几个…?"):
# the problem it names, not a rating asked (held-out probe, thirty-ninth part AHc2: the turn
# after was read as a follow-up into ledger items).
_QUOTED = re.compile(r"(?:说|指出|提到|反馈|写着?|点出)[^,，。?？]{0,24}$")


def _names_problem(question: str, rating: re.Match) -> bool:
    return ((_PROBLEM_AFTER.match(question, rating.end()) is not None
             or _QUOTED.search(question, 0, rating.start()) is not None)
            and "哪" not in question[:rating.start()])


def is_ledger_word(word: str) -> bool:
    """A word of the ledger question itself ("哪些", "整改完成", "长期"), not of its subject."""
    return bool(_LEDGER_RUN.fullmatch(word)) or len(word) < 2


def _statuses(question: str) -> tuple[str, ...]:
    if _WITHHELD.search(question):
        return ("推进中",)
    found = []
    if _LONG.search(question):
        found.append("长期坚持")
    if _STAGE.search(question):
        found.append("阶段性成效")
    if _PROGRESS.search(question):
        found.append("推进中")
    if _OPEN.search(question):
        # the open states the question names, else all ("哪些还没有整改完，仍在推进或只是部分
        # 完成?" asks the items under way, not the long-term ones: held-out probe AB2); all
        # when it asks twice ("还没完成的有哪些，哪些需要长期坚持?" asks both lists)
        return tuple(found) if found and question.count("哪") < 2 else OPEN_STATUSES
    done = _DONE.search(question)
    if not found and done and not _EITHER_ACT.search(question, max(0, done.start() - 4), done.start()):
        found.append("完成")
    return tuple(found)


# "分别安排或完成了哪些工作?": the work planned or done, no filter of done items (held-out probe,
# thirty-fifth part AD8 listed only the done items of every ledger).
_EITHER_ACT = re.compile(r"(?:或|或者|和|与|及)$")
