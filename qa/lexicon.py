"""Small closed word lists of the domain (folded forms): titles, units, surnames, English glossary.

These are general facts of Vietnamese administrative language, not answers:
the words that introduce a person ("ông", "đồng chí"), a unit ("phường",
"Sở"), a role ("Chủ tịch"), common family names, and the English words of
the domain with their Vietnamese equivalents (so an English question can be
matched against Vietnamese sentences).
"""

from __future__ import annotations

import re

from index.normalize import fold

__all__ = [
    "HONORIFICS",
    "ROLE_WORDS",
    "SURNAMES",
    "PLACE_HEADS",
    "UNIT_HEADS",
    "THING_HEADS",
    "PLACE_HEADS_VI",
    "UNIT_HEADS_VI",
    "THING_HEADS_VI",
    "APPROX_WORDS",
    "EN_GLOSSARY",
    "EN_ALIASES",
    "ADMIN_CAPITALIZED",
    "ADMIN_CAPITALIZED_VI",
    "is_admin_word",
    "titles_a_name",
    "NUMBER_WORDS",
    "COUNT_WORDS",
    "COUNT_WORDS_IN_TEXT",
    "ORDINAL_WORDS",
    "EN_ORDINALS",
    "COUNTRIES",
    "countries_in",
    "countries_in_english",
]

# Small numbers written in words. "năm" (five) is also "year", so it counts nothing alone (COUNT_WORDS);
# after "thứ" (ORDINAL_WORDS, folded) it does: "kỳ họp thứ năm", and "thứ nhất", "thứ tư" take their own words.
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if w != "năm"}
# ... and as an article writes a count: "một" is mostly "a" ("một số", "một cửa"), so it counts nothing there
COUNT_WORDS_IN_TEXT = {w: n for w, n in COUNT_WORDS.items() if w != "một"}
ORDINAL_WORDS = {"nhat": 1, "tu": 4} | {fold(w): n for w, n in NUMBER_WORDS.items() if w not in ("một", "bốn")}
EN_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1)}

# Words that introduce a person's name.
HONORIFICS = ("ong", "ba", "dong chi", "anh", "chi", "co", "thay", "nha bao", "tien si", "ts", "ths", "pgs", "gs")

# Role words (folded) -- a question "Giám đốc Sở nào ..." asks for a person.
ROLE_WORDS = (
    "chu tich",
    "pho chu tich",
    "giam doc",
    "pho giam doc",
    "bi thu",
    "pho bi thu",
    "truong phong",
    "pho truong phong",
    "bo truong",
    "thu truong",
    "thu tuong",
    "pho thu tuong",
    "cuc truong",
    "pho cuc truong",
    "tong cuc truong",
    "truong ban",
    "pho truong ban",
    "chanh van phong",
    "chanh an",
    "vien truong",
    "chu nhiem",
    "tong giam doc",
    "tong thanh tra",
    "pho tong thanh tra",
    "chanh thanh tra",
    "uy vien",
    "to truong",
    "chi cuc truong",
    "truong doan",
    "hieu truong",
    "tong bi thu",
    "tong bien tap",
    "pho tong bien tap",
    "chu tich nuoc",
    "bi thu thanh uy",
    "bi thu tinh uy",
    "nguoi dung dau",
    "lanh dao",
)

# Vietnamese family names (folded), for recognising person names.
SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly to dinh lam dao truong mai ha
    luong cao chau ta thai quach kieu doan trinh luu la tang trieu chu hua khuc lai mac than nong van tong
    kha lu au giang hau ong tieu diep ninh phung quan son thach ton vuong viet chung ung thieu bach nghiem""".split()
)

# One-syllable titles (folded) that may stand before a family name; "ông" is a family name too.
TITLE_WORDS = frozenset(("ong", "ba", "anh", "chi", "co", "thay"))


def titles_a_name(folds: list[str], i: int) -> bool:
    """Whether folded word ``i`` is a title before a family name ("Ông | Ngô Văn Vinh"), not a name's first."""
    return folds[i] in TITLE_WORDS and i + 1 < len(folds) and folds[i + 1] in SURNAMES


