"""Ids of the five seed articles in corpus/ (file names without the extension)."""

LONG_XUYEN = "000_4494d6be0716a21a"  # thành phố Long Xuyên, 7 tháng đầu năm 2024
CAO_LANH = "001_7582829325a4453a"  # thành phố Cao Lãnh, năm 2021
HUONG_THUY = "002_a3a64aabacfa62a7"  # thị xã Hương Thủy, quý I năm 2024
TAN_HONG = "003_ba0de5968535af2d"  # huyện Tân Hồng, quý I năm 2020
HOP_T6 = "004_83eadf440d187fff"  # UBND thành phố, họp chuyên đề tháng 6 năm 2018 (no place named)
