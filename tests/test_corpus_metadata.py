"""Metadata of the five shipped notices, header-less notices and the header parsers."""
from __future__ import annotations

import pytest

import corpus
from corpus.dates import is_date_line, parse_date
from corpus.models import NoticeMeta

SHIPPED_META = {
    "000_b11a1ea20a8bf83a": NoticeMeta(
        title="中共济南市应急管理局委员会关于巡察整改进展情况的通报",
        agency="济南市应急管理局", date="2021-08-03", written_date="2021-07-29",
        doc_number=None, doc_type="通报",
    ),
    "001_ecc79a59d6b2dddb": NoticeMeta(
        title="浙江省应急管理厅关于印发《2019年度省直机关作风建设民主评议问题整改方案》的通知",
        agency="浙江省应急管理厅", date="2020-03-27", written_date="2020-03-25",
        doc_number="浙应急人事〔2020〕46号", doc_type="方案",
    ),
    # No header: title synthesised from "现将巡察整改阶段性情况予以公布" and the signature,
    # agency from the signature "中共东莞市应急管理局委员会".
    "002_312f4fbce6d84a6f": NoticeMeta(
        title="中共东莞市应急管理局委员会关于巡察整改阶段性情况的通报",
        agency="东莞市应急管理局", date=None, written_date="2021-09-07",
        doc_number=None, doc_type="通报",
    ),
    "003_e0255f2b0979fd34": NoticeMeta(
        title="中共中山市应急管理局委员会关于巡察整改进展情况的通报",
        agency="中山市应急管理局", date=None, written_date="2025-09-12",
        doc_number=None, doc_type="通报",
    ),
    # Index table: 发布机构 and 成文日期; the 通知 wraps a 工作要点, which is its type.
    "004_d68b0da8e0b90ed2": NoticeMeta(
        title="关于印发《济宁市应急管理局2022年工作要点》的通知",
        agency="济宁市应急管理局", date=None, written_date="2022-03-02",
        doc_number="济应急发〔2022〕1号", doc_type="要点",
    ),
}


@pytest.fixture(scope="module")
def shipped() -> dict[str, corpus.Notice]:
    paths = corpus.iter_notice_files([corpus.shipped_notices_dir()])
    return {path.stem: corpus.load_notice(path) for path in paths}


def test_five_notices_are_shipped(shipped) -> None:
    assert sorted(shipped) == sorted(SHIPPED_META)


@pytest.mark.parametrize("doc_id", sorted(SHIPPED_META))
def test_shipped_metadata(shipped, doc_id: str) -> None:
    assert shipped[doc_id].meta == SHIPPED_META[doc_id]


def test_header_less_agency_from_body_when_no_signature() -> None:
    text = ("根据市委统一部署，市委第三巡察组对中山市应急管理局党委开展巡察。"
            "现将巡察整改进展情况予以公布。\n一、整改情况\n已完成整改。")
    meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
    assert meta.agency == "中山市应急管理局"
    assert meta.title == "中山市应急管理局关于巡察整改进展情况的通报"
    assert meta.doc_type == "通报"


def test_header_less_without_subject_names_the_issuer() -> None:
    text = "各科室要加强值班值守。\n严格落实带班制度。\n某某县应急管理局\n二〇二〇年三月二十五日"
    meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
    assert meta.agency == "某某县应急管理局"
    assert meta.title == "某某县应急管理局文件"
    assert meta.written_date == "2020-03-25"


def test_an_agency_name_wrapped_onto_two_lines_is_joined() -> None:
    body = "关于做好春运返程防控工作的通告\n一、加强返程人员登记。\n各村居要认真落实。\n"
    for signature in ("宿迁市宿城区应对新冠肺炎疫情防控\n工作指挥部 2020年2月12日",
                      "宿迁市宿城区应对新冠肺炎疫情防控\n工作指挥部\n2020年2月12日"):
        notice = corpus.parse_notice((body + signature).encode("utf-8"), "x.txt")
        assert notice.meta.agency == "宿迁市宿城区应对新冠肺炎疫情防控工作指挥部", signature
        assert "宿城区应对" not in " ".join(p.text for p in notice.passages), signature
    # A closing line above a signature is no part of the name.
    notice = corpus.parse_notice((body + "特此通告\n莱芜区卫生健康局 2020年2月12日").encode(), "x.txt")
    assert notice.meta.agency == "莱芜区卫生健康局"
    # Joint issuers stay two agencies, the first line is not glued to the second.
    notice = corpus.parse_notice((body + "莱芜区卫生健康局\n莱芜区教育局\n2020年2月12日").encode(), "x.txt")
    assert notice.meta.agency != "莱芜区卫生健康局莱芜区教育局"


