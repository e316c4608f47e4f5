from index.dedup import find_duplicates

LEAD = (
    "Chiều 10/5, UBND thị xã Hương Thủy tổ chức hội nghị sơ kết công tác cải cách hành chính quý I năm 2024. "
    "Tỷ lệ hồ sơ do UBND cấp xã tiếp nhận giải quyết đúng hạn đạt tỷ lệ 98.8%; tỷ lệ giải quyết phản ánh, "
    "kiến nghị về quy định TTHC đạt 100%; kết quả thực hiện số hóa hồ sơ, giấy tờ đạt 100%."
)


def test_repost_with_small_edits_is_a_duplicate_but_other_articles_are_not():
    repost = LEAD.replace("Chiều 10/5", "Chiều ngày 10/5").replace("đạt 100%.", "đạt 100% (Nguồn: Cổng TTĐT).")
    other = "Sáng ngày 26/3, UBND huyện Tân Hồng tổ chức Hội nghị thường kỳ tháng 3 đánh giá chỉ số CCHC."
    pairs = find_duplicates({"a": LEAD, "b": repost, "c": other})
    assert [(a, b) for a, b, _ in pairs] == [("a", "b")]
    assert 0.8 <= pairs[0][2] < 1.0


def test_identical_text_in_other_tone_style_is_a_duplicate():
    pairs = find_duplicates({"x": LEAD, "y": LEAD.replace("Thủy", "Thuỷ").replace("hóa", "hoá")})
    assert pairs == [("x", "y", 1.0)]