# Head nouns of places and administrative units, as written (lowercase; matched case-insensitively).
PLACE_HEADS_VI = (
    "thành phố",
    "thị xã",
    "thị trấn",
    "phường",
    "xã",
    "huyện",
    "quận",
    "tỉnh",
    "tp",
    "ấp",
    "thôn",
    "khu phố",
    "tổ dân phố",
    "địa phương",
    "địa bàn",
    "vùng",
    "khu vực",
    "quốc gia",
    "nước",
    "khu công nghiệp",
    "khu kinh tế",
    "khu chế xuất",
    "cụm công nghiệp",
    "khu công nghệ cao",
    "khu tập thể",
    "khu dân cư",
    "khu đô thị",
    "p",
    "q",
)
UNIT_HEADS_VI = (
    "ubnd",
    "hđnd",
    "ủy ban nhân dân",
    "sở",
    "bộ",
    "ban",
    "cục",
    "tổng cục",
    "chi cục",
    "trung tâm",
    "văn phòng",
    "phòng",
    "công an",
    "đội",
    "đồn",
    "trạm",
    "ngân hàng",
    "tập đoàn",
    "công ty",
    "doanh nghiệp",
    "công đoàn",
    "hội đồng",
    "tổ chức",  # "tổ chức quốc tế nào": "Tổ chức Thương mại Thế giới"
    "tổ",
    "bệnh viện",
    "trường",
    "viện",
    "kho bạc",
    "bộ phận",
    "cơ quan",
    "đơn vị",
    "ngành",
    "chi nhánh",
    "bưu điện",
    "hải quan",
    "cảng",
    "tòa án",
    "viện kiểm sát",
    "liên đoàn",
    "lđlđ",
    "hội",
    "đoàn",
    "lữ đoàn",
    "sư đoàn",
    "trung đoàn",
    "tiểu đoàn",
    "quân khu",
    "báo",
    "đài",
    "khối",
)
# Head nouns that name a thing: "mô hình X", "Nghị định X".
THING_HEADS_VI = (
    "mô hình",
    "lĩnh vực",
    "nội dung",
    "nghị định",
    "nghị quyết",
    "quyết định",
    "thông tư",
    "chỉ thị",
    "kết luận",
    "kế hoạch",
    "chương trình",
    "đề án",
    "dự án",
    "phần mềm",
    "giải pháp",
    "phương án",
    "chủ đề",
    "phong trào",
    "cuộc thi",
    "hội thi",
    "hệ thống",
    "cổng",
    "website",
    "chứng chỉ",
    "giải thưởng",
    "danh hiệu",
    "cơ chế",
    "phương châm",
    "khẩu hiệu",
    "tổ công tác",
    "luật",
    "công văn",
    "văn bản",
    "thủ tục",
    "dịch vụ",
    "hình thức",
    "phương thức",
    "ứng dụng",
    "nhiệm vụ",
    "năm",
    "chiến dịch",
    "kỳ họp",
    "phiên họp",
    "hiệp định",
    "công ước",
    "nghị định thư",
    "đề tài",
    "sáng kiến",
    "tiêu chí",
    "chỉ số",
    "công ty",
    "tập đoàn",
)


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    from index.normalize import fold

    return tuple(dict.fromkeys(fold(w) for w in words))


PLACE_HEADS = _folded(PLACE_HEADS_VI[:-2])
UNIT_HEADS = _folded(UNIT_HEADS_VI)
THING_HEADS = _folded(THING_HEADS_VI[:-3])

# Words kept in front of a number: "gần 97%", "trên 37.000 hồ sơ".
APPROX_WORDS = (
    "gan",
    "tren",
    "hon",
    "khoang",
    "duoi",
    "toi thieu",
    "toi da",
    "khong qua",
    "xap xi",
    "chi",
    "hang",
    "moi",
    "it nhat",
    "ngot",
    "chung",
    "toan bo",
)

# Countries as the articles write them (folded), other than Việt Nam: names a question may ask about that are
# made of administrative words ("Trung Quốc", "Hàn Quốc") or are one word ("Mỹ", "Nga"). Members of a group
# are one country.
COUNTRIES = (
    {"trung quoc"}, {"han quoc"}, {"nhat ban"}, {"my", "hoa ky"}, {"nga"}, {"lao"}, {"phap"}, {"duc"}, {"uc"},
    {"an do"}, {"thai lan"}, {"dai loan"}, {"trieu tien"}, {"campuchia"}, {"singapore"}, {"anh quoc"},
)