def test_a_party_group_issuer_in_the_title_is_its_agency() -> None:
    for issuer, agency in (("中共平阴县林业局党组", "平阴县林业局"),
                           ("中共临沂市卫生健康委员会党组", "临沂市卫生健康委员会"),
                           ("中共历城区教育和体育局党总支", "历城区教育和体育局")):
        text = f"{issuer}关于巡察整改情况的通报\n一、整改工作开展情况\n已完成整改3个。"
        meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
        assert meta.agency == agency, issuer
        assert meta.doc_type == "通报"



def test_a_party_organisation_opening_a_title_without_guanyu_issued_it() -> None:
    """"中共X党组" opening a title that has no 关于 ("…整改任务清单", "…工作台账") names the
    issuer; a city's party committee (中共X市委员会) is no agency."""
    for title, agency in (("中共棘州市审计局党组巡视反馈意见整改任务清单", "棘州市审计局"),
                          ("中共鄢陵县文化和旅游局委员会2026年整改工作台账", "鄢陵县文化和旅游局")):
        text = f"# {title}\n\n一、整改任务\n\n1. 完善制度3项。\n"
        assert corpus.parse_notice(text.encode("utf-8"), "x.md").meta.agency == agency, title
    text = "# 中共棘州市委员会2026年工作要点\n\n一、主要任务\n\n1. 完善制度3项。\n"
    assert corpus.parse_notice(text.encode("utf-8"), "x.md").meta.agency != "棘州市"

def test_an_office_named_shi_is_an_agency_but_a_room_is_not() -> None:
    """A government office named 督查室/研究室 issues notices (held-out probe wording);
    a meeting room above a date line is no agency."""
    text = ("临川市人民政府督查室关于重点项目推进情况的督查通报\n一、总体情况\n"
            "完成率80%。\n临川市人民政府督查室\n2024年5月6日")
    assert corpus.parse_notice(text.encode("utf-8"), "x.txt").meta.agency == "临川市人民政府督查室"
    text = "会议安排\n会议地点：\n市统计局三楼会议室\n2024年1月18日"
    assert corpus.parse_notice(text.encode("utf-8"), "x.txt").meta.agency != "市统计局三楼会议室"
    text = "关于开展调研的通知\n请按时参加。\n中共临川市委政策研究室\n2024年3月1日"
    assert corpus.parse_notice(text.encode("utf-8"), "x.txt").meta.agency.endswith("政策研究室")


def test_document_number_variants_are_normalised() -> None:
    for number in ("济财预[2019]19号", "济财预【2019】19号", "济财预(2019)19号", "济财预〔2019〕第19号"):
        text = f"{number}\n关于做好预算绩效管理工作的通知\n各单位：请认真落实。"
        meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
        assert meta.doc_number == "济财预〔2019〕19号", number
        assert meta.title == "关于做好预算绩效管理工作的通知"
        assert meta.doc_type == "通知"


def test_document_numbers_cited_in_the_body_are_not_the_notices_own() -> None:
    text = ("关于加强安全生产工作的意见\n" + "各单位要认真落实。\n" * 8
            + "按照《通知》（鲁政办字〔2020〕167号）要求执行。")
    meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
    assert meta.doc_number is None and meta.doc_type == "意见"


@pytest.mark.parametrize("title,doc_type", [
    ("济宁市应急管理局2022年工作要点", "要点"),
    ("关于进一步加强安全生产工作的意见（试行）", "意见"),
    ("内江经济技术开发区应对疫情应急指挥部通告（第8号）", "通告"),
    ("中华人民共和国安全生产法", "法"),
    ("生产安全事故应急预案管理办法", "办法"),
    ("临沂市城管局2024年度重点任务清单", "清单"),
    ("县委巡察反馈问题整改任务分解表", "分解表"),
    # two documents joined, the second named by no type word
    ("石桥县农业农村局2024年工作总结和2025年工作思路", "总结"),
    ("白石县统计局2025年上半年工作总结暨下半年工作安排", "总结"),
])
def test_doc_type_from_title(title: str, doc_type: str) -> None:
    text = f"{title}\n第一条 为了规范管理，制定本办法。"
    assert corpus.parse_notice(text.encode("utf-8"), "x.txt").meta.doc_type == doc_type


def test_markdown_title_line() -> None:
    text = "# 某某省安全生产条例\n\n2016年1月1日 施行\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了加强安全生产工作，制定本条例。"
    meta = corpus.parse_notice(text.encode("utf-8"), "law.md").meta
    assert meta.title == "某某省安全生产条例" and meta.doc_type == "条例"


