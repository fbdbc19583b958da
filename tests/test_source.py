"""Source text → cleaned text → structure."""

import pytest

from api.source import SourceError, chinese_ordinal, clean, load_report
from tests.fixtures.root import REPO

REPORT = REPO / "data" / "reports" / "dalian-2024"


@pytest.fixture(scope="module")
def report():
    return load_report(REPORT, REPO)


def test_cleaning_drops_page_chrome(report):
    assert report.text.startswith("现在,我代表市政府向大会报告工作")
    assert report.text.endswith("为全面推进强国建设、民族复兴伟业贡献大连力量!")
    for chrome in ("宝鸡信息", "来源:网站编辑", "文章正文", "评论", "分享", "Top"):
        assert chrome not in report.text


def test_cleaning_keeps_every_body_character(report):
    raw = (REPO / "data" / "sources" / "dalian-2024.txt").read_text(encoding="utf-8")
    for paragraph in report.paragraphs:
        assert paragraph.text in raw
    assert "\n\n" not in report.text


def test_paragraph_offsets_index_the_cleaned_text(report):
    assert len(report.paragraphs) == 71
    for p in report.paragraphs:
        assert report.text[p.start:p.end] == p.text
        assert p.text == p.text.strip()


def test_parts_and_sections(report):
    assert [p.title for p in report.parts] == ["2023年工作回顾", "2024年政府工作目标和主要任务",
                                               "建设新时代人民满意的服务型政府"]
    assert [len(p.sections) for p in report.parts] == [8, 9, 4]
    first = report.parts[0].sections[0]
    assert first.title == "全力推进经济回升向好,综合经济实力持续壮大"
    assert report.text[first.start:first.end] == first.title


def test_closing_paragraphs_belong_to_the_part_not_the_last_section(report):
    closing = next(p for p in report.paragraphs if p.text.startswith("在肯定成绩的同时"))
    assert closing.part == 1 and closing.section is None
    guidance = next(p for p in report.paragraphs if p.text.startswith("全市经济社会发展主要预期目标"))
    assert guidance.part == 2 and guidance.section is None


def test_source_hash_is_checked(tmp_path):
    import shutil
    shutil.copytree(REPORT, tmp_path / "data" / "reports" / "dalian-2024")
    (tmp_path / "data" / "sources").mkdir(parents=True)
    (tmp_path / "data" / "sources" / "dalian-2024.txt").write_text("tampered", encoding="utf-8")
    with pytest.raises(SourceError, match="sha256"):
        load_report(tmp_path / "data" / "reports" / "dalian-2024", tmp_path)


def test_clean_reports_a_missing_marker():
    with pytest.raises(SourceError, match="body_first"):
        clean("a\nb\n", "x", "b")


@pytest.mark.parametrize("numeral,value", [("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20)])
def test_chinese_ordinals(numeral, value):
    assert chinese_ordinal(numeral) == value