# English names of the same countries, each mapped to its group's first spelling ("Japan" -> "nhat ban")
_EN_COUNTRIES = {
    "China": "trung quoc", "South Korea": "han quoc", "Korea": "han quoc", "Japan": "nhat ban",
    "United States": "hoa ky", "US": "hoa ky", "U.S.": "hoa ky", "USA": "hoa ky", "America": "hoa ky",
    "Russia": "nga", "Laos": "lao", "France": "phap", "Germany": "duc", "Australia": "uc", "India": "an do",
    "Thailand": "thai lan", "Taiwan": "dai loan", "North Korea": "trieu tien", "Cambodia": "campuchia",
    "Singapore": "singapore", "Britain": "anh quoc", "UK": "anh quoc", "United Kingdom": "anh quoc",
}
_EN_COUNTRY = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, _EN_COUNTRIES), key=len, reverse=True)) + r")(?!\w)")


def countries_in_english(text: str) -> set[str]:
    """The countries an English ``text`` names, as :func:`countries_in` spells them ("Japan" -> "nhat ban")."""
    return {_EN_COUNTRIES[m] for m in _EN_COUNTRY.findall(text)}


def countries_in(text: str) -> set[str]:
    """The countries ``text`` names with their capitals ("Trung Quốc", "Mỹ"), each as the alphabetically first
    spelling of its group ("Mỹ" as "hoa ky")."""
    out = set()
    folded = fold(text)
    for group in COUNTRIES:
        for name in group:
            words = r"\s+".join(name.split())
            for m in re.finditer(rf"(?<!\w){words}(?!\w)", folded, re.IGNORECASE):
                # not part of a longer name: "Lào Cai", "Mỹ Tho", "Bệnh viện Việt Đức" (a capitalized word right
                # before, unless it opens the sentence: "Tại Trung Quốc")
                after = re.match(r"[ \t]+(\w)", text[m.end() :])
                before = re.search(r"(?:^|([.!?:]\s+)|\s)(\w+)[ \t]+$", text[: m.start()])
                longer = (after and after.group(1).isupper()) or (
                    before and before.group(2)[:1].isupper() and before.group(1) is None and before.start(2) > 0
                )
                if all(w[:1].isupper() for w in text[m.start() : m.end()].split()) and not longer:
                    out.add(min(group))
                    break
    return out


# Capitalized words of administrative language that are not names of anything specific.
ADMIN_CAPITALIZED = frozenset(
    """ubnd hdnd cchc tthc uy ban nhan dan chu tich pho bi thu giam doc so bo hoi nghi thanh pho tinh huyen
    quan xa phuong thi tran truong phong ban thuong vu thanh uy tinh uy huyen uy thi uy dang chinh phu
    thu tuong quoc hoi trung uong nha nuoc viet nam ngay thang nam quy cong an cuc tong doi nq cp tt tchq cntt
    hcc iso vn ldld qd tw tu nd bo truong tp pct pbt pgd dn""".split()
)

# The same words as written (lowercase, traditional tone placement): "Tĩnh" in "Hà Tĩnh" is not "tỉnh".
ADMIN_CAPITALIZED_VI = frozenset(
    """ubnd hđnd cchc tthc ủy ban nhân dân chủ tịch phó bí thư giám đốc sở bộ hội nghị thành phố tỉnh huyện
    quận xã phường thị trấn trưởng phòng thường vụ thành ủy tỉnh ủy huyện ủy thị ủy đảng chính phủ thủ tướng
    quốc hội trung ương nhà nước việt nam ngày tháng năm quý công an cục tổng đội nq cp tt tchq cntt hcc iso vn
    lđlđ qđ tw tu nđ trưởng tp pct pbt pgđ dn""".split()
)


def is_admin_word(word: str) -> bool:
    """Whether a capitalized word is administrative vocabulary rather than part of a name."""
    from index.normalize import fold

    low = word.lower()
    return low in ADMIN_CAPITALIZED_VI if fold(low) != low else low in ADMIN_CAPITALIZED