def test_information_source_department_is_not_an_agency() -> None:
    text = "发布日期:2020-03-27 来源:人事处\n各处室要加强学习。"
    meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
    assert meta.agency == "" and meta.date == "2020-03-27"


@pytest.mark.parametrize("text,iso", [
    ("发布日期:2021-08-03 11:07", "2021-08-03"),
    ("2021年7月29日", "2021-07-29"),
    ("2021.8.3", "2021-08-03"),
    ("2021/08/03", "2021-08-03"),
    ("二〇二一年十二月三十一日", "2021-12-31"),
    ("二〇二〇年三月二十五日", "2020-03-25"),
    ("11370800004313485J/2022-04687", None),
    ("2021年2月30日", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_date_lines() -> None:
    assert is_date_line("2021年9月7日") and is_date_line(" 2021 年 9 月 7 日 ")
    assert not is_date_line("2021年9月7日召开专题会议")


def test_a_task_list_title_line_is_the_title() -> None:
    text = "平阴县水利局2024年度防汛任务清单\n一、完善责任体系\n1.签订防汛责任书。\n责任单位：防汛办"
    meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
    assert meta.title == "平阴县水利局2024年度防汛任务清单" and meta.doc_type == "清单"


@pytest.mark.parametrize("issuer, agency", [
    ("白石县残疾人联合会", "白石县残疾人联合会"), ("石桥县总工会", "石桥县总工会"),
    ("白石县红十字会", "白石县红十字会"), ("石门县妇联", "石门县妇女联合会")])
def test_a_peoples_organisation_is_an_agency(issuer: str, agency: str) -> None:
    """A notice issued by a 联合会, 工会 or 红十字会 has that agency (else it has none and joins
    every agency's scope); a short form (妇联) is written out."""
    text = f"{issuer}关于审计查出问题整改情况的报告\n县审计局：\n现将整改情况报告如下。\n{issuer}\n2025年10月15日\n"
    assert corpus.parse_notice(text.encode("utf-8"), "x.txt").meta.agency == agency


def test_a_header_agency_without_its_place_takes_the_signatures():
    """A county site's 发布机构 reads "县农业农村局"; the signature (and every question) names
    the county: "石桥县农业农村局". The title line "…工作总结和…工作思路" is the title."""
    text = ("发布机构 | 县农业农村局 | 发文日期 | 2025-01-10 |\n"
            "石桥县农业农村局2024年工作总结和2025年工作思路\n"
            "县委、县人民政府：\n2024年，我局扎实推进各项工作。\n"
            "石桥县农业农村局\n2025年1月8日\n")
    meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
    assert meta.agency == "石桥县农业农村局"
    assert meta.title == "石桥县农业农村局2024年工作总结和2025年工作思路"
    assert meta.doc_type == "总结"


def test_an_index_box_with_each_label_and_value_in_one_cell_gives_title_and_number() -> None:
    from corpus.header import read_header

    lines = ["洄州市人民政府",
             "索引号：00123/2026-00045 | 主题分类：城乡建设 |",
             "发布机构：洄州市人民政府办公室 | 成文日期：2026年3月2日 |",
             "文　号：洄政办发〔2026〕9号 | 发布日期：2026年3月5日 |",
             "标　　题：洄州市人民政府办公室关于印发2026年为民办实事项目的通知 | |",
             "洄州市人民政府办公室"]
    fields = read_header(lines)
    assert fields.title == "洄州市人民政府办公室关于印发2026年为民办实事项目的通知"
    assert fields.doc_number == "洄政办发〔2026〕9号"
    assert fields.date == "2026-03-05" and fields.written_date == "2026-03-02"


def test_a_letterhead_naming_a_document_type_is_not_the_title() -> None:
    # the letterhead and the announcement's number stand above its "关于…" title
    text = ("岑溪县统计局公告\n2026年第1号\n岑溪县统计局关于2025年度统计督察问题整改情况的公告\n"
            "根据有关规定，现将整改情况公告如下。\n一、整改情况\n已全部整改完成。\n岑溪县统计局\n2026年3月2日")
    meta = corpus.parse_notice(text.encode("utf-8"), "x.txt").meta
    assert meta.title == "岑溪县统计局关于2025年度统计督察问题整改情况的公告"
    assert meta.doc_type == "公告"
    # a labelled line below names another document, never this one's title
    text = ("政策解读\n解读文件：岑溪县人民政府关于印发《岑溪县就业补贴办法》的通知\n"
            "一、出台背景\n为稳定就业，制定本办法。")
    assert corpus.parse_notice(text.encode("utf-8"), "y.txt").meta.title == "政策解读"
