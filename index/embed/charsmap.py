"""Build a SentencePiece ``precompiled_charsmap`` from a codepoint -> string map.

The blob (read by the ``Precompiled`` normalizer of the ``tokenizers`` library)
is ``u32 trie_bytes | darts-clone double array (u32 units) | normalized strings``
where each key is the UTF-8 encoding of one codepoint and its value is the byte
offset of the NUL-terminated replacement in the strings section.

Double-array unit layout (darts-clone): bits 0-7 label, bit 8 has-leaf, bit 9
offset-extension flag, bits 10-30 offset; a value unit has bit 31 set and the
value in bits 0-30. The child of node ``p`` with label ``c`` lives at
``p ^ offset(p) ^ c`` and its value (if any) at ``p ^ offset(p)``.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping

__all__ = ["build_precompiled_charsmap"]

_MAX_OFFSET = 1 << 21  # offsets must fit 21 bits without the extension flag


class _Node:
    __slots__ = ("children", "value")

    def __init__(self) -> None:
        self.children: dict[int, _Node] = {}
        self.value: int | None = None


def _build_trie(entries: Mapping[bytes, int]) -> _Node:
    root = _Node()
    for key, value in entries.items():
        node = root
        for byte in key:
            node = node.children.setdefault(byte, _Node())
        node.value = value
    return root


def _double_array(root: _Node) -> list[int]:
    """Lay the trie out as darts-clone units with unique bases (greedy first fit)."""
    units: list[int] = [0] * 1024
    used = bytearray(1024)
    used[0] = 1
    used_bases: set[int] = set()
    first_free = 1

    def ensure(size: int) -> None:
        if size > len(units):
            grow = max(size, 2 * len(units)) - len(units)
            units.extend([0] * grow)
            used.extend(bytes(grow))

    def find_base(labels: list[int]) -> int:
        pos = first_free
        while True:
            base = pos ^ labels[0]
            if base not in used_bases:
                ensure((base | 0xFF) + 1)
                if all(not used[base ^ c] for c in labels):
                    return base
            pos += 1
            ensure(pos + 1)
            while used[pos]:
                pos += 1
                ensure(pos + 1)

    stack = [(0, root)]
    while stack:
        pos, node = stack.pop()
        labels = ([0] if node.value is not None else []) + sorted(node.children)
        if not labels:
            continue
        base = find_base(labels)
        offset = pos ^ base
        if offset >= _MAX_OFFSET:
            raise ValueError("charsmap too large for a non-extended double-array offset")
        used_bases.add(base)
        units[pos] |= (offset << 10) | ((node.value is not None) << 8)
        for c in labels:
            used[base ^ c] = 1
        if node.value is not None:
            units[base] = node.value | (1 << 31)
        for c in sorted(node.children):
            units[base ^ c] = c
            stack.append((base ^ c, node.children[c]))
        while first_free < len(used) and used[first_free]:
            first_free += 1
    # readers index base ^ c for any byte c unchecked: keep every used base's 256-block
    return units[: max(b | 0xFF for b in used_bases) + 1]


def build_precompiled_charsmap(mapping: Mapping[int, str]) -> bytes:
    """Encode a per-codepoint normalization map as a ``precompiled_charsmap`` blob."""
    strings = bytearray()
    offsets: dict[str, int] = {}
    entries: dict[bytes, int] = {}
    for cp in sorted(mapping):
        out = mapping[cp]
        if out not in offsets:
            offsets[out] = len(strings)
            strings += out.encode("utf-8") + b"\0"
        entries[chr(cp).encode("utf-8")] = offsets[out]
    units = _double_array(_build_trie(entries))
    return struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + bytes(strings)


def lookup(charsmap: bytes, key: bytes) -> str | None:
    """Exact-match lookup in a charsmap (used by tests to check the layout)."""
    (size,) = struct.unpack_from("<I", charsmap)
    units = struct.unpack_from(f"<{size // 4}I", charsmap, 4)
    strings = charsmap[4 + size :]
    pos = units[0] >> 10
    value = None
    for c in key:
        pos ^= c
        if pos >= len(units) or (units[pos] & 0x800000FF) != c:
            return None
        has_leaf = (units[pos] >> 8) & 1
        pos ^= units[pos] >> 10
        value = units[pos] & 0x7FFFFFFF if has_leaf else None
    if value is None:
        return None
    return strings[value : strings.index(b"\0", value)].decode("utf-8")