# English -> Vietnamese (folded) terms of the domain, to score English questions lexically.
EN_GLOSSARY: dict[str, str] = {
    "administrative reform": "cai cach hanh chinh",
    "administrative procedure": "thu tuc hanh chinh",
    "administrative procedures": "thu tuc hanh chinh",
    "public administration": "hanh chinh cong",
    "public service": "dich vu cong",
    "public services": "dich vu cong",
    "online public": "dich vu cong truc tuyen",
    "online": "truc tuyen",
    "reform": "cai cach",
    "procedure": "thu tuc",
    "procedures": "thu tuc",
    "people's committee": "uy ban nhan dan ubnd",
    "committee": "uy ban ubnd",
    "party committee": "thanh uy tinh uy huyen uy",
    "chairman": "chu tich",
    "chairwoman": "chu tich",
    "chair": "chu tich chu tri",
    "chaired": "chu tri",
    "co-chaired": "chu tri",
    "co-chair": "chu tri",
    "vice chairman": "pho chu tich",
    "vice-chairman": "pho chu tich",
    "vice chairwoman": "pho chu tich",
    "deputy": "pho",
    "director": "giam doc cuc truong",
    "division": "phong",
    "heads": "truong",
    "secretary": "bi thu",
    "minister": "bo truong",
    # a post given or taken: "QH phê chuẩn việc bổ nhiệm ông Cao Đức Phát giữ chức bộ trưởng"
    "approve": "phe chuan phe duyet",
    "approved": "phe chuan phe duyet",
    "appoint": "bo nhiem",
    "appointed": "bo nhiem",
    "appointment": "bo nhiem",
    "elected": "bau",
    "dismissed": "mien nhiem",
    "rural": "nong thon",
    "development": "phat trien",
    "foreign minister": "ngoai truong bo truong ngoai giao",
    "cabinet": "noi cac",
    "housing": "nha o",
    "low-income": "thu nhap thap",
    "interns": "thuc tap sinh",
    "ranking": "xep hang",
    "prime minister": "thu tuong",
    "head": "truong",
    "leader": "lanh dao",
    "leaders": "lanh dao",
    "department": "so phong",
    "home affairs": "noi vu",
    "ministry": "bo",
    "province": "tinh",
    "provincial": "tinh",
    "city": "thanh pho",
    "town": "thi xa",
    "district": "huyen quan",
    "ward": "phuong",
    "wards": "phuong",
    "commune": "xa",
    "communes": "xa",
    "conference": "hoi nghi",
    "meeting": "hop cuoc hop",
    "model": "mo hinh",
    "models": "mo hinh",
    "replicated": "nhan rong",
    "replicate": "nhan rong",
    "score": "diem",
    "index": "chi so",
    "rank": "xep thu",
    "ranked": "xep thu",
    "satisfaction": "hai long",
    "citizens": "nguoi dan",
    "citizen": "nguoi dan",
    "residents": "nguoi dan",
    "people": "nguoi dan",
    "businesses": "doanh nghiep",
    "business": "doanh nghiep",
    "enterprises": "doanh nghiep",
    "files": "ho so",
    "file": "ho so",
    "dossiers": "ho so",
    "applications": "ho so",
    "received": "tiep nhan",
    "receive": "tiep nhan",
    "resolved": "giai quyet",
    "resolve": "giai quyet",
    "handled": "giai quyet",
    "on time": "dung han",
    "late": "tre han tre hen",
    "overdue": "tre han",
    "apologize": "xin loi",
    "apology": "xin loi",
    "rate": "ty le",
    "share": "ty le",
    "percentage": "ty le",
    "health insurance": "bao hiem y te",
    "insurance": "bao hiem",
    "social security": "bao hiem xa hoi",
    "land": "dat dai",
    "certificate": "giay chung nhan chung chi",
    "certificates": "giay chung nhan",
    "tax": "thue",
    "customs": "hai quan",
    "investment": "dau tu",
    "license": "giay phep cap phep",
    "permit": "giay phep cap phep",
    "building permit": "cap phep xay dung",
    "construction": "xay dung",
    "training": "dao tao",
    "officials": "can bo cong chuc",
    "civil servants": "can bo cong chuc",
    "staff": "can bo",
    "one-stop": "mot cua",
    "one stop": "mot cua",
    "digitization": "so hoa",
    "digital": "so",
    "e-government": "chinh quyen dien tu",
    "electronic": "dien tu",
    "post": "buu dien buu chinh",
    "postal": "buu chinh buu dien",
    "fee": "phi le phi",
    "fees": "phi le phi",
    "visa": "thi thuc",
    "education": "giao duc",
    "health": "y te",
    "propaganda": "tuyen truyen",
    "communication": "tuyen truyen",
    "inspection": "kiem tra thanh tra",
    "target": "muc tieu chi tieu",
    "goal": "muc tieu",
    "commit": "cam ket",
    "committed": "cam ket",
    "signed": "ky",
    "level": "muc do cap",
    "first": "dau tien",
    "quarter": "quy",
    "months": "thang",
    "month": "thang",
    "year": "nam",
    "expect": "mong doi",
    "expected": "mong doi",
    "waiting time": "thoi gian cho doi",
    "resolution": "nghi quyet",
    "decree": "nghi dinh",
    "decision": "quyet dinh",
    "circular": "thong tu",
    "directive": "chi thi",
    "plan": "ke hoach",
    "website": "website cong thong tin",
    "portal": "cong thong tin",
    "center": "trung tam",
    "centre": "trung tam",
    "team": "to cong tac",
    "task force": "to cong tac",
    "registration": "dang ky",
    "household": "ho khau ho",
    "identity": "can cuoc",
    "police": "cong an",
    "justice": "tu phap",
    "agriculture": "nong nghiep",
    "finance": "tai chinh",
    "home": "nha",
    "field": "linh vuc",
    "sector": "linh vuc nganh",
    "savings": "tiet kiem",
    "saved": "tiet kiem",
    "cut": "cat giam rut ngan",
    "reduce": "giam rut ngan",
    "shortened": "rut ngan",
    "days": "ngay",
    "hours": "gio",
    "members": "thanh vien",
    "abroad": "nuoc ngoai",
    "masters": "thac si",
    "phds": "tien si",
    "trade union": "cong doan lien doan lao dong",
    "border": "bien phong",
    "contractor": "nha thau",
    "traffic": "giao thong",
    "project": "du an",
    "dialogue": "doi thoai",
    "email": "email thu dien tu",
    "education and training": "giao duc dao tao",
    "sme": "doanh nghiep nho va vua",
    "smes": "doanh nghiep nho va vua",
}

# English exonyms and abbreviations of Vietnamese place names (folded Vietnamese forms).
EN_ALIASES: dict[str, str] = {
    "hcmc": "ho chi minh",
    "ho chi minh city": "ho chi minh",
    "saigon": "sai gon",
    "hanoi": "ha noi",
    "danang": "da nang",
    "da nang": "da nang",
    "hue": "hue",
    "vietnam": "viet nam",
    "haiphong": "hai phong",
    "mekong": "cuu long",
}

# English head nouns after "what/which" -> Vietnamese (folded) head nouns.
EN_HEADS: dict[str, str] = {
    "model": "mo hinh",
    "models": "mo hinh",
    "field": "linh vuc",
    "fields": "linh vuc",
    "sector": "linh vuc",
    "area": "linh vuc",
    "areas": "linh vuc",
    "decree": "nghi dinh",
    "circular": "thong tu",
    "resolution": "nghi quyet",
    "decision": "quyet dinh",
    "directive": "chi thi",
    "plan": "ke hoach",
    "programme": "chuong trinh",
    "program": "chuong trinh",
    "project": "du an",
    "software": "phan mem",
    "certificate": "chung chi",
    "team": "to",
    "company": "cong ty",
    "group": "tap doan",
    "corporation": "tap doan",
    "website": "website",
    "portal": "cong",
    "ward": "phuong",
    "wards": "phuong",
    "commune": "xa",
    "communes": "xa",
    "district": "huyen",
    "town": "thi xa",
    "towns": "thi xa",
    "districts": "huyen",
    "province": "tinh",
    "provinces": "tinh",
    "city": "thanh pho",
    "ministry": "bo",
    "department": "so",
    "bank": "ngan hang",
    "agency": "co quan",
    "unit": "don vi",
    "units": "don vi",
    "border post": "don",
    "post": "don",
    "police": "cong an",
    "slogan": "khau hieu",
    "motto": "phuong cham",
    "title": "danh hieu",
    "contest": "cuoc thi",
    "theme": "chu de",
    "themes": "chu de",
    "topic": "chu de",
    "topics": "chu de",
    "campaign": "phong trao",
    "year": "nam",
    "mechanism": "co che",
    "law": "luat",
    "laws": "luat",
    "route": "tuyen",
    "tax": "thue",
    "taxes": "thue",
    "platform": "nen tang",
    "hospital": "benh vien",
    "court": "toa an",
}
